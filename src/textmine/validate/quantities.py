"""The quantities as the validator sees them: the bounds a figure as written allows (77.7万 is
[77.65万, 77.75万], 800余 is [800, 900)), its label, and how a total is written back in a message."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Iterable

import regex

from ..document import Document
from .patterns import (
    _ALSO_UNIT,
    _BOUND_LABEL,
    _BRACKETED_UNIT,
    _CAP_END,
    _COUNT_OF_DAYS,
    _EACH_GIVEN,
    _REST_CLAUSE,
    _REST_NAMED,
    _FROM_END,
    INF,
    _LEAD,
    _NEW_AMONG,
    _NEW_ONES,
    _NOT_HAN_RUN,
    _NUMERAL_FIRST,
    _OCCUPY_END,
    _ONE,
    _PER_CAPITA,
    _PER_END,
    _PER_MILLE,
    _tables,
    _TAIL_JUNK,
    _THAN_END,
    _TO_AHEAD,
    _ZERO,
)
from .text import _Text

_HOW_OFTEN = regex.compile(r"每(?:周|天|日|月|年|星期)(?!每|的)\p{Han}")  # 每周开放: a frequency, no rate


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

    @property
    def as_written(self) -> bool:
        """Stated as a plain number (no 约, 余, 超过), exact or rounded to its last digit (116.8万亩)?"""
        return (self.q.get("qualifier") or "exact") == "exact" and self.hi is not None

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


_LIST_AFTER = regex.compile(r"[，,]\s*(?:当中|其中)")  # a list of parts right after a figure


_SIZE_CLASS = regex.compile(r"的\p{Han}{0,8}\d")  # 1000头以上|的21个: what the next count is of

def _list_of_parts_after(text: str, e: int) -> bool:
    """Does a list of parts (当中/其中, then items joined by 、 in the sentence) follow the figure
    ending at ``e``?"""
    m = _LIST_AFTER.match(text, e)
    if m is None:
        return False
    stop = text.find("。", m.end())
    return "、" in text[m.end():stop if stop >= 0 else len(text)]

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
_UNITS_AFTER_WAN = regex.compile(r"(\d[\d,]*)(千|百)?")  # the second group of 4万3,218 or 12万6千


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
    if m.group(3) == "万" and (rest := _UNITS_AFTER_WAN.match(norm, end)):
        # "4万3,218人", "12万6千人次" (Taiwan's and Hong Kong's way): written to its units, or its 千
        step = {"千": Decimal(1000), "百": Decimal(100)}.get(rest.group(2) or "", _ONE)
        more = norm[rest.end():rest.end() + 1] in ("余", "多")
        return 0, step, more, norm[m.start():rest.end() + more].replace(",", "")
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
        second = ""
        if len(unit) == 2 and unit[0] in norm and _BRACKETED_UNIT.search(norm):
            # 4250套(间): the figures stage names the unit 套间 (as the gold files do); the checks read
            # 套 with 间 beside it, like 535家(户), so that it sums with 5230套
            unit, second = unit[0], unit[1]
            fam = tb.families.get(unit, unit)
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
        # (a unit with a slash is a rate, 元/月 -- but a count's, 3816件/套, names either classifier)
        # (but "3间每周开放五天": 每周 and a verb say how often the things counted do something)
        per = post.startswith("/") or post.startswith("每") and not _HOW_OFTEN.match(post) \
            or "/" in unit and kind != "count" or fractional or bool(
            ("每" in pre or "各" in pre or "/" in pre) and (_PER_END.search(pre) or _PER_CAPITA.search(pre))
            or not tb.average_ends.isdisjoint(pre) and tb.average.search(pre)) \
            or bool(_CAP_END.search(pre))  # "每宗资助上限为8万港元": a cap, no total of anything
        if per and not fractional and "每" not in pre and "各" not in pre and "/" not in pre and "/" not in unit \
                and _list_of_parts_after(text, e):
            # "日均载客382万人次，当中九巴265万人次、城巴91万人次…": an average broken down into the
            # averages of its parts (a list: not "年均超收2040亿元，其中去年超收2573亿元") is their total
            per = False
        if per and figs and "各" in pre and "每" not in pre and "/" not in pre and not fractional:
            # "其中县直机关单位开展46场次、各乡镇开展71场次": 各 after a sibling item of the same unit
            # (a 、 and no clause end between them) names one more part of a list, not "each"
            prev = figs[-1]
            between = text[prev.end:s]
            if (prev.unit == unit and not prev.per and "、" in between and "各" in between.rsplit("、", 1)[1]
                    and not any(c in between for c in "，,。；;：:") and not _EACH_GIVEN.search(pre)):
                per = False
        # (but a count of days, "优良天数为322天" / "优级天数141天", counts days as things: it sums)
        # (nor does time given in thousands of hours, "义工服务时数合共2,686万小时": an amount of work,
        # not how long something lasted)
        aside = (unit in tb.durations and not _COUNT_OF_DAYS.search(pre) and v < 1000
                 or bool(("由" in pre or "从" in pre) and _FROM_END.search(pre) and _TO_AHEAD.match(post))
                 or bool(("比" in pre or "较" in pre) and _THAN_END.search(pre) and not tail.endswith(tb.delta))
                 # "存栏1000头以上的21个、500至999头的19个": a size class naming the things the count after
                 # it counts (a bound, then 的 and a noun, then a figure in the clause; a range, then 的 and
                 # a noun: "其余16个为存栏100至499头的家庭牧场")
                 or bool(q.get("qualifier") in ("over", "under") and _SIZE_CLASS.match(text, e)
                         or q.get("value_max") is not None and _BOUND_LABEL.match(text, e)))
        status = None
        if tb.rest.search(pre[-3:]) or _REST_NAMED.match(text, cs, s) or _REST_CLAUSE.match(text, cs, s) and not (
                # (not the count closing a list of names after the rest: "其余6个分布在东风路、望麓园等6个街道")
                text[s - 1] == "等" and any(c.isdigit() for c in text[cs:s])):
            status = "rest"
        elif "已" not in pre and tb.pending.search(text, cs, ce):  # (in the clause, without slicing it)
            status = "pending"
        elif (item := text.rfind("、", cs, s) + 1) > cs and "已" not in text[item:s] \
                and tb.pending.search(text, item, ce if (nxt := text.find("、", e, ce)) < 0 else nxt):
            status = "pending"  # "其中已完工并联438件、施工中72件": an item of its own stage after a done one
        elif text.find("已", cs, ce) >= 0 or tb.done_after.search(post):
            status = "done"
        figs.append(Fig(q=q, idx=i, id=str(q.get("id") or f"q{i + 1}"), start=s, end=e, value=v, lo=lo, hi=hi,
                        unit=unit, kind=kind, family=fam, sent=bisect_right(sent_cuts, s - 1),
                        para=bisect_right(para_cuts, s - 1), clause=k,
                        shown=shown, aside=aside, per=per, noun_after=noun_after, pre=pre,
                        delta=delta, status=status, paren=paren, headline=s < tx.headline_end,
                        before=_han(pre)[-10:], after=after,
                        also=tb.families.get(second, second) if second else
                        tb.families.get(also.group(1), also.group(1)) if also else ""))
    return figs


def _label_after(post: str, end: "regex.Pattern") -> str:
    """The noun right after a figure: up to a separator, a digit or a predicate word (``end``)."""
    m = end.search(post)
    return _han(post[:m.start()] if m else post)[:10].lstrip("的")


def _shown(norm: str, v: Decimal, kind: str) -> str:
    """How a figure is written in a message: its number as in the text (6万余, 1.26万, 53.98%)."""
    s = _written(norm)[3]
    if s is not None:
        # (a share in tenths as written: "7成以上" is 7成, not 7%)
        return s + (("成" if "成" in norm and "%" not in norm else "%") if kind == "percent" else "")
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
        if m >= Decimal(10) ** 4:  # (万, 亿; not the 千 of 2万5千, written to its thousands)
            name = next(k for k, x in _MULT.items() if x == m)
            return _fmt(total / m) + name
    if total >= Decimal(10) ** 8 and total % Decimal(10) ** 6 == 0:
        return _fmt(total / Decimal(10) ** 8) + "亿"
    if total >= Decimal(10) ** 4 and total % Decimal(100) == 0 and len(mults - {Decimal(1)}):
        return _fmt(total / Decimal(10) ** 4) + "万"
    return _fmt(total)
