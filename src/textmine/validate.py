"""Validation: relate the figures of one article and say whether they agree.

Government reports state a total and its parts side by side ("承担16项 ... 已经完成9项
... 其余7项").  When they disagree that is either a story or an extraction error,
and in both cases a person must look.  This stage finds such relations from cue
words (kept as data in ``data/validate/cues.toml``) and checks them:

``sum``        whole = sum of parts (其余, 分别, 合计 after the parts, done + pending,
               shares adding up to 100%, a 其中 list whose total names its kinds --
               新建、续建保障性住房共1500套，其中新建600套、续建800套 -- or whose items are a closed set
               of kinds kept as data: 第一/第二/第三产业, 城镇/乡村人口, 出口/进口, 男/女)
``part_of``    parts <= whole (其中 / 涉及 / "N个X中" lists that need not be exhaustive,
               breakdown sentences 分产业看，/从诉求来源看，, 已完成 of a total); equality
               when the text says 全部 about the same noun
``restated``   the same total said twice (23项 / 23件; headline and body)
``percent``    part / whole against a stated share (占...的X%, 占比, X率), or an
               ``implied_total`` when the text names no total (a GRIM-style test)
``list_count`` items named before 等N项 (<= N), or in a closed list (= N)

Why intervals: figures are rounded as written (77.7万 is anything in
[77.65万, 77.75万]) and qualified (800余 is [800, 900), 近千 is [900, 1000]).  A
check fails only when *no* values inside those bounds satisfy it, so a report
that rounds honestly is never flagged.  All arithmetic is Decimal.

Why conservative: a false alarm costs a journalist's trust more than a missed
one.  Each rule knows how sure it is of the relation (``strong``); a relation
found by a weak rule is reported only when it holds.  Figures that are no part of
anything are set aside: durations (二十八年), old values (由50元提高到100元),
comparison bases (比预算数X元少支), per-unit rates (2.62元/股, 年均), averages anywhere
in a figure's label (城镇居民、农村居民人均可支配收入分别为...), changes compared with levels.
A figure before 全部 with a narrower noun than a total (各类学校420所 ... 35所寄宿制学校全部
实行) describes its own set; a rate over a population restricted by another count
gives an implied total, not a check against the wider total; a share ten times off
a total in another paragraph was read against the wrong total.  Subset cues whose
first figure comes a clause or a semicolon later are pass-only.  Measured on texts
without gold (200 Sogou news articles: no ``fail``; 72 national government work
reports: 2 ``fail``), not only on the gold articles.

Rules of round 3, each for a phrasing rather than an article: a 分别 list breaks down
only a total with its own classifier that is the subject of the 分别 clause or marked
共/合计 (levels 国家级、省级...分别 after an unrelated count are no breakdown); a clause
after ； that opens with a verb -- also one the tagger reads as a noun (结案, listed in
the cues) -- ends a 其中 list; 全部 after a 其中 clause is said of the part it singles out
(part_of, never the total restated); a 其中 list may pair the figures of two totals stated
together (N户M人 of each kind) and ends at ；; 已完工 + 在建 make up a plan; 占比 of a
narrower kind of a noun counted a sentence before (护理型床位 of 床位); in 完成任务N的X% the
figure after 完成 is the target.

Rules of round 4, from unseen articles: stage words make a 其中 list overlapping only when its parts
name a stage other than the total's own (审结 cases broken down by kind add up); a rate whose stem
names neither figure takes the count of the clause just before it as its part and the larger count of
the clause before that as its total (受理N件，审结M件，结案率X%); 阶段性(办结) is the interim part of
a total, beside 已办结; 合计N家(户) adds parts counted by either classifier; “A”“B” written side by
side are two items; a list closed by 和/及 before N kinds (A、B、C和D五类) is compared both ways.

Rules of round 5, from unseen county reports: a share in ‰ is compared in thousandths, and pass-only
(出生率 is of the mean population, not a year-end total); a count with a rate of its own is no total of
the next rate; 合计/共计 may open the total's clause (共计表彰先进个人60名), items may be joined by commas
when their labels share a head (pass-only unless N项合计 counts them, which is also a list_count); a
合计 total equal to an earlier 总 figure is restated; a done total of its own 其中 list is still the done
part of a plan; a list right after 共 + verb (共设置A、B、C、D五项) is all of it; a quoted slogan list
(“A、B、C”三项) is counted inside (pass-only); X中 finds a total whose label opens with X's head; a rate
named in the cues by its part (城镇化率: 城镇人口); an outcome rate right after its one count implies the
part (受理N件，办结率X%), a rate named by the count before it implies the base (参保人数N，参保率X%);
an outcome count (破获) is a part of the intake count (立案) of the same things, and an added count
(新开通) a part of the stock after it (共有) -- both pass-only.

Rules of round 6, from unseen county reports: a 其中 list of the two halves of a way of working
(线上/线下, 集中/分散安置) is all of its total; 另/此外 adds an item outside the list; a subtotal of the
items (二者合计) ends the list and is itself a part of its total; a per-head amount (每人4000元) is no
part of a 共 total after it; a total right before 分别为 with named items (1326件，分别为轮椅412件、…) is
their sum; 比例 is no comparison (按比例就业); 为年度任务N的X% is the work done over the target; a rate
named by a sum of money (核销率) is of the sentence's first sum (送审 of 送审/审定/审减; not a change:
比上年减少); 办理 after ； opens a new statement; a headline figure confirmed by one body figure is no
slip of another figure in the same sentence (发现隐患3420处，督促整改3317处 under 排查整改3300余处);
a share of 当年缴存额 looks for 缴存额 written before a figure first (not 缴存余额 merely nearby); a plan
measured against (完成计划1000名的105.2%) is no total of the 其中 list after it; a list joined by 、
ends at ；; the upper end of a rounded total is open (7.2亿 < 3.5亿 + 2.1亿 + 1.8亿); a cue right
between two figures of different classifiers (来访856件、涉及2310人次) opens no list; a breakdown
(按处置方式分) after a 其中 list starts its own; a figure after ； is no set a 合计 was picked from.
Tried and dropped: a 其中 list naming kinds of the total's own noun (中型水库、小型水库 of 水库) as all
of it -- as often a partial list of the main kinds (肢体、视力、智力残疾 of 持证残疾人): 4 right and 3
false alarms on two unseen sets.

Speed: copied sentences are looked for only among sentences sharing a distinctive figure,
and a character-count bound rules most pairs out before difflib runs (the same checks;
``benchmarks/validate_cpu.py``).  Per figure the stage does only look-ups: every pattern and
cue table is built once (``_tables``), clause/sentence/paragraph cuts come from one table pass
over the code points, rules find the figures near a cue by bisection or by paragraph, and a
restatement is looked for only among earlier figures of the same kind and classifier family.

Restatements whose numbers differ are only flagged with structural evidence: a
headline total the body confirms elsewhere, or a sentence copied with one figure
changed.  Two figures merely labelled alike ("20项民生工程" / "16项民生工程任务") may
be different totals, so they are never compared.
"""
from __future__ import annotations

import itertools
import logging
import operator
import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

import numpy as np
import regex

from .document import Document

log = logging.getLogger(__name__)

__all__ = ["validate", "cues"]

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
_PER_END = regex.compile(r"(每|各(?!类|级|种|项|界|式)|/)\p{Han}{0,4}$")
# "每万人拥有5G基站43.7个", "每千人口执业医师2.8人": a figure per so many people, wherever it stands after
_PER_CAPITA = regex.compile(r"每[十百千万]+(?:人|户|名|口|人口)[^，,；;。]{0,12}$")
_FROM_END = regex.compile(r"(由|从)[^，,；;。由从]{0,12}$")
_TO_AHEAD = regex.compile(r"[^，,；;。]{0,10}?(提高|增加|增长|上升|下降|减少|降低|扩大|提升|调整)?(到|至)")
# not 比例/比重 (按比例就业58人), nor 同比/环比 inside a label ("产值实现同比增长的企业121家": a kind of firm)
_THAN_END = regex.compile(r"(?<![同环])比(?![例重率值])[^，,；;。比]{0,14}$")
_LABEL_CUT = regex.compile(r"[，,；;。、：:（(“”\"\d\s]")
# ("全镇9个行政村中已有8个村实现…": or 中 right before 已有/有, which open the part, or before 已 and a
# verb of work done: "2846名退役士兵中已上岗2790名")
_ZHONG_BREAK = regex.compile(r"中(?=[，,：:“\"「]|已有|有|已经?(?:上岗|完成|办结|整改|解决|落实|就业|入学|参保|签约|脱贫|返还))")
_OBJECT_END = regex.compile(r"(对|向|为|给)[^，,；;。\d]*的$")
_SEMI = regex.compile(r"[；;]")
_SEMI_OR_END = regex.compile(r"[；;。！？\n]")
_LIST_OF_ITS_OWN = regex.compile(r"\p{Han}{0,8}中[，,：:]")  # "156个重要项目中，" after a figure
_LIST_LEAD = regex.compile(r"^(其中|包括|涉及|含)")
_ASIDE_OPEN = regex.compile(r"[，,；;。]\s*(?:另外|另有|另|此外)")
_DONE_CLAUSE = regex.compile(r"[，,；;]\s*(?:均|并|且)?已")  # a clause opening with 已 (已完成…)
_ITEM_GAP = regex.compile(r"、[^，,；;。：:]{0,16}")  # the next item of a 、 list: its label, no other break
_NEW_AMONG = regex.compile(r"其中\p{Han}{0,4}新增$")
# 新增 with nothing compared in its clause counts the new ones (县妇幼保健院新增60张), no change of a level
_NEW_ONES = regex.compile(r"^(?!.*(?:比|较|同比|环比)).*新增$")
_SUBTOTAL_END = regex.compile(r"(?:合计|共计|总计)\p{Han}{0,2}\s*$")  # (三家景区合计接待: a verb may follow)
_ITEM_OPENING = regex.compile(r"^[\s、，,；;和及与]+")  # what separates a list item from the one before
_CLAUSE_BREAK = regex.compile(r"[，,；;。：:]")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_SCOPE_LEAD = regex.compile(r"^.*(在|所有|全部|本次|此次|这次|本轮|上述|这些|前述)")
_EACH_GAP = regex.compile(r"[、，,和及与\s]*")
_LABELED_ITEM_GAP = regex.compile(r"[、，,和及与]\s*\p{Han}{1,12}")
_HAN_RUN = regex.compile(r"\p{Han}")
# names listed between 分别 and its figures, then a short verb: "在甲区、乙区和丙区布局"
_EACH_NAMES = regex.compile(r"(?:在|向|对|给|于)?(\p{Han}{2,10}(?:[、和及与]\p{Han}{2,10})+)")
_EACH_VERB = regex.compile(r"^(?:为|是|达到|达|有|占|计)")
_OF_SHARE = regex.compile(r"(?:[(（][^()（）]{1,4}[)）])?的")
_EACH_ALL = regex.compile(r"[，,：:]?分别[为是]")  # a total, then 分别为 and its items
_JOINER = regex.compile(r"、|和|及")
_LIST_GAP = regex.compile(r"[、和及与]")  # between two items of a list (figures, or names before 分别)
_STATED_TOTAL = regex.compile(r"共(?:计|有)?\p{Han}{0,4}$")  # 共抽检, 共计, 共有 right before a figure
_COMMA_IN = regex.compile(r"[，,；;]")  # (a 、 inside a label after a comma joins nothing: "，抖音、视频号播放量")
_RATE_END = regex.compile(r"(\p{Han}{1,4}?)(?:率|进度)[^，,；;。率]{0,4}$")  # (机收进度达93.1%: a rate too)
# 完成任务N的X%; also 为年度任务N的X% after the work done (改造300户，为年度任务285户的105.3%)
_COMPLETE_END = regex.compile(r"(?:完成|(?:为|是|占)(?=[^，,；;。]{0,6}(?:任务|目标|计划)))[^，,；;。]*的$")
_TIME_FRAME = regex.compile(r"^(?:当年|全年|本年|今年|上年|去年|年末|年底|同期|当期|本期)")
_NP_JUNK = regex.compile(r"(的|为|达|达到|高达|约)+$")
_RATE_STEM = regex.compile(r"(\p{Han}{2})(?:率|进度)")
_INCREASE_OPENS = regex.compile(r"\s*(?:共|累计|全年)?(?:新增|净增|增加|增长|多)了?\s*")  # ，新增41个
_PAREN_AFTER = regex.compile(r"\s*[（(]([^（）()]{2,200})[）)]")  # a bracket right after a figure
_NEGATED = regex.compile(r"(不予|不|未)(\p{Han}+)$")  # 不批准逮捕, 不合格, 不予立案: an outcome negated
_SUBJECT_SEP = regex.compile(r"[和与及、]")  # between the names of a listed subject (第一产业和第三产业增加值)
_RAISED_LEVEL = regex.compile(r"(?:增至|增加到|提高到|提高至|扩大到|扩大至|上升到|上升至|达到)$")  # a level raised to
_COMPARED_TO = regex.compile(r"(?:较|比)[^，,。；;]{0,6}(?:增加|增长|多|新增)")  # 较首年增加, 比上年多
_MEASURE_NOUN = regex.compile(r"(?:面积|长度|里程|重量|产量)$")  # what a measure's classifier says
_COUNT_OF_UNIT = regex.compile(r"(户|人次|人)数")  # 总户数, 总人数: a number of a unit's things
_SCOPE = regex.compile(r"^(全|我)(省|市|县|国|区|镇|乡|州|盟|旗|村|社区|街道)$")
_SCOPE_HEAD = regex.compile(r"^(?:(全|我)(省|市|县|国|区|镇|乡|州|盟|旗|村|社区|街道)|全部|所有)")
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
# “A”“B”“C” (or 「A」「B」「C」) right before a count
_ADJACENT_QUOTES = regex.compile(r"(?:“[^“”，,。；;]{1,12}”|「[^「」，,。；;]{1,12}」){2,}$")
_OPEN_NOUN = regex.compile(r"等(\p{Han}{1,8})$")  # "A、B、C等特色产业基地|8个": the list's noun before the count
_QUOTED_LIST = regex.compile(r"“([^“”]*、[^“”]*)”$")  # “送政策、送岗位、送温暖”三项: a list in one quote
# "，市级配套资金", "，市、县两级财政配套资金": the label of the next parallel item
_COMMA_ITEM = regex.compile(r"[，,](?:\p{Han}{2,8}|\p{Han}{1,4}、[\p{Han}、]{1,10})")
_COUNT_OF_SUMMED = regex.compile(r"\p{Han}{0,4}?(?:合计|共计|总计)")  # 三家|景区合计: a count of the items summed
_SHORT_NOUN = regex.compile(r"\p{Han}{1,4}")  # the noun of a count before a total mark (三家|景区|合计)
_INSIDE_LABEL = regex.compile(r"(?:以下|以上|及以上|及以下|左右)?的\p{Han}{1,10}")  # "35岁以下的年轻成员" before 387名
_IN_BASE = regex.compile(r"[^，,；;。\d]{0,10}中")  # "182个行政村中的覆盖率": the base a rate is of
_RATIO_FILLER = regex.compile(r"占比率|占比|比例|比重|占|达到|达|为|是|约")  # words of a share, not its subject
_BOUND_LABEL = regex.compile(r"的\p{Han}")  # a figure describing the noun after it (30万元以下的村)
_PLAN = regex.compile(r"计划|目标|力争|预计|将")  # a clause about what is to be done, not what was
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
        self.average = regex.compile(
            "(" + "|".join(map(regex.escape, c["per"]["averages"])) + r")[^\d，,；;。！？!?]*$")
        self.average_ends = frozenset(w[-1] for w in c["per"]["averages"])  # 均, 价, 产: a cheap precheck
        self.durations = frozenset(c["aside"]["durations"])
        self.total_marks = _any_of(c["total_after"]["words"])  # 合计, 共计, 共 ...
        # status words: does any of them occur in a stretch of text (one search, not one per word)
        self.rest = _any_of(c["rest"]["words"])
        self.pending = _any_of(c["pending"]["words"])
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
        self.last_joiners = tuple(c["list"]["last_joiners"])
        self.kind_units = frozenset(c["list"]["kinds"])
        self.whole_list = regex.compile("(?:" + "|".join(map(regex.escape, sorted(c["list"]["whole_marks"], key=len, reverse=True)))
                                        + ")(?:" + "|".join(map(regex.escape, sorted(c["list"]["whole_verbs"], key=len, reverse=True)))
                                        + r")(\p{Han}{1,8})$")
        self.list_opener = regex.compile(r"(?:并|还|又|均)?(?:" + "|".join(map(regex.escape, c["list"]["openers"]))
                                         + r")\p{Han}{1,4}")
        # (the figure's noun and a short predicate may come between: "9个县(市、区)均已挂牌服务中心，即A、B…")
        self.closed_list = regex.compile(r"[^，,；;。]{0,24}[，,：:]\s*(?:" + "|".join(
            map(regex.escape, c["list"]["closed"])) + r")([^；;。\n]+)")


class _Never:
    """The pattern of an empty word list: it occurs nowhere."""

    @staticmethod
    def search(_text: str, *_bounds: int) -> None:
        return None


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


# ---------------------------------------------------------------- figures
@dataclass(eq=False, slots=True)
class Fig:
    """One quantity as the validator sees it: value bounds and its place in the text."""

    q: dict[str, Any]
    idx: int
    id: str
    start: int
    end: int
    value: Decimal
    lo: Decimal
    hi: Decimal | None
    unit: str
    kind: str
    family: str
    sent: int
    para: int
    clause: int
    shown: str
    aside: bool = False  # a duration (二十八年), an old value (由50元提高到100元) or a comparison base (比...的X)
    per: bool = False  # a rate per unit (2.62元/股, 人均12860元, 每亩4500公斤): never summed
    noun_after: bool = False  # the text itself names what the figure counts, right after it
    pre: str = ""  # clause text before the number (with a leading 共计/约 of the span)
    delta: bool = False
    status: str | None = None  # "done", "pending", "rest"
    paren: bool = False
    headline: bool = False
    before: str = ""  # Han text of the clause before the number
    after: str = ""  # Han text right after the figure, up to a separator
    item: str = ""  # the words naming it as an item of a paired list (城市低保3120户4870人 -> 城市低保)
    also: str = ""  # family of a second classifier in brackets right after it (535家(户) -> 户)
    group: "Group | None" = None  # the total this figure was found to be a part of
    total: "Group | None" = None  # the group this figure is the total of

    @property
    def exact(self) -> bool:
        return self.lo == self.hi

    def label(self) -> str:
        return self.after or self.before

    def text_label(self) -> str:
        """The words around the figure as written (not the figures stage's ``counted``)."""
        return self.before + (self.after if self.noun_after else "")


@dataclass(eq=False)
class Group:
    whole: Fig
    parts: list[Fig] = field(default_factory=list)
    strong: bool = True
    exhaustive: bool = False
    overlap: bool = False
    cue: str = ""


def _dec(v: Any) -> Decimal | None:
    if v is None:
        return None
    if isinstance(v, Decimal):
        return v
    try:
        return Decimal(str(v))
    except (InvalidOperation, ValueError):
        return None


_MULT = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
         "万": Decimal(10) ** 4, "千": Decimal(1000)}
_NUM = regex.compile(r"(\d[\d,]*(?:\.\d+)?)(余|多|几)?(万亿|亿|千万|百万|万|千)?")
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿点几"


def _number_shape(norm: str) -> tuple[int | None, Decimal, bool]:
    """(decimals written, multiplier, 余/多 after the number) of a figure's surface.

    ``None`` decimals means the number is written in Chinese numerals (exact as written).
    """
    return _written(norm)[:3]


_WAN_AFTER_YI = regex.compile(r"([\d,]+(?:\.\d+)?)万")  # the second group of 2亿6,893万


@lru_cache(maxsize=4096)
def _written(norm: str) -> tuple[int | None, Decimal, bool, str | None]:
    """``_number_shape`` and the number as written (6万余, 1.26万; None for Chinese numerals) from one
    search: a figure's surface is read once, and the same surfaces recur across a batch."""
    m = _NUM.search(norm)
    if not m:
        approx = any(c in norm for c in "余多几")
        return None, _ONE, approx, None
    digits = m.group(1).replace(",", "")
    dec = len(digits.split(".")[1]) if "." in digits else 0
    mult = _MULT.get(m.group(3) or "", _ONE)
    end = m.end()
    if m.group(3) == "亿" and (rest := _WAN_AFTER_YI.match(norm, end)):
        # "2亿6,893万元" (Taiwan's and Hong Kong's way): written to the 万 of its second group
        digits = rest.group(1).replace(",", "")
        dec = len(digits.split(".")[1]) if "." in digits else 0
        return dec, _MULT["万"], False, norm[m.start():rest.end()].replace(",", "")
    after = norm[end:end + 1]
    # as written: the digits, 余/多, the multiplier and a 余/多 after it (a 几 ends it: 十几 is no digit)
    if m.group(2) == "几":
        shown = m.group(1)
    else:
        shown = norm[m.start():end + 1] if after in ("余", "多") else m.group(0)
    return dec, mult, bool(m.group(2)) or after in ("余", "多"), shown.replace(",", "")


def _step(value: Decimal, mult: Decimal) -> Decimal:
    """Unit of the last significant written digit: 800 -> 100, 6万 -> 1万, 1300万 -> 100万."""
    written = (value / mult).normalize()
    exp = written.as_tuple().exponent
    if not isinstance(exp, int):
        return mult
    if exp >= 0:
        # trailing zeros of an integer: 800 -> 100
        n = int(written)
        step = 1
        while n and n % 10 == 0:
            n //= 10
            step *= 10
        return Decimal(step) * mult
    return Decimal(1).scaleb(exp) * mult


@lru_cache(maxsize=4096)
def _interval(norm: str, v: Decimal, vmax: Decimal | None, qual: str, kind: str | None) -> tuple[Decimal, Decimal | None]:
    """The interval a figure stands for, from its qualifier and how it is written (``norm``).

    (Cached: the same figure, as written, recurs across the articles of a batch; the bounds
    are only ever compared, so equal values written with other exponents may share them.)"""
    dec, mult, yu, _ = _written(norm)
    if kind == "percent":
        half = _percent_half(norm, dec)
    elif dec is None or (dec == 0 and mult == 1):
        half = Decimal(0)
    else:
        half = Decimal(5).scaleb(-(dec + 1)) * mult
    top = vmax if vmax is not None else v
    if qual == "over":
        if yu or "几" in norm:
            return v, max(top, v + _step(v, mult if dec is not None else Decimal(1)))
        return v, INF
    if qual == "under":
        if "近" in norm:
            return v * Decimal("0.9") - half, top + half
        return Decimal(0), top + half
    if qual == "about":
        return (v - half) * Decimal("0.9"), (top + half) * Decimal("1.1")
    return v - half, top + half


def _percent_half(norm: str, dec: int | None) -> Decimal:
    """Half the rounding step of a stated share: 26.8% -> 0.05, 三成 -> 5, 一半 -> 2.5."""
    if "成" in norm and "%" not in norm:
        return Decimal(5)
    if "半" in norm or "分之" in norm and "百分之" not in norm:
        return Decimal("2.5")
    if "百分之" in norm:
        tail = norm.split("点", 1)[1] if "点" in norm else ""
        n = sum(1 for c in tail if c in _CN_DIGITS and c not in "点")
        return Decimal(5).scaleb(-(n + 1))
    if dec is None:
        return Decimal("0.5")
    return Decimal(5).scaleb(-(dec + 1))


# ---------------------------------------------------------------- text helpers
def _cut_classes() -> np.ndarray:
    """A table from a code point to its bits: 1 clause cut, 2 sentence cut, 4 paragraph cut (every
    sentence or paragraph cut is a clause cut too), 8 an opening and 16 a closing parenthesis.

    Every such character is in the Basic Multilingual Plane: the table stops at U+FFFF (64 KiB,
    it stays in cache), a noncharacter with no bits, and larger code points are looked up there
    (``take(..., mode="clip")``)."""
    table = np.zeros(0x10000, dtype=np.uint8)
    for bit, chars in ((1, _CLAUSE_SEP), (2, _SENT_SEP), (4, "\n"), (8, "(（"), (16, ")）")):
        for ch in chars:
            table[ord(ch)] |= bit
    return table


_CUT_CLASS = _cut_classes()


class _Text:
    """Clause, sentence and paragraph positions of the normalized text."""

    def __init__(self, doc: Document):
        t = doc.text
        self.t = t
        # one table look-up over the code points finds every cut and parenthesis
        codes = np.frombuffer(t.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        marks = np.flatnonzero(_CUT_CLASS.take(codes, mode="clip"))
        bits = _CUT_CLASS.take(codes[marks])
        self.clause_cuts = marks[(bits & 1) != 0].tolist()
        if "," in t:
            # a comma before three digits is a thousands separator (2,915名学员), no clause end
            grouped = {m.start() for m in _THOUSANDS.finditer(t)}
            if grouped:
                self.clause_cuts = [p for p in self.clause_cuts if p not in grouped]
        self.sent_cuts = marks[(bits & 2) != 0].tolist()
        self.para_cuts = marks[(bits & 4) != 0].tolist()
        # headline: the short lines before the first sentence of the body (page chrome skipped)
        self.headline_end = 0
        pos, seen = 0, 0
        for nl in self.para_cuts + [len(t)]:
            line = t[pos:nl]
            s = line.strip()
            chrome = s and doc.is_excluded(pos + line.index(s[0]), pos + len(line.rstrip()))
            if s and not chrome:
                seen += 1
                if seen > 3 or len(s) > 40 or "。" in s:
                    break
                self.headline_end = pos + len(line)
            pos = nl + 1
        paren = (bits & 24) != 0
        self.parens = self._parens(marks[paren].tolist(), bits[paren].tolist())
        # in_paren asks whether some pair opens before a span and closes after it: the pairs by
        # opening position with the furthest close so far answer that with one bisection
        by_open = sorted(self.parens)
        self._open_at = [a for a, _ in by_open]
        self._close_max = []
        far = -1
        for _, b in by_open:
            far = max(far, b)
            self._close_max.append(far)

    @staticmethod
    def _parens(at: list[int], kinds: list[int]) -> list[tuple[int, int]]:
        """(open, close + 1) of each matched pair, in the order they close."""
        out, stack = [], []
        for i, k in zip(at, kinds):
            if k & 8:
                stack.append(i)
            elif stack:
                out.append((stack.pop(), i + 1))
        return out

    def clause(self, pos: int) -> int:
        return bisect_right(self.clause_cuts, pos - 1) if pos else 0

    def sent(self, pos: int) -> int:
        return bisect_right(self.sent_cuts, pos - 1) if pos else 0

    def para(self, pos: int) -> int:
        return bisect_right(self.para_cuts, pos - 1) if pos else 0

    def clause_span(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self.clause_cuts, pos - 1) if pos else 0
        start = self.clause_cuts[k - 1] + 1 if k else 0
        end = self.clause_cuts[k] if k < len(self.clause_cuts) else len(self.t)
        return start, end

    def sent_span(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self.sent_cuts, pos - 1) if pos else 0
        start = self.sent_cuts[k - 1] + 1 if k else 0
        end = self.sent_cuts[k] if k < len(self.sent_cuts) else len(self.t)
        return start, end

    def in_paren(self, start: int, end: int) -> bool:
        k = bisect_left(self._open_at, start)  # pairs opening before ``start``
        return bool(k) and self._close_max[k - 1] >= end


def _han(s: str) -> str:
    """The Han characters of ``s``, in order (one substitution rather than a list and a join)."""
    return _NOT_HAN_RUN.sub("", s)


def _figures(doc: Document, tx: _Text) -> list[Fig]:
    tb = _tables()
    text = doc.text
    excluded = doc.excluded
    clause_cuts, sent_cuts, para_cuts = tx.clause_cuts, tx.sent_cuts, tx.para_cuts
    figs: list[Fig] = []
    for i, q in enumerate(doc.quantities):
        v = _dec(q.get("value"))
        if v is None or q.get("start") is None:
            continue
        s, e = int(q["start"]), int(q["end"])
        if excluded and doc.is_excluded(s, e):
            continue
        norm = text[s:e]
        lo, hi = _interval(norm, v or _ZERO, _dec(q.get("value_max")), q.get("qualifier") or "exact", q.get("kind"))
        kind = q.get("kind") or "count"
        unit = q.get("unit") or ""
        shown = _shown(norm, v, kind)
        scale = _PER_MILLE.get(unit) if kind == "percent" else None
        if scale is not None:
            # "人口出生率7.69‰": a share in thousandths (‱: ten-thousandths) is compared as a percentage
            v, lo, hi = v / scale, lo / scale, (hi / scale if hi is not None else None)
            shown = shown[:-1] + unit if shown.endswith("%") else shown
        fam = "money" if kind == "money" else tb.families.get(unit, unit)
        # (tx.clause, tx.clause_span, tx.sent and tx.para, with one bisection for the clause)
        k = bisect_right(clause_cuts, s - 1)
        cs = clause_cuts[k - 1] + 1 if k else 0
        ce = clause_cuts[k] if k < len(clause_cuts) else len(text)
        # the number may follow a leading qualifier inside the span (共计30件): that is text before it
        pre = text[cs:s] if norm[:1] in _NUMERAL_FIRST else text[cs:s] + _LEAD.match(norm).group(0)
        post = text[e:ce]
        also = _ALSO_UNIT.match(post) if post[:1] in "(（" else None
        after = _label_after(post, tb.label_end)
        noun_after = bool(after)
        if q.get("counted") and not after:
            after = _han(str(q["counted"]))[:10]
        # (a clause ending in any other Han character has nothing to strip)
        last = pre[-1:]
        tail = pre if "\u4e00" <= last <= "\u9fff" and last not in "约近超逾共达为了" else _TAIL_JUNK.sub("", pre)
        delta = tail.endswith(tb.delta) and not post.startswith(tb.not_before)
        if tail.endswith(tb.delta_to) or delta and (_NEW_AMONG.search(tail) or _NEW_ONES.match(tail)):
            delta = False  # 增至 names a level; "其中今年新增45个" the new ones among a total
        # "占全国1786个县的28%": the base of a share, not a part of anything
        paren = tx.in_paren(s, e) or (post.startswith("的") and "占" in pre and bool(_OCCUPY_END.search(pre)))
        # an average names its figure wherever it stands in the label: "城镇居民、农村居民人均可支配收入
        # 分别为38000元和21000元" are two levels, and no sum of them is a total; 各 is "each" (各村配备2名)
        # but 各类/各级 is "of all kinds" (受理各类案件1200件 is a total)
        # (and a count that is not whole, 千人抽检量4.1批次, is a rate, no total of whole parts)
        fractional = kind == "count" and v != v.to_integral_value() and unit not in tb.durations
        per = post.startswith(("/", "每")) or fractional or bool(
            ("每" in pre or "各" in pre or "/" in pre) and (_PER_END.search(pre) or _PER_CAPITA.search(pre))
            or not tb.average_ends.isdisjoint(pre) and tb.average.search(pre))
        aside = (unit in tb.durations
                 or bool(("由" in pre or "从" in pre) and _FROM_END.search(pre) and _TO_AHEAD.match(post))
                 or bool("比" in pre and _THAN_END.search(pre) and not tail.endswith(tb.delta)))
        status = None
        if tb.rest.search(pre[-3:]):
            status = "rest"
        elif "已" not in pre and tb.pending.search(text, cs, ce):  # (in the clause, without slicing it)
            status = "pending"
        elif text.find("已", cs, ce) >= 0 or tb.done_after.search(post):
            status = "done"
        figs.append(Fig(q=q, idx=i, id=str(q.get("id") or f"q{i + 1}"), start=s, end=e, value=v, lo=lo, hi=hi,
                        unit=unit, kind=kind, family=fam, sent=bisect_right(sent_cuts, s - 1),
                        para=bisect_right(para_cuts, s - 1), clause=k,
                        shown=shown, aside=aside, per=per, noun_after=noun_after, pre=pre,
                        delta=delta, status=status, paren=paren, headline=s < tx.headline_end,
                        before=_han(pre)[-10:], after=after,
                        also=tb.families.get(also.group(1), also.group(1)) if also else ""))
    return figs


def _label_after(post: str, end: "regex.Pattern") -> str:
    """The noun right after a figure: up to a separator, a digit or a predicate word (``end``)."""
    m = end.search(post)
    return _han(post[:m.start()] if m else post)[:10].lstrip("的")


def _shown(norm: str, v: Decimal, kind: str) -> str:
    """How a figure is written in a message: its number as in the text (6万余, 1.26万, 53.98%)."""
    s = _written(norm)[3]
    if s is not None:
        return s + ("%" if kind == "percent" else "")
    if kind != "percent":  # Chinese numerals: 七百六十六亿四千万元 -> 766.4亿
        if v >= Decimal(10) ** 8 and v % Decimal(10) ** 4 == 0:
            return _fmt(v / Decimal(10) ** 8) + "亿"
        if v >= Decimal(10) ** 5 and v % 100 == 0:
            return _fmt(v / Decimal(10) ** 4) + "万"
    return _fmt(v) + ("%" if kind == "percent" else "")


def _fmt(v: Decimal) -> str:
    v = v.normalize()
    s = format(v, "f")
    return s


def _fmt_like(total: Decimal, figs: Iterable[Fig]) -> str:
    """A computed total written with the multiplier its figures use (62857万 + ... = 244394万)."""
    mults = set()
    for f in figs:
        _, m, _ = _number_shape(f.shown)
        mults.add(m)
    if len(mults) == 1:
        m = mults.pop()
        if m != 1:
            name = next(k for k, x in _MULT.items() if x == m)
            return _fmt(total / m) + name
    if total >= Decimal(10) ** 8 and total % Decimal(10) ** 6 == 0:
        return _fmt(total / Decimal(10) ** 8) + "亿"
    if total >= Decimal(10) ** 4 and total % Decimal(100) == 0 and len(mults - {Decimal(1)}):
        return _fmt(total / Decimal(10) ** 4) + "万"
    return _fmt(total)


# ---------------------------------------------------------------- the stage
def validate(doc: Document, *, tolerance_about: float = 0.1, max_back_sentences: int = 2) -> Document:
    """Fill ``doc.checks`` with the relations found between ``doc.quantities``.

    ``tolerance_about``: relative width of 约/左右 figures (0.1 = ±10%).
    ``max_back_sentences``: how many sentences back a total may be stated before its parts.
    """
    tx = _Text(doc)
    figs = _figures(doc, tx)
    if tolerance_about != 0.1:
        t = Decimal(str(tolerance_about))
        for f in figs:
            if f.q.get("qualifier") == "about":
                f.lo = f.value * (1 - t)
                f.hi = (_dec(f.q.get("value_max")) or f.value) * (1 + t)
    v = _Validator(doc, tx, figs, max_back_sentences)
    doc.checks = v.run()
    return doc


class _Validator:
    def __init__(self, doc: Document, tx: _Text, figs: list[Fig], back: int):
        self.doc, self.tx, self.figs, self.back = doc, tx, figs, back
        self.t = doc.text
        self.c = cues()
        self.groups: list[Group] = []
        self.checks: list[dict[str, Any]] = []
        self.seen: set[tuple] = set()
        # figures by paragraph and by position, so a rule looks only at the figures near its cue
        self.by_para: dict[int, list[Fig]] = {}
        for f in figs:
            self.by_para.setdefault(f.para, []).append(f)
        self.fig_starts = [f.start for f in figs]
        self.in_order = all(map(operator.le, self.fig_starts, self.fig_starts[1:]))
        self._token_starts: list[int] | None = None

    # -- helpers -------------------------------------------------------
    def summable(self, f: Fig) -> bool:
        return f.kind in _SUMMABLE and not f.per and not f.aside

    def same_family(self, a: Fig, b: Fig) -> bool:
        return a.family == b.family and a.kind == b.kind

    def before(self, pos: int, *, para: int, sents: int | None = None) -> list[Fig]:
        """Figures ending before ``pos`` in the same paragraph, nearest first."""
        sents = self.back if sents is None else sents
        cur = self.tx.sent(pos)
        out = [f for f in self.by_para.get(para, ()) if f.end <= pos and cur - f.sent <= sents]
        return sorted(out, key=lambda f: -f.start)

    def starting(self, lo: int, hi: int) -> list[Fig]:
        """Figures starting in ``[lo, hi)``, in their order (a slice when they are in text order)."""
        if self.in_order:
            return self.figs[bisect_left(self.fig_starts, lo):bisect_left(self.fig_starts, hi)]
        return [f for f in self.figs if lo <= f.start < hi]

    def starts_predicate(self, pos: int, *, lead: bool = False) -> bool:
        """Does the clause at ``pos`` open with a verb ("；新增公路60.9万公里") rather than a label
        ("；举报类480件", a verb read as a category by the classifier after it)?

        ``lead``: skip a leading 其中 and adverbial words first ("其中，当场调解1900件", 直接, 今年)."""
        toks = self.doc.tokens
        if not toks or not toks[0][3]:
            return False
        i = bisect_right(self.token_starts(), pos - 1)
        while i < len(toks) and (not _CJK.match(toks[i][0])
                                 or lead and (toks[i][0] == "其中" or toks[i][3] in ("d", "ad", "t", "s"))):
            i += 1
        if i >= len(toks) or not (toks[i][3].startswith("v") or toks[i][0] in self.c["predicate"]["verbs"]):
            return False
        return not (i + 1 < len(toks) and toks[i + 1][3] == "q")

    def modifier(self, f: Fig) -> bool:
        """A count that says where the next figure's things are ("A镇等3个乡镇的11座桥梁"): the
        noun after it ends in 的 right before another number, so it is no part of anything."""
        return bool(_MODIFIER.match(self.t, f.end, f.end + 9))

    def register(self, g: Group) -> None:
        """Keep ``g``: the group of each of its parts and the total of its whole."""
        for p in g.parts:
            p.group = g
        g.whole.total = g
        self.groups.append(g)

    def climb(self, f: Fig) -> Fig:
        """A part of a known total stands for that total when a later list refers back."""
        seen = set()
        while f.group is not None and f.group.exhaustive and id(f) not in seen:
            seen.add(id(f))
            f = f.group.whole
        return f

    def total_of(self, f: Fig) -> Fig:
        """The total a figure before a done part or a rest stands for: itself, or the total of the
        list it is an item of ("其中县道11座、乡道21座。已完工29座…其余3座": the 32, not the 21)."""
        f = self.climb(f)
        return f.group.whole if f.group is not None and f.group.whole is not f else f

    def first_statement(self, f: Fig) -> Fig:
        """The earliest figure the text restates ``f`` by (23件 after 23项): checks name the first."""
        for x in self.figs:
            if x.start >= f.start:
                break
            if (x.family == f.family and x.kind == f.kind and x.exact and f.exact and x.value == f.value
                    and x.delta == f.delta and x.noun_after and f.noun_after and x.after == f.after
                    and x.group is None and not x.headline):
                return x
        return f

    def add(self, check: dict[str, Any]) -> None:
        key = (check["kind"], check.get("whole"), tuple(sorted(check.get("parts") or [])), check.get("percent"),
               check.get("items"))
        if key in self.seen:
            return
        self.seen.add(key)
        self.checks.append(check)

    def covered(self, whole: Fig, parts: list[Fig]) -> bool:
        ids = {p.id for p in parts}
        return any(c.get("whole") == whole.id and set(c.get("parts") or []) == ids for c in self.checks)

    # -- run -----------------------------------------------------------
    def run(self) -> list[dict[str, Any]]:
        self.subset_lists()
        self.rest_and_pending()
        for g in self.groups:
            if not g.exhaustive and g.whole.group is not None and g.whole.group.exhaustive and g.whole.group is not g:
                g.whole.total = None
                g.whole = self.climb(g.whole)
                g.whole.total = g
        self.each_lists()
        self.totals_after()
        self.outcome_pairs()
        self.emit_groups()
        self.all_done()
        self.done_of_total()
        self.stage_pairs()
        self.percents()
        self.shares_to_hundred()
        self.ratio_lists()
        self.paren_breakdowns()
        self.restated()
        self.raised_levels()
        self.lists()
        self.lede_totals()
        self.drop_misread_shares()
        # a percent check first: a reader (and the scorer) looking up a whole and its part
        # finds the share before the plainer part_of of the same pair
        order = {"percent": 0, "sum": 1, "part_of": 2, "restated": 3, "list_count": 4}
        return sorted(self.checks, key=lambda c: order.get(c["kind"], 9))

    # -- 其中 / 涉及 / "N个X中" ------------------------------------------
    def subset_lists(self) -> None:
        c = self.c["subset"]
        cue_words = [(w, True) for w in c["strong"]] + [(w, False) for w in c["weak"]]
        starts: list[tuple[int, int, bool, str]] = []  # (cue start, region start, strong, cue)
        for w, strong in cue_words:
            for ms, me in _occurrences(self.t, w):
                if self.tx.in_paren(ms, me):
                    continue  # "(包括高中和初中)" says what a figure covers
                if self.attribute_of_figure(ms, me):
                    continue  # "来访856件、涉及2310人次": what the figure before involves, not a list of its parts
                if w == "其中" or not any(a <= ms < b for a, b, _, cw in starts if cw == "其中"):
                    starts.append((ms, me, strong, w))
        # "全县386个行政村（社区）中，已建成..." : a figure, its noun, then 中 and a break
        for m in _ZHONG_BREAK.finditer(self.t):
            if self.t[max(0, m.start() - 1):m.start() + 1] == "其中":
                continue
            starts.append((m.start(), m.end(), True, "中"))
        # "分产业看，" / "从诉求来源看，": the sentence breaks a total stated before down by one dimension
        # (pass-only: the dimension need not be covered in full, unless its kinds are a closed set)
        # Its parts are in its own sentence, so it is looked for only in sentences holding a figure
        # (the pattern opens with a lookbehind and cannot skip ahead to a literal: run over the
        # whole text it was the stage's costliest scan; a match never crosses a sentence end).
        breakdown = _tables().breakdown
        first_of_sentence = {}
        for f in self.figs:
            first_of_sentence.setdefault(f.sent, f.start)
        for k in sorted(first_of_sentence):
            ss, se = self.tx.sent_span(first_of_sentence[k])
            for m in breakdown.finditer(self.t, ss, se + 1):
                # (the dimension opens with one: 从全年情况看; 从监测结果看 has a dimension, 监测)
                if any(m.group(0)[1:].startswith(w) for w in self.c["breakdown"]["not_dimensions"]):
                    continue
                if not any(a <= m.start() < b for a, b, _, _ in starts):
                    starts.append((m.start(), m.end(), False, "看"))
        starts.sort()
        regions = []
        for i, (cs, rs, strong, w) in enumerate(starts):
            ss, se = self.tx.sent_span(cs)
            end = se
            # a nested 其中 closes this region's direct parts (they resume after the sentence)
            # (and a breakdown, 按处置方式分，, starts a list of its own: 其中电话渠道52.1万件；按处置方式分，…)
            nested = [x for x in starts[i + 1:] if x[0] < se and (x[3] in ("其中", "中") or x[3] == "看" and w != "看")]
            regions.append((cs, rs, end, strong, w, nested[0][0] if nested else None,
                            any(x[3] in ("其中", "中") for x in nested)))
        claimed: set[str] = set()
        progress = self.c["done"]["words"] + self.c["done"]["verbs"] + self.c["pending"]["words"]
        for cs, rs, end, strong, w, nest_at, nested_list in regions:
            parts = [f for f in self.starting(rs, end) if self.summable(f) and not f.paren
                     and f.id not in claimed and (nest_at is None or f.start < nest_at)]
            if w in ("其中", "中", "看"):
                # "其中，对违规经营的3家企业分别处以罚款20万元和15万元": a count inside the object of
                # 对/向/为/给 says whom the action is done to; the list is the figures of the action
                parts = [p for p in parts if not _OBJECT_END.search(p.pre)]
                parts = [p for p in parts if not self.modifier(p)]
                if w == "其中" and len(parts) >= 2 and parts[0].unit != parts[1].unit \
                        and self.whole_before(cs, parts[0]) is None \
                        and (w1 := self.whole_before(cs, parts[1])) is not None and w1.unit == parts[1].unit:
                    # "普及培训群众3.2万人次；其中，进校园活动覆盖中小学42所，培训师生1.1万人次": a count of
                    # another kind, with no total of its own before, tells where the part was done
                    parts = parts[1:]
            if w in ("其中", "中", "看") and parts:
                # a list of parts counts one kind of thing; another classifier starts another clause,
                # and after a semicolon only a parallel item continues it ("第一产业增加值...；第二产业增加值")
                # a clause that starts like the total's own ("新增铁路1.97万公里，其中...；新增公路60.9万
                # 公里") is a new total, not a part
                # (the items before a sum of them: "…；养殖业保险2089万元，以上合计56190万元")
                items = list(itertools.takewhile(lambda p: not _SUBTOTAL_END.search(p.pre[-6:]), parts))
                w0 = (self.breakdown_whole(cs, items) if w == "看"
                      else self.whole_before(cs, parts[0], in_clause=(w == "中")))
                head = _core(w0.before)[:2] if w0 is not None else ""
                same = []
                paired, second = False, ""
                for p in parts:
                    if p.delta != parts[0].delta:
                        break
                    if same and p.unit != parts[0].unit and _COUNT_OF_SUMMED.match(self.t, p.end):
                        break  # "…，三家景区合计接待189.0万人次": how many items a subtotal sums, no item
                    if p.unit != parts[0].unit and not (
                            same and w0 is not None and self.covers(w0, p) and self.covers(w0, parts[0])
                            and _ITEM_GAP.fullmatch(self.t, same[-1].end, p.start)):
                        if not (same and w != "看" and self.paired_total(cs, w0, p)):
                            break
                        paired, second = True, second or p.unit
                    if w == "看" and same and any(x in _item_label(p) for x in progress):
                        continue  # "食品类投诉900件，办结870件": the progress of an item, not the next item
                    gap = self.t[same[-1].end:p.start] if same else self.t[rs:p.start]
                    semi = _SEMI.search(gap)
                    if semi and paired and not (p.unit == parts[0].unit and self.pair_follows(p, second)):
                        # a list of paired figures (户 and 人 of each kind) ends at the semicolon, unless
                        # the next item is a pair again ("工程建设项目1126宗，交易额198.35亿元；政府采购
                        # 项目1208宗，成交金额26.79亿元")
                        break
                    if semi and len(same) >= 2 and not paired \
                            and not any(_SEMI.search(self.t[a.end:b.start]) for a, b in zip(same, same[1:])):
                        break  # "其中门诊24.9万人次、急诊3.7万人次；出院患者1.42万人次": a list joined by 、 ends at ；
                    if w == "其中" and len(same) >= 2 and not paired and _COMMA_IN.search(gap) \
                            and all(_JOINER.search(self.t[a.end:b.start]) and not _COMMA_IN.search(self.t[a.end:b.start])
                                    for a, b in zip(same, same[1:])) \
                            and not any(_common_suffix(_item_label(p), _item_label(x)) >= 2 for x in same):
                        # "其中出厂水420份、末梢水840份，检测合格1220份": … and at a comma, unless the next
                        # item is of the same kind ("省级赛事9场、市级赛事23场，举办县级赛事68场")
                        break
                    if semi and head and _core(p.before).startswith(head):
                        break
                    if semi and same and w0 is not None and _common_suffix(p.before, w0.before) >= 2 \
                            and _common_suffix(same[0].before, w0.before) < 2:
                        break  # "乡镇组织祭扫98次，其中重点镇37次；村和学校组织祭扫20次": the next kind of the total's own
                    if semi and self.starts_predicate((same[-1].end if same else rs) + semi.end()):
                        # a new verb opens a new statement -- unless the list's items are verb phrases
                        # themselves and still fit the total ("其中，当场调解1900件...；移交处理1300件")
                        # (or they are kinds of one noun, each after its own description: "其中，已解决
                        # 的A类建议132件；列入计划逐步解决的B类建议41件")
                        parallel = same and w0 is not None and (self.starts_predicate(
                            self.tx.clause_span(same[0].start)[0], lead=True)
                            or "的" in p.pre and _common_suffix(p.before, same[0].before) >= 2) and (
                            w0.hi is None or _sum_bounds(same + [p])[0] <= w0.hi)
                        if not parallel:
                            break
                    if w == "其中" and same and w0 is not None and not semi and not paired \
                            and p.unit == w0.unit == same[0].unit \
                            and _COMMA_IN.search(gap) and self.starts_predicate(self.tx.clause_span(p.start)[0]) \
                            and not self.starts_predicate(self.tx.clause_span(same[0].start)[0], lead=True) \
                            and _sum_bounds(same + [p])[0] > w0.value:
                        # "营救被困人员1426人，其中儿童和老人387人，疏散遇险群众5800余人": after items named by
                        # a noun, a clause opening with a verb that the total cannot hold is the next statement
                        break
                    if same and any(x in gap for x in c["ends"]):
                        break  # "…，全市警报器总数达到300台" / "…，发现问题90个": a count of its own
                    if same and p.pre.endswith(tuple(self.c["list"]["open"])):
                        break  # "其中新建7个，分布在A、B等7个乡镇": the count of a list of names, another noun
                    if same and w != "看" and _DONE_CLAUSE.search(gap) and any(v in gap for v in self.c["done"]["verbs"]):
                        break  # "其中档案1180件、照片1420件，已完成数字化扫描2450件": what was done with all of it
                    if same and (_ASIDE_OPEN.search(gap) or _SUBTOTAL_END.search(p.pre[-6:])):
                        # "…村级河湖长363名，另聘请民间河湖长46名": 另/此外 adds one outside the list;
                        # "…个体工商户11287户，二者合计17818户": the sum of the items, not one more
                        break
                    between = [x for x in (self.starting(same[-1].end, p.start + 1) if same else ())
                               if x.end <= p.start
                               and x.kind not in ("percent", "ratio")
                               and not x.paren  # (长者义工(60岁以上)58名: an aside in the next item's label)
                               # (not "35岁以下的年轻成员387名": a figure inside the next item's label)
                               and not _INSIDE_LABEL.fullmatch(self.t, x.end, p.start)]
                    if between:
                        break  # "两名老伯，其中一名更达80岁高龄，色诱成功后3名大汉": another matter
                    if same and _LIST_OF_ITS_OWN.match(self.t[p.end:p.end + 12]):
                        break  # "156个重要项目中，": the total of a list of its own
                    same.append(p)
                subtotal = next((p for p in self.starting(same[-1].end, end) if p.unit == same[-1].unit), None) \
                    if len(same) >= 2 else None
                if subtotal is not None and _SUBTOTAL_END.search(subtotal.pre[-6:]) and subtotal.group is None \
                        and not paired:
                    # "…；养殖业保险2089万元，以上合计56190万元": the items add up to the sum written after them
                    ok = _overlaps_rounded(*_sum_bounds(same), subtotal.lo, subtotal.hi)
                    self.add(self.sum_check("sum", subtotal, same, "pass" if ok else "fail"))
                parts = same
                if paired:
                    # each item names its kind once for both figures ("夏粮面积96万亩、产量43万吨")
                    for p in parts:
                        p.item = _han(p.pre)
            elif len(parts) > 2:
                # "储备粮油286吨，包括大米210吨、食用油76吨；猪肉近40吨": a list joined by 、 ends at ；
                cut = next((k for k in range(1, len(parts)) if _SEMI.search(self.t, parts[k - 1].end, parts[k].start)),
                           None)
                if cut is not None and cut >= 2:
                    parts = parts[:cut]
            if not parts:
                continue
            if w not in ("中", "看") and (_SEMI.search(self.t[rs:parts[0].start])
                               or self.tx.clause(parts[0].start) - self.tx.clause(cs) > 1
                               or parts[0].clause != self.tx.clause(cs)
                               and _han(self.t[rs:self.tx.clause_span(cs)[1]])):
                # "铺轨一千四百多公里，其中集宁到二连的铁路...已经铺轨完成；新建公路六千六百多公里": the
                # 其中 clause named no figure; the first one comes after a semicolon or clauses later, in
                # a new statement (pass-only).  "其中，当场调解1900件": a bare 其中 opens the next clause
                strong = False
            by_whole: dict[str, Group] = {}
            named = self.total_named_by_parts(w0, parts) if w == "其中" and w0 is not None else None
            for p in parts:
                whole = named or (w0 if w == "看" else self.whole_before(cs, p, in_clause=(w == "中")))
                if whole is None:
                    continue
                g = by_whole.get(whole.id)
                if g is None:
                    g = by_whole[whole.id] = Group(whole=whole, strong=strong, cue=w)
                    if w == "看" and _BACK_REFERENCE.search(self.t, cs, parts[0].start):
                        g.strong = g.exhaustive = True  # "从问题类型看，上述交办件反映…": all of the total's kinds
                g.parts.append(p)
            for g in by_whole.values():
                # a nested list may continue in the next sentence ("第三产业增加值115952万元")
                if nested_list:
                    self.extend_next_sentence(g, end)
                for p in g.parts:
                    p.group = g
                    claimed.add(p.id)
                g.whole.total = g
                self.groups.append(g)

    def covers(self, whole: Fig, part: Fig) -> bool:
        """Does a total's classifier hold the part's (the same one, or one of ``subset.covers``: 个
        holds 所 and 家, 台套 holds 台 and 架)?"""
        return whole.unit == part.unit or part.unit in self.c["subset"].get("covers", {}).get(whole.unit, ())

    def attribute_of_figure(self, ms: int, me: int) -> bool:
        """Does a weak cue join a figure to another measure of the same things (来访856件、涉及2310人次)?
        Right after a figure, right before a figure of another classifier family."""
        before = [f for f in self.starting(max(0, ms - 16), ms) if f.end >= ms - 1]
        after = [f for f in self.starting(me, me + 2) if self.summable(f)]  # (其中80周岁以上…: an age opens no measure)
        return bool(before and after) and self.t[before[-1].end:ms] in ("", "、", "，", ",") \
            and not self.same_family(before[-1], after[0])

    def paired_total(self, cue_at: int, w0: Fig | None, p: Fig) -> bool:
        """Does a figure of another classifier continue a 其中 list as the second of a pair?

        "城乡低保对象1.5万户2.6万人，其中城市低保3000户4800人，农村低保1.2万户2.1万人": the total
        names two figures, and each item pairs up with both; so may a part whose classifier is that
        of another total stated with the first one (in the same sentence as it)."""
        if w0 is None:
            return False
        wp = self.whole_before(cue_at, p)
        return (wp is not None and wp is not w0 and wp.unit == p.unit and wp.sent == w0.sent
                and wp.kind == p.kind and not self.same_family(wp, w0))

    def pair_follows(self, p: Fig, unit: str) -> bool:
        """Is ``p`` followed, before the next semicolon or sentence end, by a figure in ``unit`` (the
        second figure of a pair)?"""
        m = _SEMI_OR_END.search(self.t, p.end)
        stop = m.start() if m else len(self.t)
        return any(f.unit == unit for f in self.starting(p.end, stop))

    def breakdown_whole(self, cue_at: int, parts: list[Fig]) -> Fig | None:
        """The total a breakdown ("分产业看，") divides: the nearest earlier figure with the parts' unit
        that is large enough to hold them."""
        if not parts:
            return None
        p0 = parts[0]
        same = [p for p in parts if p.unit == p0.unit and p.delta == p0.delta]
        lo = _sum_bounds(same)[0]
        # (a closed set of kinds: the nearest, whatever its size; kinds ending with "the others": the
        # nearest that holds them, else the nearest -- they were meant to be all of it)
        closed = self.closed_set(Group(whole=p0, parts=same))
        # (a figure of work done only where none other is: "发现问题100个，已整改90个。分类型看" divides
        # the 100; "全年实现保费收入56190万元。分险种看" the 56190)
        def fits(f: Fig) -> bool:
            return (self.summable(f) and f.unit == p0.unit and f.delta == p0.delta and not f.paren
                    and not self.target_of_share(f) and f.status in (None, "done"))

        near = [f for f in self.before(cue_at, para=p0.para) if fits(f)]
        if not near and not any(f.end <= cue_at for f in self.by_para.get(p0.para, ())):
            # a breakdown opening its paragraph after a heading ("重拳出击\n从案件类型看，"): the total of
            # the last earlier paragraph that states figures
            # (right after the total's paragraph the opening totals are read later: lede_totals)
            para = max((q for q, fs in self.by_para.items() if q < p0.para and fs), default=None)
            # (a paragraph that is a breakdown itself, "从主体类型看，…", divides the same total: the one
            # before it states that total)
            while para is not None and para < p0.para - 1 and self.opens_breakdown(self.by_para[para][0]):
                para = max((q for q, fs in self.by_para.items() if q < para and fs), default=None)
            if para is not None and para < p0.para - 1:
                near = sorted((f for f in self.by_para[para] if fits(f)), key=lambda f: -f.start)
        cands = [f for f in near if f.status is None] or near
        # (an item of a list of several is no total of a later breakdown: "…新设农民专业合作社约900户。…
        # 从产业结构看，第一产业新设市场主体0.32万户…" divides the 8.73万 that list adds up to; a subset
        # a 其中 singles out may be: "受理申诉2316件，其中有效申诉412件。从问题类型看")
        cands = [f for f in cands if f.group is None or f.group.whole is f or len(f.group.parts) < 2] or cands
        # (a closed set's total is the nearest whatever its size -- a little short is a failure to report
        # -- but not one far too small to hold them: 0.32万 + 1.05万 + 7.36万 are no breakdown of 约900户)
        holds = [f for f in cands if f.hi is None or f.hi >= lo or closed and lo <= 2 * f.hi] \
            or (list(cands) if closed else [])
        if not holds and cands and (self.ends_with_the_rest(Group(whole=p0, parts=same))
                                    or _BACK_REFERENCE.search(self.t, cue_at, p0.start)):
            holds = cands  # (or "从问题类型看，上述交办件反映…": the kinds of the total just stated, however many)
        return self.first_statement(holds[0]) if holds else None

    def opens_breakdown(self, f: Fig) -> bool:
        """Does the sentence of ``f`` open with a breakdown cue before it ("从主体类型看，新设企业2.61万户")?"""
        ss, _ = self.tx.sent_span(f.start)
        m = _tables().breakdown.search(self.t, ss, f.start)
        return m is not None and not _han(self.t[ss:m.start()])

    def closed_set(self, g: Group) -> bool:
        """Are the parts named by every member of a closed set of kinds, once each (第一/第二/第三产业)?"""
        labels = [_item_label(p) for p in g.parts]
        # "其中，中国移动、中国电信、中国联通分别建成A个、B个和C个": the names before 分别, in order
        cs, _ = self.tx.clause_span(g.parts[0].start)
        head = self.t[cs:g.parts[0].start]
        if (at := head.find("分别")) > 0:
            names = [x for x in map(_han, _LIST_GAP.split(_LIST_LEAD.sub("", head[:at].lstrip("，, ")))) if x]
            if len(names) == len(g.parts):
                labels = names
        for members in self.c["breakdown"]["closed_sets"]:
            if len(g.parts) != len(members):
                continue
            named = [[m for m in members if m in lab] for lab in labels]
            if all(len(n) == 1 for n in named) and len({n[0] for n in named}) == len(members):
                return True
        return False

    def ends_with_the_rest(self, g: Group) -> bool:
        """"其中拖拉机补贴A、收割机补贴B、其他机具补贴C": an item named 其他/其余 is whatever the items
        before it leave, so the list is all of the total (so is one ending "A、B等其他交易" or "灵活就业及其他",
        and one whose label holds brackets or quotes: "其余一般干部和村(社区)“两委”干部C")."""
        if len(g.parts) < 2:
            return False
        label = _LIST_LEAD.sub("", _item_label(g.parts[-1]))
        if label.startswith(("其他", "其余")) or any(w + x in label for w in "等及和与" for x in ("其他", "其余")):
            return True
        item = _ITEM_OPENING.sub("", self.t[g.parts[-2].end:g.parts[-1].start])
        return item.startswith(("其他", "其余")) and not _CLAUSE_BREAK.search(item)

    def names_every_kind(self, g: Group) -> bool:
        """Does the total itself list the kinds its parts are named by?  ("新建、续建保障性住房共1500套，
        其中新建600套、续建800套": the parts are all of it, so they must add up.)"""
        if len(g.parts) < 2:
            return False
        labels = []
        for p in g.parts:
            lab = _LIST_LEAD.sub("", _item_label(p))
            if len(lab) < 2:
                return False
            labels.append(lab)
        if len(set(labels)) != len(labels):
            return False
        cs, _ = self.tx.clause_span(g.whole.start)
        head = self.t[cs:g.whole.start]
        # an item is named by its label, or by the word it opens with ("新增和增容配电变压器N台，其中新增
        # 台区变压器A台、增容改造B台")
        labels = [lab if lab in head else lab[:2] for lab in labels]
        if len(set(labels)) != len(labels):
            return False
        at = sorted((head.find(lab), lab) for lab in labels)
        if at[0][0] < 0:
            return False
        seps = ("、", "和", "及", "与")
        for (a, la), (b, _) in zip(at, at[1:]):
            # (or written together: "新建改造候车站亭186座，其中新建112座、改造提升68座"; or the next kind
            # after a joiner and a short qualifier: "困难残疾人生活补贴和重度残疾人护理补贴")
            gap = head[a + len(la):b]
            if gap not in seps and not (a + len(la) == b and len(at) == 2) \
                    and not (gap[:1] in seps and 2 <= len(gap) <= 7 and _han(gap) == gap):
                return False
        first, (last, ll) = at[0][0], at[-1]
        # no other kind named before or after them ("新建、续建、改造...共1500套" is not all listed)
        return head[first - 1:first] not in seps and head[last + len(ll):last + len(ll) + 1] not in seps

    def whole_before(self, cue_at: int, part: Fig, *, in_clause: bool = False) -> Fig | None:
        """The total a part refers back to: nearest earlier figure counting the same things."""
        para = part.para

        def total_like(f: Fig) -> bool:
            return (self.summable(f) and f.delta == part.delta and not f.paren and f.value >= 2
                    and not self.target_of_share(f))

        cands = [f for f in self.before(cue_at, para=para, sents=1)
                 if total_like(f) and (self.same_family(f, part) or self.covers(f, part))]
        if in_clause:
            cs, _ = self.tx.clause_span(cue_at)
            inside = [f for f in cands if f.start >= cs]
            if inside:
                return inside[0]
            # "在签约项目中，外资项目3项": the noun before 中 names a total stated earlier
            noun = _han(self.t[cs:cue_at])
            # (the whole noun: "在工业和手工业总产值中" is not "农业和农副业总产值")
            noun = _SCOPE_LEAD.sub("", noun)[-8:]
            if len(noun) >= 2:
                # (or whose label opens with the noun's head: "1520名运动员同台竞技 ... 参赛运动员中，";
                # a part of a list named in full is broken down in turn: "其中新能源车辆2031辆 ...
                # 新能源车辆中，纯电动公交车1652辆")
                # (or a head its clause describes: "2915名学员完成培训 ... 在完成培训的学员中")
                # (or what the figures stage says it counts: "A和B分别完成9.86亿元和6.42亿元" ... "A中")
                def labelled(f: Fig) -> bool:
                    return _bare(f.before).endswith(noun) or len(noun) >= 4 and f.q.get("counted") == noun

                named = [f for f in self.figs if f.end <= cue_at and self.same_family(f, part) and f.delta == part.delta
                         and ((f.group is None or len(noun) >= 3 and labelled(f))
                              and (labelled(f) or (f.noun_after and (
                                  noun in f.after or _head_of(noun, f.after))))
                              or _described(noun, self.t[slice(*self.tx.clause_span(f.start))], f.after,
                                            _bare(f.before)))]
                if named:
                    return self.first_statement(self.climb(named[-1]))
            return None
        if not in_clause and not any(f.unit == part.unit or f.hi is None or f.hi >= part.lo for f in cands):
            # "代表提出建议186件，会后交办至43个承办单位。截至11月底，建议已全部办结。其中，A类建议132件":
            # a sentence without a figure that could be the total may stand between the total and its
            # list: a total two sentences back with the part's own classifier that can hold it
            far = [f for f in self.before(cue_at, para=para, sents=2) if total_like(f) and f.unit == part.unit
                   and f.kind == part.kind and (f.hi is None or f.hi >= part.lo)]
            cands = far[:1] or cands
        if not cands:
            return None
        # the nearest total before the cue: in its sentence if there is one, else the sentence before
        # (there the same classifier first: "12类39件45个事项。...其中24个事项")
        cur = self.tx.sent(cue_at)
        here = [f for f in cands if f.sent == cur]
        # a total that can hold the part before a nearer one that cannot ("供应化肥A万吨、农药B吨、农膜
        # C吨，其中春耕期间供应化肥D万吨": D is of A); the nearest if none can (a real slip)
        fits = [f for f in here if f.hi is None or f.hi >= part.lo]
        best = (next((f for f in fits if f.unit == part.unit), fits[0]) if fits
                else next((f for f in here if f.unit == part.unit), here[0]) if here else cands[0])
        if best.hi is not None and best.hi < part.lo and best.group is not None and best is not best.group.whole \
                and (best.group.whole.hi is None or best.group.whole.hi >= part.lo):
            # "分别为31家、12家、105家、88家。其中，普惠性机构148家": an item too small to hold the part
            # stands for the total its list divides
            best = best.group.whole
        return self.first_statement(self.climb(best))

    def total_named_by_parts(self, w0: Fig, parts: list[Fig]) -> Fig | None:
        """"发现各类问题286个，已整改销号271个…。其中，涉河违建问题23个、非法采砂问题9个": the parts all
        name one noun (问题) that the nearest total's own words lack, and share none of its words (审结
        刑事案件 would be of 审结N件); an earlier total of its sentence named by that noun is theirs.
        A plan or task is not (计划完成造林15万亩，已完成9.6万亩，其中人工造林…)."""
        if len(parts) < 2 or w0.group is not None:
            return None
        nouns = {_item_label(p)[-2:] for p in parts}
        noun = nouns.pop() if len(nouns) == 1 else ""
        # (w0's own words: what the figures stage read it as counting may be the total's noun, 已整改销号的问题)
        if len(noun) < 2 or noun in w0.before or any(not _pairs(w0.before).isdisjoint(_pairs(p.before)) for p in parts):
            return None
        lo = _sum_bounds(parts)[0]
        named = [f for f in self.before(w0.start, para=w0.para, sents=0) if f.unit == w0.unit and f.kind == w0.kind
                 and noun in f.text_label() and (f.hi is None or f.hi >= lo) and not f.delta and not f.paren
                 and not any(w in f.text_label() for w in self.c["done"]["targets"])]
        return named[0] if named else None

    def target_of_share(self, f: Fig) -> bool:
        """Is ``f`` the base of a share right after it (完成年度发展计划1000名的105.2%)?  A plan or target
        the work is measured against is no total of the parts listed next (其中，中学团员926名)."""
        of = _OF_SHARE.match(self.t, f.end)  # (an aside on the classifier first: 15000套(间)的84.3%)
        if of is None:
            return False
        nxt = self.starting(of.end(), of.end() + 1)
        return bool(nxt) and nxt[0].kind == "percent"

    def extend_next_sentence(self, g: Group, sent_end: int) -> None:
        total = sum((p.value for p in g.parts), Decimal(0))
        nxt = [f for f in self.figs if f.start > sent_end and f.para == g.whole.para
               and self.tx.sent(f.start) == self.tx.sent(sent_end + 1) and self.same_family(f, g.whole)
               and f.delta == g.whole.delta]
        if not nxt:
            return
        completes = _overlaps(total + nxt[0].lo, total + (nxt[0].hi or nxt[0].lo), g.whole.lo, g.whole.hi)
        # "第一产业增加值...；第二产业增加值...，其中...。第三产业增加值115952万元": the list goes on
        parallel = all(_common_suffix(p.before, nxt[0].before) >= 3 for p in g.parts)
        if completes or parallel:
            g.parts.append(nxt[0])

    # -- 其余 / done + pending ------------------------------------------
    def rest_and_pending(self) -> None:
        for f in self.figs:
            if f.status not in ("rest", "pending") or not self.summable(f) or f.paren:
                continue
            if f.group is not None:
                if f.status == "rest":
                    f.group.exhaustive = True
                continue
            # (a rate is neither a part nor a total: 每千人口床位数4.52张)
            cands = [x for x in self.before(f.start, para=f.para) if self.same_family(x, f) and not x.paren
                     and x.delta == f.delta and self.summable(x)]
            if not cands:
                continue
            first = cands[0]
            verbs = self.c["done"]["verbs"]
            work = verbs + self.c["pending"]["work"]
            if f.status == "pending" and first.status != "done":
                g = first.group
                if first.status == "pending" and g is not None and g.cue == "done+pending" \
                        and f.clause - first.clause == 1 \
                        and any(v in self.t[slice(*self.tx.clause_span(f.start))] for v in work):
                    # "已办结N件，阶段性办结M件，正在办理K件": the next unfinished part of that total
                    g.parts.append(f)
                    f.group = g
                continue
            if f.status == "pending":
                # "已整改到位238处，正在整改27处": both sides name the work; "已经达到1200吨，正在为
                # 日产1500吨奋斗" are levels, not parts
                if not all(any(v in self.t[slice(*self.tx.clause_span(x.start))] for v in vs)
                           for x, vs in ((f, work), (first, verbs))):
                    continue
            if first.group is not None and first.group.whole is not f:
                # "其中 A, B, 其余 C": extend that list
                if f.status == "rest":
                    first.group.parts.append(f)
                    first.group.exhaustive = True
                    f.group = first.group
                continue
            if f.status == "rest" and (run := self.joined_run(cands)) and len(run) >= 2 and len(cands) > len(run):
                # "新建14个，甲、乙、丙分别建成4个、3个、3个，其余4个": the rest completes the list, whose
                # total is stated before it
                whole = self.total_of(cands[len(run)])
                g = Group(whole=whole, parts=sorted([*run, f], key=lambda p: p.start), strong=True,
                          exhaustive=True, cue="其余")
                self.register(g)
                continue
            if f.status == "rest" and first.sent == f.sent and "其中" in self.t[first.end:f.start]:
                # "新增床位320张，其中A增加200张、B增加60张，其余60张": the figure before 其中 is the
                # total the rest completes (its items, said as changes, are not of another kind here)
                items = [x for x in self.starting(first.end, f.start)
                         if self.same_family(x, f) and self.summable(x) and not x.paren and x.group is None]
                self.register(Group(whole=first, parts=[*items, f], strong=True, exhaustive=True, cue="其余"))
                continue
            parts = [f, first]
            whole = None
            for x in cands[1:]:
                if _overlaps(*_sum_bounds(parts), x.lo, x.hi):
                    whole = x
                    break
                if x.status == "done" and x.group is None and "已" in self.t[slice(*self.tx.clause_span(x.start))]:
                    parts.append(x)
                    continue
                if x.group is not None and x.sent < first.sent and first.status != "done":
                    # "志愿者638名，其中医护人员476名。…有3名职工获金奖，另有15名获银奖": a part of another
                    # total sentences before says nothing of what these two make up (but "计划改造32座，其中
                    # …。已完工29座，…其余3座": work done and the rest are of the plan's total)
                    break
                if x.clause == first.clause and _SIBLING_GAP.fullmatch(self.t, x.end, first.start):
                    # "“最美家庭”100户、“五好家庭”60户，另有4户": two items of one list, neither the
                    # total of the other
                    break
                whole = self.total_of(x)
                break
            if whole is None:
                continue
            # "检查用人单位412户。…中，在建工程项目136个，制造业企业158户，其余118户": an item counted by
            # another classifier stands among the parts; the list holds it only if the sum says so
            first_sent = min(p.sent for p in parts)
            others = [x for x in self.starting(self.tx.sent_span(min(p.start for p in parts))[0], f.start)
                      if x not in parts and x.sent >= first_sent and x.kind == f.kind and not self.same_family(x, f)
                      and self.summable(x) and x.group is None and not x.paren and x.start > whole.end
                      and self.t[x.end:x.end + 1] in _ITEM_ENDS]  # (not "四个工种培训1980人次": a count of kinds)
            if others:
                if not _overlaps_rounded(*_sum_bounds(parts + others), whole.lo, whole.hi):
                    continue
                parts += others
            g = Group(whole=whole, parts=sorted(parts, key=lambda p: p.start), strong=True, exhaustive=True,
                      cue="其余" if f.status == "rest" else "done+pending")
            self.register(g)

    def joined_run(self, cands: list[Fig]) -> list[Fig]:
        """The figures joined by 、/和/及/与 that end with ``cands[0]`` (``cands``: nearest first), none
        of them in a list yet."""
        run = [cands[0]]
        for x in cands[1:]:
            if x.group is not None or run[0].group is not None or x.unit != run[0].unit \
                    or not _LIST_GAP.fullmatch(self.t, x.end, run[-1].start):
                break
            run.append(x)
        return run if all(x.group is None for x in run) else []

    # -- 分别 ------------------------------------------------------------
    def each_lists(self) -> None:
        for w in self.c["each"]["words"]:
            for ms, me in _occurrences(self.t, w):
                ss, se = self.tx.sent_span(ms)
                after = self.starting(me, se)
                parts: list[Fig] = []
                prev_end = me
                labeled = False
                named = 0  # items named between 分别 and the figures ("分别在甲区、乙区和丙区布局…")
                for f in after:
                    gap = self.t[prev_end:f.start]
                    # "分别为236支、158支、118支": only the list right after 分别; "分别为轮椅412件、助听器286件":
                    # items named one by one
                    if not parts:
                        core = _EACH_VERB.sub("", gap)
                        if len(core) > 6:
                            names = _EACH_NAMES.fullmatch(core)
                            if not names:
                                break  # (分别为 + a label of up to six characters: 分别为县级党政机关86家)
                            named = len(_LIST_GAP.split(names.group(1)))
                        labeled = bool(_HAN_RUN.search(core)) and not named  # (the 为 of 分别为 names no item)
                    elif not (len(gap) <= 3 and _EACH_GAP.fullmatch(gap) or labeled and _LABELED_ITEM_GAP.fullmatch(gap)):
                        break
                    elif not self.same_family(f, parts[0]):
                        break  # "…其他事业单位71家，用能人数约5.3万人": another measure ends the list
                    parts.append(f)
                    prev_end = f.end
                if len(parts) < 2 or not all(self.summable(p) and p.group is None for p in parts) \
                        or named and len(parts) != named:
                    continue
                fam = parts[0]
                if not all(self.same_family(p, fam) for p in parts):
                    continue
                # the total is stated in the same sentence, before the items 分别 refers to; two or
                # more there ("炼铁1亿吨、炼钢5500万吨，今年分别淘汰...") pair up item by item instead
                cands = [x for x in self.before(ms, para=fam.para, sents=0) if self.same_family(x, fam)
                         and x.delta == fam.delta and not x.paren and self.summable(x)]
                near = cands[0] if len(cands) > 1 else None  # (before() lists the nearest first)
                if near is not None and len(cands) != len(parts) and self.tx.clause(ms) - near.clause <= 1 \
                        and all(x.clause != near.clause for x in cands if x is not near):
                    # "核心示范面积1.2万亩，示范推广…新品种5.6万亩，分别为3.8万亩、…": no list of totals to pair
                    # the items with, so the one in the clause 分别 follows is theirs
                    cands = [near]
                if len(cands) != 1 or not self.each_whole(cands[0], ms, parts):
                    continue
                g = Group(whole=self.climb(cands[0]), parts=parts, strong=True, cue=w)
                # "走访慰问对象共1286户，分别为A 612户、B 459户、C 203户": 分别为 right after the total
                # lists all of it
                g.exhaustive = g.whole is cands[0] and bool(_EACH_ALL.fullmatch(self.t, cands[0].end, me + 1))
                self.register(g)

    def each_whole(self, whole: Fig, cue_at: int, parts: list[Fig]) -> bool:
        """Is ``whole`` the total the 分别 list breaks down?

        "国家级、省级项目分别达到4项、21项" after "12个项目走进景区" lists levels of another set:
        the whole must count with the parts' own classifier, and be either the subject of the
        分别 clause (in it, or named by its subject: "学员300人，男、女学员分别为...") or marked
        as a total (共/合计/总计 before it).
        """
        if any(p.unit != whole.unit for p in parts):
            return False
        cs, _ = self.tx.clause_span(cue_at)
        if whole.start >= cs:
            # "两个乡镇分别新建文化广场3个、5个": a count right before the noun 分别 follows counts
            # the ones the figures are distributed over, not what the figures count
            between = self.t[whole.end:cue_at]
            return not (0 < len(between) <= 6 and _han(between) == between and "中" not in between)
        marks = sorted(self.c["total_after"]["words"], key=len, reverse=True)
        if any(w in whole.pre[-6:] for w in marks):
            return True
        subject = _han(self.t[cs:cue_at])
        if not subject and not _han(self.t[whole.end:self.tx.clause_span(whole.start)[1]]) \
                and self.next_clause(whole, parts[0]) and parts[0].clause == self.tx.clause(cs):
            # "全年适配辅助器具1326件，分别为轮椅412件、…": the clause before names the total (or the one
            # before a change of it: "发现问题3126个，同比下降12.5%，分别为…")
            return True
        # (split before the Han characters are kept: 、 is no Han character -- "甲区、乙区、丙区分别…")
        items = [x for x in map(_han, _LIST_GAP.split(self.t[cs:cue_at])) if x]
        if len(items) == len(parts) and not _han(self.t[whole.end:cs]) and whole.clause == self.tx.clause(cs) - 1 \
                and (head := (whole.before or whole.label())[-1:]) and all(x.endswith(head) for x in items):
            return True  # "建成充电桩64个，直流快充桩和交流慢充桩分别为18个和46个": kinds of the noun just counted
        if len(items) == len(parts) and not _han(self.t[whole.end:cs]) and whole.clause == self.tx.clause(cs) - 1 \
                and whole.hi is not None and all(p.hi is not None for p in parts) \
                and _overlaps_rounded(*_sum_bounds(parts), whole.lo, whole.hi):
            # "整体经费达1.2亿元，中央补助与市府自筹分别为4800万元、7200万元": the items named, one per
            # figure, add up to the total the clause before states (found by the numbers: pass-only)
            return True
        return bool(subject) and _common(whole.label(), subject) >= 2

    def outer_total(self, f: Fig) -> Fig | None:
        """The total a subtotal's parts are listed under ("纳税人18426户，其中小型微利企业6531户、个体工商户
        11287户，二者合计17818户，占受益主体总数的97.6%": 17818 is a part of 18426)."""
        parts = {id(p) for p in f.total.parts}
        return next((g.whole for g in self.groups if g is not f.total and g.whole is not f
                     and parts <= {id(p) for p in g.parts}), None)

    # -- 合计 after the parts ---------------------------------------------
    def totals_after(self) -> None:
        marked = _tables().total_marks
        for f in self.figs:
            if not self.summable(f) or f.group is not None:
                continue
            # the mark right before the figure, or opening its clause ("，共计表彰先进个人60名": no
            # figure between them -- "共淘汰炼铁产能A吨、炼钢产能B吨" marks the first one only)
            opens = marked.match(f.pre.lstrip()) or _ABOVE_NAMED.match(f.pre.lstrip())
            if not marked.search(f.pre[-6:]) and not (opens and not any(
                    x.end <= f.start for x in self.starting(f.start - len(f.pre), f.start))):
                continue
            if "分别" in f.pre[-6:]:
                continue  # "新增A品牌18个、B品牌32个，累计分别达到57个、215个": each its own running total
            above = self.items_above(f)
            if above:
                ok = _overlaps_rounded(*_sum_bounds(above), f.lo, f.hi)
                self.add(self.sum_check("sum", f, above, "pass" if ok else "fail"))
                continue
            ss, _ = self.tx.sent_span(f.start)
            # "三项合计3.18亿元": a count of kinds before the mark says how many parts there are
            counted = next((x for x in self.starting(self.tx.clause_span(f.start)[0], f.start)
                            if x.kind == "count" and x.unit in _tables().kind_units and x.exact
                            and marked.match(self.t, x.end, f.start)), None)
            chain: list[Fig] = []
            by_comma = False  # a link made by a comma and a parallel label only
            prev_start = f.start
            source = None  # a larger figure the listed parts were picked from (展出236件，评选出...共计30件)
            # "线上观看1.8万人次，线下活动参与6200人次，线上线下合计覆盖2.42万人次": the total's own
            # label names each item by its first two characters
            cs = self.tx.clause_span(f.start)[0]
            mark = list(marked.finditer(self.t, cs, f.start))
            head = _han(self.t[cs:mark[-1].start()]) if mark else ""

            # "张某捐资20万元…，李某捐出8万元…，王某捐资5万元…，乡贤们累计捐资33万元": items done with the verb
            # the total names after its mark (one of the same head: 捐出 for 捐资)
            verb = _han(self.t[mark[-1].end():f.start]) if mark else ""

            def named_by_total(x: Fig) -> bool:
                return len(head) >= 4 and len(_han(x.before)) >= 2 and _han(x.before)[:2] in head

            def done_by_verb(x: Fig) -> bool:
                # (捐出 for 捐资; or the verb the item ends with opening the total's: 调处268件 … 合计调处成功318件)
                return len(verb) == 2 and _han(x.before)[-2:-1] == verb[0] \
                    or 2 <= len(verb) <= 4 and _han(x.before).endswith(verb[:2])

            if (picked := self.items_named_by_total(head, f, ss)) is not None:
                # "…其中国家级项目2项、省级项目9项…；国家级和省级项目合计11项": the items its words name,
                # wherever they stand in the sentence -- a subtotal of another list's items (they keep
                # their group; the subtotal knows its parts, so a share of it finds the outer total)
                g = Group(whole=f, parts=picked, strong=True, exhaustive=True, cue="合计")
                f.total = g
                self.groups.append(g)
                continue
            opened = self.opened_items(f, ss)
            # (上述…合计 sums the items of the sentence before: "…损失6,830万元；…分别为4,915万元及2,688万元。
            # 上述作物损失合计2亿6,893万元")
            back = _ABOVE_NAMED.match(self.t, cs, f.start) is not None and not self.starting(ss, cs)
            for x in self.before(f.start, para=f.para, sents=1 if back else 0):
                if x.start < ss and not back or counted is not None and len(chain) == counted.value:
                    break
                # "食堂132家、经营户356户，合计检查535家(户)": a total naming both classifiers; "每人4000元": a
                # per-head amount, not an item
                # "宫颈癌筛查3126人、乳腺癌筛查3087人，合计6213人次": a sum of people over several kinds of
                # service counts person-times (人次 over 人, 艘次 over 艘)
                if not (self.same_family(x, f) or x.family == f.also and x.kind == f.kind
                        or x.unit and f.unit == x.unit + "次") or not self.summable(x):
                    continue
                gap = self.t[x.end:prev_start]
                # (items done with the total's verb may carry what each was for: a longer gap, one clause)
                by_verb = done_by_verb(x) and (not chain or done_by_verb(chain[-1])) and len(gap) <= 30 \
                    and _COMMA_IN.search(gap) and not _STRONG_SEP.search(gap) and counted is None
                # "120件、95件、80件和60件，合计355件": 和/及 join the last part; "省级补助资金0.52亿元，
                # 市级配套资金0.9亿元": parallel items, each named by a label of one head noun
                joined = (not chain or _JOINER.search(gap) and not _COMMA_IN.search(gap) or counted is not None
                          or x in opened
                          or _COMMA_ITEM.fullmatch(gap) and (_common_suffix(x.before, chain[-1].before) >= 2
                                                             or named_by_total(x) and named_by_total(chain[-1]))
                          or by_verb)
                if not joined or len(gap) > 16 and not by_verb or x.total is not None \
                        or x.group is not None and x.group.cue in self.c["each"]["words"] \
                        or not chain and _SEMI.search(gap):
                    # (an item of a 分别 list of another total, "新筹集2860套，分别在…布局1020套、…，累计配租
                    # 1934套", or one a semicolon parts from the total: "5个、12个；累计创建148个")
                    # (a figure of another statement, after ；, is no set the parts were picked from)
                    source = x if x.start >= ss and counted is None and not _SEMI.search(self.t[x.end:prev_start]) else None
                    break
                by_comma = by_comma or by_verb or not (not chain or _JOINER.search(gap) or counted is not None
                                                       or x in opened)
                chain.append(x)
                prev_start = x.start
            if len(chain) < 2 or counted is not None and len(chain) != counted.value:
                continue
            by_comma = by_comma or back and any(x.start < ss for x in chain)  # (items found a sentence back)
            if by_comma and counted is None and not _overlaps(*_sum_bounds(chain), f.lo, f.hi) \
                    and not self.says_how_many(f, mark, len(chain)) \
                    and not (self.opens_breakdown(chain[-1]) and chain[-1] is self.starting(ss, f.start)[0]):
                # a list of comma-separated items may begin earlier than the items found (a longer
                # label breaks the chain): only its agreement is reported -- unless the total says
                # how many items it sums ("…，三家景区合计接待189.0万人次"), or a breakdown opens the
                # sentence right before its first item ("从调处层级看，镇…调处42件，村…调处268件，合计…")
                continue
            if counted is not None:
                n = len(chain)
                self.add({"kind": "list_count", "whole": counted.id, "parts": [], "items": n, "open_list": False,
                          "status": "pass", "message": f"{n} figures listed = {counted.shown} ✓"})
            self.register(Group(whole=f, parts=sorted(chain, key=lambda p: p.start), strong=True, exhaustive=True,
                                cue="合计"))
            if source is not None and source.group is None and not source.delta:
                # the listed parts were picked from a larger set ("展出作品236件，评选出...共计30件");
                # reported as a failure only when both name the same thing
                ok = source.hi is None or f.lo <= source.hi
                if ok or (_similar(source, f, head=True) and source.unit == f.unit):
                    self.add(self.sum_check("part_of", source, [f], "pass" if ok else "fail"))

    def items_named_by_total(self, head: str, f: Fig, ss: int) -> list[Fig] | None:
        """The figures a 合计 total names one by one before its mark (国家级和省级项目合计11项: the
        nearest 国家级… and 省级… figures of its sentence, with its classifier), or None unless every
        name finds its own."""
        names = [n for n in _LIST_GAP.split(head) if n]
        if len(names) < 2 or any(len(n) < 2 for n in names):
            return None
        before = [x for x in reversed(self.starting(ss, f.start)) if self.same_family(x, f) and self.summable(x)
                  and not x.delta]
        picked = []
        for n in names:
            x = next((x for x in before if _LIST_LEAD.sub("", _item_label(x)).startswith(n[:2])), None)
            if x is None or x in picked:
                return None
            picked.append(x)
        return sorted(picked, key=lambda x: x.start)

    def says_how_many(self, f: Fig, mark: list, n: int) -> bool:
        """Does a count of ``n`` and a short noun stand right before the total mark of ``f``
        ("三家景区合计", "两个项目共计")?"""
        if not mark:
            return False
        m0 = mark[-1].start()
        return any(x.kind == "count" and x.exact and x.value == n and x.end < m0
                   and _SHORT_NOUN.fullmatch(self.t, x.end, m0)
                   for x in self.starting(self.tx.clause_span(f.start)[0], m0))

    def items_above(self, f: Fig) -> list[Fig]:
        """"——养老服务4280万元。…\n——社区服务540万元。\n以上合计8165万元。": a sum of the lines above
        it (each opening with a dash or a bullet) is of the first figure of its kind on each of them."""
        if not _ABOVE_SUM.match(f.pre.lstrip()):
            return []
        items = []
        end = self.t.rfind("\n", 0, f.start)
        while end > 0:
            start = self.t.rfind("\n", 0, end) + 1
            line = self.t[start:end]
            if not _BULLET_LINE.match(line):
                break
            first = next((x for x in self.starting(start, end) if self.same_family(x, f)), None)
            if first is None or not self.summable(first):
                return []
            items.append(first)
            end = start - 1
        return sorted(items, key=lambda x: x.start) if len(items) >= 2 else []

    def opened_items(self, f: Fig, ss: int) -> list[Fig]:
        """The items of a list that a colon or a breakdown opens and the total ``f`` closes
        ("资金：中央补助520万元，市级补助186万元，…，合计1286.5万元"; "从资金来源看，…，合计3.15亿元"):
        every figure between them, each after a label of its own, of the total's kind.  The list is
        then all of the total, so a sum that differs is reported (a chain found by parallel labels
        alone may have begun earlier and is reported only when it agrees).  Empty if it is not such
        a list."""
        opens = list(_ITEMS_OPEN.finditer(self.t, ss, f.start))
        if not opens:
            return []
        o = opens[-1].end()
        items = [x for x in self.starting(o, f.start) if x.end <= f.start]
        if len(items) < 2 or not all(self.summable(x) and self.same_family(x, f) and not x.paren
                                     and x.group is None for x in items):
            return []
        gaps = [self.t[o:items[0].start]] + [self.t[a.end:b.start] for a, b in zip(items, items[1:])]
        if not _LABEL.fullmatch(gaps[0]) or not all(_COMMA_ITEM.fullmatch(g) or _LABEL.fullmatch(g[1:]) and g[:1] in "、，,"
                                                    for g in gaps[1:]):
            return []
        return items

    # -- groups become checks ------------------------------------------
    def emit_groups(self) -> None:
        overlap_words = self.c["overlap"]["words"]
        for g in self.groups:
            parts = sorted(set(g.parts), key=lambda p: p.start)
            g.parts = parts
            if not g.exhaustive and g.cue in ("其中", "看") and (self.names_every_kind(g) or self.closed_set(g)
                                                              or self.ends_with_the_rest(g)):
                # (decided only now: a part of such a list still names its own sub-list's total)
                g.exhaustive = g.strong = True
            lo, hi = _sum_bounds(parts)
            w = g.whole
            equal = _overlaps_rounded(lo, hi, w.lo, w.hi)
            if equal and not g.exhaustive and (hi is None or w.hi is None) and sum(p.value for p in parts) < w.value:
                # "新开工700万套以上，其中棚户区470万套以上": open bounds overlap, yet the parts as written
                # are less than the total -- a part, not the whole of it
                equal = False
            within = w.hi is None or lo < w.hi or lo == w.hi == w.lo  # (a rounded total's upper end is open)
            if equal:
                self.add(self.sum_check("sum", w, parts, "pass"))
                continue
            if g.exhaustive:
                self.add(self.sum_check("sum", w, parts, "fail"))
                continue
            if within:
                self.add(self.sum_check("part_of", w, parts, "pass"))
                continue
            # the parts add up to more than the total
            if len(parts) == 1 and parts[0].sent != w.sent and _STATED_TOTAL.search(parts[0].pre):
                # "不合格样品213批次中，…。其中，食用农产品共抽检5210批次": a part that states a total
                # of its own (共抽检) in a later sentence counts something else than the whole
                continue
            g.overlap = _successive_stages(w, parts, overlap_words)
            if len(parts) > 1 and (g.overlap or not g.strong):
                for p in parts:
                    ok = w.hi is None or p.lo <= w.hi
                    if ok or g.strong:
                        self.add(self.sum_check("part_of", w, [p], "pass" if ok else "fail"))
                continue
            if not g.strong:
                continue
            if len(parts) == 1 and w.unit != parts[0].unit and not _similar(w, parts[0]):
                continue
            if len(parts) == 1 and w.sent != parts[0].sent and w.hi is not None and parts[0].lo > 100 * w.hi:
                # "每年可获发敬老金9000澳门元。…其中…涉及金额约9.74亿澳门元": a part a hundred times
                # the total an earlier sentence states is of another scale (an amount per person against
                # the year's spending), not a slip in the figures
                continue
            if len(parts) == 1 and w.sent != parts[0].sent and self.share_follows(parts[0]) and (
                    not _similar(w, parts[0], head=True) or w.hi is not None and parts[0].lo > 2 * w.hi):
                # one part with its share of a total written next to it ("其中…1.37万人次，占资助总人次的
                # 28.2%"), larger than a total in an earlier sentence that counts another noun or is less
                # than half of the part: that is not the total the share names
                continue
            self.add(self.sum_check("sum" if len(parts) > 1 else "part_of", w, parts, "fail"))

    # -- totals of an opening paragraph, broken down in later ones -----------------
    def lede_totals(self) -> None:
        """A report's opening paragraph states its totals ("组织祭扫126次…走访慰问230户，发放慰问金46万元")
        and later sections break them down without naming them again ("从组织层级看，县级8次；乡镇98次；
        村和学校20次"; "走访慰问烈属96户、困难家庭134户"; "其中市级专家义诊18场、县级医疗队45场").
        Figures of one later sentence with the total's classifier, next to each other among that
        sentence's figures of it, whose values as written add up to a total of the opening paragraph
        are its parts.  Pass-only: parts that add up to something else may be a part of the total or
        another breakdown."""
        # the totals are those of the opening paragraph (the first after the headline that holds a
        # count or sum: not a date line or a session's number) or the headline: a long report's
        # later totals meet a sum of other figures by chance
        lede = next((f.para for f in self.figs if not f.headline and self.summable(f) and not f.paren), None)
        totals: dict[tuple, list[Fig]] = {}
        for f in self.figs:
            if (self.summable(f) and not f.paren and f.total is None and f.group is None and f.value >= 10
                    and lede is not None and f.para <= lede and not f.delta and f.hi is not None):
                totals.setdefault((f.unit, f.kind, f.delta), []).append(f)
        if not totals:
            return
        by_sent: dict[int, list[Fig]] = {}
        for f in self.figs:
            if (f.unit, f.kind, f.delta) in totals and self.summable(f) and not f.paren and f.para > lede:
                by_sent.setdefault(f.sent, []).append(f)
        for figs in by_sent.values():
            runs: dict[tuple, list[Fig]] = {}
            last: dict[tuple, Fig] = {}
            for f in figs:
                key = (f.unit, f.kind, f.delta)
                prev, last[key] = last.get(key), f
                if f.group is not None or prev is not None and "其中" in self.t[prev.end:f.start]:
                    continue  # "乡镇组织祭扫98次，其中重点镇37次；村和学校20次": a part of the one before
                runs.setdefault(key, []).append(f)
            for key, run in runs.items():
                if len(run) < 2:
                    continue
                earlier = [t for t in totals[key] if t.para < run[0].para and t.total is None]
                found = None
                for n in range(len(run), 1, -1):  # the longest run that adds up
                    for i in range(len(run) - n + 1):
                        parts = run[i:i + n]
                        if any(p.group is not None or p.hi is None for p in parts):
                            continue  # (an open bound, 8000万亩以上, adds up to nothing in particular)
                        total = sum((p.value for p in parts), Decimal(0))
                        match = [t for t in earlier if t.value == total]
                        if match:
                            found = (match[-1], parts)
                            break
                    if found:
                        break
                if found is None:
                    continue
                whole, parts = found
                self.add(self.sum_check("sum", self.first_statement(whole), parts, "pass"))

    def sum_check(self, kind: str, whole: Fig, parts: list[Fig], status: str) -> dict[str, Any]:
        total = sum((p.value for p in parts), Decimal(0))
        shown = " + ".join(p.shown for p in parts)
        # the sum written like the total it is compared with (8000万 + 4000万 = 1.2亿)
        tot = _fmt_like(total, [whole] if _number_shape(whole.shown)[1] != 1 else parts)
        if whole.kind == "percent" and not tot.endswith("%"):
            tot += "%"  # (shares of one base add up to a share: 41.5% + 35.6% + 5.2% = 82.3%)
        if kind == "sum":
            if status == "pass":
                msg = f"{shown} = {tot} ✓" if len(parts) > 1 else f"{shown} = {whole.shown} ✓"
                if not (all(p.exact for p in parts) and whole.exact) and total != whole.value:
                    msg = f"{shown} = {tot}, {whole.shown} as stated: agrees within rounding ✓"
            else:
                msg = f"{shown} = {tot}, but the text says {whole.shown}"
        else:
            if len(parts) == 1:
                p = parts[0]
                msg = (f"{p.shown} of {whole.shown} ✓" if status == "pass"
                       else f"{p.shown} is a part of {whole.shown}, but larger than it")
            else:
                msg = (f"{shown} = {tot}, within the {whole.shown} stated ✓" if status == "pass"
                       else f"{shown} = {tot}, more than the {whole.shown} stated")
        return {"kind": kind, "whole": whole.id, "parts": [p.id for p in parts], "status": status, "message": msg}

    # -- 已完成 of a total ---------------------------------------------------
    def done_of_total(self) -> None:
        for f in self.figs:
            if f.status != "done" or f.group is not None or not self.summable(f) or f.paren or self.modifier(f):
                continue
            clause = self.t[slice(*self.tx.clause_span(f.start))]
            finished = any(v in clause for v in self.c["done"]["verbs"])
            if f.total is not None and not (finished and "已" in clause):
                # the total of a list of its own is the done part of a plan only when said to be
                # finished ("计划完成营造林任务15万亩，已完成9.6万亩，...；其中人工造林3.2万亩")
                continue
            cands = [x for x in self.before(f.start, para=f.para, sents=1) if self.same_family(x, f)
                     and x.delta == f.delta and not x.paren and x.status is None]
            if not cands:
                continue
            w = self.climb(cands[0])
            if (g := w.group) is not None and g.parts and g.parts[-1] is w and w.sent < f.sent \
                    and self.same_family(g.whole, f) and sum(p.value for p in g.parts) == g.whole.value:
                # "排查隐患4322处，其中重大隐患7处、一般隐患4315处。已整改4198处": a breakdown that adds
                # up ends with its last item; the next sentence's outcome is of the total it broke down
                w = g.whole
            if w.hi is not None and f.lo > w.hi and (t := self.total_of(w)) is not f:
                w = t  # "其中A件、B件、C件，已完成扫描D件": done with the list's total, not its last item
            ok = w.hi is None or f.lo <= w.hi
            # "收集意见建议213条，已办结196条": a part with no noun of its own, right after its total
            elided = not f.noun_after and f.sent == w.sent and f.clause - w.clause <= 1 and w.unit == f.unit
            strong = finished and (_similar(w, f) or elided) and w.value >= 2
            if not ok and not strong:
                continue
            if self.covered(w, [f]):
                continue
            g = Group(whole=w, parts=[f], strong=strong, cue="已")
            f.group = g
            self.add(self.sum_check("part_of", w, [f], "pass" if ok else "fail"))

    # -- 立案 then 破获 -------------------------------------------------------
    def stage_pairs(self) -> None:
        """"立刑事案件312起，...；破获刑事案件207起": the count of an outcome verb is a part of the count
        of the intake verb before it in the sentence, when both name the same things (pass-only)."""
        # (does a label hold any of the stage words: one search each, not one per word)
        outcome, intake, added_words, stock = (_tables().stages[k] for k in ("outcome", "intake", "added", "stock"))
        for f in self.figs:
            if f.kind != "count" or f.group is not None or f.delta or f.paren \
                    or not outcome.search(f.before):
                continue
            for x in self.before(f.start, para=f.para, sents=0):
                if x.kind != "count" or x.unit != f.unit or x.delta or x.paren or x.group is not None \
                        or f.clause - x.clause > 3:
                    continue
                # (both name the same things: "立刑事案件" / "破获刑事案件")
                if not intake.search(x.before) or _common(x.text_label(), f.text_label()) < 3:
                    continue
                if (x.hi is None or f.lo <= x.hi) and not self.covered(x, [f]):
                    self.add(self.sum_check("part_of", x, [f], "pass"))
                    f.group = Group(whole=x, parts=[f], strong=False, cue="stage")
                break
        # "全年新开通公交线路6条，目前全县共有公交线路38条": the new ones are among those there now
        # (only sentences holding an added count are looked at)
        added = {x.sent for x in self.figs if x.kind == "count" and added_words.search(x.before)}
        for f in self.figs:
            if f.sent not in added or f.kind != "count" or f.delta or f.paren \
                    or not stock.search(f.before):
                continue
            for x in self.before(f.start, para=f.para, sents=0):
                if x.kind != "count" or x.unit != f.unit or x.delta or x.paren or x.group is not None \
                        or f.clause - x.clause != 1 or not added_words.search(x.before):
                    continue
                if _common(x.text_label(), f.text_label()) >= 3 and (f.hi is None or x.lo <= f.hi) \
                        and not self.covered(f, [x]):
                    self.add(self.sum_check("part_of", f, [x], "pass"))
                    x.group = Group(whole=f, parts=[x], strong=False, cue="stock")
                break

    # -- 全部完成: equal to a total stated before ------------------------------
    def all_done(self) -> None:
        words = self.c["all"]["words"]
        for f in self.figs:
            if not self.summable(f) or f.group is not None:
                continue
            _, ce = self.tx.clause_span(f.start)
            post = self.t[f.end:ce]
            hit = [post.find(w) for w in words if w in post]
            if not hit or min(hit) > 10:
                continue
            cands = [x for x in self.figs if x.end <= f.start and self.same_family(x, f) and x.delta == f.delta
                     and x.status is None and not x.paren and x.group is None and f.para - x.para <= 1
                     and _similar(x, f, head=True)]
            if not cands:
                continue
            # (the total restated with its value before the nearest figure of the noun: "覆盖学校146所，
            # 其中…九年一贯制学校6所 … 全县146所学校全部采取…")
            restated = [x for x in cands if x.exact and f.exact and x.value == f.value]
            w = restated[-1] if restated else cands[-1]
            if not _same_noun(w, f):
                # "现有各类学校420所 ... 全市35所寄宿制学校全部实行": a figure with a narrower noun
                # before 全部 describes a set of its own, no restatement of the total
                continue
            if f.sent == w.sent and any(c in self.t[w.end:f.start] for c in self.c["subset"]["strong"]):
                # "新建桥梁19座，其中A镇等3个乡镇的11座桥梁已全部完工": 全部 is said of the 11 the 其中
                # clause singles out, a part of the total -- not of the total itself
                ok = w.hi is None or f.lo <= w.hi
                self.add(self.sum_check("part_of", w, [f], "pass" if ok else "fail"))
                f.group = Group(whole=w, parts=[f], cue="全部")
                continue
            ok = _overlaps(f.lo, f.hi, w.lo, w.hi)
            msg = (f"all {f.shown} of the {w.shown} stated ✓" if ok
                   else f"the text says all {f.shown} are done, but the total stated is {w.shown}")
            self.add({"kind": "part_of", "whole": w.id, "parts": [f.id], "status": "pass" if ok else "fail",
                      "message": msg})
            f.group = Group(whole=w, parts=[f], cue="全部")

    # -- percentages -----------------------------------------------------
    def percents(self) -> None:
        sh = self.c["share"]
        np_memo: dict[str, Fig] = {}
        self.percent_rows: list[tuple[Fig, Fig, Fig]] = []
        share_parts: set[str] = set()

        def usable_(x: Fig, part: Fig) -> bool:
            return (x is not part and self.same_family(x, part) and not x.delta and x.id not in share_parts
                    and (x.hi is None or x.hi >= part.lo) and x.value > part.value)

        for pf in self.figs:
            if pf.kind != "percent" or pf.delta or self.from_value(pf):
                continue
            cs, ce = self.tx.clause_span(pf.start)
            pre = self.t[cs:pf.start]
            ss, _ = self.tx.sent_span(pf.start)
            np_text, mode = "", None
            occ = pre.rfind("占")
            rate = _RATE_END.search(pre)
            if occ >= 0 and not any(pre[occ:].startswith(w) for w in sh["ratio_words"]):
                mode, np_text = "occupy", pre[occ + 1:]
            elif any(w in pre for w in sh["ratio_words"]):
                mode = "ratio"
            elif (done_at := _COMPLETE_END.search(pre)):
                mode, np_text = "complete", pre[done_at.start() + (2 if pre.startswith("完成", done_at.start()) else 1):]
            elif rate:
                mode = "rate"
            else:
                continue
            np_clean = _NP_JUNK.sub("", np_text)
            by_place = False  # the part is known by where it stands only (pass-only)
            span_start = cs + occ if mode == "occupy" else pf.start
            before = [f for f in self.starting(ss, span_start) if self.summable(f) and not f.paren]
            if mode == "rate":
                full = rate.group(1) if rate else ""
                stems = [full, full[-2:], full[:2]] + [m.group(1) for m in _RATE_STEM.finditer(pre)]
                # a rate whose part has a name of its own (城镇化率: 城镇人口) looks for that name first
                stems = [n for key, nouns in sh["rate_parts"].items() if key + "率" in pre for n in nouns] + stems
                part = expected = None
                for stem in dict.fromkeys(x for x in stems if len(x) >= 2):
                    # (not a negated one: 合格率 is of 合格2091批次, not of 不合格95批次)
                    negated = any(c + stem in pre for c in _NEGATIONS)  # (不合格率 is of 不合格样品)
                    hits = [f for f in before if f.status != "pending"
                            and stem in self.t[self.tx.clause_span(f.start)[0]:f.end]
                            and (negated or _names_stem(_item_label(f), stem))]
                    # "应参保人数83.12万人, 参保率98.6%": what should be X'd is the rate's base, never its part
                    due = [f for f in hits if _names_due(_item_label(f), stem)]
                    if expected is None and due:
                        expected = (due[-1], stem)
                    hits = [f for f in hits if f not in due]
                    if hits and all(f.id in share_parts and f.clause < self.tx.clause(pf.start) - 1 for f in hits):
                        # "签约居民51.6万人，签约率36.9%，…；重点人群签约率达82.3%": the count has its rate of
                        # that stem already; a later one names a subgroup of its own
                        part = None
                        break
                    if hits:
                        part = next((f for f in reversed(hits) if f.status == "done"), hits[-1])
                        # "办复议案2件、建议52件，办复率...100%": every figure of the clause has the rate
                        for other in hits:
                            if other is not part and other.clause == part.clause and other.unit == part.unit:
                                self.rate_of_named(other, pf, share_parts)
                        break
                if part is None:
                    # the done part of a total split into done and the rest: right before the rate, or, for
                    # a rate of work done, with the rest between them ("已办结72件，其余14件正按整改方案序时
                    # 推进，整改完成率83.7%")
                    of_work = any(v in full for v in self.c["done"]["verbs"])
                    done = [f for f in before if f.status == "done" and f.group is not None
                            and self.tx.clause(pf.start) - f.clause <= (2 if of_work else 1)]
                    part = done[-1] if done and (of_work or done[-1] is before[-1]) else None
                by_stem = part is not None
                if part is None and expected is not None and (done := self.done_of_due(*expected)) is not None:
                    # "参保总人数达81.36万人…。按照全县应参保人数83.12万人计算，参保率达98.6%": the figure
                    # named by the rate's stem, stated before, over the number due
                    status, msg = self.percent_status(done, expected[0], pf)
                    self.add({"kind": "percent", "whole": expected[0].id, "parts": [done.id], "percent": pf.id,
                              "status": status, "message": msg})
                    self.percent_rows.append((expected[0], done, pf))
                    share_parts.add(done.id)
                    continue
                if part is None and (scoped := self.rate_in_scope(pf, before)) is not None:
                    # "在完成培训的学员中，成功获聘的有2146名，就业率为73.6%": the rate of the part over the
                    # total its sentence's scope names (pass-only: the rate may be of another base)
                    status, msg = self.percent_status(scoped, scoped.group.whole, pf)
                    if status == "pass":
                        self.add({"kind": "percent", "whole": scoped.group.whole.id, "parts": [scoped.id],
                                  "percent": pf.id, "status": status, "message": msg})
                        self.percent_rows.append((scoped.group.whole, scoped, pf))
                        share_parts.add(scoped.id)
                    continue
                if part is None:
                    part = self.rate_after_pair(pf, before) or self.rate_over_base_in_clause(pf, cs, before) \
                        or self.outcome_before(pf, before)
                    by_place = True
                if part is None and (done := self.done_of_plan(pf, before)) is not None:
                    # "共举办主体班次26期。…全年计划举办主体班次24期，完成率108.3%": the work done, stated
                    # before, over the plan the rate's clause names (pass-only: the done figure is a guess)
                    plan, part = done
                    status, msg = self.percent_status(part, plan, pf)
                    if status == "pass":
                        self.add({"kind": "percent", "whole": plan.id, "parts": [part.id], "percent": pf.id,
                                  "status": status, "message": msg})
                        self.percent_rows.append((plan, part, pf))
                        share_parts.add(part.id)
                    continue
                if part is None:
                    self.implied_outcome(pf, full, before)
                    continue
                if (pair := self.plan_then_done(pf, before)) is not None and pair[1] is part:
                    # "计划抽检食品3740批次，实际完成3860批次，任务完成率103.2%": the work done over the plan
                    # (which it may exceed)
                    status, msg = self.percent_status(part, pair[0], pf)
                    self.add({"kind": "percent", "whole": pair[0].id, "parts": [part.id], "percent": pf.id,
                              "status": status, "message": msg})
                    self.percent_rows.append((pair[0], part, pf))
                    continue  # (the work done stays a total later shares may name: 不合格率 of the batches done)
                if part.group is None and not any(x.start < part.start and x.sent == part.sent and usable_(x, part)
                                                  and x.unit == part.unit for x in before):
                    if by_stem and (base := self.agreeing_base(part, pf, lambda x, p=part: usable_(x, p))) is not None:
                        # "梳理事项2846项…。实现网上可办事项2790项，网上可办率98.0%": the base an earlier
                        # sentence states, where the rate agrees with it (never reported as a failure)
                        status, msg = self.percent_status(part, base, pf)
                        self.add({"kind": "percent", "whole": base.id, "parts": [part.id], "percent": pf.id,
                                  "status": status, "message": msg})
                        self.percent_rows.append((base, part, pf))
                        share_parts.add(part.id)
                        continue
                    if self.rate_of_named(part, pf, share_parts):
                        share_parts.add(part.id)
                        continue
            else:
                named = self.named_part(self.listed_subject(pre, occ, pf, cs) or pre[:occ], span_start) \
                    if mode == "occupy" else None
                if named is not None:
                    part = named  # "税收收入占一般公共预算收入的比重为62.1%": the part is named, not next to it
                elif not before or self.tx.clause(pf.start) - before[-1].clause > 2:
                    continue
                elif mode == "occupy" and before[-1].start < cs and self.t.startswith("其中", cs) \
                        and len(_han(pre[:occ])) > 2:
                    continue  # "合计34200亩，其中早稻面积占…的63.2%": a named part of the total, not the total
                elif mode == "occupy" and before[-1].start >= cs and _BOUND_LABEL.match(self.t, before[-1].end):
                    continue  # "收入30万元以下的村仍占47.8%": a bound describing what is counted, not the part
                elif mode == "ratio" and before[-1].id in share_parts and _SEMI.search(self.t, before[-1].end, pf.start):
                    continue  # "…179个建成…，覆盖率达95.7%；锻炼人数比例达到41.2%": its share is stated, another begins
                else:
                    part = before[-1]
                    counted_unit = _COUNT_OF_UNIT.search(np_text)
                    if counted_unit and part.unit != counted_unit.group(1) and mode == "occupy":
                        # "入社农户386户、1217人，占全村总户数的71.6%": the share of 户数 is of the 户 figure
                        part = next((f for f in reversed(before) if f.unit == counted_unit.group(1)
                                     and f.clause == part.clause), part)
                if mode == "occupy" and (listed := self.listed_share_part(pf, cs, occ, before)) is not None:
                    part = listed  # 分别占…的A%、B%和C%: the items in order; 合计占…的X%: their sum
            whole = None
            if mode == "complete" and part.start >= cs + done_at.start():
                # "为2360户实施改造，完成年度任务2000户的118%": the figure after 完成 is the target,
                # the work done is stated before it (a share over 100% is no misreading here)
                done = [f for f in before if f.start < cs and f.unit == part.unit and f.delta == part.delta]
                if not done:
                    continue
                whole, part = part, done[-1]

            def usable(x: Fig) -> bool:
                return usable_(x, part)

            inside = [f for f in self.starting(span_start, pf.start) if self.same_family(f, part)]
            own = [f for f in self.starting(cs, pf.start) if f is not part and f.start > part.end
                   and self.same_family(f, part) and usable(f)] if mode == "rate" else []
            if mode == "occupy" and inside:
                whole = inside[-1]
            elif own:
                whole = own[-1]  # "覆盖行政村265个，在全县312个行政村中覆盖率达84.9%": the base stated in the rate's clause
            elif part.group is not None and part.group.whole is not part and not (
                    np_clean and part.group.whole.hi is not None and part.group.whole.hi < part.lo) and not (
                    mode == "occupy" and part.group.cue == "中" and len(np_clean) >= 3
                    and _common(part.group.whole.label(), np_clean) < 2 and not _SCOPE.match(np_clean)):
                # (a list's total too small to hold the part is not the total a share names; nor one the
                # share names otherwise: "各项税收中，工商税收N元，占本年收入的33.53%" is of all revenue)
                whole = part.group.whole
            elif part.total is not None and (outer := self.outer_total(part)) is not None:
                whole = outer
            elif mode == "rate" and (part.kind == "count" or part.kind in ("money", "measure")
                                     and (by_stem or by_place) and not part.delta and not part.aside):
                # "出生人口N，出生率X；死亡人口M，死亡率Y": a count with a rate of its own is no total of the next;
                # "发放消费券3000万元，核销2680万元，核销率89.3%": money named by the rate, of the sum before it
                cands = [x for x in before if x.start < part.start and x.unit == part.unit and usable(x)
                         and x.id not in share_parts and (part.kind == "count" or x.sent == part.sent)]
                # money: the sentence's first sum is the base ("送审金额A，审定金额B，审减金额C，审减率X%": C / A)
                whole = (cands[0] if part.kind != "count" else cands[-1]) if cands else None
            if whole is None and mode == "rate" and expected is not None and expected[0].unit == part.unit \
                    and usable(expected[0]):
                whole = expected[0]  # "参保人数81.36万人，应参保人数83.12万人，参保率97.9%"
            prior = False  # a base found in the sentence before (pass-only)
            if whole is None and mode == "rate" and by_stem and part.kind == "count" and part.sent == pf.sent \
                    and part.group is None and not part.per:
                # "考生8426人，共设考点5个。本科上线4213人，本科上线率50.0%": the rate's count, named by its
                # stem, of the nearest larger total with its classifier in the two sentences before; reported
                # only when it agrees (the rate may be of a base the text does not state)
                cands = [x for x in self.before(ss, para=part.para, sents=2) if x.sent < part.sent
                         and x.unit == part.unit and x.exact and not x.per and usable(x)]
                # (or, further back, the nearest total the rate agrees with: "筹集房源3475套。…配租3128套，
                # 配租率90.0%" -- a base the text states paragraphs earlier; never a failure)
                agrees = self.agreeing_base(part, pf, usable)
                if cands and (agrees is None or self.percent_status(part, cands[-1], pf)[0] == "pass"):
                    whole, prior = cands[-1], True
                elif agrees is not None:
                    whole, prior = agrees, True
            if whole is None and np_clean and np_clean in np_memo and not _SCOPE.match(np_clean) \
                    and usable(np_memo[np_clean]):
                whole = np_memo[np_clean]
            if whole is None and np_clean:
                if _SCOPE.match(np_clean):
                    cands = [x for x in self.figs if x.start < part.start and x.unit == part.unit and x.exact
                             and usable(x) and x.group is None and _similar(x, part, head=True)]
                    whole = cands[-1] if cands else None
                else:
                    stem = np_clean
                    for w in sh["total_words"]:
                        stem = stem.replace(w, "")
                    stem = _TIME_FRAME.sub("", _han(stem))  # 当年缴存额: the stem is 缴存额
                    if len(unscoped := _SCOPE_HEAD.sub("", stem)) >= 2:
                        stem = unscoped  # 全市接种总量: the stem is 接种
                    if len(stem) >= 3 and "总" in stem:
                        stem = stem.replace("总", "")  # 总人口 -> 人口, 资助总人次 -> 资助人次
                    tier1 = [x for x in self.figs if usable(x) and np_clean in self.t[max(0, x.start - 12):x.start]]
                    # the stem written out before a figure (缴存额68.42亿元), before its characters merely
                    # near one (缴存余额238.17亿元)
                    # (a measure's noun is the classifier's: 玉米播种面积 is written 玉米播种328.5万亩)
                    bare = _MEASURE_NOUN.sub("", stem) if len(stem) >= 4 else stem
                    tier_stem = [x for x in self.figs if usable(x) and len(stem) >= 2
                                 and (stem in self.t[max(0, x.start - 8):x.start]
                                      or bare != stem and len(bare) >= 2 and x.kind == "measure"
                                      and self.t[max(0, x.start - 8):x.start].endswith(bare))]
                    tier2 = [x for x in self.figs if usable(x) and stem and len(stem) >= 2 and all(
                        ch in self.t[max(0, x.start - 8):x.end + 4] for ch in stem)]
                    cands = tier1 or tier_stem or tier2
                    if cands:
                        if (scope := _SCOPE_HEAD.match(np_clean)) and (scoped := [
                                x for x in cands if scope.group(0) in self.t[self.tx.clause_span(x.start)[0]:x.start]]):
                            # "占全市借阅总量的33.3%": the figure its clause says is the city's (全市…借阅量1286万册),
                            # not a nearer one of a kind (纸本图书借阅1100万册)
                            cands = scoped
                        whole = min(cands, key=lambda x: abs(x.start - part.start))
                        # (named in another sentence, the base may be another year's or level's of the same
                        # name -- "占预算数的96.99%" of an item after the year's 预算数: reported when it agrees)
                        prior = prior or whole.sent != pf.sent
                    elif len(stem) == 2 and stem[1] == "数" and stem[0] == part.unit:
                        # "凤鸣村共有612户2180人 … 587户完成庭院改造，占总户数的95.9%": the number of 户 is the
                        # total of them stated before (共有, 总); reported only when it agrees
                        cands = [x for x in self.figs if x.start < part.start and x.unit == part.unit and usable(x)
                                 and x.exact and not x.per and x.value > part.value
                                 and _TOTAL_BEFORE.search(self.t, max(0, x.start - 4), x.start)]
                        if cands:
                            whole, prior = cands[0], True
            if whole is None and mode == "ratio":
                # (not an item of the part's own list: "Ⅱ类5个、Ⅲ类3个、Ⅳ类1个，优良比例为88.9%" is of no item)
                run = {id(part)}
                for x in reversed([x for x in self.figs if x.end <= part.start and x.sent == part.sent]):
                    nxt = min((y for y in self.figs if id(y) in run), key=lambda y: y.start)
                    if not _SIBLING_GAP.fullmatch(self.t, x.end, nxt.start):
                        break
                    run.add(id(x))
                cands = [x for x in self.figs if x.start < part.start and x.sent == part.sent and usable(x)
                         and x.delta == part.delta and id(x) not in run]
                whole = cands[-1] if cands else None
            if whole is None and mode in ("ratio", "occupy") and not np_clean:
                tw = sh["total_words"]
                cands = [x for x in self.figs if x.start < part.start and x.unit == part.unit and usable(x)
                         and any(w in self.t[max(0, x.start - 6):x.start] for w in tw)]
                whole = cands[-1] if cands else None
            if whole is None and mode == "occupy" and not np_clean:
                # "全县312个村（社区）全部完成换届 … “一肩挑”的村（社区）305个，占97.8%": the share of the
                # total counting the noun the part's label ends with
                label = _han(part.before)
                cands = [x for x in self.figs if x.start < part.start and x.unit == part.unit and usable(x)
                         and x.noun_after and any(label.endswith(noun[:k]) for noun in [_han(self.t[x.end:x.end + 8])]
                                                  for k in range(2, len(noun) + 1))]
                whole = cands[-1] if cands else None
            if whole is None and mode == "ratio" and part.start == (before[0].start if before else -1):
                # "床位1.2万张 ... 护理型床位6000张，占比50%": the share of a narrower kind of the noun
                # counted a sentence before, with the same classifier
                noun = _core(part.before)
                cands = [x for x in self.before(ss, para=part.para, sents=1) if x.unit == part.unit and usable(x)
                         and not x.per and len(_core(x.before)) >= 2 and noun.endswith(_core(x.before)[-2:])
                         and noun != _core(x.before)]
                whole = cands[0] if cands else None
            status, msg = self.percent_status(part, whole, pf) if whole is not None else ("", "")
            if status == "fail" and mode == "complete" and not inside and self.plan_elsewhere(np_clean, whole, pf):
                # "各项税收共收到N元，完成预算数的92.49%": the plan named by a word only may be the item's
                # own budget, which the text does not state -- not the year's budget nor the total the item
                # is part of; a plan stated elsewhere is reported only when the share agrees with it
                whole = None
            if whole is not None:
                if np_clean and np_clean not in np_memo and not _SCOPE.match(np_clean) and not prior:
                    np_memo[np_clean] = whole  # (a base found pass-only names nothing for the next share)
                if prior and status == "fail":
                    self.implied(part, pf)
                    share_parts.add(part.id)
                    continue
                if status == "fail" and pf.value == 100 and _ALL_OF.search(self.t, part.end, pf.start):
                    # "符合条件的1219人已全部参加养老保险，参保率100%": the rate of the part's own set
                    continue
                if mode == "ratio" and status == "fail" and part.group is not None and len(part.group.parts) >= 2 \
                        and len(_RATIO_FILLER.sub("", _han(self.t[part.end:pf.start]))) >= 2:
                    # "Ⅱ类5个、Ⅲ类3个、Ⅳ类1个，水质优良比例为88.9%": a share naming a subject of its own
                    # after a list may be of several of its items, not of the last one ("投诉类2954件，
                    # 占比率达80.80%" is the item's own)
                    continue
                if mode == "rate" and status == "fail" and pf.q.get("qualifier") in ("under", "over"):
                    # "城镇调查失业率控制在5.5%以内": a rate held to a bound is a target the counts nearby
                    # do not measure (再就业6032人 is not the unemployed of the labour force)
                    continue
                if (by_place and not _rated_subset(part, whole, rate.group(1) if rate else "")
                        or pf.unit in _PER_MILLE) and status == "fail":
                    # "人口50万人，脱贫1.2万人，贫困发生率2.1%" is the rate of another part; a rate per
                    # thousand (出生率7.69‰) is of the mean population, not of a year-end total
                    continue
                self.add({"kind": "percent", "whole": whole.id, "parts": part.id.split(","), "percent": pf.id,
                          "status": status, "message": msg})
                self.percent_rows.append((whole, part, pf))
                share_parts.add(part.id)
            elif np_clean and mode in ("occupy", "complete") and pf.value > 0:
                self.implied(part, pf)
                if mode == "occupy":
                    # (work done against a plan is still the total of what follows: "培训干部38.6万人次，
                    # 完成年度计划的103.2%。…占培训总人次的40.9%")
                    share_parts.add(part.id)
            elif mode == "rate" and by_stem and pf.value > 0 and part.sent == pf.sent \
                    and self.tx.clause(pf.start) - part.clause <= 1 and part.id not in share_parts:
                # "参保人数达到41.2万人，参保率98.6%": the rate of the count its stem names, over a base
                # the text does not state
                self.implied(part, pf)
                share_parts.add(part.id)

    def listed_share_part(self, pf: Fig, cs: int, occ: int, before: list[Fig]) -> Fig | None:
        """The part of a share written after a list of figures: "分别为A、B和C，分别占…的X%、Y%和Z%"
        pairs them in order; "…分别为A、B和C，合计占…的X%" takes their sum (a figure made for the
        check, named by the items' ids)."""
        lead = self.t[max(cs, cs + occ - 2):cs + occ]
        if lead not in ("分别", "合计", "共计") and not lead.endswith("共"):
            return None
        sent_end = self.tx.sent_span(pf.start)[1]
        pcts = []  # the percents after 占, joined as a list (X%、Y%和Z%)
        for x in self.starting(cs + occ, sent_end):
            if x.kind != "percent" or pcts and not _LIST_GAP.fullmatch(self.t, pcts[-1].end, x.start):
                break
            pcts.append(x)
        run = [before[-1]] if before else []
        for x in reversed(before[:-1]):
            if x.unit != run[0].unit or not _LIST_GAP.fullmatch(self.t, x.end, run[-1].start):
                break
            run.append(x)
        run.reverse()
        if len(run) < 2:
            return None
        if lead == "分别":
            if len(pcts) != len(run) or pf not in pcts:
                return None
            return run[pcts.index(pf)]
        lo, hi = _sum_bounds(run)
        total = sum((x.value for x in run), Decimal(0))
        return replace(run[-1], value=total, lo=lo, hi=hi, shown=_fmt_like(total, run),
                       id=",".join(x.id for x in run), group=run[-1].group)

    def listed_subject(self, pre: str, occ: int, pf: Fig, cs: int) -> str | None:
        """The subject of the ``k``-th share of "第一产业和第三产业增加值占地区生产总值的比重分别为14.6%和
        49.7%": the ``k``-th name before 占, completed with the head the last name shows (第一产业 +
        增加值), for the share that is ``k``-th after 分别.  None unless the subject lists names."""
        each = pre.find("分别", occ)
        names = [x for x in _SUBJECT_SEP.split(_han(pre[:occ])) if x]
        if each < 0 or len(names) < 2:
            return None
        shares = [f for f in self.starting(cs + each, self.tx.clause_span(pf.start)[1]) if f.kind == "percent"]
        if pf not in shares or len(shares) != len(names):
            return None
        name, last = names[shares.index(pf)], names[-1]
        head = last[len(names[0]):] if len(last) > len(names[0]) and len(names[0]) >= 2 else ""
        return name if name.endswith(head) else name + head

    def named_part(self, subject: str, at: int) -> Fig | None:
        """The figure a share's subject names when its clause holds none ("税收收入占…的比重为X%"): the
        last figure before ``at`` written right after that name (税收收入5.00亿元)."""
        subject = _han(subject)
        if len(subject) < 2 or self.starting(at - len(subject), at):
            return None
        named = [f for f in reversed(self.figs) if f.end <= at - len(subject) and self.summable(f) and not f.delta
                 and self.t.endswith(subject, max(0, f.start - len(subject) - 1), f.start)]
        # (the figure labelled by the name alone before one whose label only ends in it: "个体工商户占全市
        # 市场主体总量的68.2%" is of "个体工商户35.92万户", not of "新设个体工商户6.03万户")
        exact = [f for f in named if _label_opens(self.t, self.t.rfind(subject, 0, f.start + 1))]
        if exact or named:
            return (exact or named)[0]
        # a short name of an item of the paragraph ("其中中央资金占总投入的59.0%" after "中央财政补助资金
        # 1.86亿元"): the one item whose label opens and ends as the name does
        short = _LIST_LEAD.sub("", subject)
        if len(short) >= 4:
            para = self.tx.para(at)
            hits = [f for f in self.by_para.get(para, ()) if f.end <= at - len(subject) and self.summable(f)
                    and not f.delta and (lab := _han(f.before)).startswith(short[:2]) and lab.endswith(short[-2:])
                    and len(lab) > len(short)]
            if len(hits) == 1:
                return hits[0]
        return None

    def share_follows(self, f: Fig) -> bool:
        """Is ``f`` followed in its sentence by its share of a named total (…，占…的X%)?"""
        nxt = self.starting(f.end, self.tx.sent_span(f.start)[1])
        return bool(nxt) and nxt[0].kind == "percent" and "占" in self.t[f.end:nxt[0].start]

    def from_value(self, f: Fig) -> bool:
        """Is ``f`` the value a change starts from ("漏损率由上年的14.0%降至10.0%": last year's rate, of
        last year's figures, which the text does not give)?"""
        return bool(("由" in f.pre or "从" in f.pre) and _FROM_END.search(f.pre)
                    and _TO_AHEAD.match(self.t, f.end))

    def drop_misread_shares(self) -> None:
        """A share off by more than ten times against a total in another paragraph ("每平方公尺的造价达
        293元，而使用面积只占44%" read against 498亿元 pages before) was read against the wrong total: no
        contradiction in the text.  (Within a paragraph a typo 0.46% -> 7.46% is still flagged.)"""
        by_id = {f.id: f for f in self.figs}
        keep = []
        for c in self.checks:
            if c["kind"] == "percent" and c["status"] == "fail" and c.get("whole") in by_id:
                w, p, pf = by_id[c["whole"]], by_id[c["parts"][0]], by_id[c["percent"]]
                if w.value and pf.value and w.para != p.para:
                    share = p.value * HUNDRED / w.value
                    if share == 0 or not Decimal("0.1") <= share / pf.value <= 10:
                        continue
            keep.append(c)
        self.checks = keep

    def implied_outcome(self, pf: Fig, stem: str, before: list[Fig]) -> None:
        """"受理各类诉求218件，办结率97.2%": a rate of an outcome (a verb of finished work, cues
        ``done.verbs`` and ``predicate.verbs``) right after the one count it is a rate of -- the
        outcome itself is not stated, so the check is unverifiable, with the part it implies."""
        if not before or pf.value <= 0 or pf.hi is None or pf.value > HUNDRED:
            return
        whole = before[-1]
        outcomes = self.c["done"]["verbs"] + self.c["predicate"]["verbs"]
        if (whole.kind != "count" or whole.delta or whole.group is not None or whole.total is not None
                or whole.clause != self.tx.clause(pf.start) - 1 or not any(stem.endswith(v) for v in outcomes)
                or len(before) > 1 and before[-2].clause == whole.clause):
            return
        implied = (whole.value * pf.value / HUNDRED).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        self.add({"kind": "percent", "whole": whole.id, "parts": [], "percent": pf.id, "status": "unverifiable",
                  "implied_part": implied,
                  "message": f"{pf.shown} of {whole.shown} is about {_fmt_like(implied, [whole])} (part not stated)"})

    def raised_levels(self) -> None:
        """"名额增至6,000个，较首年增加1,500个" after "首年共提供4500个培训名额": a level raised to X, the
        increase Y in the next clause and the earlier level X - Y stated sentences before make a sum
        (pass-only: the earlier level found by its value; an earlier figure that does not agree may be
        of another base)."""
        for x in self.figs:
            if x.delta or not self.summable(x) or not _RAISED_LEVEL.search(x.pre[-4:]):
                continue
            if (pair := self.from_level_and_increase(x)) is not None:
                # "由上年的271个增至312个，新增41个": the level it rose from and the increase make it
                ok = _overlaps_rounded(*_sum_bounds(pair), x.lo, x.hi)
                self.add(self.sum_check("sum", x, pair, "pass" if ok else "fail"))
                continue
            y = next((f for f in self.figs if f.clause == x.clause + 1 and f.delta and f.unit == x.unit
                      and f.kind == x.kind and _COMPARED_TO.search(f.pre)), None)
            if y is None or y.value >= x.value:
                continue
            earlier = x.value - y.value
            base = next((f for f in self.figs if f.sent < x.sent and f.unit == x.unit and f.kind == x.kind
                         and not f.delta and f.exact and f.value == earlier and self.summable(f)
                         and _common(f.label(), x.label()) >= 2), None)
            if base is None or self.covered(x, [base, y]):
                continue
            self.add({"kind": "sum", "whole": x.id, "parts": [base.id, y.id], "status": "pass",
                      "message": f"{base.shown} + {y.shown} = {x.shown} ✓ (raised from the level stated before)"})

    def from_level_and_increase(self, x: Fig) -> list[Fig] | None:
        """For a level ``x`` risen to from a level its clause states ("由上年的271个增至312个"), that
        level and the increase the next clause opens with ("，新增41个", "净增41个"): all three said
        of one thing, so they must add up."""
        cs, _ = self.tx.clause_span(x.start)
        a = next((f for f in self.starting(cs, x.start) if self.from_value(f)), None)
        if a is None or a.unit != x.unit or a.kind != x.kind or a.delta:
            return None
        y = next((f for f in self.starting(x.end, len(self.t)) if f.clause == x.clause + 1), None)
        if y is None or y.unit != x.unit or y.kind != x.kind \
                or not _INCREASE_OPENS.fullmatch(self.t[self.tx.clause_span(y.start)[0]:y.start]):
            return None
        return [a, y]

    def outcome_pairs(self) -> None:
        """"受理审查逮捕案件186件，经审查批准逮捕132件，不批准逮捕54件": an outcome and its negation
        (合格/不合格, 批准/不批准, 立案/不予立案) in the two clauses after a total with their classifier
        split all of it, so the two must add up to it."""
        for w, a, b in zip(self.figs, self.figs[1:], self.figs[2:]):
            # (a clause without figures may stand between the total and the outcomes: "…418人，经审查，")
            if not (a.sent == b.sent == w.sent and w.clause < a.clause <= w.clause + 2 and b.clause == a.clause + 1
                    and w.unit == a.unit == b.unit and all(self.summable(x) and not x.delta for x in (w, a, b))
                    and w.value > a.value and w.value > b.value):
                continue
            neg = _NEGATED.match(_han(self.t[self.tx.clause_span(b.start)[0]:b.start]))
            label_a = _han(self.t[self.tx.clause_span(a.start)[0]:a.start])
            if neg is None or len(neg.group(2)) < 2 or not label_a.endswith(neg.group(2)) \
                    or a.group is not None or b.group is not None or w.total is not None:
                continue
            # (a group, so that a rate of either outcome finds the total: 不捕率 of the 418)
            self.register(Group(whole=w, parts=[a, b], strong=True, exhaustive=True, cue="不"))

    def plan_elsewhere(self, np_clean: str, whole: Fig, pf: Fig) -> bool:
        """Does a share of work done against a plan (完成预算数的X%) name the plan by a word only, while
        the figure found for it is no statement of that plan in the share's sentence (预算数N元 there)?"""
        words = [*self.c["done"]["targets"], "预算"]
        if not any(w in np_clean for w in words):
            return False
        return not (whole.sent == pf.sent and any(w in whole.before[-8:] for w in words))

    def rate_in_scope(self, pf: Fig, before: list[Fig]) -> Fig | None:
        """The part of a rate whose stem names no figure, in a sentence opened by a scope ("在X中")
        that made the figure right before the rate a part of a total stated earlier: that part."""
        if not before:
            return None
        part = before[-1]
        g = part.group
        if (g is None or g.cue != "中" or g.whole.sent >= part.sent or part.delta or part.kind != "count"
                or part.clause != self.tx.clause(pf.start) - 1 or len([f for f in before if f.sent == part.sent]) > 1):
            return None
        return part

    def rate_after_pair(self, pf: Fig, before: list[Fig]) -> Fig | None:
        """The part of a rate whose stem names neither figure, stated right after a total and its
        part in the two clauses before it ("受理N件，审结M件，结案率X%"; "N名参加测试，M名通过，合格率
        X%"; "预算金额N亿元，节约资金M亿元，节资率X%"): the count or sum of money of the clause just
        before the rate, when the clause before that states a larger total with the same classifier.
        (A rate further away, or after one figure, names no pair; a part a 其中 singles out is a
        subgroup, not the outcome the rate measures: "培训N名，其中A类M名，就业率X%" is the rate of
        all N.)  Found by place alone, the relation is pass-only: "人口N万人，
        脱贫M万人，贫困发生率X%" is the rate of a part the text does not state."""
        if len(before) < 2:
            return None
        part, whole = before[-1], before[-2]
        if (part.kind not in ("count", "money") or part.kind != whole.kind or part.group is not None
                or part.status == "pending" or part.delta or whole.delta
                or part.clause != self.tx.clause(pf.start) - 1 or not self.next_clause(whole, part)
                or whole.unit != part.unit or whole.value <= part.value or _PLAN.search(part.pre)):
            return None  # (a plan right before the rate is its base: "布设132台，年度目标120台，完成率110%")
        return part

    def outcome_before(self, pf: Fig, before: list[Fig]) -> Fig | None:
        """The outcome right before a rate that, with its negation, splits a total (批准逮捕297人，不批准
        逮捕121人，不捕率28.9%: the rate of the 121 over the 418)."""
        part = before[-1] if before else None
        if part is None or part.group is None or part.group.cue != "不" or part.clause != self.tx.clause(pf.start) - 1:
            return None
        return part

    def next_clause(self, a: Fig, b: Fig) -> bool:
        """Is ``b`` in the clause after ``a``'s, or after clauses that only say how ``a`` changed
        ("受理案件12846件，同比上升6.3%；审结11972件": the change is no figure of the pair)?"""
        if b.clause == a.clause + 1:
            return True
        between = [x for x in self.figs if a.clause < x.clause < b.clause]
        return (b.clause > a.clause + 1 and all(x.delta for x in between)
                and {x.clause for x in between} == set(range(a.clause + 1, b.clause)))

    def done_of_plan(self, pf: Fig, before: list[Fig]) -> tuple[Fig, Fig] | None:
        """A 完成率 right after a plan figure ("全年计划举办主体班次24期，完成率108.3%"): the plan, and the
        nearest earlier figure of its paragraph with its classifier, outside a plan clause, whose words
        share two characters in a row with the plan's (共举办各类主体班次26期)."""
        if not before or not _PLAN.search(before[-1].pre) or "完成" not in self.t[before[-1].end:pf.start]:
            return None
        plan = before[-1]
        for x in reversed(self.by_para.get(plan.para, ())):
            if x.start < plan.start and x.unit == plan.unit and x.kind == plan.kind and not _PLAN.search(x.pre) \
                    and self.summable(x) and (_common(x.before, plan.before) >= 2
                                              or x.sent == plan.sent and x.clause == plan.clause - 1):
                # (or the work done in the clause right before the plan: "布设AED132台，年度目标120台，完成率110%")
                return plan, x
        return None

    def plan_then_done(self, pf: Fig, before: list[Fig]) -> tuple[Fig, Fig] | None:
        """A 完成率 after a plan and the work done, in that order ("计划抽检3740批次，实际完成3860批次，
        完成率103.2%"): the plan (a figure of the sentence in a plan clause) and the done figure right
        before the rate (outside one), with the same classifier."""
        if not before or "完成" not in self.t[max(0, before[-1].start - 8):pf.start]:
            return None
        done = before[-1]
        if _PLAN.search(done.pre):
            return None
        plan = next((x for x in reversed(before[:-1]) if x.sent == done.sent and x.unit == done.unit
                     and x.kind == done.kind and _PLAN.search(x.pre)), None)
        return (plan, done) if plan is not None else None

    def done_of_due(self, due: Fig, stem: str) -> Fig | None:
        """The nearest figure before ``due`` (the number that should be insured, vaccinated, checked),
        in its paragraph and with its classifier, whose label names the rate's ``stem`` as done:
        参保总人数81.36万人 for 应参保人数83.12万人 and a 参保率.  None when it exceeds the number due."""
        for x in reversed(self.starting(0, due.start)):
            if x.para != due.para:
                return None
            if x.unit == due.unit and x.kind == due.kind and not x.delta and not x.per and not x.paren \
                    and stem in _item_label(x) and not _names_due(_item_label(x), stem) \
                    and _names_stem(_item_label(x), stem):
                if x.group is not None and x.group.whole is not x and x.group.whole.start < due.start \
                        and stem in _item_label(x.group.whole) and x.group.whole.unit == x.unit:
                    x = x.group.whole  # (参保总人数81.36万人，其中职工医保参保7.52万人: the total)
                return x if x.value <= (due.hi if due.hi is not None else due.value) else None
        return None

    def agreeing_base(self, part: Fig, pf: Fig, usable) -> Fig | None:
        """The nearest figure of an earlier sentence, with the part's classifier, that the rate of the
        part agrees with (a base the text states before; found only where the numbers agree)."""
        for x in reversed(self.figs):
            if x.sent < part.sent and x.unit == part.unit and x.exact and not x.per and usable(x) \
                    and self.percent_status(part, x, pf)[0] == "pass":
                return x
        return None

    def rate_over_base_in_clause(self, pf: Fig, cs: int, before: list[Fig]) -> Fig | None:
        """"建成村级电商服务点168个，在全县182个行政村中的覆盖率达到92.3%": the rate's clause states its
        base ("在…N个X中"); its part is the figure with that classifier right before the clause (found by
        place, so reported only when it agrees)."""
        inner = [x for x in before if x.start >= cs]
        if len(inner) != 1 or not _IN_BASE.match(self.t, inner[0].end, pf.start):
            return None
        outer = [x for x in before if x.start < cs and x.unit == inner[0].unit]
        return outer[-1] if outer and outer[-1].clause == self.tx.clause(cs) - 1 else None

    def rate_of_named(self, part: Fig, pf: Fig, rated: set[str] = frozenset()) -> bool:
        """A rate over a total named earlier by the same noun ("建议52件 ... 办复建议52件，办复率100%").

        ``rated``: parts of rates found before -- a count with a rate of its own (出生人口N，出生率X)
        is no total of the next one (死亡人口M，死亡率Y)."""
        noun = part.after if part.noun_after else part.before
        noun = noun.translate(_DROP_STOP)[-2:]
        if len(noun) < 2:
            return False
        cands = [x for x in self.figs if x.end <= part.start and x.unit == part.unit and not x.delta
                 and x.id not in rated
                 and x.sent != part.sent and x.group is None and (x.hi is None or x.hi >= part.lo)
                 and (x.text_label().endswith(noun) or (x.noun_after and x.after.endswith(noun)))]
        if not cands:
            return False
        whole = cands[-1]
        if self.scope_changed(whole, part):
            # "中小学92所，在校学生4.1万人 ... 60所寄宿制学校全部开设晚自习，参加学生2.2万人，参加率
            # 达81.5%": the rate is of the students of 60 schools, a total the text does not state
            self.implied(part, pf)
            return True
        status, msg = self.percent_status(part, whole, pf)
        if status == "fail" and pf.unit in _PER_MILLE:
            return True  # a rate per thousand is of the mean population (pass-only)
        self.add({"kind": "percent", "whole": whole.id, "parts": [part.id], "percent": pf.id,
                  "status": status, "message": msg})
        return True

    def scope_changed(self, whole: Fig, part: Fig) -> bool:
        """Does the part's sentence restrict its population by another count of something the whole's
        sentence also counts, with another value (中小学92所 ... 60所寄宿制学校)?"""
        here = [f for f in self.figs if f.sent == part.sent and f is not part and f.kind == "count"]
        there = [f for f in self.figs if f.sent == whole.sent and f is not whole and f.kind == "count"]
        return any(a.unit == b.unit and a.unit and not _overlaps(a.lo, a.hi, b.lo, b.hi) for a in here for b in there)

    def implied(self, part: Fig, pf: Fig) -> None:
        """A share whose total the text does not state: the total it implies (unverifiable) -- unless
        the clause before the part states a count the share agrees with, counted in another
        classifier ("死亡人口3254人，遗体火化3012具，火化率92.6%": 人 and 具 of the same people; found by
        the numbers, so pass-only)."""
        if pf.value <= 0:
            return
        if "," not in part.id and (base := self.agreeing_count_before(part, pf)) is not None:
            status, msg = self.percent_status(part, base, pf)
            self.add({"kind": "percent", "whole": base.id, "parts": [part.id], "percent": pf.id,
                      "status": status, "message": msg})
            return
        implied = (part.value * HUNDRED / pf.value).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        shown_total = _fmt_like(implied, [part])
        self.add({"kind": "percent", "whole": None, "parts": part.id.split(","), "percent": pf.id,
                  "status": "unverifiable", "implied_total": implied,
                  "message": f"{part.shown} is {pf.shown} of about {shown_total} (total not stated)"})

    def agreeing_count_before(self, part: Fig, pf: Fig) -> Fig | None:
        """The count of the clause right before ``part``, in its sentence, of another classifier,
        larger than it and the base the share ``pf`` of ``part`` agrees with."""
        x = next((f for f in reversed(self.starting(self.tx.sent_span(part.start)[0], part.start))), None)
        if (x is None or x.kind != "count" or part.kind != "count" or x.unit == part.unit or x.delta or x.per
                or x.clause != part.clause - 1 or x.value <= part.value):
            return None
        return x if self.percent_status(part, x, pf)[0] == "pass" else None

    def percent_status(self, part: Fig, whole: Fig, pf: Fig) -> tuple[str, str]:
        plo, phi = pf.lo, pf.hi
        rlo = part.lo * HUNDRED / whole.hi if whole.hi else Decimal(0)
        rhi = part.hi * HUNDRED / whole.lo if (part.hi is not None and whole.lo > 0) else None
        exact = (part.value * HUNDRED / whole.value) if whole.value else None
        shown = f"{exact.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}%" if exact is not None else "?"
        base = f"{part.shown} / {whole.shown} = {shown}"
        if _overlaps(rlo, rhi, plo, phi):
            if exact is not None and _overlaps(exact, exact, plo, phi):
                return "pass", f"{base} ✓"
            return "pass", f"{base}, {pf.shown} as stated: agrees within the rounding of the figures ✓"
        return "fail", f"{base}, but the text says {pf.shown}"

    def paren_breakdowns(self) -> None:
        """"住房消费提取占82.3%（购买自住住房占41.5%，偿还贷款本息占35.6%，租赁住房占5.2%）": figures of the
        whole's kind and classifier, and only such, in a bracket right after it break it down -- they
        add up to it (less: a part of it; more: a failure)."""
        checked = {c.get("whole") for c in self.checks}
        for w in self.figs:
            if w.paren or w.delta or w.id in checked or w.kind not in _SUMMABLE + ("percent",):
                continue
            m = _PAREN_AFTER.match(self.t, w.end)
            if m is None:
                continue
            inside = self.starting(m.start(1), m.end(1))
            if len(inside) < 2 or any(f.kind != w.kind or f.unit != w.unit or f.delta for f in inside):
                continue
            lo, hi = _sum_bounds(inside)
            if _overlaps_rounded(lo, hi, w.lo, w.hi):
                self.add(self.sum_check("sum", w, inside, "pass"))
            elif w.hi is not None and lo > w.hi:
                self.add(self.sum_check("sum", w, inside, "fail"))
            else:
                self.add(self.sum_check("part_of", w, inside, "pass"))

    def ratio_lists(self) -> None:
        """"三次产业结构比为25.72:26.84:47.44": each term is the share of one part of a sum stated before."""
        pct = [f for f in self.figs if f.kind == "percent"]
        runs, cur = [], []
        for f in pct:
            if cur and _RATIO_GAP.fullmatch(self.t[cur[-1].end:f.start]):
                cur.append(f)
            else:
                if len(cur) >= 2:
                    runs.append(cur)
                cur = [f]
        if len(cur) >= 2:
            runs.append(cur)
        for run in runs:
            # "由上年的12：38：50调整为10：40：50": the old structure is of another year's total
            cs, _ = self.tx.clause_span(run[0].start)
            if _FROM_END.search(self.t[cs:run[0].start]) and _CHANGED_TO.match(
                    self.t[run[-1].end:run[-1].end + 6]):
                continue
            groups = [g for g in self.groups if len(g.parts) == len(run) and g.whole.end <= run[0].start
                      and run[0].para - g.whole.para <= 2]
            if not groups:
                continue
            g = max(groups, key=lambda g: g.whole.start)
            for part, pf in zip(sorted(g.parts, key=lambda p: p.start), run):
                status, msg = self.percent_status(part, g.whole, pf)
                self.add({"kind": "percent", "whole": g.whole.id, "parts": [part.id], "percent": pf.id,
                          "status": status, "message": msg})

    def shares_to_hundred(self) -> None:
        """Parts whose stated shares of one total add up to 100% are all of it: their sum is checked."""
        by_whole: dict[str, list[tuple[Fig, Fig, Fig]]] = {}
        for whole, part, pf in self.percent_rows:
            by_whole.setdefault(whole.id, []).append((whole, part, pf))
        for rows in by_whole.values():
            rows.sort(key=lambda r: r[1].start)
            i = 0
            while i < len(rows):
                lo, hi, j, found = Decimal(0), Decimal(0), i, None
                while j < len(rows):
                    pf = rows[j][2]
                    if pf.hi is None:
                        break
                    lo, hi = lo + pf.lo, hi + pf.hi
                    if lo <= HUNDRED <= hi and j > i:
                        found = j
                        break
                    if lo > HUNDRED:
                        break
                    j += 1
                if found is None:
                    i += 1
                    continue
                self.sum_of_shares(rows[i:found + 1])
                i = found + 1

    def sum_of_shares(self, rows: list[tuple[Fig, Fig, Fig]]) -> None:
        whole = rows[0][0]
        plist = sorted({p.id: p for _, p, _ in rows}.values(), key=lambda p: p.start)
        if len(plist) < 2 or self.covered(whole, plist):
            # already checked; the shares make that list exhaustive
            for c in self.checks:
                if c.get("whole") == whole.id and set(c.get("parts") or []) == {p.id for p in plist} \
                        and c["kind"] == "part_of" and c["status"] == "pass" and len(plist) > 1:
                    lo_s, hi_s = _sum_bounds(plist)
                    if not _overlaps(lo_s, hi_s, whole.lo, whole.hi):
                        c.update(self.sum_check("sum", whole, plist, "fail"))
            return
        ids = {p.id for p in plist}
        lo_s, hi_s = _sum_bounds(plist)
        status = "pass" if _overlaps(lo_s, hi_s, whole.lo, whole.hi) else "fail"
        if status == "fail" and hi_s is not None:
            # every share agrees with the parts' own sum: the shares are of that sum, and the total
            # they were read against was the wrong figure -- no contradiction in the text
            total = sum((p.value for p in plist), Decimal(0))
            # (within a point: old reports round their parts, not only their shares)
            if total and all(abs(p.value * HUNDRED / total - pf.value) <= 1 for _, p, pf in rows):
                pids = {pf.id for _, _, pf in rows}
                self.checks = [c for c in self.checks if not (c["kind"] == "percent" and c.get("percent") in pids
                                                              and c.get("whole") == whole.id)]
                return
        # the sum replaces weaker readings of the same list (one part_of per part)
        self.checks = [c for c in self.checks if not (c["kind"] == "part_of" and c.get("whole") == whole.id
                                                      and set(c.get("parts") or []) < ids and status == "fail")]
        self.add(self.sum_check("sum", whole, plist, status))

    # -- restated -------------------------------------------------------
    def restated(self) -> None:
        figs = [f for f in self.figs if f.kind not in ("ordinal", "rank")]
        linked: set[str] = set()
        # earlier figures of one kind and change-or-level, by classifier family and without a
        # classifier: the only ones _same_unit lets a figure restate (no scan of every pair)
        # (entries: text position among ``figs``, the figure, its bounds -- compared inline, as the
        # cheapest test, before anything else is asked)
        by_family: dict[tuple, list[tuple[int, Fig, Decimal, Decimal | None]]] = {}
        no_unit: dict[tuple, list[tuple[int, Fig, Decimal, Decimal | None]]] = {}
        every: dict[tuple, list[tuple[int, Fig, Decimal, Decimal | None]]] = {}
        for i, b in enumerate(figs):
            kd = (b.kind, b.delta)
            fk = kd + (b.family,)
            same_family = by_family.get(fk)
            if same_family is None:
                same_family = by_family[fk] = []
            same_kind = every.get(kd)
            if same_kind is None:
                same_kind = every[kd] = []
            pools = (same_family, no_unit.get(kd, ())) if b.unit else (same_kind,)
            blo, bhi = b.lo, b.hi
            # the first and the last earlier figure b restates (plain loops: this runs for every
            # figure against every earlier one of its kind, and most figures restate nothing)
            b_pairs = None
            first = last = None
            for pool in pools:
                for x in pool:
                    if (x[3] is None or x[3] >= blo) and (bhi is None or bhi >= x[2]):  # _overlaps
                        if b_pairs is None:
                            b_pairs = _pairs(b.before + b.after)
                        if _restates(x[1], b, b_pairs):
                            if first is None or x[0] < first[0]:
                                first = x
                            break
            if first is not None:
                for pool in pools:
                    for x in reversed(pool):
                        if (x[3] is None or x[3] >= blo) and (bhi is None or bhi >= x[2]) \
                                and _restates(x[1], b, b_pairs):
                            if last is None or x[0] > last[0]:
                                last = x
                            break
            entry = (i, b, blo, bhi)
            same_family.append(entry)  # (after the search: a figure does not restate itself)
            same_kind.append(entry)
            if not b.unit:
                no_unit.setdefault(kd, []).append(entry)
            if first is None:
                continue
            first, last = first[1], last[1]
            for a in {first.id: first, last.id: last}.values():
                self.add({"kind": "restated", "whole": a.id, "parts": [b.id], "status": "pass",
                          "message": f"{a.shown} stated again as {b.shown} ✓"})
                linked.update((a.id, b.id))
        # "总投资3.18亿元 ... A、B、C三项合计3.18亿元": a sum's total equal to a total stated before
        for g in self.groups:
            b = g.whole
            if g.cue != "合计" or b.id in linked or b.q.get("qualifier") != "exact" or not _distinctive(b):
                continue
            # (a total: 总 next to it, or its clause opening with 共 -- "全年共争取…资金1.82亿元")
            a = next((x for x in figs if x.end <= b.start and x.q.get("qualifier") == "exact" and x.value == b.value
                      and x.unit == b.unit and x.kind == b.kind and not x.delta
                      and ("总" in x.before[-4:] + x.after[:2]
                           or "共" in _han(self.t[self.tx.clause_span(x.start)[0]:x.start])[:4])), None)
            if a is not None:
                self.add({"kind": "restated", "whole": a.id, "parts": [b.id], "status": "pass",
                          "message": f"{a.shown} stated again as the sum {b.shown} ✓"})
        self.copied_sentences(figs)
        # a headline total the body confirms: another body figure naming the same thing must agree
        for h in figs:
            if not h.headline or h.kind not in _SUMMABLE:
                continue
            hctx = h.text_label()
            # (not a part with its share beside it, 小麦保险保费29846万元，占…的53.1%, nor a plan for next
            # year, 计划新引进人才3.5万名以上)
            near = [b for b in figs if b is not h and _same_unit(b, h) and b.kind == h.kind and b.delta == h.delta
                    and b.status in (None, "done") and b.group is None and not self.share_follows(b)
                    and not _PLAN.search(b.pre)]
            support = [b for b in near if _overlaps(b.lo, b.hi, h.lo, h.hi) and _common(hctx, b.text_label()) >= 2]
            if not support:
                continue
            labels = [hctx] + [b.text_label() for b in support]
            for b in near:
                # a slip keeps the order of magnitude (23 -> 30); 6个省份 is another figure
                close = h.value / 2 <= b.value <= h.value * 2
                # "发现火灾隐患3420处，督促整改3317处" under "排查整改火灾隐患3300余处": beside the figure that
                # confirms the headline, another figure of the same sentence counts something else
                beside = any(x.sent == b.sent for x in support)
                # (and one names the other's head noun: 农业保险保费收入 is no 农业保险已决赔款)
                bl = b.text_label()
                if close and not beside and not _overlaps(b.lo, b.hi, h.lo, h.hi) \
                        and any(_common(x, bl) >= 4 for x in labels) \
                        and any(bl.endswith(x[-2:]) or bl[-2:] in x for x in labels):
                    self.add({"kind": "restated", "whole": h.id, "parts": [b.id], "status": "fail",
                              "message": f"the headline and the text say {h.shown}, but here it is {b.shown}"})
        # a headline figure no body figure agrees with: compare it with the closest match
        for h in figs:
            if not h.headline or h.kind not in _SUMMABLE + ("percent", "anniversary"):
                continue
            body = [b for b in figs if not b.headline and _same_unit(b, h) and b.kind == h.kind
                    and b.delta == h.delta]
            if any(_overlaps(b.lo, b.hi, h.lo, h.hi) for b in body if _similar(h, b)):
                continue
            scored = [(_common(h.label() + h.before, b.before + b.after), -b.start, b) for b in body]
            scored = [s for s in scored if s[0] >= 3]
            if not scored:
                continue
            best = max(scored, key=lambda s: (s[0], s[1]))[2]
            self.add({"kind": "restated", "whole": h.id, "parts": [best.id], "status": "fail",
                      "message": f"the headline says {h.shown}, but the text says {best.shown}"})

    def copied_sentences(self, figs: list[Fig]) -> None:
        """A sentence said twice (a lede quoted later, a photo caption repeated in the body).

        When one sentence is (nearly) contained in another and their figures line up, each
        figure restates its counterpart.  Parallel sentences ("女党员...占25.1%，比上年提高0.4个
        百分点" / "发展女党员...占39.6%，比上年提高0.6个百分点") look alike too, so a pair only
        counts as a copy when at least one other figure of it agrees exactly and at most one
        differs.
        """
        by_sent: dict[int, list[Fig]] = {}
        for f in figs:
            if f.kind in _SUMMABLE + ("percent",):
                by_sent.setdefault(f.sent, []).append(f)
        sents = {k: v for k, v in by_sent.items() if len(v) >= 2}
        masked: dict[int, str] = {}
        for k1, k2 in _sharing_a_figure(sents):
            f1, f2 = sents[k1], sents[k2]
            fs, fl = sorted((f1, f2), key=len)
            best = None
            for off in range(len(fl) - len(fs) + 1):
                pairs = list(zip(fs, fl[off:off + len(fs)]))
                if not all(_same_unit(a, b) and a.kind == b.kind for a, b in pairs):
                    continue
                same = [p for p in pairs if _overlaps(p[0].lo, p[0].hi, p[1].lo, p[1].hi)]
                if best is None or len(same) > len(best[1]):
                    best = (pairs, same)
            if best is None:
                continue
            pairs, same = best
            differ = [p for p in pairs if p not in same]
            if any(p[0].kind == "percent" for p in differ):
                continue  # rates of parallel sentences (增长10.3% / 增长8%) differ by design
            distinctive = [p for p in same if _distinctive(p[0])]
            if not distinctive or len(differ) > 1:
                continue
            for k in (k1, k2):
                if k not in masked:
                    ss, se = self.tx.sent_span(sents[k][0].start)
                    masked[k] = _DIGITS.sub("#", _SPACE.sub("", self.t[ss:se]))
            if not _nearly_contained(masked[k1], masked[k2]):
                continue
            for a, b in pairs:
                a, b = sorted((a, b), key=lambda f: f.start)
                ok = (a, b) in same or (b, a) in same
                self.add({"kind": "restated", "whole": a.id, "parts": [b.id], "status": "pass" if ok else "fail",
                          "message": (f"{a.shown} stated again as {b.shown} ✓" if ok else
                                      f"the same sentence says {a.shown} in one place and {b.shown} in another")})

    # -- 等N项 / 即 lists --------------------------------------------------
    def lists(self) -> None:
        lc = self.c["list"]
        tb = _tables()
        seps = lc["separators"]
        for f in self.figs:
            if f.kind != "count" or f.aside or f.paren:
                continue
            cs, ce = self.tx.clause_span(f.start)
            pre = self.t[cs:f.start]
            n = f.value
            noun = _OPEN_NOUN.search(pre) if "等" in pre else None
            if noun and ("、" not in pre[:noun.start()] or self.has_verb(cs + noun.start(1), f.start)
                         or not (f.unit in tb.kind_units or f.unit == "个") or n > 30):
                # (only a list's noun, not 等方面投入资金; and only a count of such things, not the
                # 400万株 of 樟子松、油松等苗木 or the 1460座 of 桥、涵、闸等建筑物)
                noun = None
            if (pre.endswith(tuple(lc["open"])) or noun) and not pre.endswith("等等") and n >= 1:
                body = pre[:noun.start()] if noun else pre[:-1]
                at = cs + noun.start() if noun else f.start - 1  # (where 等 stands)
                inside = [x for x in self.starting(cs, f.start) if x.end <= at]
                if inside:
                    # "组织5万名干部参观A、B、C等7处基地": the list is the object after an earlier figure
                    body = self.t[inside[-1].end:at]
                    if "、" not in body:
                        continue
                if not body:
                    continue
                items = _count_items(body, seps)
                if items == 1 and len(body) <= 8:
                    # "粮食加工品，食用油、油脂及其制品，肉制品，蛋制品，乳制品等5大类": items between commas
                    items = self.comma_items(cs) or 1
                if items < 1:
                    continue
                ok = items <= n
                msg = (f"{items} named, {f.shown} in all (等) ✓" if ok
                       else f"{items} items are named, more than the {f.shown} the text says")
                self.add({"kind": "list_count", "whole": f.id, "parts": [], "items": items, "open_list": True,
                          "status": "pass" if ok else "fail", "message": msg})
                continue
            # closed: "三项志愿服务品牌，即红色宣讲、健康义诊、银龄助老"
            nxt = self.t[f.end:min(len(self.t), f.end + 160)]  # (ten names of associations run past 40 characters)
            m = _tables().closed_list.match(nxt)
            if m and _ORDINAL_LEAD.match(m.group(1)):
                continue  # "两个方面，即一方面是调整、扩充、新建...，另一方面是...": items by ordinal, not by 、
            if m and "分别" in m.group(0) and _DIGIT.search(_COMMA.split(m.group(1))[0]):
                m = None  # (分别为236支、158支: figures, not names)
            if m and any(x.kind == "count" for x in self.starting(f.end, f.end + m.start(1))):
                continue  # "五间幼儿中心位于三个地区，即A、B及C": the list is of the nearer count
            if m:
                body = _parallel_ji(_COMMA.split(m.group(1))[0])
                b0 = f.end + m.start(1)
                if any(x.unit in tb.kind_units for x in self.starting(b0, b0 + len(body))):
                    continue  # "30户，即“A”“B”“C”“D”4类": the list has a count of its own (4类), not 30
                items = _count_items(body, seps)
                if items != n and _count_items(_JI_ITEMS.sub("、", body), seps) == n:
                    items = n  # "…翠屏及顺利": a 及 that may join the last item does, where the count says so
                # a closed list names short items; a long explanation after 即 is not one -- unless
                # every item ends in the same noun ("即桑园镇杂技道具制作工坊、铁城镇手工布鞋工坊、…":
                # names of the same kind of thing)
                plain = _QUOTED.sub("X", body)
                pieces = _ITEM_SEP.split(plain)
                short = all(len(x) <= 10 for x in pieces) or len(pieces) >= 2 and all(
                    len(x) <= 16 and len(_han(x)) >= 4 and _han(x)[-2:] == _han(pieces[0])[-2:] for x in pieces)
                if items >= 2 and short and n >= 2:
                    self.closed_count(f, items)
                continue
            # quoted names side by side right before a count of kinds: "即“书香家庭”“绿色家庭”“平安家庭”4类"
            # (closed by 即: a count that differs is reported; otherwise only agreement)
            named = f.unit in tb.kind_units or f.unit == "个" and bool(f.after)  # (五个主题: 个 + the kind)
            quotes = _ADJACENT_QUOTES.search(pre) if named and pre.endswith(("”", "」")) else None
            if quotes:
                items = quotes.group(0).count("“") + quotes.group(0).count("「")
                closed = pre[:quotes.start()].rstrip().endswith(lc["closed"][0])
                if items == n or closed:
                    self.closed_count(f, items)
                continue
            # implicit closed list right before the figure: "开设电工、焊工、家政服务、电商直播4个专业"
            last = pre.split("、")[-1]
            # "在广东、福建两省的深圳、珠海、汕头、厦门四个地区": the list is the one after 的
            body = _LIST_OPEN.split(pre)[-1]
            # "A、B、C和D五类对象": a joiner word before the last item closes the list, whose items
            # (but the first, which holds the verb) are all short ("和平" is no joiner: a word of its own)
            joiner = self.last_joiner(f.start - len(last), last, tb.last_joiners) if "、" in body else ""
            if joiner:
                halves = last.split(joiner, 1)
                segs = body.split("、")[1:-1] + halves
                if any(len(x) > 8 or not x for x in segs):
                    joiner = ""
                else:
                    last = halves[-1]
            if "、" in pre and pre.count("“") <= pre.count("”") and \
                    not any(x.end <= f.start for x in self.starting(cs, f.start + 1) if x is not f) \
                    and f.after and not _EACH_END.search(pre) and 2 <= n <= 20 \
                    and len(last) <= 8:
                items = _count_items(body, ["、"]) + bool(joiner)
                quoted = _QUOTED_LIST.search(body) if items == 1 else None
                if quoted and quoted.group(1).count("、") + 1 == n and f.unit in tb.kind_units:
                    # "围绕“A、B、C”三项服务": a slogan list in quotes, counted inside (pass-only: a quoted
                    # title may hold a 、 of its own)
                    self.add({"kind": "list_count", "whole": f.id, "parts": [], "items": int(n), "open_list": False,
                              "status": "pass", "message": f"{int(n)} named = {f.shown} ✓"})
                    continue
                # a list closed by a joiner is compared both ways, but only when N counts kinds of
                # things (五类对象): other classifiers may count what the kinds hold (企业、商户和农户12家)
                kinds = f.unit in tb.kind_units
                # "共设置A、B、C、D五项内容": the first item follows the verb, so the list is all of it
                whole = kinds and not joiner and bool(tb.whole_list.search(body.split("、", 1)[0]))
                # "并由林草、应急、公安、气象、消防救援6个部门": short names opening the clause after 由
                opened = not joiner and items >= 3 and (kinds or f.unit == "个" and bool(f.after)) \
                    and bool(tb.list_opener.fullmatch(body.split("、", 1)[0])) \
                    and all(1 <= len(x) <= 4 for x in body.split("、")[1:])
                if items >= 2 and (items == n or (kinds if joiner else items > n) or whole or opened):
                    self.closed_count(f, items)

    def token_starts(self) -> list[int]:
        """The start offsets of the document's tokens, in order (built on first use)."""
        if self._token_starts is None:
            self._token_starts = list(map(_SECOND, self.doc.tokens))
        return self._token_starts

    def has_verb(self, start: int, end: int) -> bool:
        """Does a word the tokenizer tags as a verb start in ``[start, end)``?"""
        toks = self.doc.tokens
        if not toks:
            return False
        i = bisect_left(self.token_starts(), start)
        while i < len(toks) and toks[i][1] < end:
            if toks[i][3][:1] == "v":
                return True
            i += 1
        return False

    def closed_count(self, f: Fig, items: int) -> None:
        """A closed list's check: ``items`` named against the count ``f`` states (a difference is a slip)."""
        ok = items == f.value
        msg = f"{items} named = {f.shown} ✓" if ok else f"{items} items are named, but the text says {f.shown}"
        self.add({"kind": "list_count", "whole": f.id, "parts": [], "items": items, "open_list": False,
                  "status": "pass" if ok else "fail", "message": msg})

    def last_joiner(self, at: int, seg: str, joiners: tuple[str, ...]) -> str:
        """The joiner word (和, 及, 以及, 与) in the last 、-item ``seg`` starting at ``at``, when the
        tokenizer reads it as a word of its own (the 和 of 和平 joins nothing), else ''."""
        toks = self.doc.tokens
        for j in sorted(joiners, key=len, reverse=True):
            k = seg.find(j)
            while k >= 0:
                if not toks:
                    return j
                i = bisect_left(self.token_starts(), at + k)
                if i < len(toks) and toks[i][1] == at + k and toks[i][0] == j:
                    return j
                k = seg.find(j, k + 1)
        return ""

    def comma_items(self, clause_start: int) -> int | None:
        """Count short comma-separated items ending at ``clause_start`` (the clause holding 等)."""
        ss, _ = self.tx.sent_span(clause_start)
        n, end = 1, clause_start - 1
        while end > ss:
            start = max(self.t.rfind(c, ss, end) for c in "，,")
            seg = self.t[max(start + 1, ss):end]
            if not seg or len(seg) > 12 or _COMMA_ITEM_STOP.search(seg) or _STRONG_SEP.search(seg):
                break
            n += 1
            if start < ss:
                break
            end = start
        return n if n >= 3 else None


def _names_stem(label: str, stem: str) -> bool:
    """May an item labelled ``label`` be what a rate of ``stem`` counts?  Not when the label names
    the stem negated (不合格95批次 is no part of a 合格率)."""
    at = label.find(stem)
    return at <= 0 or label[at - 1] not in _NEGATIONS or stem[0] in _NEGATIONS


def _rated_subset(part: Fig, whole: Fig, stem: str) -> bool:
    """Is ``part`` a subset of ``whole`` named by its noun and by the rate's stem?  "在校学生50.2万人，
    参加课后服务的学生46.3万人，参与率达93.6%": the part's words end in the whole's noun (学生) and share
    a character with the rate (参), so the rate can only be of them: a disagreement is a failure."""
    head = whole.before[-2:]
    # (not the whole's outcome negated: "批准逮捕297人，不批准逮捕121人" split one total between them)
    neg = _NEGATED.search(part.before)
    return (len(head) == 2 and part.before.endswith(head) and part.before != whole.before
            and any(ch in part.before for ch in stem) and not (neg and whole.before.endswith(neg.group(2))))


def _label_opens(text: str, i: int) -> bool:
    """Does a label start at ``text[i]``: after a non-Han character or a word opening a list (其中)?"""
    return i <= 0 or not "\u4e00" <= text[i - 1] <= "\u9fff" or text.endswith(("其中", "包括", "即"), 0, i)


def _names_due(label: str, stem: str) -> bool:
    """Does ``label`` name what should be done (应参保人数, 应接种儿童), the base of a rate of ``stem``?"""
    at = label.find(stem)
    return at >= 1 and label[at - 1] == "应"


def _head_of(noun: str, label: str) -> bool:
    """Does ``label`` open with the head of ``noun`` (its last three or more characters)?
    ("参赛运动员" and "运动员同台竞技": the same people, named once with a modifier.)"""
    return any(noun.endswith(label[:k]) for k in range(min(len(noun), len(label)), 2, -1))


def _described(noun: str, clause: str, after: str, before: str = "") -> bool:
    """Is ``noun`` a head with a clause before 的 that a figure's own clause says of what it counts?
    ("在完成培训的学员中" and "2915名学员完成培训": the 学员 the figure counts did 完成培训; "破获的案件中"
    and "破获电信网络诈骗案件1286起": its label before it ends with the head.)"""
    mod, sep, head = noun.rpartition("的")
    return bool(sep) and len(mod) >= 2 and len(head) >= 2 and (after.startswith(head) or before.endswith(head)) \
        and mod in clause


def _occurrences(text: str, word: str) -> list[tuple[int, int]]:
    """Spans of a cue word in the text, left to right, not overlapping (``str.find`` is C speed)."""
    if not word:
        return [m.span() for m in regex.finditer("", text)]
    out, i, n = [], text.find(word), len(word)
    while i >= 0:
        out.append((i, i + n))
        i = text.find(word, i + n)
    return out


def _count_items(body: str, seps: list[str]) -> int:
    """Items of an enumeration: 、-separated, with 以及/和 joining the last one (the separators are
    read left to right, longest first).  A joiner word counts only after the last 、: one before it
    is inside an item ("安提瓜和巴布达、安哥拉…", "住房和城乡建设局、…" name one country, one bureau)."""
    n = 1 + len(_ADJACENT_TITLES.findall(body))
    plain = _BRACKETED.sub("X", body)
    if "、" in seps and "、" in plain:
        head, _, plain = plain.rpartition("、")
        n += head.count("、") + 1
    return n + len(_separators(tuple(seps)).findall(plain))


@lru_cache(maxsize=8)
def _separators(seps: tuple[str, ...]) -> "regex.Pattern":
    return regex.compile("|".join(map(regex.escape, sorted(seps, key=len, reverse=True))))


_DIGIT = regex.compile(r"\d")
_JI_ITEMS = regex.compile(r"(?<![以普涉])及")


def _parallel_ji(body: str) -> str:
    """``body`` with each 及 that joins two names of one kind written as 、: "宝达护老院、颐康安老院及福乐
    安老院" names three homes (both sides end alike), "机器人及智能装备" or "茶叶及相关制品" one item.
    So is the 及 of a list's last item after two or more 、 ("A、B、C、D及E" names five), unless what
    follows it is a tail of the item before (及相关配套, 及其他)."""
    out = body
    last = body.rfind("、")
    for m in _JI_ITEMS.finditer(body):
        left = _ITEM_SEP.split(body[:m.start()])[-1]
        right = _ITEM_SEP.split(body[m.end():])[0]
        alike = len(left) >= 2 and len(right) >= 2 and left[-1] == right[-1] and "\u4e00" <= left[-1] <= "\u9fff"
        final = m.start() > last >= 0 and body.count("、") >= 2 and len(left) >= 2 and len(right) >= 2 \
            and not right.startswith(_JI_TAILS)
        if alike or final:
            out = out[:m.start()] + "、" + out[m.end():]
    return out


_JI_TAILS = ("相关", "其他", "其它", "有关", "配套", "各类", "周边", "其")


def _distinctive(f: Fig) -> bool:
    """A figure unlikely to recur by chance: no share, and 10 or more or with decimals."""
    return f.kind != "percent" and (f.value >= 10 or f.value != f.value.to_integral_value())


def _sharing_a_figure(sents: dict[int, list[Fig]]) -> list[tuple[int, int]]:
    """Pairs of sentences (in text order) that could be copies: they share a distinctive figure.

    A copy needs one aligned pair of figures of one kind and classifier family whose bounds
    overlap and of which one is distinctive; sweeping the figures of each kind by lower bound
    finds those pairs without comparing every sentence with every other.
    """
    by_kind: dict[str, list[Fig]] = {}
    for v in sents.values():
        for f in v:
            if f.kind != "percent":
                by_kind.setdefault(f.kind, []).append(f)
    found: set[tuple[int, int]] = set()
    for fs in by_kind.values():
        fs.sort(key=lambda f: f.lo)
        distinctive = [_distinctive(f) for f in fs]
        for i, a in enumerate(fs):
            for j in range(i + 1, len(fs)):
                b = fs[j]
                if a.hi is not None and b.lo > a.hi:
                    break
                if a.sent != b.sent and (distinctive[i] or distinctive[j]) and _same_unit(a, b) \
                        and _overlaps(a.lo, a.hi, b.lo, b.hi):
                    found.add((min(a.sent, b.sent), max(a.sent, b.sent)))
    return sorted(found)


def _nearly_contained(m1: str, m2: str) -> bool:
    """Is the shorter of two (figure-masked) sentences 85% contained in the longer?

    The character multiset bound (what ``quick_ratio`` uses) rules most pairs out before
    difflib's matching blocks are computed.
    """
    from collections import Counter
    from difflib import SequenceMatcher

    short, long_ = sorted((m1, m2), key=len)
    if len(short) < 10:
        return False
    need = 0.85 * len(short)
    if sum((Counter(short) & Counter(long_)).values()) < need:
        return False
    sm = SequenceMatcher(None, short, long_, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()) / len(short) >= 0.85


# An open bound restates a figure near it: 超300万 for 326.5万 (9% above), not 超过九成 for 100% or
# 150公里以上 for 186公里, which are two statements about different things.
_OPEN_RESTATE = Decimal("1.2")


def _restates(a: Fig, b: Fig, b_pairs: frozenset[str]) -> bool:
    """Does ``b`` restate the earlier ``a`` (their bounds overlap; ``b_pairs``: ``_pairs`` of b's label)?

    Equal values may change their classifier (23项 / 23件); figures that only overlap as
    intervals (超300万人次 / 326.5万人次) keep it or name the same noun -- 18项百场系列活动 and
    10余件文化作品 are two different things."""
    # _near(a, b), inline
    if not (b.hi is not None and b.lo > 0 and a.hi is not None and a.lo > 0):
        lo, hi = (a.value, b.value) if a.value <= b.value else (b.value, a.value)
        if not (lo > 0 and hi <= lo * _OPEN_RESTATE):
            return False
    # _similar(a, b): the labels share two characters in a row
    if b_pairs.isdisjoint(_pairs(a.before + a.after)):
        return False
    # "分别为…7场、6场、6场", "炼铁1亿吨、炼钢5500万吨": items of one list in one clause are two things
    gap = b.start - a.end
    if a.clause == b.clause and 0 < gap <= len(b.pre) and _LIST_GAP.search(b.pre, len(b.pre) - gap):
        return False
    return not _related(a, b) and (a.value == b.value or a.unit == b.unit or _same_noun(a, b))


def _near(a: Fig, b: Fig) -> bool:
    """Could one figure restate the other?  An open bound ("突破3万人次", "控制在3%以内") overlaps
    any larger (smaller) figure, but a restatement keeps the order of magnitude (超300万 for 326.5万)."""
    if a.hi is not None and b.hi is not None and a.lo > 0 and b.lo > 0:
        return True
    lo, hi = sorted((a.value, b.value))
    return lo > 0 and hi <= lo * _OPEN_RESTATE


def _overlaps(alo: Decimal, ahi: Decimal | None, blo: Decimal, bhi: Decimal | None) -> bool:
    if ahi is not None and ahi < blo:
        return False
    if bhi is not None and bhi < alo:
        return False
    return True


def _overlaps_rounded(alo: Decimal, ahi: Decimal | None, blo: Decimal, bhi: Decimal | None) -> bool:
    """:func:`_overlaps`, with the upper end of a rounded interval open: 7.2亿 stands for [7.15亿, 7.25亿),
    and parts adding up to at least 7.25亿 (3.5亿 + 2.1亿 + 1.8亿) would be written 7.3亿."""
    if ahi is not None and ahi == blo and ahi > alo or bhi is not None and bhi == alo and bhi > blo:
        return False
    return _overlaps(alo, ahi, blo, bhi)


def _sum_bounds(parts: list[Fig]) -> tuple[Decimal, Decimal | None]:
    """The interval the sum of ``parts`` may take: each rounding may add up (dev a007: 1.0万 + 0.5万 +
    1.8万 + 2.2万 within 5.4万 is read as agreeing; a tighter sum was tried and broke it)."""
    lo = sum((p.lo for p in parts), Decimal(0))
    his = [p.hi for p in parts]
    hi = None if any(h is None for h in his) else sum(his, Decimal(0))
    return lo, hi


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


@lru_cache(maxsize=8192)
def _common(a: str, b: str) -> int:
    """Length of the longest run of characters two labels share (stop characters ignored).

    (Cached: the restatement and headline rules ask it again for the same pairs of labels.)"""
    a = a.translate(_DROP_STOP)
    b = b.translate(_DROP_STOP)
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _similar(a: Fig, b: Fig, *, head: bool = False) -> bool:
    """Do two figures count the same kind of thing?  (their labels share a noun)"""
    la, lb = a.before + a.after, b.before + b.after
    if head:
        ha, hb = a.label(), b.label()
        ha = ha.translate(_DROP_STOP)
        hb = hb.translate(_DROP_STOP)
        return bool(ha and hb and ha[-2:] == hb[-2:])
    # _common(la, lb) >= 2: the labels share two characters in a row
    return not _pairs(la).isdisjoint(_pairs(lb))


@lru_cache(maxsize=8192)
def _pairs(label: str) -> frozenset[str]:
    """Every two characters in a row of a label, stop characters dropped first (as ``_common``)."""
    t = label.translate(_DROP_STOP)
    return frozenset(map(operator.add, t, t[1:]))


def _item_label(f: Fig) -> str:
    """The words naming a list item, right before its number ("、刑事案件300件" -> 刑事案件)."""
    return f.item or _NOT_HAN.split(f.pre)[-1]


def _same_noun(a: Fig, b: Fig) -> bool:
    """Do two figures name the same thing (one noun contains the other, stop characters ignored)?"""
    na = _core(a.after if a.noun_after else a.before)
    nb = _core(b.after if b.noun_after else b.before)
    return bool(na and nb) and (na in nb or nb in na)


@lru_cache(maxsize=8192)
def _core(label: str) -> str:
    return _bare(label).translate(_DROP_STOP)


def _bare(label: str) -> str:
    """A label without the verb that introduces the figure (基层党组织增至 -> 基层党组织)."""
    return _INTRO_VERB.sub("", label)


def _successive_stages(whole: Fig, parts: list[Fig], words: list[str]) -> bool:
    """Do the parts name stages of a process other than the total's own?  (抓获 ... 其中逮捕、起诉
    may count the same people twice; 审结 ... 其中审结刑事案件、民事案件 are kinds of one stage.)"""
    own = {o for o in words if o in whole.before or o in whole.after}
    return any(o in p.before or o in p.after for p in parts for o in words if o not in own)


def _same_unit(a: Fig, b: Fig) -> bool:
    """Same classifier family; a headline often drops the classifier (9671万 for 9671.2万人)."""
    return a.family == b.family or not a.unit or not b.unit


def _related(a: Fig, b: Fig) -> bool:
    """Already a whole and its part, or two parts of one whole (分别…9场、8场、7场、6场、6场: the
    last two are two items, not one stated twice): not a restatement."""
    return (a.group is not None and (a.group.whole is b or a.group is b.group)) \
        or (b.group is not None and b.group.whole is a)
