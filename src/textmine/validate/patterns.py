"""The phrasing the validation rules look for: fixed patterns, and the tables built once from the
cue lexicons (``data/validate/cues.toml``) so that the per-figure code does look-ups, not loops."""
from __future__ import annotations

import operator
import re
import tomllib
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

import regex


INF = None  # an open upper bound
HUNDRED = Decimal(100)
_ONE = Decimal(1)
_ZERO = Decimal(0)
_CLAUSE_SEP = "，,；;。！？!?：:\n"
_SENT_SEP = "。！？!?\n"
_CJK = regex.compile(r"\p{Han}+")
# (or names places the next figure happened in: "A镇、B镇4个重点镇37次")
_MODIFIER = regex.compile(r"\p{Han}{1,6}的[\d零〇一二两三四五六七八九十百千]"
                          r"|\p{Han}{0,8}(?:镇|乡|村|县|区|市|街道|社区)[\d零〇一二两三四五六七八九十百千]"
                          # a threshold of the next count: "雨量超过100毫米的有42个"
                          r"|(?:以上|以下|以内)?的(?:有|为|达|共)?[\d零〇一二两三四五六七八九十百千]")
# function characters that say nothing about what a figure counts
_STOP = set("的了是为达在共有和与及等其中各个这该此全县市省区镇乡村年月日")
_DROP_STOP = {ord(c): None for c in _STOP}  # for str.translate: the label without its stop characters
_SUMMABLE = ("count", "money", "measure")
_SECOND = operator.itemgetter(1)  # a token's start
_PER_MILLE = {"‰": Decimal(10), "‱": Decimal(100)}  # shares in thousandths / ten-thousandths, as percentages

# Every pattern is compiled once here: the stage runs them per figure, and a pattern compiled
# inside a function costs a cache look-up (and flag arithmetic) on every call.
_LEAD = regex.compile(r"[^\d零〇一二两三四五六七八九十百千几半]*")  # a leading qualifier inside a span (共计30件)
_NUMERAL_FIRST = frozenset("0123456789零〇一二两三四五六七八九十百千几半")  # no leading qualifier: skip _LEAD
_TAIL_JUNK = regex.compile(r"[约近超逾共达为了\s]+$")
_OCCUPY_END = regex.compile(r"占[^，,；;。占]{0,12}$")
# "、各乡镇开展71场次" after a sibling item is one more part; "、各村民小组配备1名" is still each
# group's: verbs that give every one of the places the same thing
_GIVE_TO_EACH = ("配备", "配齐", "设立", "设置", "安排", "确定", "明确", "落实", "选派", "建立", "建成", "成立",
                 "打造", "招募", "培育")
_EACH_GIVEN = regex.compile(r"各\p{Han}{0,6}(?:" + "|".join(_GIVE_TO_EACH) + r")\p{Han}{0,2}$")
_CAP_END = regex.compile(r"(?:上限|限额|封顶|最高)(?:补贴|补助|奖励|资助|可获)?(?:为|是|达|可达)?$")  # 资助上限为8万港元, 最高奖励
_PER_END = regex.compile(r"(每|(?<!(?:共|计|累计)\p{Han}{0,4})各(?!类|级|种|项|界|式|学段|行业)|/)\p{Han}{0,4}$"
                         r"|每(?![年月日天周季])\p{Han}{5}$")  # (每公顷另补助3万元: a rate of an area, not of a year)
# "每万人拥有5G基站43.7个", "每千人口执业医师2.8人": a figure per so many people, wherever it stands after
_PER_CAPITA = regex.compile(r"每[十百千万]+(?:人|户|名|口|人口)[^，,；;。]{0,12}$")
_FROM_END = regex.compile(r"(由|从)[^，,；;。由从]{0,12}$")
_TO_AHEAD = regex.compile(r"[^，,；;。]{0,10}?(提高|增加|增长|上升|下降|减少|降低|扩大|提升|调整)?(到|至)")
# not 比例/比重 (按比例就业58人), nor 同比/环比 inside a label ("产值实现同比增长的企业121家": a kind of firm)
# a comparison's base (比上年的…, 较去年同期的56起); not 比赛, 评比, 对比 (words), nor 较 as "rather" (较多)
_THAN_END = regex.compile(r"(?:(?<![同环评对])比(?![例重率值赛武拼])|较(?=去年|上年|前年|上月|同期|上季度|年初))[^，,；;。比]{0,14}$")
_LABEL_CUT = regex.compile(r"[，,；;。、：:（(“”\"\d\s]")
# ("全镇9个行政村中已有8个村实现…": or 中 right before 已有/有, which open the part, or before 已 and a
# verb of work done: "2846名退役士兵中已上岗2790名")
_ZHONG_BREAK = regex.compile(r"中(?=[，,：:“\"「]|已有|有|已经?(?:上岗|完成|办结|整改|解决|落实|就业|入学|参保|签约|脱贫|返还))")
# "186个站点中依托村邮站建设72个、…": a figure's noun and 中 opening its parts with no break (the 中
# opens no word: 中心, 中学, 中小…)
_FIGURE_NOUN_ZHONG = regex.compile(r"[^\P{Han}在对和与及的正为被把将从向于等是中]{2,4}(?<!集|其|当|之|空|高|初|途|期|心|手|家)"
                                   r"中(?![心学国医药队期等型央华小级间游部文秋标奖毒签断止转层青老年外方共科铁石直介的行])"
                                   r"(?=\p{Han})")
# (向 of 方向, 去向, 导向 … is no preposition: "前往大湾区方向的98.6万人次" counts travellers)
_OBJECT_END = regex.compile(r"(对|(?<![方去导意动走转志面风倾定])向|为|给)[^，,；;。\d]*的$")
_SEMI = regex.compile(r"[；;]")
_SHARE_OF = regex.compile(r"占[^，,；;。\d]{0,12}[\d.]+[%‰]")  # "占火灾总数的41.4%"
_COLON_AFTER = regex.compile(r"\s*[：:]")  # a list opened by a colon
_SEMI_OR_END = regex.compile(r"[；;。！？\n]")
_LIST_OF_ITS_OWN = regex.compile(r"\p{Han}{0,8}中[，,：:]")  # "156个重要项目中，" after a figure
_LIST_LEAD = regex.compile(r"^(其中|包括|涉及|含)")
_COUNT_WORD_END = regex.compile(r"(?:总人数|人数|总数|数量|人次数)$")  # 乳腺癌筛查人数 -> 乳腺癌筛查
_MORE_BESIDES = regex.compile(r"其余|其他|另有")  # after a list: more items than those counted ("其余为意见建议类")
_ASIDE_OPEN = regex.compile(r"[，,；;。]\s*(?:另外|另有|另|此外|同时)")  # (同时新增保育员330名: one more matter)
_ASIDE_LEAD = regex.compile(r"\s*(?:此外|另外|除此之外|除此以外)")  # a sentence about something besides the above
# a clause opening with 已 (已完成…), or with when it was done first (经限期改善后已完成改善205家)
_DONE_CLAUSE = regex.compile(r"[，,；;]\s*(?:[^，,；;。\d]{1,10}?后)?(?:均|并|且)?已")
_ITEM_GAP = regex.compile(r"、[^，,；;。：:]{0,16}")  # the next item of a 、 list: its label, no other break
_NEW_AMONG = regex.compile(r"其中\p{Han}{0,4}新增$")
# 新增 with nothing compared in its clause counts the new ones (县妇幼保健院新增60张), no change of a level
_NEW_ONES = regex.compile(r"^(?!.*(?:比|较|同比|环比)).*新增$")
_SUBTOTAL_END = regex.compile(r"(?:合计|共计|总计)\p{Han}{0,2}\s*$")  # (三家景区合计接待: a verb may follow)
_ITEM_OPENING = regex.compile(r"^[\s、，,；;和及与]+")  # what separates a list item from the one before
_REST_ITEM = regex.compile(r"其余|剩余|剩下|余下")  # an item that is the rest of the total
# "二者合计386项": how many of the figures before the total add up to it
_BOTH_SUMMED = regex.compile(r"[，,]?\s*(二者|两者|三者|四者)(?:合计|共计|总计|合共|共)")
_BOTH_COUNT = {"二者": 2, "两者": 2, "三者": 3, "四者": 4}
# what a sum of money is for, ending an item's label however long ("分别为疫苗接种宣导及接种处置费1850万元")
_FUND_ENDS = ("费", "经费", "资金", "补助", "补贴", "款", "投资", "资助")
_CLAUSE_BREAK = regex.compile(r"[，,；;。：:]")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# the places a count before an item counts (全市13个县市区完成14266批次: where, not an item)
_PLACES_COUNTED = regex.compile(r"县市区|县[(（]市、区[)）]|县区|县市|乡镇|街道|社区|行政村|村|镇|乡|县|区")
_PLACES_OF_ALL = regex.compile(r"全[省市县区州][\d一二三四五六七八九十]+个?(?:" + _PLACES_COUNTED.pattern + ")")
_COMPUTED_OVER = regex.compile(r"\s*(?:以|按照|按)(?:[^，,；;。]|(?<=\d),(?=\d)){1,30}计算\s*[，,]?")  # 以需要人口约6万人计算
# income, spending and what is left (收入86.4万元 … 支出71.2万元 … 结余15.2万元)
_INCOME_END = regex.compile(r"收入(?:总额|总数)?(?:为|达|达到|共|合计)?$")
_SPENT_END = regex.compile(r"支出(?:总额|总数)?(?:为|达|共|合计)?$")
_BALANCE_END = regex.compile(r"(?:结余|结存)(?:为|资金)?$")
_HAN_TAIL = regex.compile(r"\p{Han}{1,8}$")  # the Han characters ending a stretch of text
_SCOPE_NOUN = regex.compile(r"\p{Han}{2,8}")  # a noun opening a clause before 中 (新教师中)
_SCOPE_LEAD = regex.compile(r"^.*(在|所有|全部|本次|此次|这次|本轮|上述|这些|前述)")
_EACH_GAP = regex.compile(r"[、，,和及与\s]*")
_LABELED_ITEM_GAP = regex.compile(r"[、，,和及与]\s*\p{Han}{1,12}")
_LONG_LABELED_ITEM_GAP = regex.compile(r"[、，,和及与]\s*\p{Han}{13,18}")
_HAN_RUN = regex.compile(r"\p{Han}")
# names listed between 分别 and its figures, then a short verb: "在甲区、乙区和丙区布局"
_EACH_NAMES = regex.compile(r"(?:在|向|对|给|于)?(\p{Han}{2,10}(?:[、和及与]\p{Han}{2,10})+)")
_EACH_VERB = regex.compile(r"^(?:为|是|达到|达|有|占|计)")
_OF_SHARE = regex.compile(r"(?:[(（][^()（）]{1,4}[)）])?的")
_EACH_COLON = regex.compile(r"分别(?:为|是)?\s*[：:]")  # 分别为：A…、B…: the items after a colon
# a total, then 分别为 and its items (or what each share of money went to: "资金1500万元，分别用于种植补贴620万元、…";
# matched up to the one character after 分别)
_EACH_ALL = regex.compile(r"[，,：:]?分别[为是用]")
_JOINER = regex.compile(r"、|和|及")
_LIST_GAP = regex.compile(r"[、和及与]")  # between two items of a list (figures, or names before 分别)
_STATED_TOTAL = regex.compile(r"共(?:计|有)?\p{Han}{0,4}$")  # 共抽检, 共计, 共有 right before a figure
_COMMA_IN = regex.compile(r"[，,；;]")  # (a 、 inside a label after a comma joins nothing: "，抖音、视频号播放量")
_RATE_END = regex.compile(r"(\p{Han}{1,4}?)(?:率|进度|(?<=满意|知晓)度)[^，,；;。率]{0,4}$")  # (机收进度达93.1%, 满意度为93.1%: rates too)
# 完成任务N的X%; also 为年度任务N的X% after the work done (改造300户，为年度任务285户的105.3%)
_COMPLETE_END = regex.compile(r"(?:完成|(?:为|是|占)(?=[^，,；;。]{0,6}(?:任务|目标|计划)))[^，,；;。]*的$")
_TIME_FRAME = regex.compile(r"^(?:当年|全年|本年|今年|上年|去年|年末|年底|同期|当期|本期)")
_YEAR_OPENING = regex.compile(r"^(?:(?:19|20)\d\d年|当年|本年|今年|去年|年内)")  # "，2023年新建加氢站9座"
# (and the share's own noun: 占商品薯种植面积的比重达到58.3% is a share of 商品薯种植面积)
_NP_JUNK = regex.compile(r"(的(?:比重|比例|份额)|的|为|达|达到|高达|约)+$")
_RATE_STEM = regex.compile(r"(\p{Han}{2})(?:率|进度)")
# "由上年的91.2%提高到": the level a rate moved from, before its new level
_FROM_LEVEL_TO = regex.compile(r"(?:由|从)[^，,；;。]{1,16}?(?:提高|提升|上升|增长|增加|下降|降低|减少|降|升|增)(?:到|至)$")
_INCREASE_OPENS = regex.compile(r"\s*(?:共|累计|全年|今年|当年)?(?:新增|净增|增加|增长|多|新设|新建|新开设)了?的?\s*")  # ，新增41个; 今年新设的5处
_PAREN_AFTER = regex.compile(r"\s*[（(]([^（）()]{2,200})[）)]")  # a bracket right after a figure
_NEGATED = regex.compile(r"(不予|不|未)(\p{Han}+)$")  # 不批准逮捕, 不合格, 不予立案: an outcome negated
_SUBJECT_SEP = regex.compile(r"[和与及、]")  # between the names of a listed subject (第一产业和第三产业增加值)
_RAISED_LEVEL = regex.compile(r"(?:增至|增加到|提高到|提高至|扩大到|扩大至|上升到|上升至|达到)$")  # a level raised to
_COMPARED_TO = regex.compile(r"(?:较|比)[^，,。；;]{0,6}(?:增加|增长|多|新增)")  # 较首年增加, 比上年多
_MEASURE_NOUN = regex.compile(r"(?:面积|长度|里程|重量|产量)$")  # what a measure's classifier says
# a clause opened by "the rest" that names its kinds before the figure ("其余土地使用权、机器设备等9件")
_REST_NAMED = regex.compile(r"[，,、\s]*(?:其余|剩余|剩下|余下)[^\d，,。；;：:]{0,20}等$")
# "其余5家雪场合计接待24.7万人次": a clause opening with the rest, counted in several measures
_REST_CLAUSE = regex.compile(r"[，,、\s]*(?:其余|剩余|余下)[^，,。；;：:]{0,16}$")
_COUNT_OF_DAYS = regex.compile(r"(?:天|日)数(?:为|达到|达|是|共|有|共有)?\s*$")  # 优良天数为322天: days counted as things
_COUNT_OF_UNIT = regex.compile(r"(户|人次|人)数")  # 总户数, 总人数: a number of a unit's things
_SCOPE = regex.compile(r"^(全|我)(省|市|县|国|区|镇|乡|州|盟|旗|村|社区|街道)$")
_SCOPE_HEAD = regex.compile(r"^(?:(全|我)(省|市|县|国|区|镇|乡|州|盟|旗|村|社区|街道)|全部|所有|整体)")
_RATIO_GAP = regex.compile(r"\s*[:：∶]\s*")
_CHANGED_TO = regex.compile(r"(提高|增加|增长|上升|下降|减少|降低|扩大|提升|调整|变|改)?(到|至|为|成)")
_DIGITS = regex.compile(r"[\d.,]+")
_SPACE = regex.compile(r"\s+")
_ORDINAL_LEAD = regex.compile(r"\s*(一方面|一是|其一|第一|首先)")
_COMMA = regex.compile(r"[，,]")
_QUOTED = regex.compile(r"《[^》]*》|“[^”]*”")
_ITEM_SEP = regex.compile(r"、|以及|和")
_EACH_END = regex.compile(r"(等|各|每|均)\p{Han}{0,6}$")
_LIST_OPEN = regex.compile(r"[，,的]")
_COMMA_ITEM_STOP = regex.compile(r"来看|从|其中|包括|主要|对|将|要|了|是|有|\d")
_STRONG_SEP = regex.compile(r"[；;。：:]")
_BRACKETED = regex.compile(r"《[^》]*》|“[^”]*”|「[^」]*」|『[^』]*』|\([^)]*\)|（[^）]*）")
_NOT_HAN = regex.compile(r"[^\p{Han}]")
_NOT_HAN_RUN = regex.compile(r"\P{Han}+")
_INTRO_VERB = regex.compile(r"(增至|达到|达|为|有|共有|共计|共|总数为|总数达|总计|累计)+$")
_ALSO_UNIT = regex.compile(r"[(（](\p{Han}{1,2})[)）]")  # "合计检查535家(户)": a second classifier of a total
_BRACKETED_UNIT = regex.compile(r"\p{Han}[(（]\p{Han}[)）]")  # 4250套(间): one classifier, a second beside it
# “A”“B”“C” (or 「A」「B」「C」) right before a count
_ADJACENT_QUOTES = regex.compile(r"(?:“[^“”，,。；;]{1,12}”|「[^「」，,。；;]{1,12}」){2,}$")
# "A、B、C等特色产业基地|8个": the list's noun before the count (国家重点保护野生动物|47种: a long one, but
# with no 的 -- 等特色产业的重点项目|3个 counts the projects of the industries named)
_OPEN_NOUN = regex.compile(r"等(\p{Han}{1,8}|(?:(?!的)\p{Han}){9,12})$")
_QUOTED_LIST = regex.compile(r"“([^“”]*、[^“”]*)”$")  # “送政策、送岗位、送温暖”三项: a list in one quote
# "，市级配套资金", "，市、县两级财政配套资金": the label of the next parallel item
_COMMA_ITEM = regex.compile(r"[，,](?:\p{Han}{2,8}|\p{Han}{1,4}、[\p{Han}、]{1,10})")
# "新完成52家，加上往年已完成的45家，累计完成97家": a clause adding its figure to the one before
_ADDED_ON = regex.compile(r"[，,]\s*再?(?:加上|连同)\p{Han}{0,10}")
_COUNT_OF_SUMMED = regex.compile(r"\p{Han}{0,4}?(?:合计|共计|总计)")  # 三家|景区合计: a count of the items summed
_SHORT_NOUN = regex.compile(r"\p{Han}{1,4}")  # the noun of a count before a total mark (三家|景区|合计)
_INSIDE_LABEL = regex.compile(r"(?:以下|以上|及以上|及以下|左右)?的\p{Han}{1,10}")  # "35岁以下的年轻成员" before 387名
_IN_BASE = regex.compile(r"[^，,；;。\d]{0,10}中")  # "182个行政村中的覆盖率": the base a rate is of
_RATIO_FILLER = regex.compile(r"占比率|占比|比例|比重|占|达到|达|为|是|约")  # words of a share, not its subject
_BOUND_LABEL = regex.compile(r"的\p{Han}")  # a figure describing the noun after it (30万元以下的村)
_PLAN = regex.compile(r"计划|目标|力争|预计|将")  # a clause about what is to be done, not what was
_PLAN_AFTER = regex.compile(r"的?(?:目标|任务|计划)")  # a figure the noun after names a plan (150座目标任务)
_ALL_OF = regex.compile(r"全部|均已|全都|悉数")  # all of a set, in the clause between a count and its rate
_SIBLING_GAP = regex.compile(r"[、和及与][^\d，,；;。]{0,10}")  # between two items of one list
_ABOVE_SUM = regex.compile(r"(?:以上|上述)(?:各项)?(?:合计|共计|总计)")  # "以上合计8165万元"
# ... and one naming the items it sums up ("以上重点乡镇合计开展集中宣讲38场": a total whatever stands
# between its mark and the figure)
_ABOVE_NAMED = regex.compile(r"(?:以上|上述)\p{Han}{0,8}?(?:合计|共计|总计)")
_BACK_REFERENCE = regex.compile(r"[，,：:]\s*(?:上述|以上|前述|这些)")  # a breakdown of "the above" total
_TOTAL_BEFORE = regex.compile(r"共|总|全部")  # what marks a figure as the whole of its kind
_NEGATIONS = "不未非无"  # before a rate's stem: 不合格率, 未达标率
_BULLET_LINE = regex.compile(r"\s*(?:——|—|－|-|●|■|◆|•|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+是)")
_ITEM_ENDS = frozenset("，,、；;。")  # what follows the last character of an item of a list
_LABEL = regex.compile(r"\p{Han}[\p{Han}、]{0,13}")  # the label of one item of a list
# what opens a list of parallel items that a 合计 after them closes: a colon, or a breakdown
# ("从资金来源看，") -- every figure from there to the total is an item
_ITEMS_OPEN = regex.compile(r"[：:]|(?:分|从|按)\p{Han}{1,6}?(?:来看|看|分|划分)[，,]")
_ADJACENT_TITLES = regex.compile(r"”\s*“|》\s*《|」\s*「|』\s*『")  # “A”“B”“C”, 「A」「B」: quoted items need no separator
@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue lexicons (``data/validate/cues.toml``), loaded once."""
    text = resources.files("textmine.data").joinpath("validate", "cues.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


class _Tables:
    """What the stage derives from the cue lexicons, built once: patterns, tuples for
    ``str.endswith`` and sets, so the per-figure code does look-ups rather than loops."""

    def __init__(self, c: dict[str, Any]):
        self.families = {u: name for name, units in c["families"].items() for u in units}
        delta = sorted(c["delta"]["words"], key=len, reverse=True)
        self.not_before = tuple(c["delta"]["not_before"])
        self.delta = tuple(delta)
        self.delta_to = tuple(w + x for w in delta for x in self.not_before)  # 增至, 提高到
        per = c["per"]["averages"] + c["per"]["per_one"]
        self.average = regex.compile("(" + "|".join(map(regex.escape, per)) + r")[^\d，,；;。！？!?]*$")
        # 均, 价, 产, 单: a cheap precheck (a character every word holds)
        self.average_ends = frozenset(w[-1] for w in c["per"]["averages"]) | {w[0] for w in c["per"]["per_one"]}
        self.durations = frozenset(c["aside"]["durations"])
        # 合计, 共计, 共 ... (not the 共 of a word: 共餐服务, 共享单车)
        self.total_marks = re.compile("|".join(
            re.escape(w) + ("(?!" + "|".join(map(re.escape, c["total_after"]["not_before"][w])) + ")"
                            if w in c["total_after"]["not_before"] else "")
            for w in c["total_after"]["words"]))
        # status words: does any of them occur in a stretch of text (one search, not one per word)
        self.rest = _any_of(c["rest"]["words"])
        self.pending = _AnyOfExcept(c["pending"]["words"], c["pending"]["not_words"])
        self.done_after = _any_of(c["done"]["words"][2:])
        # the label ends at a separator, a digit or the first stop word (为/在 only after its first
        # character); no stop word holds a separator, so the first of any of them is where it ends
        stop = c["label"]["stop"]
        anywhere = [w for w in stop if w not in ("为", "在")]
        later = [w for w in stop if w in ("为", "在")]
        alts = [_LABEL_CUT.pattern]
        if anywhere:
            alts.append("|".join(map(regex.escape, sorted(anywhere, key=len, reverse=True))))
        if later:
            alts.append("(?<=.)(?:" + "|".join(map(regex.escape, later)) + ")")
        self.label_end = regex.compile("|".join(alts), regex.DOTALL)
        self.breakdown = regex.compile(c["breakdown"]["pattern"])
        self.stages = {k: _any_of(c["stages"][k]) for k in ("outcome", "intake", "added", "stock")}
        self.ratio_words = _any_of(c["share"]["ratio_words"])  # (占比, 比重: a share with its subject before)
        self.last_joiners = tuple(c["list"]["last_joiners"])
        self.kind_units = frozenset(c["list"]["kinds"])
        self.place_units = frozenset(c["list"]["places"])
        self.summed_item_units = self.kind_units | frozenset(c["total_after"]["item_units"])
        self.whole_list = regex.compile("(?:" + "|".join(map(regex.escape, sorted(c["list"]["whole_marks"], key=len, reverse=True)))
                                        + ")(?:" + "|".join(map(regex.escape, sorted(c["list"]["whole_verbs"], key=len, reverse=True)))
                                        + r")(\p{Han}{1,8})$")
        self.list_opener = regex.compile(r"(?:并|还|又|均)?(?:" + "|".join(map(regex.escape, c["list"]["openers"]))
                                         + r")\p{Han}{1,4}")
        # (the figure's noun and a short predicate may come between: "9个县(市、区)均已挂牌服务中心，即A、B…")
        self.closed_list = regex.compile(r"[^，,；;。]{0,24}(?:[，,：:]\s*(?:" + "|".join(
            map(regex.escape, c["list"]["closed"])) + r")|(?:" + "|".join(
            map(regex.escape, c["list"]["closed_glued"])) + r"))([^；;。\n]+)")


class _Never:
    """The pattern of an empty word list: it occurs nowhere."""

    @staticmethod
    def search(_text: str, *_bounds: int) -> None:
        return None


class _AnyOfExcept:
    """Any of ``words`` that is no part of one of ``exceptions`` (the 待 of 接待, the 未 of 未来): the
    exceptions are matched first at each place and stepped over."""

    def __init__(self, words: list[str], exceptions: list[str]) -> None:
        self.pattern = re.compile("(" + "|".join(map(re.escape, exceptions)) + ")|" + "|".join(map(re.escape, words))
                                  if exceptions else "|".join(map(re.escape, words)))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> "re.Match | None":
        end = len(text) if endpos is None else endpos
        while (m := self.pattern.search(text, pos, end)) is not None and m.lastindex:
            pos = m.end()
        return m


def _any_of(words: list[str]) -> "re.Pattern | _Never":
    """One pattern that finds any of ``words`` (a word occurs in a text iff the pattern does).

    Literal words only, so the stdlib engine reads the pattern as ``regex`` would, at a third
    of the cost per call (it runs on every figure's clause)."""
    if not words:
        return _Never()
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables(cues())
