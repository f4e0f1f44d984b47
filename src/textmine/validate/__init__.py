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

from decimal import Decimal

from ..document import Document
from .patterns import cues
from .quantities import _dec, _figures
from .text import _Text
from .validator import _Validator

__all__ = ["validate", "cues"]


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
