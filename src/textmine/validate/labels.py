"""Comparing the labels of figures: the nouns they count, stems, shared heads and restatements.
Pure functions of strings and figures, shared by the rule families."""
from __future__ import annotations

import operator
from decimal import Decimal
from functools import lru_cache

import regex

from .patterns import (
    _ADJACENT_TITLES,
    _BRACKETED,
    _DROP_STOP,
    _INTRO_VERB,
    _ITEM_SEP,
    _LIST_GAP,
    _NEGATED,
    _NEGATIONS,
    _NOT_HAN,
)
from .quantities import Fig, _han


def counted_nouns(a: Fig, b: Fig) -> tuple[str, str]:
    """The Han characters of two figures' ``counted`` nouns (what the noun comparisons read)."""
    return _han(a.q.get("counted") or ""), _han(b.q.get("counted") or "")


def heads_meet(na: str, nb: str) -> bool:
    """Does either noun's last two characters occur in the other (纠纷 in 邻里纠纷, 项目 in 民生项目)?
    The one test behind "same kind of thing" in the share rules and "other nouns" in the 其中 rules."""
    return na[-2:] in nb or nb[-2:] in na


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


_ASIDE = regex.compile(r"[（(][^（）()]{0,8}[）)]")


def _described(noun: str, clause: str, after: str, before: str = "") -> bool:
    """Is ``noun`` a head with a clause before 的 that a figure's own clause says of what it counts?
    ("在完成培训的学员中" and "2915名学员完成培训": the 学员 the figure counts did 完成培训; "破获的案件中"
    and "破获电信网络诈骗案件1286起": its label before it ends with the head.)"""
    mod, sep, head = noun.rpartition("的")
    if not sep or len(mod) < 2 or len(head) < 2:
        return False
    if "（" in before or "(" in before:
        before = _ASIDE.sub("", before)  # "审计（调查）项目": what a bracket adds is no part of the name
    # (a modifier of done work may drop its 已: "在已编配的单位中" and "合共编配12,345个公屋单位"; the
    # head may end a longer label after the figure, 公屋单位; and a figure whose own label ends with
    # a modifier of done work is what it describes: "目前已收购42.6万吨" ... "已收购的小麦中")
    core = mod[2:] if mod.startswith("已经") else mod[1:] if mod[0] in "已所" else mod
    if core != mod and before.endswith(mod):
        return True
    # (with the head right before the figure, the modifier's verb is enough: "全年完成的审计项目" and
    # "全年共完成审计项目46个")
    return (after.startswith(head) or before.endswith(head) or after[:8].endswith(head)) \
        and (mod in clause or len(core) >= 2 and core in clause or before.endswith(head) and mod[-2:] in clause)


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


def _parallel_ji(body: str, names: frozenset[str] = frozenset()) -> str:
    """``body`` with each 及 that joins two names of one kind written as 、: "宝达护老院、颐康安老院及福乐
    安老院" names three homes (both sides end alike), "机器人及智能装备" or "茶叶及相关制品" one item.
    So is the 及 of a list's last item after two or more 、 ("A、B、C、D及E" names five), unless what
    follows it is a tail of the item before (及相关配套, 及其他), and a 及 between two of the ``names``
    the text's places and bodies are found by, wherever it stands ("内地、香港、台湾及葡萄牙、捷克": the
    places near and far)."""
    out = body
    last = body.rfind("、")
    # (not where an item before the last holds a 及 of its own: "即未有展示牌照及收费表、当票资料记录不全、
    # 未按规定核实客户身份及保存记录" names three, each 及 inside an item)
    inner = last >= 0 and _JI_ITEMS.search(body, 0, last) is not None
    for m in _JI_ITEMS.finditer(body):
        left = _ITEM_SEP.split(body[:m.start()])[-1]
        right = _ITEM_SEP.split(body[m.end():])[0]
        alike = len(left) >= 2 and len(right) >= 2 and left[-1] == right[-1] and "\u4e00" <= left[-1] <= "\u9fff"
        final = m.start() > last >= 0 and body.count("、") >= 2 and len(left) >= 2 and len(right) >= 2 \
            and not right.startswith(_JI_TAILS) and not inner
        if alike or final or left in names and right in names:
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
    # _similar(a, b): the labels share two characters in a row -- or b, written without a classifier,
    # names a's in its label ("参与群众达218.6万人次" … "参与人次达218.6万")
    if b_pairs.isdisjoint(_pairs(a.before + a.after)) and not (not b.unit and len(a.unit) >= 2 and a.unit in b.before):
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
    1.8万 + 2.2万 within 5.4万 is read as agreeing; a tighter sum was tried and broke it).

    Parts written plainly are as precise as the finest of them that is itself rounded: in "县财政补助
    60万元、企业冠名赞助75.5万元、社会捐助34万元" the 60万 is 60.0万, not anything from 59.5万 to 60.5万."""
    halves = [(p.hi - p.lo) / 2 for p in parts if p.hi is not None and p.as_written]
    finest = min(halves, default=Decimal(0))
    if finest > 0 and len(halves) >= 2:
        lo = sum((p.value - finest if p.hi is not None and p.as_written else p.lo for p in parts), Decimal(0))
        his = [p.value + finest if p.hi is not None and p.as_written else p.hi for p in parts]
    else:
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
