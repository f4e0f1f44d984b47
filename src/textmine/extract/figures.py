"""The figures stage: every number in an article with its qualifier, unit, kind and what it counts.

``组织2000余名党员干部赴西柏坡`` becomes value 2000, qualifier ``over``, unit ``名``,
kind ``count``, counted ``党员干部``.  One compiled regex (built from the
lexicons in ``data/figures/``) finds candidate spans -- optional leading
qualifier, optional 第, the number (or a range), a middle qualifier (余 多),
a multiplier (万 亿), the unit, a trailing qualifier -- and a handful of
general rules decide what is *not* a figure:

* dates and clock times (``2021年``, ``10月28日``, ``1至9月``, ``2022年度``);
* numerals inside idioms and fixed terms listed in ``nonfigures.txt``
  (``一把手``, ``四史``, ``全国两会``), and numerals glued inside a longer word
  jieba knows (``统一``, ``一次性``) -- the word, not a phrase list, says so;
* 一个/一种 before an abstract noun of a set phrase (``迈上一个新台阶``,
  nouns in ``set_phrase_nouns.txt``); a numeral+classifier that jieba reads
  as the head of a longer word (``零部件``);
* a bare Chinese numeral without a unit, a bare 百/千/万/亿 without a
  qualifier (``百姓``, ``千家万户``), 第N that is neither a numbered item nor a rank;
* anything in ``doc.excluded`` (garbled islands, page chrome).

Spans are in normalized coordinates; ``records.py`` maps them to the original.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import Any

import regex

from ..document import Document
from .counted import find_counted
from .lexicon import Unit, lexicon
from .numerals import DIGITS, parse_fraction, parse_number, parse_range
from .wordscan import WordScan

__all__ = ["extract_figures", "find_figures"]

# characters that end a place named by a distance in li (十里镇, 三里屯, 八里庄, 五里桥)
_PLACE_AFTER_LI = frozenset("镇乡村庄屯铺店桥河街坡湾堡营寨牌岗坪墩亭冲沟湖")
# a town, township or village name ending right after a numeral and classifier (三班镇、…): its
# suffix, then no more of a noun (but 三批乡镇干部 counts cadres; towns are counted by 个, 座)
# (one more character may stand before the suffix, and the town's own figure after it: 六道河镇13个)
_TOWN_NAME_END = re.compile(r"[\u4e00-\u9fff]?[镇乡村](?=[、，,。；;的和与及）)\s\d]|$)")
_TOWN_COUNTERS = frozenset(("个", "座", "处", "家"))
_DIAL = ("拨打", "致电", "拨通", "请拨", "热线")  # (right before a telephone or hotline number)
_CAPITALS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖")  # the numerals of amounts written against forgery
_CN_DIGITS = "〇○零一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖廿卅几"
_CN_UNITS = "十拾百佰千仟万亿萬億"
# (Hong Kong's releases group thousands with a space: 約3 000公里; only whole groups of three, so a
# telephone number's 2824 5000 stays two numbers)
_AR = r"(?:\d{1,3}(?: \d{3})+(?![\d.,])|\d+(?:,\d{3})*(?:\.\d+)?)"
_CN = f"[{_CN_DIGITS}{_CN_UNITS}]+(?:点[〇零一二三四五六七八九]+)?"
# 千 before 瓦/克/米/伏/升 belongs to the unit (12万千瓦, 9.2万千升), not to the number
_KILO = r"千(?![瓦克米伏升])"
_NUM = (rf"(?:{_AR}(?:(?:[万亿百萬億仟佰]|{_KILO})+(?:{_AR}|(?:[{_CN_DIGITS}十拾百佰仟万亿萬億]|{_KILO})+)?)*"
        rf"|数(?=[十百千万])[{_CN_UNITS}]+|{_CN})")
_RANGE_SEP = r"(?:至|到|——|--|-|~|～|—|－)"
_UNIT_CHARS = "十拾百佰千仟万亿萬億"
# counts of things that come whole; a fractional count (2.2本) is a section number, not a figure
_FRACTIONAL_OK = {"小时", "天", "年", "个月", "分钟", "岁", "周岁", "倍", "分"}  # (分: a score, 96.8分)
# the bound a word before or after 一半 sets (近一半, 一半以上)
_HALF_BOUNDS = {"近": "under", "约": "about", "超过": "over", "逾": "over", "以上": "over", "多": "over"}
# 每千人口拥有执业医师2.6人, 人均…, 千人抽检量4.1批次: a count per head may be fractional (and so may its change);
# so may one per day or a turnover rate (日均周转率由1.8次提高到3.1次)
_PER_CAPITA = regex.compile(r"每[千万百十]?[人户名个]|人均|平均|户均|[日月年周场]均|周转率|千人口|万人口|(?<![近约逾超余多数\d])[千万]人(?=\p{Han}{0,4}[量数率])")
# 三次产业结构比为25.72:26.84:47.44, 产业结构由9.2：40.1：50.7调整为…: shares of a whole
_SHARES_OF = regex.compile(r"比|结构|构成")
_OVER_OR_NEARLY = frozenset(("逾", "超过", "超", "近", "将近", "接近"))
_YEAR_LIKE = regex.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{3,4})$")
_DURATION_UNITS = {"年", "小时", "天", "个月", "分钟", "岁", "周岁"}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, "regex.Pattern[str]"]:
    lex = lexicon()
    leads = lex.alternation(lex.leads)
    mids = lex.alternation(lex.mids)
    tails = lex.alternation(lex.tails)
    # a unit opens with one of these; the trie is the alternation, tried a character at a time
    units = f"(?=[{re.escape(''.join(sorted({w[0] for w in lex.units})))}]){lex.trie(lex.units)}"
    # The two scans over every document use the stdlib engine, which (unlike ``regex``) gives
    # up at once where the leading lookahead's characters do not occur: a figure opens with a
    # qualifier, 第 or a numeral; the matches are the same (tests/test_scan_equivalence.py).
    # (It still tries the pattern at every position: stdlib skips through the text in C only
    # for a pattern opening with a literal or a character set, not with a lookahead.)
    openers = "".join(sorted({w[0] for w in lex.leads} | set(_CN_DIGITS + _CN_UNITS + "第数")))
    figure = re.compile(
        rf"(?=[\d{re.escape(openers)}])"
        rf"(?P<lead>{leads})?(?P<ord>第)?(?P<num>{_NUM})"
        rf"(?:(?P<sep>{_RANGE_SEP})(?P<num2>{_NUM}))?"
        rf"(?P<mid>{mids})?(?P<mult>[万亿]+)?(?P<unit>{units})?(?P<half>半)?(?P<tail>{tails})?"
    )
    fraction = regex.compile(
        rf"(?P<lead>{leads})?(?P<num>(?:百|[{_CN_DIGITS}{_CN_UNITS}\d]+)分之[{_CN_DIGITS}{_CN_UNITS}]+(?:点[〇零一二三四五六七八九]+)?|百分之{_AR})"
        rf"(?P<tail>{tails})?"
    )
    # 占全市总数的一半以上, 近一半: half of a whole after a word for a share, with its bounds
    half = regex.compile(r"(?:(?P<lead>近|约|超过|逾)|(?<=(?:占|达|为)[^，。；]{0,8}?))一半(?P<tail>以上|多)?")
    nonfig = re.compile(lex.alternation(lex.nonfigures)) if lex.nonfigures else None
    list_share = regex.compile(rf"(?<![\d.])(?P<num>{_AR})(?=(?:和|、|与|及|或)(?:{leads})?\d)")
    ratio = regex.compile(rf"(?<![\d.:：])(?P<nums>{_AR}(?:[:：]{_AR})+)(?![\d.])")
    # 一个新台阶 (set phrase nouns), 一个重要的/很大的/长期的…: a description, not one of something
    set_phrase = regex.compile(rf"(?:(?:新|大|更大|更高|崭新|全新|良好|浓厚|重要)?的?(?:{lex.alternation(lex.set_phrase_nouns)})"
                               rf"|[^\d\s，,。；;、：:“”\"（）()]{{1,4}}的)")
    # _read unpacks the groups by position (m.groups() is cheaper than looking up nine names)
    assert list(figure.groupindex) == ["lead", "ord", "num", "sep", "num2", "mid", "mult", "unit", "half", "tail"] \
        and figure.groups == 10, "figure groups moved: update _read"
    return {"figure": figure, "fraction": fraction, "half": half, "nonfig": nonfig, "list_share": list_share, "ratio": ratio,
            "set_phrase": set_phrase}


def _word_before_ends_in(text: str, at: int, ch: str) -> bool:
    """Is ``text[at - 1] + ch`` a common word of jieba's dictionary (签约, 节约, 预约; not the rare
    共约 or 口约, where 约 is "about")?  Only with the tokens' say (:meth:`_Glue.ends_word`): 失约 is
    a word, but 经济损失|约200万元 is "about"; and the tokenizer alone glues 镇约, 员约."""
    from ..segment import short_freq

    return short_freq().get(text[at - 1] + ch, 0) >= 10


@lru_cache(maxsize=1)
def _nonfigure_scan() -> WordScan | None:
    """The non-figure terms found as their alternation finds them, at a third of its cost."""
    return WordScan.of(lexicon().nonfigures)


@lru_cache(maxsize=64)
def _scale_of_mult(mult: str | None) -> Decimal:
    out = Decimal(1)
    for ch in mult or "":
        out *= 10**4 if ch in "万萬" else 10**8
    return out


@lru_cache(maxsize=4096)
def _has_digit(s: str) -> bool:
    return any(ch.isdigit() or ch in DIGITS or ch in "廿卅几数" for ch in s)


class _Glue:
    """Is a Chinese numeral glued inside a longer word jieba knows (统一, 一次性)?"""

    def __init__(self, tokens: list[tuple[str, int, int, str]], starts: list[int] | None = None):
        self.tokens = tokens
        self.starts = starts  # None: bisect the tokens by their start (no list built per document)

    def ends_word(self, pos: int) -> bool:
        """Does the character at ``pos`` end a word that starts before it (the 约 of 签约)?"""
        if self.starts is not None:
            i = bisect.bisect_right(self.starts, pos) - 1
        else:
            i = bisect.bisect_right(self.tokens, pos, key=_token_start) - 1
        return i >= 0 and self.tokens[i][1] < pos and self.tokens[i][2] == pos + 1

    def glued(self, num_start: int, span_end: int) -> bool:
        if self.starts is not None:
            i = bisect.bisect_right(self.starts, num_start) - 1
        else:
            i = bisect.bisect_right(self.tokens, num_start, key=_token_start) - 1
        if i < 0:
            return False
        word, ts, te, pos = self.tokens[i]
        if ts < num_start and te > num_start:
            # the numeral starts mid-word: 统一, 唯一 -- unless the head is a numeral too
            head = word[: num_start - ts]
            if not all(ch in DIGITS or ch in "十百千万亿第约近超逾余多" for ch in head):
                return True
        if te > span_end and pos not in ("m", "mq", "q", "x", "eng") and ts >= num_start:
            return True  # 一次性, 一把手: the word goes on past the unit
        if te > span_end and pos in ("m", "mq") and ts == num_start and not any(
                ch in DIGITS or ch in _UNIT_CHARS or ch in "半多余几来" for ch in word[span_end - ts:]):
            return True  # 零部件 (tagged mq): a word, not 零 + 部
        return False


_token_start = itemgetter(1)
_span_of = itemgetter("start", "end")  # a figure dict's span, its sort key


def token_starts(tokens: list[tuple[str, int, int, str]]) -> list[int]:
    """The start offset of every token, for callers that bisect a list.

    The figures stage itself bisects ``tokens`` with ``key=``: a few hundred look-ups per
    document cost less than building this list of every token's start."""
    return list(map(_token_start, tokens))


def _rank_context(text: str, start: int, rank_words: tuple[str, ...]) -> bool:
    before = text[max(0, start - 4):start]
    return any(before.endswith(w) for w in rank_words)


def _share_suffix(num: str, num2: str) -> str:
    """``两到三万`` means 20000-30000: the low end borrows the high end's trailing units.

    Borrow only when the low end then stays below the high end's leading number
    (``从8500到3万`` keeps 8500; ``一千到两千万`` becomes 一千万).
    """
    if not num or num[-1] in _UNIT_CHARS:
        return num
    try:
        low = parse_number(num)
    except ValueError:
        return num
    for cut in range(1, len(num2)):
        lead, suffix = num2[:cut], num2[cut:]
        if not all(ch in _UNIT_CHARS for ch in suffix):
            continue
        try:
            if low < parse_number(lead):
                return num + suffix
        except ValueError:
            continue
    return num


def _in_slogan(text: str, pos: int) -> bool:
    """Inside a quoted slogan (“一个项目、一名领导、一套专班”) 一 enumerates, it does not count."""
    open_q = text.rfind("“", max(0, pos - 30), pos)
    return open_q >= 0 and "”" not in text[open_q:pos]


_EDITIONS = frozenset(("届", "期", "季"))  # ordinals of an event's edition, quoted names included


def _opens_slogan(text: str, pos: int) -> bool:
    """“两个毫不动摇”, “三个区分开来”: a Chinese numeral opening a short quoted slogan."""
    if pos == 0 or text[pos - 1] not in "“「":
        return False
    close = text.find("”" if text[pos - 1] == "“" else "」", pos, pos + 12)
    return close > 0


@lru_cache(maxsize=4096)
def _value(num: str) -> tuple[Decimal, Decimal | None, bool]:
    """(value, value_max, vague) for one numeral; raises ValueError when it is none.

    Cached: reports repeat their numerals (一, 2, 10), and Decimals are immutable."""
    rng = parse_range(num)
    if rng is not None:
        if "几" in num and num.replace("几", "") == "":
            raise ValueError("几 alone is no number")
        return rng[0], rng[1], "几" in num or num.startswith("数")
    return parse_number(num), None, False


_LIST_SEPS = frozenset("、")
_RANGE_SEPS = frozenset("至到~～")
_NUMERAL_CHARS = frozenset("零〇一二三四五六七八九十百千万亿两0123456789０１２３４５６７８９")


_TENTHS = "一二三四五六七八九"
_MORE_THAN_TIME = ("月", "小时", "星期", "工作日")  # after 个多: 两个多月


def _opens_unit(text: str, at: int) -> bool:
    """Does a unit of units.tsv start at ``at`` (三成六个月: the 六 counts months, no tenth of 成)?"""
    units = lexicon().units
    return any(text.startswith(u, at) for u in units if u[:1] == text[at:at + 1])


@lru_cache(maxsize=1)
def _unit_ends() -> frozenset[str]:
    """Last characters of the units: a list item ending in one is likely a figure (四十斤、六十斤)."""
    return frozenset(u[-1] for u in lexicon().units)


_ARTICLE = r"第[\d一二三四五六七八九十百零〇]+条(?:第[\d一二三四五六七八九十]+款)?(?:第[\d一二三四五六七八九十]+项)?"
# (and the ones joined to it: 消防法第6条及第9条)
_LAW_ARTICLE = regex.compile(rf"(?<=法|条例|办法|规定|细则|规则|决定|》){_ARTICLE}(?:[、及和与至]{_ARTICLE})*")


def find_figures(text: str, tokens: list[tuple[str, int, int, str]] | None = None,
                 excluded: list[tuple[int, int, str]] | None = None, *,
                 starts: list[int] | None = None) -> list[dict[str, Any]]:
    """Figures in ``text`` as dicts (start, end, value, value_max, qualifier, unit, kind), in text order.

    ``tokens`` (jieba, with offsets) enable the glued-word rule; ``excluded``
    regions yield nothing.  Counted and sentence are added by :func:`extract_figures`.
    ``starts``: :func:`token_starts` of ``tokens``, when the caller has them already.
    """
    lex = lexicon()
    pats = _patterns()
    glue = _Glue(tokens or [], starts if tokens else None)
    scan = _nonfigure_scan()
    if scan is not None:
        blocked = scan.spans(text, 0, len(text))
    else:
        blocked = [(m.start(), m.end()) for m in pats["nonfig"].finditer(text)] if pats["nonfig"] else []
    blocked += [(s, e) for s, e, _ in (excluded or [])]
    # an article of a law (消防法第6条, 《条例》第三十七条第二款) is a reference, not a figure
    blocked += [m.span() for m in _LAW_ARTICLE.finditer(text)] if "条" in text else []
    is_blocked = _Blocked(blocked).overlaps

    found: list[dict[str, Any]] = []
    taken = _Taken()

    def add(fig: dict[str, Any]) -> None:
        found.append(fig)
        taken.add(fig["start"], fig["end"])

    # fractions and 百分之 first: their numerals would otherwise be read alone
    for m in (m for a, b in _stretches_with(text, "分之") for m in pats["fraction"].finditer(text, a, b)):
        try:
            value = parse_fraction(m.group("num"))
        except ValueError:
            continue
        lead = m.group("lead")
        qual, in_span = lex.leads.get(lead, ("exact", True)) if lead else ("exact", True)
        if m.group("tail"):
            qual = lex.tails[m.group("tail")]
        start = m.start() if in_span else m.start("num")
        if is_blocked(start, m.end()):
            continue
        open_q = text.rfind("“", max(0, start - 6), start)
        if open_q >= 0 and "”" not in text[open_q:start] and _opens_slogan(text, open_q + 1):
            continue  # “六个百分之百”: a slogan opened by a numeral, no share
        add({"start": start, "end": m.end(), "value": value, "value_max": None, "qualifier": qual,
             "unit": "%", "kind": "percent"})

    for m in pats["half"].finditer(text):
        if not is_blocked(m.start(), m.end()) and not taken.overlaps(m.start(), m.end()):
            qual = _HALF_BOUNDS.get(m.group("lead") or m.group("tail") or "", "exact")
            add({"start": m.start(), "end": m.end(), "value": Decimal(50), "value_max": None,
                 "qualifier": qual, "unit": "%", "kind": "percent"})

    for m in pats["figure"].finditer(text):
        fig = _read(m, text, lex, glue)
        if fig is None and m.group("num")[:1] in _CAPITALS and len(m.group("num")) > 1 \
                and glue.glued(m.start("num"), m.start("num") + 1) \
                and (again := pats["figure"].match(text, m.start("num") + 1)) is not None:
            # 队伍六支: the 伍 of 队伍 is no capital numeral opening the number (五六支)
            fig = _read(again, text, lex, glue)
        if fig is None or taken.overlaps(fig["start"], fig["end"]) or is_blocked(fig["start"], fig["end"]):
            continue
        add(fig)

    # 分别回落2.16和1.66个百分点: a bare number shares the unit of the next one in its list
    by_start = {f["start"]: f for f in found}
    for m in _list_shares(text, pats["list_share"]):
        s, e = m.span("num")
        if taken.overlaps(s, e) or is_blocked(s, e):
            continue
        j = e + 1
        nxt = by_start.get(j)
        if nxt is None or nxt["unit"] is None or nxt["kind"] in ("ordinal", "rank"):
            continue
        value = parse_number(m.group("num"))
        unit = lex.units.get(text[nxt["end"] - len(nxt["unit"]):nxt["end"]])
        scale = unit.scale if unit else Decimal(1)
        add({"start": s, "end": e, "value": value * scale, "value_max": None, "qualifier": "exact",
             "unit": nxt["unit"], "kind": nxt["kind"]})

    # 三次产业结构比为25.72:26.84:47.44: shares of a whole, stated after 比 or 结构
    for m in pats["ratio"].finditer(text) if _colon_between_digits(text) else ():
        clause_start = max(text.rfind(ch, 0, m.start()) for ch in "，,。；;\n")
        if not _SHARES_OF.search(text, clause_start + 1, m.start()):
            continue
        pos = m.start()
        for part in regex.split(r"[:：]", m.group("nums")):
            s, e = pos, pos + len(part)
            pos = e + 1
            if taken.overlaps(s, e) or is_blocked(s, e):
                continue
            add({"start": s, "end": e, "value": parse_number(part), "value_max": None, "qualifier": "exact",
                 "unit": "%", "kind": "percent"})

    found.sort(key=_span_of)
    return _join_ranges(text, found)


def _join_ranges(text: str, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``3000元至5000元``: a range that writes its unit on both ends is one figure, like ``3000至5000元``."""
    out: list[dict[str, Any]] = []
    for f in found:
        a = out[-1] if out else None
        if (a is not None and f["start"] == a["end"] + 1 and text[a["end"]] in _RANGE_SEPS
                and a["unit"] == f["unit"] and a["kind"] == f["kind"] and a["unit"]
                and a["value_max"] is None and f["value_max"] is None
                and a["qualifier"] == "exact" and f["value"] > a["value"]):
            a["end"], a["value_max"], a["qualifier"] = f["end"], f["value"], f["qualifier"]
            continue
        out.append(f)
    return out


# clause and sentence ends: no figure, fraction or qualifier of the lexicons holds one
# (tests/test_scan_equivalence.py), so a match never spans them
_BREAK = regex.compile(r"[，。；！？：\n]")
_BREAK_BEFORE = regex.compile(r"(?r)[，。；！？：\n]")


def _stretches_with(text: str, needle: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` between breaks that hold ``needle``, in text order.

    A pattern that always matches ``needle`` (every fraction holds 分之) then only needs
    scanning there: its matches are the same as over the whole text, at a fraction of the cost.
    """
    out = []
    at = text.find(needle)
    while at >= 0:
        before = _BREAK_BEFORE.search(text, 0, at)
        after = _BREAK.search(text, at)
        end = after.start() if after else len(text)
        out.append((before.end() if before else 0, end))
        at = text.find(needle, end)
    return out


# a digit before a joiner the list_share pattern's lookahead opens with (and 、 和 与 及 或 are
# no digits, so these never overlap); the same engine as that pattern, so \d means the same
_DIGIT_JOINER = regex.compile(r"\d[和、与及或]")
_NOT_NUMBER_CHAR = regex.compile(r"(?r)[^\d,.]")


def _list_shares(text: str, pattern: "regex.Pattern[str]") -> list["regex.Match[str]"]:
    """``pattern.finditer(text)`` for the list_share pattern, tried only where a match can end.

    A match is a number (digits, commas, a point) ending right before a joiner, so it lies
    in the run of such characters before a joiner that follows a digit, and a run holds at
    most one match (all end at its one end).  Such joiners are rare: trying the run before
    each, leftmost start first, finds what a scan of the whole text finds, at a fraction of
    its cost (tests/test_figures_speed.py compares the two)."""
    out = []
    for joined in _DIGIT_JOINER.finditer(text):
        at = joined.end() - 1
        before = _NOT_NUMBER_CHAR.search(text, 0, at)
        for start in range(before.end() if before else 0, at):
            m = pattern.match(text, start)
            if m:
                out.append(m)
                break
    return out


def _colon_between_digits(text: str) -> bool:
    """Does a colon stand between two digits (``\\d`` of the ratio pattern: ``isdecimal``)?

    Every ratio holds one; most texts have none, and finding the few colons is far cheaper
    than scanning for ratios."""
    for colon in ":：":
        at = text.find(colon, 1)
        while 0 < at < len(text) - 1:
            if text[at - 1].isdecimal() and text[at + 1].isdecimal():
                return True
            at = text.find(colon, at + 1)
    return False


def _per_capita(text: str, start: int) -> bool:
    """True when the sentence before ``start`` speaks of a count per head (每千人口, 人均)."""
    floor = max(0, start - 80)
    sent = max(text.rfind(ch, floor, start) for ch in "。！？!?\n") + 1
    return _PER_CAPITA.search(text, max(sent, floor), start) is not None


class _Blocked:
    """The spans no figure may overlap (non-figure terms, excluded regions), for one document.

    A candidate overlaps one when one of the 8 spans starting last before its end reaches
    past its start.  Most candidates lie past every span before them: the greatest end so
    far, kept for each span, says so with one bisect and one comparison."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = list(accumulate((e for _, e in self.spans), max))

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e)
        if i == 0 or self.reach[i - 1] <= s:
            return False  # no span starting before e ends after s
        return any(bs < e and s < be for bs, be in self.spans[max(0, i - 8):i])


class _Taken:
    """The spans of the figures found so far: disjoint and not empty, so kept sorted by start
    their ends are sorted too, and an overlap check is one bisect (not a scan of them all)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e)  # the spans starting before e; the last ends latest
        return i > 0 and self.ends[i - 1] > s

    def add(self, s: int, e: int) -> None:
        if not self.starts or self.starts[-1] < s:
            self.starts.append(s)  # most figures are found in text order
            self.ends.append(e)
            return
        i = bisect.bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)


_WITHIN = ("内", "以内")
_HALF_WORDS = ("日", "天", "程", "价")  # 5条半日游路线: 半 opens the next word (半日游, 半程, 半价), no half
_POINTS = Unit("点", "点", "count", Decimal(1))  # 点 as points (社福点数800点), past any hour of the day
_DAYS_LEAD = ("为期", "历时", "连续", "长达")  # before a number of days, not a date
_DAYS = Unit("日", "日", "count", Decimal(1))  # 日 as a count of days (units.tsv has it as a date's day)
_CAMERA = re.compile(r"视频|监控|摄像|探头|高清|天网|雪亮")
_WELLS = re.compile(r"[井泉孔窖]")
_SCORES = re.compile(r"得分|平均分|总分|满分|评分|分数|成绩|测评|考评|考核|打分|分值|评估|积分|基础分|加分|扣分")
_SCORE_WORD_ENDS = frozenset("之钟秒钱厘别类局配批期级院队行校会布析工解享散担离管")
_STATION_WORDS = ("式", "通", "到底")  # 一站式服务, 一站通办
_TRAIN_OR_NIGHT_WORD_ENDS = frozenset("入为出表举席明车上间会")
_DEGREE_CONTEXT = re.compile(r"电|温|烈度|坡|角")  # where 度 is a kilowatt-hour or a degree
_DEGREE_WORD_ENDS = frozenset("假过日量数")  # 3度假, 两度过: 度 opens a word
_ROOT_WORDS = ("据", "本", "源", "治", "除", "系", "基")
_ROAD_WORDS = ("路", "理", "德", "歉", "具", "观", "口", "教")  # 3道路口, 道理, 道德: 道 opens a word
_CITY_SCOPES = ("全省", "全国", "全区", "全港", "全澳", "全市", "辖", "共有", "共", "其余", "其他", "其中")  # before a
# count of cities (全省16市, 其余4区, 全港18区…其中16区)
_NAMES_LISTED_BEFORE = regex.compile(r"\p{Han}{2,4}[、及和与]\p{Han}{2,4}$")  # 东涌、屯门、元朗及观塘|五区
_CITY_WORD_ENDS = frozenset("场民区委级长县值容政内里面直属域划间块别分")  # 市场, 市民, 市区, 市委, 区域: words


def _clause_before(text: str, at: int, width: int) -> str:
    """The text of the sentence before ``at`` (after its last 。；！？ or line break), at most ``width``
    characters."""
    before = text[max(0, at - width):at]
    cut = max(before.rfind(ch) for ch in "。；;！？\n")
    return before[cut + 1:]


def _listed_town(text: str, start: int, end: int) -> bool:
    """Does a town's suffix follow a numeral and classifier that an item of a list of such towns
    precedes ("联合浔中镇、龙浔镇、三班镇开展培训": 三班镇 is the third town, whatever comes after)?"""
    suffix = text[end:end + 1]
    return bool(suffix) and suffix in "镇乡村" and text.endswith("、", 0, start) \
        and text.endswith(suffix, 0, start - 1)


def _read(m: "regex.Match[str]", text: str, lex, glue: _Glue) -> dict[str, Any] | None:
    """One regex match to a figure dict, or None when the rules say it is not one."""
    lead, ordinal, num, _sep, num2, mid, mult, unit_s, half, tail = m.groups()
    if " " in num:
        num = num.replace(" ", "")  # 3 000: a thousands space
    unit = lex.units.get(unit_s) if unit_s else None
    if unit_s == "日" and (tail in _WITHIN or "." in num or num == "两" and not lead
                          or text.endswith(_DAYS_LEAD, 0, m.start()) or text.startswith("限期", m.end("unit"))):
        unit = _DAYS  # 15日内, 10至15日内: a number of days to do something in, no date; nor is 1.2日 (nor
        # 一连两日: no date is written with 两; nor 为期60日, 历时3日: how long it lasted; nor 七日限期: a deadline)
    # most matches are bare numerals (一, 2021 before 年 taken by the date rules): settle them
    # before anything else -- the rules below give None for them as well
    if unit is None and not ordinal and not mult and "万" not in num and "亿" not in num:
        return None
    # (逾1500年, 近2000年: more or nearly so many years is a span of time, no year)
    # (but 超过1979年 compares with a year's level: a span is older than any year a report compares with,
    # or has its 历史 or 之久 after it)
    year_span = unit_s == "年" and lead in _OVER_OR_NEARLY and (
        text.startswith(("历史", "的历史", "之久"), m.end("unit"))
        or num.isdigit() and not 1800 <= int(num) <= 2100) \
        or unit_s == "年" and mid in ("多", "余")  # (制笔历史已有1600多年: no year is "more than" one)
    if unit_s == "点" and (num.isdigit() and int(num) > 24 or "万" in num):
        unit = _POINTS  # 每人每月享有800点社福点数: no clock reads 800点
    if unit is not None and unit.kind == "time" or unit_s == "年" and not num2 and not year_span \
            and _YEAR_LIKE.match(num.replace(",", "")):
        return None
    arabic = num[0].isdigit()
    num_start = m.start("num")
    if arabic and not lead and text.endswith(_DIAL, 0, num_start):
        return None  # 可拨打1999台南市民服务热线, 致电12345: a number dialled is no figure
    # "即涪城、游仙、三台、盐亭…": a Chinese numeral with its classifier standing alone between two list
    # separators, among items that are no figures, is an item's name (三台县), not a count
    if not arabic and 1 < m.start() and m.end() + 1 < len(text) and text[m.start() - 1] in _LIST_SEPS \
            and text[m.end()] in _LIST_SEPS and text[m.end() + 1] not in _NUMERAL_CHARS \
            and text[m.start() - 2] not in _NUMERAL_CHARS and text[m.start() - 2] not in _unit_ends():
        return None
    # "年极端最低气温-4.6℃": a temperature below zero (not the dash of a range or a code: 3-5℃, A-4)
    minus = (arabic and not num2 and not lead and unit_s in _SIGNED_UNITS and num_start > 0
             and text[num_start - 1] in "-−" and not (num_start > 1 and (
                 text[num_start - 2].isascii() and text[num_start - 2].isalnum()
                 or text[num_start - 2] in _NUMERAL_CHARS or text[num_start - 2] in "._-/")))
    # an Arabic number glued to letters or other digits is a code, not a figure (5·8人道公益日: a date) --
    # unless an acronym names what a classifier counts (AED3至5台)
    if arabic and num_start > 0 and not minus and (text[num_start - 1].isascii() and text[num_start - 1].isalnum()
                                                   or text[num_start - 1] in "._-/·") \
            and not (unit is not None and unit.kind == "count" and _ACRONYM_BEFORE.search(text, 0, num_start)):
        return None
    if not _has_digit(num) and not num.startswith(("十", "拾")):
        # a bare 百/千/万 counts only with a qualifier (逾百场, 近千人, 超千万人次); never alone
        # (十 is ten, not a round "hundreds": 十余次, 十件实事)
        if not (lead and num in ("百", "千", "万", "百万", "千万", "亿", "百亿", "千亿")):
            return None
        if lead == "约" and m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff":
            return None  # 新签约亿元以上项目: the 约 of 签约 and a threshold, not "about 100 million"
    # a range needs a unit (3至5个); otherwise the separator is not ours
    if num2 and not unit:
        num2 = None
    try:
        if num2:
            num = _share_suffix(num, num2)
        value, value_max, vague = _value(num)
        if num2:
            value_max = _value(num2)[0]
    except ValueError:
        return None
    end = m.end("num2") if num2 else m.end("num")
    if not arabic and "几" not in num and glue.tokens:
        pass
    # -- what kind of number is it?
    kind: str | None = unit.kind if unit else None
    unit_name: str | None = unit.unit if unit else None
    if unit and unit.kind == "time":
        return None
    if unit_s in ("台", "臺") and text.startswith(("湾", "灣"), m.end("unit")):
        return None  # 2024台湾国际兰展: a year before the island's name, no machines
    if unit_s == "部" and text.startswith("门", m.end("unit")):
        return None  # 两部门合作: departments, no count of parts or films
    if unit_s == "馆" and not arabic:
        return None  # 两馆全年共接待, 三馆一站: the venues named before, or a fixed term; 31馆 counts them
    if unit_s == "路" and not _CAMERA.search(text, max(0, m.start() - 10), min(len(text), m.end() + 6)):
        return None  # 3路公交, 兵分三路: a bus line or an idiom; 路 counts cameras only (视频监控642路)
    if unit_s == "眼" and not _WELLS.search(_clause_before(text, m.start(), 60) + text[m.end():m.end() + 2]):
        return None  # 一眼望去, 两眼: a glance or eyes; 眼 counts wells and springs (机井1200眼, 3眼机井)
    if unit_s == "分" and (not arabic or text[m.end("unit"):m.end("unit") + 1] in _SCORE_WORD_ENDS
                          or text[m.end("unit"):m.end("unit") + 1].isdigit()
                          or not _SCORES.search(_clause_before(text, m.start(), 40))):
        return None  # 十分, 3分12秒, 1分钱: 分 is a score, in digits, only after a word for one (平均分提高了近10分)
    if unit_s == "届" and not ordinal and text.endswith("连续", 0, m.start()):
        kind = "count"  # 已连续四届荣获: four editions running, a count (四届 alone is the fourth)
    if unit_s == "包" and text.startswith(("括", "含", "装", "干", "保", "容"), m.end("unit")):
        return None  # 3包括, 包干: 包 opens a word; it counts packets (蔬菜种子1.5万包)
    if unit_s in ("市", "区", "省", "县") and (ordinal or text[m.end("unit"):m.end("unit") + 1] in _CITY_WORD_ENDS
                                  or not (text.endswith("等", 0, m.start()) or text.endswith(_CITY_SCOPES, 0, m.start())
                                          or _NAMES_LISTED_BEFORE.search(text, max(0, m.start() - 12), m.start()))):
        return None  # 等5市, 全省16市, 全港18区, 浙江、广东、福建三省 count cities, districts or provinces; 两市联动, 3市场,
        # 第2市, 3区域 do not
    if unit_s == "局" and not arabic:
        return None  # 两局合办, 五局三胜: bureaus or a match's format; 局 counts games in digits (对弈4860局)
    if unit_s in ("列", "晚") and (not arabic or text[m.end("unit"):m.end("unit") + 1] in _TRAIN_OR_NIGHT_WORD_ENDS):
        return None  # 两列, 列入, 列车, 一晚上: 列 counts trains in digits (班列186列), 晚 nights (平均留宿1.6晚)
    if unit_s == "度" and (num in ("一", "两", "再", "几", "数") or text[m.end("unit"):m.end("unit") + 1] in _DEGREE_WORD_ENDS
                          or not _DEGREE_CONTEXT.search(_clause_before(text, m.start(), 30))):
        return None  # 一度, 两度, 年度, 力度: 度 counts kilowatt-hours (发电1420万度) and degrees (温度降低3至5度, 烈度8度)
    if unit_s == "道" and (num == "一" or text.startswith(_ROAD_WORDS, m.end("unit"))):
        return None  # 一道参加: together; 3道路口: 道 opens a word; it counts gates and courses (闸门16道, 两道防线)
    if unit_s == "根" and text.startswith(_ROOT_WORDS, m.end("unit")):
        return None  # 2根据, 1根本: 根 opens a word; it counts piles, poles and pipes (充电桩1260根)
    if unit_s == "站" and (text.startswith(_STATION_WORDS, m.end("unit"))
                          or "站" not in _clause_before(text, m.start(), 16)):
        return None  # 一站式, 三馆一站: a fixed term; 站 counts stations named before (充电站新增17站)
    if unit_s in ("年", "届") and not year_span and _YEAR_LIKE.match(num.replace(",", "")):
        return None  # 2021年, 二〇二一年: a year; 2024届毕业生: the class of a year
    if unit_s in ("年", "天", "个月") and not ordinal and (
            text.startswith(("来", "前", "以来"), m.end("unit")) or text[max(0, m.start() - 2):m.start()] == "过去"
            or lead == "近" and text.startswith(_SINCE_FRAME, m.end("unit"))):
        return None  # 五年来, 十年前, 过去一年, 创近五年新高: a time frame, not a count
    if unit_s == "年" and not (mid or tail or lead) and not ordinal and arabic and len(num) >= 3 and (
            "." not in num or text[m.start() - 1:m.start()].isascii() and text[m.start() - 1:m.start()].isalpha()
            or text.startswith(("均", "度"), m.end("unit"))):
        return None  # (but 5.5年 is no year: a time to wait; PM2.5年均浓度 is neither)
    if unit_s == "成" and (arabic and value > 10 or not arabic and value > 10):
        return None
    if ordinal:
        if unit and unit_s in lex.ordinal_units:
            kind = lex.ordinal_units[unit_s]
        elif unit is None and not mult and not mid:
            after = text[m.end("num"):m.end("num") + 1]
            if _rank_context(text, m.start(), lex.rank_context) or after in ("", "，", "。", "；", " ", "\n", "！", "）"):
                kind = "rank"
            else:
                return None
        else:
            return None
    if unit is None and kind is None:
        if mult or any(ch in "万亿" for ch in num):
            kind = "count"  # 9671万: a count of something named elsewhere
        else:
            return None
    # after the unit: the kind may change with the word that follows (四次会议)
    unit_end = m.end("unit") if unit_s else (m.end("mult") if mult else (m.end("mid") if mid else end))
    overridden = False
    if unit_s and not ordinal:
        for u, follow, new_kind in lex.kind_overrides:
            if u == unit_s and follow.match(text, unit_end):
                kind, overridden = new_kind, True
    # -- qualifiers
    qual = "exact"
    start = m.start("ord") if ordinal else num_start
    if lead:
        lq, in_span = lex.leads[lead]
        # 最近 附近: 近 belongs to the word before
        if lead == "近" and m.start() > 0 and text[m.start() - 1] in "最附临邻亲靠贴就将接":
            lq, in_span = "exact", False
        elif lead == "约" and m.start() > 0 and _word_before_ends_in(text, m.start(), "约") \
                and glue.ends_word(m.start()):
            lq, in_span = "exact", False  # 新增签约2300户: 约 ends the word before (not 经济损失|约)
        qual = lq
        if in_span:
            start = m.start()
    if mid:
        qual = lex.mids[mid]
    span_end = unit_end
    if half and unit_s != "个" and text.startswith(_HALF_WORDS, m.end("half")):
        half = None
    if half and unit and (unit.kind in ("measure", "count") or unit_s == "成"):  # (七成半: 75%)
        value += Decimal("0.5")
        span_end = m.end("half")
    if tail:
        tail_ok = tail in ("左右", "上下", "以上", "以下", "以内", "或以上", "或以下") or unit_s in _DURATION_UNITS \
            or (unit and unit.kind == "measure") or unit is _DAYS or tail in ("及以上", "及以下") \
            or unit_s == "倍" and tail == "多"  # (3倍多: more than three times)
        if tail in ("及以上", "及以下") and unit_s in ("岁", "周岁"):
            tail_ok = False  # 60岁及以上老年人: the bound opens the people's noun; the gold files keep 60岁 the age
        # (a range already bounds the figure: "15至20天内审结" is 15 to 20 days, not under either)
        # (nor is 多 of 多出/多于 -- "比任务136.8万亩多出1.45万亩" -- a qualifier of the figure before it)
        if tail_ok and not half and not (num2 and tail in ("内", "以内")) \
                and not (tail == "多" and text.startswith(("出", "于"), m.end("tail"))):
            qual = lex.tails[tail]
            span_end = m.end("tail")
    if unit_s == "个" and tail in (None, "多") and not half and text.startswith("多", unit_end):
        # 两个多月, 三个多小时: more than so many months or hours (个 + 多 + the unit of time)
        later = next((u for u in _MORE_THAN_TIME if text.startswith(u, unit_end + 1)), None)
        if later:
            unit = lex.units["个" + later]
            unit_name, kind, qual = unit.unit, unit.kind, "over"
            span_end = unit_end + 1 + len(later)
    # (a 成 that ends the text has no tenth after it: "" is in every string)
    # (in digits too: 约2成5, a tenth after 成 with nothing more of a number after it)
    tenths = "123456789" if arabic else _TENTHS
    if unit_s == "成" and not (num2 or half or tail) and span_end < len(text) and "." not in num \
            and text[span_end] in tenths and text[span_end + 1:span_end + 2] not in _NUMERAL_CHARS \
            and not text[span_end + 1:span_end + 2].isdigit() and text[span_end + 1:span_end + 2] != "." \
            and not _opens_unit(text, span_end + 1):
        value += Decimal(tenths.index(text[span_end]) + 1) / 10  # 三成六: 36%, a tenth written after 成
        span_end += 1
        after = next((t for t in ("以上", "左右", "以下") if text.startswith(t, span_end)), None)
        if after:
            qual, span_end = lex.tails[after], span_end + len(after)  # 七成五以上
    if vague:
        qual = "over"
    elif not lead and qual == "exact" and text[max(0, start - 2):start] in ("约占", "约有"):
        qual = "about"  # 约占六成四, 约有1,860幢: about that many (约 before the verb, not in the span)
    if not arabic and not overridden and glue.tokens and glue.glued(num_start, unit_end):
        return None
    if not arabic and (value == 1 and _in_slogan(text, m.start()) or _opens_slogan(text, m.start())
                       and not (text[m.start()] == "第" and unit_s in _EDITIONS)):
        return None  # (but “第五届乡村文化节”: the edition of the event a quoted name opens with)
    scale = _scale_of_mult(mult) * (unit.scale if unit else Decimal(1))
    value = value * scale
    if not arabic and value == 1 and unit_s in ("个", "种", "次", "项", "笔", "条") and _patterns()["set_phrase"].match(text, span_end):
        return None  # 迈上一个新台阶: a set phrase, not one of something
    if (unit_s == "里" or unit_s == "方" and not arabic) and not lead and text[span_end:span_end + 1] in _PLACE_AFTER_LI:
        return None  # 十里镇, 三里屯, 八里庄: a place named by its distance, not a distance (四方坪: nor a volume)
    if not arabic and unit_s and unit_s not in _TOWN_COUNTERS and not (lead or mult) \
            and (_TOWN_NAME_END.match(text, span_end) or _listed_town(text, start, span_end)):
        return None  # 浔中镇、龙浔镇、三班镇: a town named by a numeral and a classifier (三道村, 两岔乡)
    if len(num) == 1 and num in _CAPITALS and kind != "money" and not ordinal:
        return None  # 伍家台村, 陆家嘴: one capital numeral is a name's character; amounts write 伍佰元
    if num in ("一", "壹") and kind == "count" and not (lead or mid or tail or mult or num2 or half) \
            and not _ONE_COUNTED.search(text, max(0, m.start() - 2), m.start()):
        # 辖区一名村民, 上了一堂课, 帮扶一家企业: 一 is the article of the noun, not a count -- unless
        # the text says how many there are (29件已经完成，有一项也即将完成; 仅一家, 另一个)
        return None
    if kind == "count" and value != value.to_integral_value() and unit_s not in _FRACTIONAL_OK and not half \
            and not _per_capita(text, start):
        return None
    if value_max is not None:
        value_max = value_max * scale
    if minus:
        start, value = start - 1, -value  # (the sign is part of the figure)
    elif unit_s in _SIGNED_UNITS and arabic and not num2 and start == num_start and text.startswith("零下", start - 2):
        start, value = start - 2, -value  # 零下12℃
    return {"start": start, "end": span_end, "value": value, "value_max": value_max, "qualifier": qual,
            "unit": unit_name, "kind": kind}


# an acronym of capitals right before a number (AED3至5台: what the classifier counts), not a code (G318)
_ACRONYM_BEFORE = regex.compile(r"(?<![A-Za-z0-9])[A-Z]{2,}$")
# what follows 近N年 when it is a time frame (创近五年新高, 近三年累计): the last N years, not a duration
_SINCE_FRAME = ("新高", "新低", "最高", "最低", "之最", "最好", "最多", "同期", "平均", "累计", "内", "间", "中")

# units whose figures may be below zero (a minus sign or 零下 before the number)
_SIGNED_UNITS = frozenset({"℃", "摄氏度"})

# words before 一 that make it a count: there is one, only one, one more
_ONE_COUNTED = regex.compile(r"有|仅|只|另|还|再|剩")


def extract_figures(doc: Document, *, counted: bool = True) -> Document:
    """Fill ``doc.quantities`` (ids q1, q2, ... in text order; activity left to the activities stage).

    ``counted=False`` skips the what-it-counts analysis (faster when only values matter).
    """
    figs = find_figures(doc.text, doc.tokens, doc.excluded)
    sentences = doc.sentences
    sentence_starts = [s["start"] for s in sentences]
    quantities = []
    for i, f in enumerate(figs, 1):
        # Document.sentence_of, bisecting a list of starts made once
        si = bisect.bisect_right(sentence_starts, f["start"]) - 1
        # the record, its keys in the order of _RECORD_KEYS: a figure dict holds start ... kind
        quantities.append({"id": f"q{i}", **f, "counted": None, "activity": None,
                           "sentence": si if si >= 0 and f["start"] < sentences[si]["end"] else None})
    if counted:
        find_counted(doc.text, doc.tokens, sentences, quantities)
    doc.quantities = quantities
    return doc


# the keys of a figure dict (find_figures) and of a quantity record, in their order
_FIGURE_KEYS = ("start", "end", "value", "value_max", "qualifier", "unit", "kind")
_RECORD_KEYS = ("id", *_FIGURE_KEYS, "counted", "activity", "sentence")
