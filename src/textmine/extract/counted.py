"""What a figure counts: the noun phrase after its classifier, or the object or activity before it.

Reports say it three ways, and the rules follow them in this order:

1. ``组织2000余名党员干部赴西柏坡`` -- the noun phrase right after the classifier
   (for counts, measures and money; an ordinal names what follows it too);
2. ``发布志愿服务项目128个`` / ``集中学习800余次`` -- the clause text before the
   figure, cut after its last verb that governs a noun (``开展专题学习`` ->
   ``专题学习``), with framing words (达 为 共 累计 其中 全县 ...) trimmed;
   ``占X的Y%`` counts X;
3. a comparison (``同比增长6.3%``), an empty clause (``、0.53%``), a gap to a
   benchmark (``高于全市平均水平1.2个百分点``) or a clause of change verbs only
   (``压缩到不到3天``) refers back: it counts what the figure before it in the
   sentence counts; a bare ``其余6项`` counts what the first figure of its unit
   counts (the total, not the done part or a rate);
4. lists: ``A、B分别为X、Y`` pairs items and figures, also when the items close
   the clause before (``问题主要有A、B等2类，分别为…``, the ``N类`` and a
   following ``合计`` then count the subject) and for a second ``分别`` list
   right after the first; the parts of a ratio (``9.2：40.1：50.7``) count one
   thing; ``占比率`` after a ``其中`` part counts the total stated before ``其中``.

A clause of progress verbs only (``受理案件12386件，审结11954件``, ``已办结38件``) counts
the done part of the total before it, named by both (``审结的案件``); the rest
(``其余18个``) counts the total's noun alone.

Money a body only set aside (``县财政安排80万元，用于X`` / ``为…购买X``) counts its
purpose; a title right before a figure (``发放《…》1.5万份``) counts the title; a
share after a bare place frame (``覆盖全区约九成学生家庭``) counts the noun after it;
a noun phrase after a figure runs through a modifier with 的 to its head noun.

A span of time framed by how long it took (``为期3天的运动会``, ``计划用3年完成改造``)
counts what is named after it; a total word alone (``两项合计X``) and an area word
after ``其中`` (``其中城区85个、乡村70个``) name nothing of their own: they count what
the figure before (the whole) counts.

Verbs jieba tags as nouns and verbs of progress (``新开工``, ``整改到位``) are
data (``data/figures/verbs.tsv``).

The text is returned as written (normalized script); the scorer and users
accept the head noun phrase or a phrase containing it.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import itemgetter
from typing import Any

import regex

from .lexicon import lexicon

__all__ = ["find_counted"]

_START = itemgetter(1)  # a token's start offset: tokens are bisected by it
_NOUNISH = frozenset(("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "vn", "ng", "zg", "j", "l", "an", "b", "eng"))
_CLAUSE_BREAK = "，,。；;：:！!？?\n、\"《》 \u3000|"
# the last clause break before a position: one reverse search, not a walk back character by character
_LAST_BREAK = regex.compile(rf"(?r)[{regex.escape(_CLAUSE_BREAK)}]")
_NEXT_BREAK = regex.compile(rf"[{regex.escape(_CLAUSE_BREAK)}]")
_BEFORE_DIGIT = regex.compile(r"[^\d]*")
_QUOTES = "“”\"「」‘’'"
_JOINERS = frozenset("及和与、")
# between a total and its part: "N个X中，(已…的)有M个" -- the part is some of the X
# (not "在119个项目中，电站有100个": a part that names its own noun before 有 counts that)
_AMONG_HAVE = re.compile(r"[\u4e00-\u9fff]{1,10}中[，,]?(?:已经有|已有|有|[^，,。；;\d]{0,16}的有)")
# a part described by a clause ending in 的 (其中透过银行转帐方式收取的有96,530名): some of the total
_PART_WHICH = re.compile(r"其中[，,]?(?P<which>[^，,。；;\d]{1,24}的)(?:有|为|是|共有|达)?")
# the words of a total ("合计56190万元", "两项合共X"; 合共 is Hong Kong's), longest first: one list
# for the frames trimmed around a figure, a total closing a list and a total word standing alone
_TOTAL_WORDS = ("合计", "合共", "共计", "总计", "总共", "一共", "共")
_TOTALS = "|".join(_TOTAL_WORDS)
_LEAD_FRAME = re.compile(
    r"^(?:其中|当中|以及|分别为|分别是|截至目前|截至|目前|今年以来|今年|全年|去年|同时|此外|另外|累计|共有|现有|拥有|实有|" + _TOTALS + "|全县|全市|全省|全区|全国|全镇|"
    r"该县|该市|我市|我县|我省|力争|本月|上半年|下半年|年初|年末|年底|年内|已|已经|新(?!增|建|开工|改)|再|还|均|各级|各类|各|先后|"
    r"\d{4}年(?:底|末|初)?|\d{1,2}月(?:底|末|初|份|上旬|中旬|下旬)?(?:\d{1,2}日)?|[一二三四]季度末?)+")
_TRAIL_FRAME = re.compile(
    r"(?:" + _TOTALS + "|共有|累计|达到|达|(?<![行作认成称因以])为|是|(?<![所没拥具享占])有|(?<![签节预违履合制特])约|的|了|已|分别为|分别|均为|均|增至|至|到|在|于|仅|超过|"
    r"近|逾|超|不足|不到|不低于|不高于|不少于|不超过|高达|多达|突破|约为|大约|由原来的|由原来|原来的|由上年底|由去年底|由上年末|由去年末|由上年同期|由去年同期|由上年|由去年|由上期|由年初|对其中|其中|当中|对|从|由|再|分别再|拟按|保持在|保持|控制在|稳定在|维持在|平均为|年均|预计将|预计|预估|估计|将|拟|折合人民币|折合|人民币|新台币|台币)+$")
_BY_STANDARD = re.compile(r"的?标准(?:配备|配齐|组建|设置|配置|建立|落实|招聘|选配)[“\"「]?")  # (按N名的标准配备X)
_RAISED_TO = re.compile(r"(?:提高|调整|上调|提升|降低|下调|增加|增长|调增)(?:到|至|为)(?:每[\u4e00-\u9fff]{1,2}?){0,2}$")
_CODE_ASIDE = re.compile(r"(?<!的)[(（][^()（）]*[A-Za-z0-9Ⅰ-Ⅻ~～][^()（）]*[)）]")
_SHARE_COMPARED = re.compile(r"占比(?=较|比上|比去|同比|环比)")  # 占比 then a comparison (占比较上年)
_COMPARE = re.compile(r"^(?:同比|环比|比上年|比去年|比上期|较上年|较去年|较上期|与上年同期相比|与上年相比|比|较|"
                      r"按年(?=增|减|上升|下降|下跌|上涨|升|跌|降|$))")  # (按年增长: Hong Kong and Macao's 同比)
_CHANGE_ONLY = re.compile(r"^(?:同期|同比|环比|按年|相比|上年|去年|上期|年)*(?:增长|下降|上升|提高|增加|减少|回落|降低|净增|增|降|减少了|增长了)$")
_SHARE = re.compile(r"占(?!地$)(?:比)?(?P<whole>[^，。；、]*?)的?$")
# Han characters only, not opening with a function word nor ending in an adverb or 的 (仍占, 只占, 的青年占)
_HAN_NOUN_PHRASE = re.compile(r"(?![的而则和与及或仍只也])[\u4e00-\u9fff]*[\u4e00-\u9fff](?<![的仍只则也约仅均将已都还就又])")
# a comparison inside the clause: what is compared stands before it (协议引资额同比增长1.27倍)
# how a change was reckoned, before it (按可比口径同比增长9.6%): no part of what changed
_BASIS = re.compile(r"^(?:按|以)(?:可比口径|可比价格?|现价|不变价格?)(?:计算|计)?|^扣除价格因素(?:后)?")
_COMPARE_ANY = re.compile(r"(?:同比|环比|比上年|比去年|比上期|较上年|较去年|较上期|与上年同期相比|高于|低于|较|(?<![可对评类])比(?![重例率赛武拼]))")  # (not 可比口径, 对比, 评比, 比赛, 比武)
# "X是/为/相当于Y的" before a multiple (N倍): X is what the multiple is of
_TIMES_OF = re.compile(r"(?:是|为|相当于)[^，,；;。是为]{1,14}的?$")
_CHANGE_TAIL = re.compile(r"(?:增长|下降|上升|提高|增加|减少|回落|降低|净增|新增|增|降)+$")


def _ending_chars(pattern: str) -> frozenset[str] | None:
    """The last characters of the words of a ``(?:w1|w2|...)+$`` pattern (words may carry a
    ``(?<![...])`` guard), or None when the pattern is not of that form."""
    m = re.fullmatch(r"\(\?:(.*)\)\+\$", pattern)
    words = [re.sub(r"^\(\?<!\[[^\]]*\]\)", "", w) for w in m.group(1).split("|")] if m else []
    if not words or not all(re.fullmatch(r"[\u4e00-\u9fff]+", w) for w in words):
        return None
    return frozenset(w[-1] for w in words)


_TRAIL_ENDS = _ending_chars(_TRAIL_FRAME.pattern)
_CHANGE_ENDS = _ending_chars(_CHANGE_TAIL.pattern)


def _cut(pattern: "re.Pattern[str]", ends: frozenset[str] | None, s: str) -> str:
    """``pattern.sub("", s)`` for a ``(?:w1|w2|...)+$`` pattern with words ending in ``ends``.

    A match ends the string (or stands before a final newline), so a string ending in another
    character keeps its words: most clauses, and the failed scan of them was the cost."""
    if ends is not None and s and s[-1] not in ends and s[-1] != "\n":
        return s
    return pattern.sub("", s)


# a total word alone names nothing: the sum counts what the figures before it count
_SUM_WORDS = frozenset((*_TOTAL_WORDS, "累计"))
# a noun and a total word, with at most a verb after it (景区合计接待): what was summed, not a noun
_SUMMED_BY = regex.compile(r"(\p{Han}{0,6}?)(?:合计|合共|共计|总计)(\p{Han}{0,2})")
# the parts of a whole split by area (其中城区85个、乡村70个): a place is no noun of what is counted
_PLACE_PART = re.compile(r"(?:县|市|镇|主)?(?:城区|乡村|农村|城镇|县城|市区|镇区|县城区|中心城区|农村地区|城市)")
_RANK_CUT = re.compile(r"(?:居|排名|排在|排|位居|位列|名列|分列|列)(?:全国|全省|全市|全区|全县)?$")
_PERSON_UNITS = {"人", "人次"}
_AGE_UNITS = {"岁", "周岁"}
# people named by an age group, which jieba tags as time words (青年 t): nouns after a figure
_PEOPLE_TIME_WORDS = frozenset(("青年", "少年", "青少年", "中青年", "老年人"))
_PEOPLE_ENDS = frozenset("民员人工者生士贩")  # the last character of a noun for people (渔民, 人员, 农民工; not 户: 进城落户)
# the last character of the people a verb acts on (帮助186名就业困难人员, 邀请40余名知名主播, 聘请12名专家)
_OBJECT_ENDS = _PEOPLE_ENDS | frozenset("播手师家户")
# people and households act: a verb after them (3600户发展产业) is what they do
_AGENT_UNITS = {"人", "人次", "名", "位", "户", "家"}
_PLACE_CLASSIFIERS = frozenset("个個处處座所块塊片")  # what a count of places is counted in
# nouns of bodies that a verb of their trade may open (供热企业, 培训机构, 用人单位)
_BODY_NOUNS = ("企业", "单位", "机构", "公司", "商户", "门店", "工厂", "作坊", "合作社")
# words that end a noun phrase after a figure: 其余44处|正在整改
_AFTER_STOP = frozenset(("正在", "已", "已经", "均", "全部", "仍", "仍在", "尚", "尚未", "还", "大关", "关口", "全长", "总长",
                         "预计", "预估",  # (2.4亿元|预计下旬拨付: an estimate of when, not its noun)
                         "进场"))  # (进场 is tagged a noun: 企业186家|进场招聘 is what they do)
# words before a verb of progress that name no noun: adverbs, and 督促 (urged: 督促整改3317处)
_ADVERBS = r"(?:正在|已经|已|均|全部|直接|基本|累计|共|实际|当月|全月|当年|全年|阶段性|按时|及时|如期|限期|督促|常年|始终|一直|持续)*"
_ADVERBS_ONLY = re.compile(_ADVERBS)
# a place and a two-character verb (芗城区拆除, 城关镇新建): what the place did, to what is said before
_PLACE_VERB = regex.compile(r"(?:其中)?(\p{Han}{2,8}?(?:区|县|市|镇|乡|街道|村|社区))(\p{Han}{2})")
_TRAILING_ADVERBS = re.compile(_ADVERBS + "$")
# a rate's "per unit" inside the noun it names (柑橘每公顷救助): the rate is the figure's, not the noun's
# (not after 平均/人均, which the noun keeps with it: 护路员人均每月增收)
_PER_INSIDE = regex.compile(r"(?<!平均|人均)每(?:平方米|公顷|人次|千克|公斤|亩|人|户|月|年|天|日|吨|头|只|名|床|家|所|个|台)")
# single characters a clause's frame leaves before a figure that name nothing (减至, 多出, 另有, 又)
_LONE_FRAME_CHARS = frozenset("减增降升另出又超多少")
# a time limit and what is to be done within it (15日内|完成|复检, 1小时内|扑灭)
_CHANGE_VERB = re.compile(r"(?:提升|提高|增长|增加|上升|下降|降低|减少|回落|下滑|缩小|扩大|缩短|延长)了?")
_PER_TIME_AVERAGE = re.compile(r"[日月年周]均")
_TIME_LIMIT_UNITS = frozenset(("日", "天", "小时", "分钟", "个工作日", "工作日", "周", "个月"))
# (past the adverbs and modals after it, 即|抵达现场, 可|全部收获完毕; not a noun the limit describes,
# 3小时内|的降雨量, nor a preposition's object, 5天内|为该项目…)
_WITHIN_DONE = regex.compile(r"(?:以内|内)(?:即|就|便|可|均|将|须|需|要|应|必须|再|都|能|全部|完成|实现)*"
                             r"(?![的为向对在给把被])(\p{Han}{2,8})")
_TIME_LABEL = regex.compile(r"时间|时长|用时|时限|期限|周期")
_PER_ONLY = regex.compile(r"(?:标准)?(?:为|由|是)?(?:每\p{Han}{1,2}?){1,2}")
# an item named by a place (其中杨桥镇3个): a name and the ending of a county, town or subdistrict
# (not 区 or 市: 棚户区, 开发区, 超市 are no places; not 乡: 科技下乡; but a lake's or a city's zone,
# 成子湖片区320万立方米, is)
_NAMED_PLACE = regex.compile(r"(?:其中|当中)?(?!乡镇|村镇|城镇)\p{Han}{1,8}?(?:县|镇|街道|片区)")
_LIST_LEAD = re.compile(r"^(?:其中|当中)")
# what a count of households or people counts where no noun names them
_HEADS = {"户": "户", "人": "人", "名": "人"}
# an evaluation a rank is held in: 在全省2024年度文明城市创建工作测评中 (the last before the rank)
_EVALUATION_IN = regex.compile(r"在([^，,。；;在]{2,40}?(?:考评|考核|测评|评估|评比|评价|评选|排名|竞赛|比赛|大赛|督查|检查))中(?!.*在[^，,。；;在]{2,40}?中)")


def _ranked_place(label: str) -> bool:
    """Is a rank's label only the place ranked (商丘市, 睢阳区), no measure of it?"""
    return bool(_BARE_PLACE.fullmatch(label) or _NAMED_PLACE.fullmatch(label) or label in ("我市", "我县", "我区", "我省"))


# a place and what it has before a count of households or people (凤鸣村共有, 全村现有)
# (not a kind of area: 老旧小区, 园区, 景区 hold households but name none)
_PLACE_HAS = regex.compile(r"\p{Han}{1,6}?(?:村|社区|镇|乡|街道|县|市|(?<![小园景片城辖校])区)(?:共有|现有|有|共|总)?")
# a label that may be a place's name alone (其中西陵区78场: where, not what)
# a company or bank by its name alone (中国移动岳阳分公司, 县农商银行): an item of a total
_NAMED_BODY = regex.compile(r"(?:其中|当中)?\p{Han}{2,14}?(?:有限公司|分公司|公司|集团|银行|分行|支行|"
                            r"联网|分局|大队|中队)")  # (新界东联网128张: a hospital cluster's share)
# a company or the firms of a trade building or setting up things (光阳工业|设置, 其他业者|设置, 国网公司|建设;
# not 企业自筹 or 企业捐款, where the company says whose money it is)
_BODY_VERB = regex.compile(r"(?:其中|当中)?(\p{Han}{0,14}?(?:有限公司|公司|集团|工业|业者))"
                           r"(设置|建设|建成|布设|安装|投放|新建|开设|设立)")
_BARE_PLACE = regex.compile(r"(?:其中)?\p{Han}{1,6}?(?:区|县|市|镇|乡|街道)")
_PLACE_END = re.compile(r"(?:省|市|县|区|镇|乡|街道|村|社区|州|旗)$")
# a gap measured against a benchmark (高于全市平均水平1.2个百分点) is the subject's
_BENCHMARK = re.compile(r"^(?:高于|低于|快于|慢于|超过|超出)[^，,。；;]*水平$")
_REST = re.compile(r"(?:其余|其他|另有|剩余)$")
_REST_IS = re.compile(r"[\u4e00-\u9fff]{2,12}(?=[，,。；;！？\n]|$)")  # 其余2640人为|沿海低洼地带群众，
# examples listed before 等 and the kind they are of (手工编织、面点制作等|特色技能培训)
_LISTED_BEFORE_HEAD = re.compile(r"[^，,。；;：:、\d]{1,12}(?:、[^，,。；;：:、\d]{1,12})+等")
# money a clause only says was set aside or given (县财政安排80万元, 张某捐资20万元) is named by its
# purpose after it: (,)用于X / ,为…购买X / 设立X; the verbs of funding end the phrase before
# the figure
_INVESTED = re.compile(r"(?:总投资|计划投资|投资总额|投资)(?=(?:约|近|超过|逾|达)?$)")
_FUNDING = re.compile(r"(?:安排|投入|拨付|下达|筹集|筹措|争取|落实|统筹|整合|捐资|捐出)(?:了|资金)?$")
_PURPOSE = re.compile(r"[，,]?(?:专项|主要|全部|重点)?用于([^，,。；;：:！？]{2,30})|[，,]为[^，,。；;]{0,20}?购买([^，,。；;：:！？]{2,20})"
                      r"|设立([^，,。；;：:！？]{2,20})")
# a title right before a figure (发放《致家长的一封信》1.5万份) is what it counts
_TITLE_BEFORE = re.compile(r"《[^《》]{1,30}》$")
# a span of time framed by how long something took (为期3天的运动会, 经过3天角逐, 计划用3年完成改造)
# counts the event or work named after it, not the framing verb before it
_SPAN_FRAME = re.compile(r"(?:为期|历时|历经|经过|耗时|用时|用了|花了|用)$")
_SPAN_UNITS = frozenset(("天", "日", "年", "个月", "月", "周", "小时", "分钟", "个工作日", "工作日"))
# what such a span names: the words after it up to a place/time word (在, 于) or the clause end
# (a quoted name inside it too: 为期8个月的食品安全“守护行动”)
_SPAN_AFTER = re.compile(r"(?:[^，,。；;：:！!？?、“”「」《》()（）\s]|“[^”]{1,12}”|「[^」]{1,12}」){2,16}?(?=在|于|[，,。；;：:！!？?、]|$)")
_QUOTED = re.compile(r"“[^”]{1,20}”|「[^」]{1,20}」")
_OPEN_QUOTE = {"“": "”", "「": "」", "\"": "\""}


@lru_cache(maxsize=1)
def _gather_verbs() -> frozenset[str]:
    """Verbs that bring people in (verbs.tsv role ``gather``: 吸引, 组织)."""
    return frozenset(w for w, r in lexicon().verbs.items() if r == "gather")


@lru_cache(maxsize=1)
def _noun_words() -> frozenset[str]:
    """Nouns jieba's dictionary tags as verbs (verbs.tsv role ``noun``: 选手)."""
    return frozenset(w for w, r in lexicon().verbs.items() if r == "noun")


@lru_cache(maxsize=1)
def _verb_words() -> tuple[frozenset[str], "re.Pattern[str]", "re.Pattern[str]"]:
    """Mis-tagged governing verbs; regexes for a clause of change verbs only / one ending in status verbs."""
    verbs = lexicon().verbs
    status = sorted((w for w, r in verbs.items() if r in ("status", "change")), key=len, reverse=True)
    change = sorted((w for w, r in verbs.items() if r == "change"), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in status)
    only = re.compile(rf"{_ADVERBS}(?:{'|'.join(map(re.escape, change))})+了?")
    tail = re.compile(rf"(?:{alt})+(?:了|到位|完毕)?$")
    return frozenset(w for w, r in verbs.items() if r == "verb"), only, tail


def _within_at(text: str, fend: int) -> int:
    """Where 内/以内 starts when the figure's span took it in (15日内), else its end."""
    return fend - 2 if text.endswith("以内", 0, fend) else fend - 1 if text.endswith("内", 0, fend) else fend


@lru_cache(maxsize=1)
def _status_verbs() -> frozenset[str]:
    """The verbs of progress (新建, 完成, 办结), whatever jieba tags them."""
    return frozenset(w for w, r in lexicon().verbs.items() if r == "status")


@lru_cache(maxsize=1)
def _fate_verbs() -> frozenset[str]:
    """Verbs that name what a count of people counts (死亡3人, 疏散874人), see verbs.tsv."""
    return frozenset(w for w, r in lexicon().verbs.items() if r == "fate")


@lru_cache(maxsize=1)
def _modifier_verbs() -> frozenset[str]:
    """Verbs that make a compound noun with the noun after them (健身路径): they govern nothing."""
    return frozenset(w for w, r in lexicon().verbs.items() if r == "modifier")


@lru_cache(maxsize=1)
def _status_tail_ends() -> frozenset[str]:
    """The characters a match of ``_verb_words()[2]`` ends with (before a final newline, if any)."""
    return frozenset(w[-1] for w, r in lexicon().verbs.items() if r in ("status", "change")) | {"了", "位", "毕"}


@lru_cache(maxsize=1)
def _done_only() -> "re.Pattern[str]":
    """A clause of progress verbs only (已办结, 完成整改, 阶段性办结): the done part of a total."""
    verbs = lexicon().verbs
    done = sorted((w for w, r in verbs.items() if r == "status"), key=len, reverse=True)
    return re.compile(rf"{_ADVERBS}(?:{'|'.join(map(re.escape, done))})+(?:了|到位|完毕)?")


_DEED_AFTER = regex.compile(r"(?:(?!的)\p{Han}){2,6}(?=[，,。；;！!]|$)")  # a short verb phrase ending its clause
_BARE_LEAD = regex.compile(r"[，,、\s]*(?:近|约|逾|超过|超|共|共有)?")  # nothing before a figure but a bound
_TOOK_PART = regex.compile(r"(参与|参加|受益|观看|参观|参赛|到场)(?=[，,。；;！!\s]|$)")


def _in_headline(text: str, pos: int) -> bool:
    """Is ``pos`` on a short first line (a headline)?"""
    end = text.find("\n")
    return 0 <= pos <= end < 60


def _clause_start(text: str, start: int, floor: int) -> int:
    i = start
    if i > floor and text[i - 1] in " \u3000" and not _in_headline(text, i):
        i -= 1  # 夏粮产量 7327吨: a space before the figure only pads it (in a headline it parts two phrases:
        # "暑期活动圆满结束　逾42万人次参与")
    if i <= floor:
        return i
    m = _LAST_BREAK.search(text, floor, i)
    return m.end() if m else floor


def _opens_next_item(text: str, tokens, pos: int) -> bool:
    """Does a list joiner at ``pos`` open the next item (骨质密度检测792人|及认知障碍初步评估637人)?  A
    joiner that is a word of its own (和 the conjunction, not the 和 of 和平) and no bound (60岁及以上)."""
    if text[pos:pos + 1] not in _JOINERS or text.startswith(("以上", "以下"), pos + 1):
        return False
    i = bisect.bisect_left(tokens, pos, key=_START)
    return i < len(tokens) and tokens[i][1] == pos and tokens[i][2] == pos + 1


def _after_phrase(text: str, tokens, end: int, limit: int, *, verb_start: bool = True) -> str | None:
    """The noun phrase right after a figure (党员干部 in 2000余名党员干部赴...).

    ``verb_start=False`` refuses a phrase that opens with a verb: people do
    what follows them (40余人来到敬老院), it is not what they are."""
    if end < limit and _opens_next_item(text, tokens, end):
        return None  # 骨质密度检测792人及认知障碍初步评估637人: the next item of a list, not this one's noun
    i = bisect.bisect_left(tokens, end, key=_START)
    words: list[tuple[str, str]] = []
    pos = end
    j = i - 1
    if 0 <= j < len(tokens) and tokens[j][1] < end < tokens[j][2]:
        # a word straddles the figure's end (5大|类食品, 120名|青年): keep its remainder
        w, s, e, p = tokens[j]
        rest = text[end:e]
        if len(rest) == 1 and j + 1 < len(tokens) and tokens[j + 1][3] == "m":
            pass  # 3200余人|分三批: one character before another numeral opens no noun
        elif rest[0] in _JOINERS:
            pass  # 招聘会十二场|及地区性招聘活动: 场及 read as one word; 及 opens the next item
        elif p in _NOUNISH or (j + 1 < len(tokens) and tokens[j + 1][1] == e and tokens[j + 1][3] in _NOUNISH
                             and not rest.startswith(("的", "在", "为", "是"))):
            words.append((rest, p))  # 28位核|雕工艺师: a mis-cut word's remainder opens the noun
            pos = e
    if not words and end < limit and text[end] in _OPEN_QUOTE:
        # 15名“理论宣讲员”: a quoted name is the noun
        close = text.find(_OPEN_QUOTE[text[end]], end + 1, min(limit, end + 18))
        if close > end + 1:
            words.append((text[end + 1:close], "n"))
            pos = close + 1
            i = bisect.bisect_left(tokens, pos, key=_START)
    mis_tagged = _verb_words()[0]
    place_count = text[end - 1:end] in _PLACE_CLASSIFIERS
    while i < len(tokens) and pos < limit:
        w, s, e, p = tokens[i]
        if w in _PEOPLE_TIME_WORDS or w in _noun_words():
            p = "n"  # 青年 is tagged a time word (youth) but names people: 200余名青年; 选手/v is a noun
        if s != pos or w in _AFTER_STOP or w in mis_tagged:
            break  # 对其中9家|立案查处: a verb (even one tagged a noun) ends the phrase
        if not words and p == "a" and i + 2 < len(tokens) and tokens[i + 1][0] == "的" \
                and tokens[i + 2][3] in _NOUNISH and tokens[i + 1][1] == e:
            # 30件重要的民生实事: an adjective with 的 before the noun
            words.append((text[s:tokens[i + 1][2]], "a"))
            pos = tokens[i + 1][2]
            i += 2
            continue
        if words and _modifier_ends(tokens, i):
            # 5家问题严重的小作坊: a modifier (noun + its predicate) with 的, then its head noun
            k = i if w == "的" else i + 1
            words.extend((t[0], t[3]) for t in tokens[i:k + 1])
            pos = tokens[k][2]
            i = k + 1
            continue
        if w in _BOUND_WORDS and words and words[-1][1] in ("a", "b") and i + 1 < len(tokens) \
                and tokens[i + 1][3] in _NOUNISH and tokens[i + 1][1] == e:
            words.append((w, p))  # 副高级|以上|职称专家: a bound of the modifier before the noun
            pos = e
            i += 1
            continue
        if w in ("（", "("):
            close = text.find("）" if w == "（" else ")", e, min(limit, e + 6))
            if close > 0 and words:
                words.append((text[s:close + 1], "n"))
                pos = close + 1
                i = bisect.bisect_left(tokens, pos, key=_START)
                continue
            break
        # (people named by what they do or did: 1286名退捕|渔民, 320名返乡|农民工, 26名犯罪|嫌疑人 --
        # a verb and a noun of people, where 40余人来到|敬老院 is what the people do)
        # (and bodies named by what they do: 12家供热|企业, 5家培训|机构)
        # (or by what they do and the suffix 者: 1,426名露宿|者, 30名求职|者)
        people = (p.startswith("v") and i + 1 < len(tokens)
                  and (tokens[i + 1][3] in _NOUNISH and tokens[i + 1][0][-1] in _PEOPLE_ENDS
                       or tokens[i + 1][0] in _PEOPLE_TIME_WORDS or tokens[i + 1][0].endswith(_BODY_NOUNS)
                       or tokens[i + 1][0] == "者" and tokens[i + 1][3] == "k")
                  and tokens[i + 1][1] == e and not words and len(w) == 2)
        if not verb_start and not words and p == "vn" and not people:
            break  # 320人|办理贷款: what the people do
        opens_noun = (verb_start and p.startswith("v") and i + 1 < len(tokens) and tokens[i + 1][3] in _NOUNISH
                      and tokens[i + 1][1] == e and not words and len(w) == 2 and w not in ("参与", "参加", "到", "赴"))
        if words and p == "k" and len(w) == 1:
            # a noun's suffix (家业|者: 17家业者): part of the noun, which may go on
            words.append((w, "n"))
            pos = e
            i += 1
            continue
        if p in _NOUNISH or people or opens_noun or place_count and p == "s" and not words and len(w) >= 2:
            # (a place word is the noun of a count of places: 约280个|场地)
            words.append((w, p))
            pos = e
            i += 1
            if len("".join(x for x, _ in words)) >= 16:
                break
            continue
        if p in ("a", "vn", "t", "b") and (not words or p == "t"):
            # modifiers before the noun: 重点|企业, 常见|健康|问题, 副高级|以上|职称 (a bound after one)
            j = i + 1
            while j < len(tokens) and j - i <= 3 and tokens[j][1] == tokens[j - 1][2] and (
                    tokens[j][3] in ("a", "b") or tokens[j][0] in _BOUND_WORDS):
                j += 1
            if j < len(tokens) and (tokens[j][3] in _NOUNISH or tokens[j][0] in _noun_words()) \
                    and tokens[j][1] == tokens[j - 1][2]:  # (优秀|选手: 选手 tagged a verb)
                words.extend((t[0], t[3]) for t in tokens[i:j])
                pos = tokens[j - 1][2]
                i = j
                continue
        break
    if not words:
        return None  # most figures: no noun phrase right after
    phrase = "".join([w for w, _ in words])
    if not phrase or all(p in ("a", "b") for _, p in words):
        return None
    if len(phrase) == 1 and phrase in "人次名个须需应将可均已都也还仍另再共":
        return None  # (小作坊126家|须全部完成: a modal or an adverb the tagger read as a noun)
    return phrase


def _object_of_verb(tokens, at: int) -> bool:
    """Does a governing verb end right at ``at`` (推荐|8名, 帮助|186名), so that the figure is its
    object?  Not a verb of being, reaching or taking part (有, 达到, 参与), nor a status verb."""
    i = bisect.bisect_left(tokens, at, key=_START) - 1
    if i < 0 or tokens[i][2] != at:
        return False
    w, _, _, p = tokens[i]
    return p.startswith("v") and p != "vn" and len(w) == 2 and w not in _NOT_GOVERNING \
        and not w.endswith("有") and w not in _status_verbs()  # (已有587户完成…: there are so many)


# verbs before a count of people that do not make the people their object
_NOT_GOVERNING = frozenset(("达到", "超过", "参与", "参加", "覆盖", "涉及", "惠及", "共有", "现有", "拥有",
                            "累计", "合计", "共计", "总计", "增加", "减少", "增长", "新增"))


_SCOPE_AFTER = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:当)?中[，,]")  # 在N根公共充电桩中，
_REST_BY = re.compile(r"由([^，。；,;！？\n]{2,24})(?=[，。；,;！？\n]|$)")

_VOLUME_ENDS = ("量", "总量", "规模")  # nouns of an amount (诊疗量, 客流量): what a count with 的 before them is
_BOUND_WORDS = frozenset(("以上", "以下", "及以上", "及以下"))


def _modifier_ends(tokens, i: int) -> bool:
    """True when ``tokens[i]`` is 的, or an adjective/verb right before one, and a noun follows the 的."""
    k = i
    if tokens[k][0] != "的":
        if tokens[k][3] not in ("a", "v", "d", "ad") or k + 1 >= len(tokens) or tokens[k + 1][0] != "的" \
                or tokens[k + 1][1] != tokens[k][2]:
            return False
        k += 1
    return k + 1 < len(tokens) and tokens[k + 1][1] == tokens[k][2] and tokens[k + 1][3] in _NOUNISH


def _before_phrase(text: str, tokens, cstart: int, fstart: int, kind: str = "count") -> tuple[str | None, str]:
    """Counted from the clause text before a figure; second value says how it was found."""
    phrase, how, body_start, body_end = _clause_frame(text[cstart:fstart], kind)
    if how == "done" and text.endswith("、", 0, cstart):
        # 审结、执结11972件: two verbs of done work joined by 、 name the part together
        first = max(text.rfind(c, 0, cstart - 1) for c in "，,；;。、\n") + 1
        if _done_only().fullmatch(text, first, cstart - 1):
            phrase = text[first:cstart] + phrase
    if how:
        return phrase, how
    # cut after the last verb that governs a noun: 开展专题学习 -> 专题学习
    end = cstart + body_end
    cut = _after_last_verb(text, tokens, cstart + body_start, end, _verb_words()[0])
    return _phrase_of(text[cut:end])


@lru_cache(maxsize=4096)
def _clause_frame(clause: str, kind: str) -> tuple[str | None, str, int, int]:
    """What the text of the clause before a figure says by itself: ``(phrase, how, 0, 0)`` when
    that settles what the figure counts (see :func:`_before_phrase`), else ``(None, "", start,
    end)``: the body of the clause, past its frame words, that the words' tags cut further.

    It depends on the clause text alone, and reports repeat their clauses (国内生产总值增长,
    城镇新增就业): cached."""
    raw = _BASIS.sub("", clause.rstrip())
    raw = _cut(_TRAIL_FRAME, _TRAIL_ENDS, raw) if not raw.endswith(("占比", "占")) else raw
    if not _CHANGE_ONLY.match(raw):
        raw = _cut(_TRAIL_FRAME, _TRAIL_ENDS, _cut(_CHANGE_TAIL, _CHANGE_ENDS, raw))
    if raw.strip("和及与或、") == "":
        return None, "refer", 0, 0
    if raw.endswith("占比率"):
        return None, "whole", 0, 0
    compared = _SHARE_COMPARED.search(raw)
    if compared:
        # 少儿读者占比较上年提高3.2个百分点: 占比 and the comparison 较 (the tokens read 比较); the change
        # is of the share of what is named before 占比
        head = _LEAD_FRAME.sub("", raw[:compared.start()]).strip("“”\"'、，, ")
        if len(head) >= 2:
            return head + "占比", "before", 0, 0
    share = _SHARE.search(raw)
    if share:
        whole = _LEAD_FRAME.sub("", share.group("whole")) or share.group("whole")
        if whole:
            return whole, "share", 0, 0
        if raw.endswith("占比"):
            # “非接触式”办税业务占比达94.3%: the share of what is named before 占比
            head = _LEAD_FRAME.sub("", raw[:share.start()]).strip("“”\"'、，, ")
            return (head if len(head) >= 2 else "占比"), "share", 0, 0
        head = _LEAD_FRAME.sub("", raw[:share.start()])
        if kind != "percent" and len(head) >= 2:
            return head, "before", 0, 0  # 其中企业基层党组织占153.2万个
        named = raw[:share.start()].strip()
        if named.startswith(("其中", "当中")):
            named = named[2:]  # 其中纯井灌区占64%: a part's share
        if named.endswith("约") and head.endswith("约"):
            named, head = named[:-1], head[:-1]  # 纯井灌区约占六成四
        if kind == "percent" and 2 <= len(head) <= 12 and head == named \
                and _HAN_NOUN_PHRASE.fullmatch(head):
            return head, "share", 0, 0  # 住房消费提取占82.3%: the share of what the clause names
        return None, "whole", 0, 0
    # raw is already cut after its frame words (here it never ends in 占, which _SHARE took),
    # and cutting them is idempotent: the leftmost cut leaves no frame word at the end
    prefix = raw
    if kind == "rank":
        prefix = _RANK_CUT.sub("", prefix)
        prefix = _cut(_TRAIL_FRAME, _TRAIL_ENDS, prefix)
    if _BENCHMARK.match(prefix):
        return None, "refer", 0, 0
    if _COMPARE.match(prefix) or _CHANGE_ONLY.match(prefix):
        cmp = _COMPARE.match(prefix)
        rest = _cut(_CHANGE_TAIL, _CHANGE_ENDS, prefix[cmp.end():]) if cmp else ""
        if cmp and cmp.group() in ("高于", "低于") and rest and not rest.endswith("水平"):
            return rest, "before", 0, 0  # 高于全国增速7.9个百分点; 高于全省平均水平 is only the benchmark
        return None, "refer", 0, 0
    times = _TIMES_OF.search(prefix) if kind == "ratio" else None
    if times:
        # 参与人数是去年的1.5倍: what is so many times another is named before 是; "，是上年的1.5倍" refers
        # to what the clause before counts
        head = _LEAD_FRAME.sub("", prefix[:times.start()])
        return (head, "before", 0, 0) if len(head) >= 2 else (None, "refer", 0, 0)
    cmp = _COMPARE_ANY.search(prefix)
    if cmp and cmp.start() > 0:
        head = _LEAD_FRAME.sub("", prefix[:cmp.start()])
        if len(head) >= 2:
            return head, "before", 0, 0
    lead = _LEAD_FRAME.match(prefix)
    if lead and prefix[lead.end() - 1] == "新" and _names_division(prefix, lead.end() - 1):
        # 新昌县23条: the 新 opens a place's name, no frame word ("新发展党员")
        lead = _LEAD_FRAME.match(prefix[:lead.end() - 1]) if lead.end() > 1 else None
    offset = lead.end() if lead else 0
    body = prefix[lead.end():] if lead else prefix
    if not body:
        return None, "refer", 0, 0
    if len(body) == 1 and lead:
        body = prefix[lead.end() - 1:]  # 其中新建3所: the frame took half of 新建
        offset -= 1
    _, status_only, status_tail = _verb_words()
    if status_only.fullmatch(body):
        return None, "status", 0, 0  # 压缩到不到3天: the value of what the figure before counts
    if _done_only().fullmatch(body):
        # 已办结196条: the done part; the caller names it after the total it is part of
        framed = prefix[:len(prefix) - len(body)]
        done = next((a for a in ("已经", "已") if framed.endswith(a)), "")
        return done + body, "done", 0, 0
    # the tail ends the body: with the last character of a status verb or of 了 到位 完毕
    tail = status_tail.search(body) if body[-1] in _status_tail_ends() or body[-1] == "\n" else None
    if tail and tail.start() >= 2 and not _ADVERBS_ONLY.fullmatch(body[:tail.start()]) \
            and not body[:tail.start()].endswith("人均"):  # 人均结案332件: per head, not a noun
        body = _TRAILING_ADVERBS.sub("", body[:tail.start()]) or body[:tail.start()]  # 保障房新开工6.5万户; 问题已|整改到位
    return None, "", offset, offset + len(body)


@lru_cache(maxsize=4096)
def _phrase_of(cut: str) -> tuple[str | None, str]:
    """The clause body after its last governing verb as :func:`_before_phrase` returns it
    (cached: the same nouns come back, 城镇新增就业 国内生产总值)."""
    phrase = cut.strip()
    if phrase.endswith("(") and ")" not in phrase:
        phrase = phrase[:-1].rstrip()  # 青年义工(18至35岁: a figure in an aside counts the label before it
    if not _QUOTED.match(phrase):
        phrase = phrase.strip(_QUOTES)  # “学雷锋”志愿服务活动 keeps its quoted name whole
    if phrase.endswith("等") and len(phrase) > 1:
        return None, "refer"
    if phrase.startswith(("等", "的", "及")) and len(phrase) > 2 and not phrase.startswith(("及以上", "及以下", "及其")):
        phrase = phrase[1:]  # 闯红灯、酒后驾驶等交通违法行为: 等 closes the list before; 参加评比的作品
        # (及 joins the last item: 何文田54宗及九龙城44宗)
    if _REST.fullmatch(phrase):
        return None, "rest"
    if not phrase or len(phrase) == 1 and phrase in "的了是有":
        return None, "refer"
    return phrase, "before"


def _named_before(text: str, tokens, cstart: int, s_start: int, prev: dict[str, Any] | None) -> str | None:
    """What the clause before ``cstart`` names: the noun of the figure it ends with, else the noun
    phrase after its last verb."""
    pce = cstart - 1
    while pce > s_start and not ("\u4e00" <= text[pce - 1] <= "\u9fff") and not text[pce - 1].isalnum():
        pce -= 1  # the comma (and closing marks) between the clauses
    if prev is not None and prev.get("counted") and prev["end"] >= pce - 1 and prev["end"] <= cstart:
        return prev["counted"]
    pcs = _clause_start(text, pce, s_start)
    noun = text[_after_last_verb(text, tokens, pcs, pce, _verb_words()[0]):pce]
    return noun if 2 <= len(noun) <= 12 and all("\u4e00" <= c <= "\u9fff" for c in noun) else None


def _after_last_verb(text: str, tokens, offset: int, end: int, mis_tagged: frozenset[str]) -> int:
    """Where the noun phrase of ``text[offset:end]`` starts: after its last verb with a noun after it.

    Only the words starting in the span count; a verb inside a quoted name (开展“送法进乡村”活动)
    and a modal verb (人均可支配收入) govern nothing.  The last such verb is found walking back
    from the last noun, the one nearest the end (tests/test_figures_speed.py keeps the forward
    walk over every word it replaced)."""
    lo = bisect.bisect_left(tokens, offset, key=_START)
    # tokens[lo:hi]: the words starting in the span, no more of them than it has characters
    hi = bisect.bisect_left(tokens, end, lo, min(len(tokens), lo + max(0, end - offset)), key=_START)
    last_noun = -1
    for k in range(hi - 1, lo - 1, -1):
        if tokens[k][3] in _NOUNISH:
            last_noun = k
            break
    quoted = None
    modifiers = _modifier_verbs()
    named_verbs = _status_verbs()
    for k in range(last_noun - 1, lo - 1, -1):
        w, s, e, p = tokens[k]
        # (a status verb jieba reads as a place name governs too: 新建/ns, a district of Nanchang)
        if not (p.startswith("v") and p != "vn" or w in mis_tagged or p == "ns" and w in named_verbs and text[e:e + 1] not in ("和", "及", "与", "、")) \
                or w in ("可", "能", "会") or end - e < 2:
            continue
        if w in modifiers and k + 1 < len(tokens) and tokens[k + 1][1] == e and tokens[k + 1][3] in _NOUNISH:
            continue  # 健身路径, 养老机构: a verb that makes a compound noun with the noun after it
        if quoted is None:
            quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, offset, end)]
        if any(qs < s < qe for qs, qe in quoted):
            continue
        return e
    return offset


_WHOLE_WORDS = ("总数", "总量", "总人数", "总额")
_HAN2 = re.compile(r"[\u4e00-\u9fff]{2}")
# "分别在甲区、乙区和丙区布局": names listed after 分别, then the clause's two-character verb
_NAMES_AFTER = regex.compile(r"(?:在|向|于|对|给)?(\p{Han}{2,8}?(?:[、和及与]\p{Han}{2,8}?)+)\p{Han}{2}(?=\d)")
_RESPECTIVELY = re.compile(
    r"分别(?:比上年|比去年|同比|较上年)?(?:增长|下降|提高|降低|增加|减少|为|是|达到|达|有|占)?")


def _is_verb_word(tokens, word: str, s: int, e: int, *, verbal_noun: bool = False) -> bool:
    """True when ``word`` is one verb token of ``[s, e)`` (吸引 in 吸引3万余人; with ``verbal_noun`` also
    a verb the tagger reads as a noun of the act, 建设)."""
    i = max(0, bisect.bisect_right(tokens, s, key=_START) - 1)
    while i < len(tokens) and tokens[i][1] < e:
        if tokens[i][0] == word:
            return tokens[i][3].startswith("v") and (verbal_noun or tokens[i][3] != "vn")
        i += 1
    return False


def _whole_before_among(text: str, figures: list[dict[str, Any]], k: int, si) -> str | None:
    """What the total before a 其中 counts: the nearest earlier figure of the sentence with the same
    unit that has 其中 between it and figure ``k``."""
    f = figures[k]
    for p in reversed(figures[:k]):
        if p.get("sentence") != si:
            break
        if p.get("unit") == f.get("unit") and "其中" in text[p["end"]:f["start"]] and p.get("counted"):
            return p["counted"]
    return None


def _verbs_only(tokens, s: int, e: int) -> bool:
    """True when every word overlapping ``[s, e)`` is a verb (吸引, 带动)."""
    i = max(0, bisect.bisect_right(tokens, s, key=_START) - 1)
    seen = False
    while i < len(tokens) and tokens[i][1] < e:
        if tokens[i][2] > s:
            if not tokens[i][3].startswith("v") or tokens[i][3] == "vn":
                return False
            seen = True
        i += 1
    return seen


def _whole_of_share(text: str, figures: list[dict[str, Any]], k: int, s_start: int) -> str | None:
    """``占49.7%`` names no whole: the ``X中`` of its sentence, else the last stated total."""
    f = figures[k]
    for p in reversed(figures[:k]):
        if p["start"] < s_start:
            break
        if text.startswith("中", p["end"] + len(p.get("counted") or "")) and p.get("counted"):
            return p["counted"]
    # 工单3656件。其中：投诉类2954件，占比率达80.80%: the total stated before 其中
    j = text.rfind("其中", max(0, f["start"] - 200), f["start"])
    part = figures[k - 1] if k > 0 else None
    if j >= 0 and part is not None and part["end"] > j:
        for p in reversed(figures[:k]):
            if p["end"] <= j and p["kind"] == part["kind"] and p.get("unit") == part.get("unit") and p.get("counted"):
                return p["counted"]
    for p in reversed(figures[:k]):
        c = p.get("counted") or ""
        if c.endswith(_WHOLE_WORDS) and p["kind"] == "count":
            return c
    return None


def _same_unit_before(figures: list[dict[str, Any]], k: int, *, first: bool = False) -> str | None:
    """What an earlier figure of the same unit counts, in this sentence, else the previous one.

    The nearest such figure, or with ``first`` the first of its sentence:
    ``排查隐患520处，整改到位476处，整改率91.5%，其余44处`` -- the rest is
    part of the total stated first, not of the rate or the done part."""
    f = figures[k]
    si = f.get("sentence")
    found, found_sentence = None, None
    for p in reversed(figures[:k]):
        ps = p.get("sentence")
        if found_sentence is not None and ps != found_sentence:
            break
        if si is not None and ps is not None and ps < si - 1:
            break
        if p.get("unit") == f.get("unit") and p.get("counted"):
            found, found_sentence = p["counted"], ps
            if not first:
                break
    return found


def _whole_of_list(text: str, figures: list[dict[str, Any]], k: int) -> str | None:
    """What the total counts whose 其中/当中 list the figure ``k`` stands in (same unit and sentence)."""
    f = figures[k]
    whole = next((p for p in reversed(figures[:k]) if p.get("sentence") == f.get("sentence")
                  and p.get("unit") == f.get("unit") and any(w in text[p["end"]:f["start"]] for w in ("其中", "当中"))),
                 None)
    return whole.get("counted") if whole is not None else None


def _same_unit_before_sentence(figures: list[dict[str, Any]], k: int, s_start: int) -> str | None:
    """What the last figure of the same unit before the sentence at ``s_start`` counts (the one
    sentence before it)."""
    f = figures[k]
    for p in reversed(figures[:k]):
        if p["end"] > s_start:
            continue
        if f.get("sentence") is not None and p.get("sentence") is not None and p["sentence"] < f["sentence"] - 1:
            return None
        if p.get("unit") == f.get("unit") and p.get("counted"):
            return p["counted"]
    return None


def _names_division(text: str, at: int) -> bool:
    """Does an administrative division of the gazetteer start at ``text[at]`` (新昌县, 新乡市)?"""
    divisions = _divisions()
    return any(text[at:at + n] in divisions for n in range(2, min(8, len(text) - at) + 1))


def _divisions() -> frozenset[str]:
    """Names of the gazetteer's administrative divisions (西陵区, 芗城区): the entities' lexicon."""
    from textmine.extract.entities.lexicons import _lex

    return _lex()["admin"]


def _what_before(figures: list[dict[str, Any]], k: int, si: int | None, reach: int = 3, *,
                 breakdown: bool = False) -> str | None:
    """What the nearest earlier figure of the same unit counts, within ``reach`` sentences, passing
    over figures named by their place alone (a division of the gazetteer) -- or, before it, the
    earlier figure the sentence's figures of that unit add up to ("新建改造城市公厕186座，超额完成
    150座目标任务。…分区域看，雁峰区38座、石鼓区35座…": the places' shares of the 186 toilets).
    In a ``breakdown`` sentence (分乡镇看，…) an item before this one counts what it does without its
    place (苏基镇改良2.8万亩、辛集镇2.1万亩、高湾镇1.9万亩: 高湾镇's share is not 辛集镇's)."""
    f = figures[k]
    divisions = _divisions()
    # (the items: this figure, those of its sentence after it, and those before it named by a place)
    listed = [p for p in figures[k:] if p.get("sentence") == si and p.get("unit") == f.get("unit")
              and p.get("kind") == f.get("kind")]
    listed += [p for p in figures[:k] if p.get("sentence") == si and p.get("unit") == f.get("unit")
               and p.get("kind") == f.get("kind") and _LIST_LEAD.sub("", p.get("counted") or "") in divisions]
    total = sum(p["value"] for p in listed) if len(listed) >= 3 else None
    items = {id(p) for p in listed}
    nearest = None
    for p in reversed(figures[:k]):
        if id(p) in items:
            continue
        c = p.get("counted")
        if p.get("unit") != f.get("unit") or not c or (c := _LIST_LEAD.sub("", c)) in divisions:
            continue
        # (the item before, 西陵区各类科普活动, is its place's share: what it counts follows the place)
        c = next((c[i:] for i in range(2, min(9, len(c) - 1)) if c[:i] in divisions), c)
        if breakdown and p.get("sentence") == si:
            if (place := _BARE_PLACE.match(c)) and len(c) - place.end() >= 2:
                c = c[place.end():]
            elif len(c) <= 3:
                continue  # (其中，市本级完成4386批次，13个县市区完成…: a sibling's own label, not what it shares)
        within = si is None or p.get("sentence") is None or p["sentence"] >= si - reach
        if nearest is None and within:
            nearest = c
        if total is not None and p.get("value") == total:
            return c
        if not within and (total is None or nearest is not None):
            break
    return nearest


def _names_one_place(place: str) -> bool:
    """Does ``place`` (a stem and 区/县/镇/乡…) name one place -- not levels of them (县市区, 乡镇)
    nor a verb ending in one (送书下乡, 返乡)?"""
    from ..segment import word_tags

    return not all(c in "省市县区乡镇村街道" for c in place) and not word_tags().get(place[-2:], "").startswith("v")


def _counted_as_done(figures: list[dict[str, Any]], k: int, verb: str) -> str | None:
    """What a figure of the same unit in an earlier sentence counts when it names a thing before
    ``verb`` (完成盐碱地改良12.6万亩。…苏基镇改良2.8万亩: the town's share of 盐碱地改良), the nearest
    such -- not a place's own share (在安徽省内就业2136人, 本地实习742名: siblings, not the whole)."""
    f = figures[k]
    for p in reversed(figures[:k]):
        c = p.get("counted") or ""
        if p.get("unit") != f.get("unit") or p.get("sentence") == f.get("sentence") or not c.endswith(verb):
            continue
        thing = c[:-len(verb)]
        if 2 <= len(thing) <= 8 and not _PLACE_IN.search(thing) and not _TRAILING_ADVERBS.search(thing).group() \
                and not thing.endswith(_PLACE_WORDS) and thing[0] not in "在到赴向":
            return c
    return None


# a place inside what a figure counts (片区共签约, 城区新建): a place's doing, not a thing done
_PLACE_IN = re.compile(r"省|市|县|区|镇|乡|街道|村|社区|州|旗")
# what names where, not what (本地实习, 省内就业)
_PLACE_WORDS = ("本地", "当地", "外地", "省内", "省外", "市内", "市外", "县内", "县外", "区内", "境内", "境外", "国内", "海外")


def _object_counted_by(text: str, lo: int, hi: int, verb: str, unit: str | None) -> str | None:
    """The object of ``verb`` in ``text[lo:hi]`` that a figure of ``unit`` counts right after it
    (放映公益电影24316场 for 场), the last such; None without a unit or a match."""
    if not unit:
        return None
    found = None
    for m in re.finditer(re.escape(verb) + r"([\u4e00-\u9fff]{2,12}?)(?:共|达|约)?[0-9.,]+(?:万|亿)?" + re.escape(unit),
                         text[lo:hi]):
        if m.group(1)[0] not in _JOINERS:  # (not 演出|和公益电影放映: a joiner opens another item)
            found = m.group(1)
    return found


# a sentence opening with the parts of a total said before (其中，青山镇新建420亩)
_PARTS_OPENING = re.compile(r"\s*其中[，,]?")
# a sentence opening with a breakdown cue (分县区看，从区域看，按模式分，)
_BREAKDOWN_OPENING = re.compile(r"\s*(?:分|从|按)[\u4e00-\u9fff]{1,8}?(?:来看|看|分)[，,]")


# the verb that opens an enumeration (X主要有A、B、C等): X is what the items are
_LIST_INTRO = re.compile(r"(?:主要有|主要包括|包括|涵盖|涉及|主要是|分为|依次为|依次是|有)"
                         r"(?!.*(?:主要有|包括|涵盖|涉及|分为|依次为|依次是|有))")
_AMOUNT_OF = re.compile(r"[、，,]\s*金额(?:达到|达|为|共计|合计|共)?")  # …41.2万笔、金额398.6亿元
_IN_ORDER = ("依次为", "依次是")  # a list said in order is all of it: no 等 needed to close it
# the noun of a count of a list's kinds (四个|范畴, 三|大类): what follows the count to the clause's end
_KIND_NOUN = re.compile(r"(?:个|大|项|类)?(?:范畴|方面|领域|类别|类型|板块|主题|大类|类)")
_TOTAL = re.compile(r"[，,]?(?:" + _TOTALS + ")")
_ASIDE_END = re.compile(r"\([^()\n]{1,20}\)(?:的)?\s*$")  # "(18至35岁)" right before a figure; 人口(约97万人)的


def _object_of_verb_before(text: str, s_start: int, fstart: int, verb: str, *, counted: bool = False,
                           unit: str | None = None) -> str | None:
    """``3个镇提前转移受威胁群众，分别转移1140人、958人``: 分别 + a verb said before counts that verb's object.

    The object is the text after the verb's last earlier use in the sentence, up to the clause end.
    ``counted``: only an object a figure counts right after it (拆除违法建设1263宗) -- of ``unit`` when
    given (not 改良|工作覆盖全县|7个乡镇 for a town's 改良2.8万亩)."""
    hi = fstart - len(verb) - 2
    while (at := text.rfind(verb, s_start, hi)) >= 0:
        # (an earlier place doing the same verb, 芗城区拆除412宗, names no object: look further back)
        end = at + len(verb)
        stop = _NEXT_BREAK.search(text, end, fstart)
        obj = _BEFORE_DIGIT.match(text, end, stop.start() if stop else fstart).group().strip()  # 违法建设|1263宗
        after = end + len(obj)
        if 2 <= len(obj) <= 12 and (not counted or text[after:after + 1].isdigit()
                                    and (not unit or text.startswith(unit, _NUMBER_AT.match(text, after).end()))):
            return obj
        hi = at
    return None


# a figure's number and multiplier, before its unit (1263|宗, 2.8万|亩)
_NUMBER_AT = re.compile(r"[0-9.,]*(?:万|亿)?")

# a count of the names closing a list before 分别: 县|四级, 乙区|三地, 丙公司|两家
_NAMES_COUNTED = regex.compile(r"[一二两三四五六七八九十]+(?:级|家|地|方)$")


def _names_opening(clause: str, n: int) -> list[str] | None:
    """The ``n`` names a clause opens with, joined by 、/和/及/与 and ending alike (2号线、1号线和3号线…),
    the last cut where its ending ends; None unless there are exactly ``n`` and the first ones are short."""
    items = [x for x in re.split(r"[、和及与]", clause) if x]
    if n < 2 or len(items) != n or not all(2 <= len(x) <= 6 for x in items[:-1]):
        return None
    k = 0
    while k < min(map(len, items[:-1])) and len({x[-1 - k] for x in items[:-1]}) == 1:
        k += 1
    ending = items[0][len(items[0]) - k:] if k else ""
    at = items[-1].find(ending) if ending else -1
    if at < 1:
        return None
    return items[:-1] + [items[-1][:at + len(ending)]]


def _respectively(text: str, figures: list[dict[str, Any]]) -> None:
    """``A、B、C分别为236支、158支、118支``: the i-th figure counts the i-th item.

    A second list right after (``…分别为4.1万元和2.2万元，分别增长4.8%和6.9%``)
    pairs with the items of the first."""
    last: list[dict[str, Any]] = []
    starts = {f["start"] for f in figures}
    for m in _RESPECTIVELY.finditer(text):
        group = []
        pos = m.end()
        verb = pos not in starts and pos + 2 in starts and _HAN2.fullmatch(text, pos, pos + 2)
        if verb:
            pos += 2  # 中国移动、中国电信分别建成5126个、3318个: another two-character verb
        named_after = None  # 分别在甲区、乙区和丙区布局1020套、680套和760套: the items after 分别
        if not verb and pos not in starts and (na := _NAMES_AFTER.match(text, pos)) and na.end() in starts:
            named_after = [x for x in re.split(r"[、和及与]", na.group(1)) if x]
            pos = na.end()
        for f in figures:
            if f["start"] < pos:
                continue
            if f["start"] != pos:
                break
            group.append(f)
            pos = f["end"]
            if pos < len(text) and text[pos] in "、和及与":
                pos += 1
            else:
                break
        if len(group) < 2:
            continue
        tail = group[-1].get("counted")
        if tail and text.startswith(tail, group[-1]["end"]) and all(
                not text.startswith(f.get("counted") or "\0", f["end"]) for f in group[:-1]):
            # 分别提供3,280个、2,960个及2,150个单位: the noun after the last figure is every one's
            for f in group[:-1]:
                f["counted"] = tail
        if named_after is not None:
            if len(named_after) == len(group):
                # each is its place's share of what the total before 分别 counts (镜湖区人才公寓)
                whole = next((f for f in reversed(figures) if f["end"] <= m.start() and f.get("unit") == group[0].get("unit")
                              and f.get("counted")), None)
                noun = whole["counted"] if whole is not None else ""
                for f, item in zip(group, named_after):
                    f["counted"] = item + noun if noun and noun not in item else item
                last = group
            continue
        cstart = m.start()
        while cstart > 0 and text[cstart - 1] not in "，,。；;：:！？!?\n":
            cstart -= 1
        listed = text[cstart:m.start()]
        whole_fig, subject = None, None
        if not listed.strip() and last and len(last) == len(group) and last[-1]["end"] == cstart - 1:
            for f, p in zip(group, last):
                f["counted"] = p["counted"]
            last = group
            continue
        if not listed.strip() and cstart > 0 and text[cstart - 1] in "，,":
            # 问题主要有A、B、C等3类，分别为210件、150件…: the items close the clause before; so do
            # they with the count of their kind (涵盖A、B、C、D四个范畴，分别举办42场…)
            whole_fig = next((f for f in figures if f["end"] == cstart - 1), None)
            if whole_fig is None:
                whole_fig = next((f for f in figures if f["end"] < cstart - 1
                                  and _KIND_NOUN.fullmatch(text, f["end"], cstart - 1)), None)
            pstart = whole_fig["start"] if whole_fig else cstart - 1
            lstart = pstart
            while lstart > 0 and text[lstart - 1] not in "，,。；;：:！？!?\n":
                lstart -= 1
            listed = text[lstart:pstart]
            intro = _LIST_INTRO.search(listed)
            if not intro and whole_fig is None and (names := _names_opening(listed, len(group))):
                # "2号线、1号线和3号线客运量位居前三，分别为326.5万人次、…": the names opening the clause
                # before, of one kind (…号线), each the i-th figure's
                for f, name in zip(group, names):
                    f["counted"] = name
                last = group
                continue
            if not intro or not listed.endswith("等") and whole_fig is None and intro.group() not in _IN_ORDER:
                # ("最受欢迎的三个泳池依次为A、B及C，分别录得…": a list said in order needs no 等)
                continue
            # (the subject counts the total only when the items end with 等 before its count)
            subject = (_LEAD_FRAME.sub("", listed[:intro.start()]) or None) if listed.endswith("等") else None
            listed = listed[intro.end():-1] if listed.endswith("等") else listed[intro.end():]
        items = [x for x in re.split(r"[、和及与]", listed) if x]
        if items and (closing := _NAMES_COUNTED.search(items[-1])) and closing.start() > 0:
            # 中央、省、市、县四级分别投入…: the count of the names closing the list is no part of the
            # last one, and one-character names of levels are those levels (省级, 市级, 县级)
            items[-1] = items[-1][:closing.start()]
            if closing.group().endswith("级"):
                items = [x + "级" if len(x) == 1 else x for x in items]
        if len(items) > len(group) and len(parts := [x for x in listed.split("、") if x]) <= len(group):
            # (防跌及骨骼健康 is one item: split at 、 first, then the last item at its joiner)
            last_item = [x for x in re.split(r"[和及与]", parts[-1]) if x]
            items = parts[:-1] + last_item if len(parts) < len(group) else parts
        if len(items) == len(group) and all(len(x) >= 2 and "的" not in x and "占" not in x for x in items):
            for f, item in zip(group, items):
                item = _LEAD_FRAME.sub("", item) or item
                # after a verb of its own the figure counts that verb's object for its item: the item
                # with what the total before counts (夷陵区|为农服务中心, 中国移动|5G基站)
                noun = f.get("counted") if verb and "分别" not in (f.get("counted") or "") else None
                if noun is not None and noun in items:
                    # 甲街道、乙镇分别新增8个、7个: the clause before the figures is only the list; each
                    # is its item's share of what the total before counts
                    whole = next((w for w in reversed(figures) if w["end"] <= m.start()
                                  and w.get("unit") == f.get("unit") and w.get("counted")), None)
                    noun = whole["counted"] if whole is not None and whole["counted"] not in items else None
                f["counted"] = item + noun if noun and noun not in item and item not in noun else item
            last = group
            if subject and len(subject) >= 2:
                whole_fig["counted"] = subject
                after = next((f for f in figures if f["start"] > group[-1]["end"]), None)
                if after is not None and _TOTAL.fullmatch(text, group[-1]["end"], after["start"]):
                    after["counted"] = subject  # …，合计455件: the sum of the items


def find_counted(text: str, tokens: list[tuple[str, int, int, str]], sentences: list[dict[str, Any]],
                 figures: list[dict[str, Any]], *, starts: list[int] | None = None) -> None:
    """Set ``counted`` on every figure dict (in place); figures must be in text order.

    ``starts`` is accepted for older callers and not needed: the tokens are bisected by
    their start (a few look-ups per figure cost less than a list of every token's start).
    """
    sent_starts = [s["start"] for s in sentences]
    prev_in_sentence: dict[int | None, dict[str, Any]] = {}
    inherited: set[int] = set()  # figures whose noun is only their neighbour's
    for k, f in enumerate(figures):
        fstart, fend, unit = f["start"], f["end"], f.get("unit")
        si = f.get("sentence")
        if si is not None and 0 <= si < len(sentences):
            s_start, s_end = sentences[si]["start"], sentences[si]["end"]
        else:
            j = bisect.bisect_right(sent_starts, fstart) - 1
            s_start, s_end = (sentences[j]["start"], sentences[j]["end"]) if j >= 0 else (0, len(text))
        prev = prev_in_sentence.get(si)
        floor = s_start
        if prev is not None and prev["end"] <= fstart:
            floor = max(floor, prev["end"])
        cstart = _clause_start(text, fstart, floor)
        if prev is not None and cstart == prev["end"] and _opens_next_item(text, tokens, cstart):
            cstart += 1  # (the joiner is no part of this item's noun)
        nxt = figures[k + 1] if k + 1 < len(figures) else None
        limit = min(s_end, nxt["start"] if nxt else len(text))
        counted = None
        kind = f["kind"]
        if prev is not None and prev["end"] + 1 == fstart and text[prev["end"]] in ":：" and prev.get("counted"):
            f["counted"] = prev["counted"]  # 9.2：40.1：50.7: the parts of one ratio count one thing
            prev_in_sentence[si] = f
            continue
        if unit in _SPAN_UNITS and _SPAN_FRAME.search(text, cstart, fstart):
            after = fend + 1 if text.startswith("的", fend) else fend
            named = _SPAN_AFTER.match(text, after, s_end)
            counted = named.group() if named else None
        if counted is None and kind in ("count", "measure", "money", "ordinal"):
            chained = nxt is not None and nxt["start"] == fend
            # 其余18221户33764人为农村低保对象: the rest's households and people are of what 为 names
            pair_rest = prev is not None and prev["end"] == fstart \
                and _REST.search(text, _clause_start(text, prev["start"], s_start), prev["start"]) is not None
            rest_of_pair = chained and _REST.search(text, cstart, fstart) is not None
            after = nxt["end"] if rest_of_pair else fend
            named = _after_phrase(text, tokens, after + 1, s_end) \
                if (rest_of_pair or pair_rest) and text.startswith("为", after) else None
            if named is not None:
                counted = named
            elif chained and _before_phrase(text, tokens, cstart, fstart, kind)[0] is None:
                # 18项百场系列活动: both figures count what follows the second
                nlimit = min(s_end, figures[k + 2]["start"] if k + 2 < len(figures) else len(text))
                counted = _after_phrase(text, tokens, nxt["end"], nlimit)
            elif not chained:
                rest = _REST.search(text, cstart, fstart) is not None
                if not rest:  # 其余44处|限期整改: what follows the rest is its state
                    # people act (40余人来到敬老院) and money serves (投入资金1.35亿元改善办学条件):
                    # a verb after them is not what they are
                    counted = _after_phrase(text, tokens, fend, limit,
                                            verb_start=unit not in _AGENT_UNITS and kind != "money")
                    if counted is None and unit in _AGENT_UNITS and _object_of_verb(tokens, fstart):
                        # (but people a verb right before acts on are its object, named by a noun of people
                        # that may open with a verb: 帮助186名|就业困难人员; 支持2800户|发展产业 is a deed)
                        named = _after_phrase(text, tokens, fend, limit)
                        counted = named if named and named[-1] in _OBJECT_ENDS else None
                elif text.startswith("为", fend):
                    # 其余33期为手工编织、面点制作等特色技能培训: the examples and the kind they are of
                    listed = _LISTED_BEFORE_HEAD.match(text, fend + 1, limit)
                    head = _after_phrase(text, tokens, listed.end(), limit) if listed else None
                    counted = text[fend + 1:listed.end()] + head if head \
                        else _after_phrase(text, tokens, fend + 1, limit)  # 其余129件为X等案件
                    if counted is None and (named := _REST_IS.match(text, fend + 1, limit)):
                        # (the tokenizer glues 为 to the classifier, 269家为|县级…: the words up to the
                        # clause's end, when short, are what the rest is: 县级及一般合作社)
                        counted = named.group()
                elif kind == "money" and text.startswith("由", fend) and (by := _REST_BY.match(text, fend, s_end)):
                    # 其余4200万元由社会资本投入: the rest of the money is named by where it comes from (the
                    # rest of the events, 其余126场由民营剧团承担, stays what the total counts)
                    counted = by.group(1)
                elif text.endswith("另有", cstart, fstart):
                    # 另有6家企业获评…, 另有10所学校: "besides" opens a count of its own noun, after it
                    # (never a verb: 另有67人已达…退休年龄 is what the people are, not of this noun)
                    counted = _after_phrase(text, tokens, fend, limit, verb_start=False)
                    counted = counted if counted and len(counted) >= 2 else None  # (另有1,460宗因…: no noun)
                if counted is None and kind == "measure" and text.startswith("的", fend):
                    counted = _after_phrase(text, tokens, fend + 1, limit)
                elif counted is None and kind == "count" and text.startswith("的", fend) \
                        and (volume := _after_phrase(text, tokens, fend + 1, limit)) and volume.endswith(_VOLUME_ENDS):
                    counted = volume  # 386.5万人次的诊疗量: the figure is the size of the volume named after it
                elif counted is None and kind == "money" and text.startswith("的", fend) \
                        and (invested := _INVESTED.search(text, cstart, fstart)) \
                        and (project := _after_phrase(text, tokens, fend + 1, limit)):
                    # 总投资约960万元的果蔬冷链仓储项目: the project's investment (果蔬冷链仓储项目总投资)
                    counted = project + invested.group()
            if counted and kind == "money" and counted in ("资金",):
                counted = None
        if counted is None and kind in ("count", "measure", "money") and text[fstart - 1:fstart] == "》":
            title = _TITLE_BEFORE.search(text, max(floor, fstart - 32), fstart)
            counted = title.group() if title else None
        if counted is None and text.endswith("在", cstart, fstart) and (scope := _SCOPE_AFTER.match(text, fend, s_end)):
            counted = scope.group(1)  # 在1260根公共充电桩中，…: the scope's noun, whatever the tags say
        if counted is None and kind == "money" and _FUNDING.search(text, cstart, fstart):
            purpose = _PURPOSE.match(text, fend, limit)
            counted = (purpose.group(1) or purpose.group(2) or purpose.group(3)) if purpose else None
        if counted is None:
            lstart, lend = cstart, fstart
            aside = _ASIDE_END.search(text, max(s_start, fstart - 24), fstart)
            if aside and s_start < aside.start() < cstart:
                # 青年义工(18至35岁)176名: a figure inside an aside between the label and the figure
                # cut the clause; the label is before the aside (村(社区)20个 keeps its aside)
                lend = aside.start()
                floor_ = max((g["end"] for g in figures[:k] if s_start <= g["end"] <= lend), default=s_start)
                lstart = _clause_start(text, lend, floor_)
            before, how = _before_phrase(text, tokens, lstart, lend, kind)
            if before and ")" in before and "(" not in before.split(")")[0] \
                    and (at := text.rfind(before, lstart, lend)) >= 0 \
                    and (op := text.rfind("(", lstart, at + before.index(")"))) > lstart:
                # 办理出口退(免)税, 水质优良(Ⅰ~|Ⅲ类)断面比例: a bracket inside the noun; the words before it
                # were cut at its verb or inside the bracket
                head, _ = _before_phrase(text, tokens, lstart, op, kind)
                before = _cut(_TRAIL_FRAME, _TRAIL_ENDS, head + text[op:lend].strip()) if head else before
            counted = before
            if before and kind == "percent" and _LEAD_FRAME.fullmatch(before):
                # 覆盖全区约九成学生家庭: a place frame before a share, the noun after it
                counted = _after_phrase(text, tokens, fend, limit) or before
            if counted is not None and (unit in ("人", "户") or unit == "人次" and counted in _gather_verbs()) \
                    and how == "before" and counted not in _fate_verbs() and _is_verb_word(tokens, counted, cstart, fstart):
                # 吸引3万余人, 支持3600户: the people themselves (逮捕5万余名 counts the arrests; 人次
                # count visits, and a verb before them names the service: 助洁1.52万人次, 观看2.3万人次)
                counted = "户" if unit == "户" else "人"
            elif counted is not None and unit in ("人", "名", "户") and _PLACE_HAS.fullmatch(counted):
                counted = _HEADS[unit]  # 凤鸣村共有612户: a place's households and people, not the place
            if counted is None and how == "whole":
                counted = _whole_of_share(text, figures, k, s_start)
            if counted is not None and how == "done":
                # 受理案件12386件,审结11954件: the cases decided -- the verb and the noun of the total
                total = (_same_unit_before(figures, k) or "").rsplit("的", 1)[-1]  # not 的 twice
                if len(total) >= 2 and total != counted and len(total) <= 12 and not any(c in _QUOTES for c in total):
                    counted = f"{counted}的{total}"
            if counted is None and how == "rest" and text.startswith(("其中", "当中"), s_start):
                # 其中，甲镇、乙镇分别新增8个、7个，其余21个: the rest of the whole said before 其中
                counted = _same_unit_before_sentence(figures, k, s_start)
            if counted is None and how in ("status", "rest"):
                counted = _same_unit_before(figures, k, first=how == "rest")
                if counted and how == "rest":
                    counted = counted.rsplit("的", 1)[-1] or counted  # the rest is not the done part
            if counted is None:
                if unit in _PERSON_UNITS and how != "refer":
                    counted = "人"
                elif prev is not None and prev.get("counted") and prev.get("unit") not in _AGE_UNITS \
                        and not (id(prev) in inherited and prev.get("kind") == "ordinal" != kind):
                    # (not an age: 80至89周岁12368人 are people; nor what an ordinal before only took
                    # from the figure before it: 涉及农户6318户；第二批约2.4亿元 -- 第二批 is no 农户, nor the money)
                    # (a size class after a count of another classifier is of the size class before it:
                    # 1000头以上的21个、500至999头的19个 -- 存栏, not the farms)
                    like = next((p for p in reversed(figures[:k]) if p.get("sentence") == si and p.get("unit") == unit),
                                None) if text[fend:fend + 1] == "的" and prev.get("unit") != unit else None
                    counted = like["counted"] if like is not None and like.get("counted") else prev["counted"]
                    inherited.add(id(f))
                elif unit in _PERSON_UNITS:
                    counted = "人"
                elif kind in ("anniversary", "rank", "percent", "ratio"):
                    counted = _after_phrase(text, tokens, fend, limit)
        named_place = bool(counted and _NAMED_PLACE.fullmatch(counted) and not _PLACE_PART.fullmatch(counted))
        named_body = bool(counted and _NAMED_BODY.fullmatch(counted))
        if counted and (_PLACE_PART.fullmatch(counted) or named_place or named_body) and prev is not None \
                and prev.get("unit") == unit and prev.get("sentence") == si:
            # 新建点位150个,其中城区85个、乡村70个: parts by place count what their whole counts;
            # a part named by its place ("竣工11个标段，其中杨桥镇3个") is that place's share of it, and
            # one named by a company its share ("投资10.2亿元，其中中国移动某分公司4.6亿元")
            whole = next((p for p in reversed(figures[:k]) if p.get("sentence") == si and p.get("unit") == unit
                          and ("其中" in text[p["end"]:fstart] or "当中" in text[p["end"]:fstart])
                          and not _PLACE_PART.fullmatch(p.get("counted") or "")
                          and not _NAMED_PLACE.fullmatch(p.get("counted") or "")), None)
            if whole is not None and whole.get("counted"):
                place = _LIST_LEAD.sub("", counted)
                counted = place + whole["counted"] if named_place and whole["counted"] not in place else whole["counted"]
        if counted and _BARE_PLACE.fullmatch(counted) \
                and ((listed := _LIST_LEAD.sub("", counted) in _divisions()) or _BREAKDOWN_OPENING.match(text, s_start)
                     or (_PARTS_OPENING.match(text, s_start) and "分别" not in text[s_start:fstart])
                     and _names_one_place(_LIST_LEAD.sub("", counted))) \
                and kind not in ("percent", "ratio") \
                and (what := _what_before(figures, k, si, breakdown=not listed)) is not None:
            # 活动326场。…其中，西陵区78场、伍家岗区65场: a part named by its place alone, sentences after
            # the total, is that place's share of what the total counts (西陵区科普活动), as 甲集镇标段 above;
            # so is one named by a township after a breakdown cue (分乡镇看，辛集镇2.1万亩)
            place = _LIST_LEAD.sub("", counted)
            counted = what if place in what else place + what
        if counted and "分别" in counted and not counted.endswith("分别") and kind != "percent":
            # (城区、乡镇分别布设21个: the items before 分别 are where, the verb's object is what -- said in
            # this sentence or the paragraph's sentences before: "全年新开通城乡公交线路12条。其中，甲区、
            # 乙县分别新开通5条、4条")
            verb = counted.rsplit("分别", 1)[1]
            para = text.rfind("\n", 0, fstart) + 1
            counted = _object_of_verb_before(text, s_start, fstart, verb) \
                or _object_of_verb_before(text, max(para, fstart - 200), fstart, verb, counted=True, unit=unit) \
                or counted
        elif counted and (placed := _PLACE_VERB.fullmatch(counted)) and _is_verb_word(tokens, placed.group(2), cstart, fstart):
            # 拆除违法建设1263宗。其中，芗城区拆除412宗: a place doing the verb said before counts its object
            # (in its paragraph, or in the one before when it opens a breakdown: "…放映公益电影24316场。\n
            # 分县区看，金安区放映3862场")
            para = text.rfind("\n", 0, fstart) + 1
            before = text.rfind("\n", 0, len(text[:para].rstrip())) + 1  # (blank lines between paragraphs)
            counted = _object_of_verb_before(text, max(para, fstart - 160), fstart, placed.group(2), counted=True,
                                             unit=unit) \
                or (para > 0 and _BREAKDOWN_OPENING.match(text, s_start)
                    and _object_counted_by(text, max(before, para - 300), para, placed.group(2), unit)) \
                or (len(placed.group(1)) <= 5 and placed.group(1)[0] != "在"  # (在合肥市就业: where, said whole)
                    and _counted_as_done(figures, k, placed.group(2))) \
                or counted
        if prev is not None and text[prev["end"]:fstart] == "的" and prev.get("unit") != unit \
                and (whole := _whole_of_list(text, figures, k)) is not None:
            # 其中存栏1000头以上的21个、500至999头的19个: a size class before the count says which of the
            # list's total it counts (规模奶牛养殖场), not what the size is of
            counted = whole
        if counted and (body := _BODY_VERB.fullmatch(counted)) \
                and _is_verb_word(tokens, body.group(2), cstart, fstart, verbal_noun=True) \
                and (whole := _whole_of_list(text, figures, k)) is not None:
            # 其中睿能创意公司设置812座、光阳工业设置196座: a company doing the verb counts its share of what
            # the list's total counts (换电站), not the company
            counted = whole
        if counted and _PER_ONLY.fullmatch(counted) and cstart > s_start:
            # 发放入学路费补助，标准为每人500元 / 举办培训班4期，每期2至3天: a rate per head or per
            # session counts what the clause before names -- its figure's noun, or its verb's object
            counted = _named_before(text, tokens, cstart, s_start, prev) or counted
        if counted and counted.endswith("分别") and kind != "percent" and (
                len(counted) == 2 or _PLACE_END.search(counted, 0, len(counted) - 2)
                or text.rfind("、", max(s_start, fstart - 40), fstart) >= 0):
            # 夷陵区、当阳市、枝江市分别建成4个: the places (or any names listed: 中国移动、中国电信分别
            # 建成) before 分别 say where or who; what they count is what the total stated before counts
            counted = _same_unit_before(figures, k) or counted
        if counted and len(counted) > 3 and (trimmed := _TRAILING_ADVERBS.sub("", counted)) != counted \
                and len(trimmed) >= 2:
            counted = trimmed  # 免疫密度常年|保持在90%以上: an adverb before the verb is no part of the noun
        if counted in _SUM_WORDS and prev is not None and prev.get("counted"):
            counted = prev["counted"]  # 三项合计3.18亿元: the sum of what was just listed
        elif counted and (summed := _SUMMED_BY.fullmatch(counted)):
            if summed.group(2) and (items := _same_unit_before(figures, k)):
                counted = items  # 三家景区合计接待189万人次: the sum of what the items counted
            elif not summed.group(2) and len(summed.group(1)) >= 2:
                counted = summed.group(1)  # 三家|景区合计: the noun, not the mark after it
        if prev is not None and text[cstart:fstart].strip("，, ") in _SUM_WORDS:
            each = text.rfind("分别为", s_start, prev["start"])
            # (分别为 may open its clause: 提供免费健康筛查，分别为…: the noun ends the clause before)
            named_end = each - 1 if each > s_start and text[each - 1] in "，," else each
            if each > s_start and sum(1 for g in figures[:k] if each < g["start"]) >= 2 \
                    and (head := _before_phrase(text, tokens, _clause_start(text, named_end, s_start), named_end,
                                                kind)[0]):
                # 提供免费健康筛查，分别为血压筛查1846人、…，合共3275人: the sum counts what the list
                # after 分别为 breaks down, named before it
                counted = head
        if prev is not None and prev.get("unit") == unit and prev.get("counted") and kind == "count" \
                and _AMONG_HAVE.fullmatch(text, prev["end"], fstart):
            counted = prev["counted"]  # 360个农家书屋中，已完成数字化升级的有312个: 312 of the 农家书屋
        if kind == "money" and prev is not None and prev.get("kind") == "count" and prev.get("counted") \
                and prev.get("unit") not in _PERSON_UNITS and _AMOUNT_OF.fullmatch(text, prev["end"], fstart):
            # 发放小额信用贷款41.2万笔、金额398.6亿元: the amount of those loans (not of people: 涉及群众1100
            # 余人，金额1360万元 stays the 金额 involved)
            counted = prev["counted"]
        if counted and prev is not None and prev.get("unit") == unit and kind in ("count", "measure", "money") \
                and (which := _PART_WHICH.fullmatch(text, cstart, fstart)) \
                and (whole := _whole_before_among(text, figures, k, si)) is not None:
            # 108,214名长者…，其中透过银行转帐方式收取的有96,530名: a part described by a clause
            # with 的 is those of what the total counts (透过银行转帐方式收取的长者)
            counted = which.group("which") + whole
        if counted == "占比" and prev is not None and prev.get("kind") != "percent" and prev.get("counted") \
                and "占" not in prev["counted"]:
            counted = prev["counted"] + "占比"  # 护理型床位6840张，占比55.6%: the share of those
        if counted is None and unit in _AGE_UNITS:
            counted = "年龄"  # 60岁及以上老年人: an age bound measures age (a012, u08: 年龄)
        if counted in _HEADS.values() and unit in _HEADS and prev is not None and prev["end"] == fstart:
            counted = _HEADS[unit]  # 612户|2180人: the people of the households
        if (per := _BY_STANDARD.match(text, fend)) and (staffed := _after_phrase(text, tokens, per.end(), s_end)):
            # 每个乡镇按3至5名的标准配备专职动物防疫员: the figure is a staffing standard of what follows
            counted = staffed
        if counted and (raised := _RAISED_TO.search(counted)) and raised.start() >= 2:
            counted = counted[:raised.start()]  # 城市低保标准|提高到每人每月680元: the standard raised
        if counted and "每" in counted and (unper := _PER_INSIDE.sub("", counted)) != counted and len(unper) >= 2 \
                and counted.index("每") >= 2:
            # 柑橘每公顷救助6万元: the aid for citrus, per hectare (the rate is the figure's)
            counted = _cut(_TRAIL_FRAME, _TRAIL_ENDS, unper) or unper
        if unit in _TIME_LIMIT_UNITS and (within := _WITHIN_DONE.match(text, _within_at(text, fend), limit)) is not None \
                and not (counted and _TIME_LABEL.search(counted)):
            # 15日内完成复检, 10分钟内赶到: a time limit counts what is to be done within it (not a label
            # before it that names a waiting time: 窗口平均等待时间|8分钟以内)
            counted = within.group(1)
        if prev is not None and prev.get("counted") and prev.get("sentence") == si \
                and fstart - prev["end"] <= 12 and text.count("，", prev["end"], fstart) <= 1 and (
                counted and _CHANGE_VERB.fullmatch(counted) and (prev.get("unit") == unit or kind == "percent"
                                                                 and prev.get("kind") == "percent")
                or counted and len(counted) == 1 and _PER_TIME_AVERAGE.match(text, fstart - 2, fstart)
                and prev.get("unit") == unit):
            # 合规率由年初的71.3%提升至86.5%, 准确率…提高至92.6%，提升11.3个百分点: a change verb is what
            # happened to what the level before counts; 收运厨余垃圾6842吨，日均18.7吨: so is a daily mean
            counted = prev["counted"]
        if counted in _LONE_FRAME_CHARS:
            # 由约4900人减至约3600人: a change word's leftover names nothing; the level after it counts
            # what the one before counts (另有两间…: nothing at all)
            counted = prev["counted"] if prev is not None and prev.get("unit") == unit and prev.get("counted") \
                and prev["counted"] not in _LONE_FRAME_CHARS else None
        if kind == "rank" and (held := _EVALUATION_IN.search(text, s_start, fstart)) is not None:
            # 在全省文明城市创建工作测评中，商丘市位列全省第3名: a place's rank is its place in the
            # evaluation named around it; what is ranked, when named, stays (生活垃圾分类工作位列第二),
            # also before the evaluation (住房保障工作在全省年度考核中位列第二)
            subject = _LEAD_FRAME.sub("", text[_clause_start(text, held.start(), s_start):held.start()]).strip()
            if len(subject) >= 2 and not _ranked_place(subject):
                counted = subject
            elif not counted or counted in _HEADS.values() or _ranked_place(counted) or held.start() >= cstart:
                counted = held.group(1).rsplit("的", 1)[-1]
        # (a clause that opens with the people, "…分享会5场，逾600人次参与", names them by the deed too,
        # not by the clause before)
        bare = counted in (None, "人") or _BARE_LEAD.fullmatch(text, cstart, fstart) is not None
        if bare and unit == "人次" and (took := _TOOK_PART.match(text, fend, limit)) is not None \
                and not any(text.endswith(v, cstart, fstart) for v in _gather_verbs()):
            # "…圆满结束　逾42万人次参与": with nothing before them, visits that end their clause with a
            # verb of taking part count that (参与, 观看), not people in general (吸引3640人次参加: the people
            # a verb before them brought in)
            counted = took.group(1)
        elif bare and unit in _PERSON_UNITS and (did := _DEED_AFTER.match(text, fend, limit)) \
                and _is_verb_word(tokens, did.group()[:2], fend, fend + 2) \
                and not any(text.endswith(v, cstart, fstart) for v in _gather_verbs()):
            # "近12万人参与答题", "5740人取证": people no noun names are counted by the deed that ends
            # their clause (not when a verb before brought them in: 吸引3万余人参加, the people)
            counted = did.group()
        if counted and counted[-1] in "(（":
            counted = counted[:-1] or None  # 常住人口(约97万人): the figure inside the aside counts what is before it
        if counted and counted[0] in ")）":
            counted = counted.lstrip(")）").lstrip("、和及与") or None  # 观塘区(412名)及元朗区(355名): no bracket
        if counted and ("(" in counted or "（" in counted):
            # 水质优良(Ⅰ~Ⅲ类)断面, 特约服务单位(B单位): an aside of codes or classes is no part of the noun
            # (村(社区), 县(市、区) keep theirs: alternatives of the noun itself)
            counted = _CODE_ASIDE.sub("", counted).strip() or counted
        f["counted"] = counted
        prev_in_sentence[si] = f
    _respectively(text, figures)
