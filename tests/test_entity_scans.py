"""The fast scans of the entity rules find what the plain scans find.

Speed work (issue 6) replaced the rule passes' text scans by shared per-text indexes (numpy
hashes of character pairs, one table lookup per word list) and bounded the organization-name
search by where an ending can start.  Each plain version the fast one replaced is kept here
as the reference; the tests compare them on sentences written for this file in the style of
government reports and on the repository's corpus articles.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from textmine.extract import entities as ent

TEXTS = [
    "湖北省枝江市人民政府和宜昌市公安局联合召开会议，县委书记张建国、副县长李明出席。",
    "长三角、珠三角和京津冀地区，粤港澳大湾区建设；长江三角洲与珠江三角洲，江浙沪苏浙。",
    "某某县经济技术开发区、高新技术产业开发区和工业园区，清水桥镇中心幼儿园，新华路与滨河大道交叉口的人民公园景区。",
    "县一中、城北二中和市三小的师生走访了白石铺镇、花都街道、龙亢镇，县市场监管局邀请某大学专家。",
    "（责任编辑：王小明）新华社北京3月5日电 习近平总书记在湖南省长沙市考察，村民焦玉莲说。",
    "县委县政府，县卫健委和县人大常委会，团县委组织青年志愿者，镇党委书记王海涛带队。",
    "旗委、盟行署；某县住房和城乡建设局、县医疗保障局，局党委、院党组、村人民调解委员会。",
    "a县b市c区，《缅怀王权》《红嫂明德英》，县 委 ，市\n局，x" + "县" * 30 + "局",
    "",
    "县",
    "局",
    "中心",
]


def _corpus_texts(limit: int = 12) -> list[str]:
    """The first corpus articles that are UTF-8 (a few are GBK: skipped, any text will do)."""
    out = []
    for p in sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt")):
        try:
            out.append(p.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
        if len(out) == limit:
            break
    return out


ALL_TEXTS = TEXTS + _corpus_texts()


# ------------------------------------------------------------------ plain references
class PlainWordIndex:
    """The regex version of :class:`entities._WordIndex`: a character-class scan for the words'
    next-to-last characters before their last ones (or the last ones alone when the next-to-last
    ones are too many), a set lookup per possible length there; ``str.find`` for one-character words."""

    def __init__(self, words) -> None:
        self.words = frozenset(w for w in words if w)
        self.single = tuple(sorted(w for w in self.words if len(w) == 1))
        by_tail: dict[str, set[int]] = {}
        for w in self.words:
            if len(w) >= 2:
                by_tail.setdefault(w[-2:], set()).add(len(w))
        self.lengths = {t: tuple(sorted(ls, reverse=True)) for t, ls in by_tail.items()}
        lasts = {t[1] for t in by_tail}
        befores = {t[0] for t in by_tail}
        if not by_tail:
            self.scan, self.tail = None, 0
        elif len(befores) > 200:
            self.scan, self.tail = re.compile(_class(lasts)), 1
        else:
            self.scan, self.tail = re.compile(_class(befores) + "(?=" + _class(lasts) + ")"), 2

    def spans(self, text: str) -> list[tuple[int, int]]:
        out = []
        if self.scan is not None:
            for m in self.scan.finditer(text):
                e = m.start() + self.tail
                if e >= 2:
                    for ln in self.lengths.get(text[e - 2:e], ()):
                        a = e - ln
                        if a >= 0 and text[a:e] in self.words:
                            out.append((a, e))
        for c in self.single:
            p = text.find(c)
            while p >= 0:
                out.append((p, p + 1))
                p = text.find(c, p + 1)
        return out


def _class(chars) -> str:
    return "[" + "".join(map(re.escape, sorted(chars))) + "]"


def plain_find_words(text: str, words) -> list[tuple[int, int]]:
    """Every occurrence of ``words`` by a ``str.find`` per last character and a set lookup there."""
    lengths: dict[str, set[int]] = {}
    for w in words:
        lengths.setdefault(w[-1], set()).add(len(w))
    out = []
    for c, lens in lengths.items():
        p = text.find(c)
        while p >= 0:
            e = p + 1
            for ln in lens:
                if ln <= e and text[e - ln:e] in words:
                    out.append((e - ln, e))
            p = text.find(c, e)
    return out


def plain_zone_ends(text: str) -> dict[int, int]:
    """The zone and site words of ``_zones`` by a ``str.find`` loop per word, longest first."""
    R = ent._rules()
    zone_ends: dict[int, int] = {}
    site_ends: dict[int, int] = {}
    for found, suffixes in ((zone_ends, R["zone_suffixes"]), (site_ends, [x for x in R["site_suffixes"] if len(x) >= 2])):
        for suf in suffixes:
            p = text.find(suf)
            while p >= 0:
                found.setdefault(p, p + len(suf))
                p = text.find(suf, p + 1)
    for p, b in site_ends.items():
        zone_ends.setdefault(p, -b)
    return zone_ends


def plain_last_ending_start(text: str, a: int, b: int) -> int | None:
    """The last character in ``a .. b - 1`` that any organization ending starts with."""
    firsts = ent._org_suffixes_by_first()
    return next((j for j in range(min(b, len(text)) - 1, a - 1, -1) if text[j] in firsts), None)


def plain_within_reach(text: str, positions) -> list[int]:
    return sorted(set(positions))


# ------------------------------------------------------------------ tests
WORD_LISTS = ["admin", "title_words", "place_abbreviations", "township_suffixes", "site_suffixes",
              "zone_suffixes", "regions", "org_suffixes", "titles", "surnames"]


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_index_by_pair_hashes_equals_the_class_scan(name):
    lx = ent._lex()
    words = lx[name] if name in lx else ent._rules()[name]
    fast, plain = ent._WordIndex(words), PlainWordIndex(words)
    for text in ALL_TEXTS:
        assert fast.spans(text) == plain.spans(text)


def test_word_index_of_made_up_lists():
    for words in (["甲乙", "乙丙", "甲乙丙", "丙"], ["aa", "aaa", "a"], ["\U00020000\U00020001", "\U00020001x"]):
        fast, plain = ent._WordIndex(words), PlainWordIndex(words)
        for text in ["甲乙丙甲乙", "aaaa", "x\U00020000\U00020001x", "丙丙", ""]:
            assert fast.spans(text) == plain.spans(text)


def test_find_words_finds_every_occurrence_each_word_left_to_right():
    for text in ALL_TEXTS:
        # words of one text (its two- to four-character stretches) and a few absent ones
        words = {text[k:k + n] for k in range(0, len(text), 7) for n in (2, 3, 4) if k + n <= len(text)}
        words |= {"长三角", "县", "不存在的词"}
        fast, plain = ent._find_words(text, words), plain_find_words(text, words)
        assert sorted(fast) == sorted(plain)
        rank = {w: k for k, w in enumerate(sorted(words))}
        assert ent._in_word_order(text, fast, rank) == ent._in_word_order(text, plain, rank)


def test_zone_and_site_ends_equal_the_find_loops():
    for text in ALL_TEXTS:
        assert ent._zone_ends(text) == plain_zone_ends(text)


def test_ending_starts_hold_every_ending_and_only_ending_characters():
    firsts = ent._org_suffixes_by_first()
    for text in ALL_TEXTS:
        starts = ent._ending_starts(text)
        assert set(ent._starts_of(text, "org_suffixes")) <= set(starts)
        assert all(text[j] in firsts for j in starts)
        assert starts == sorted(set(starts))


def test_org_end_bounded_by_ending_starts_equals_the_first_character_bound(monkeypatch):
    cases = []
    for text in ALL_TEXTS:
        cases += [(text, i, p) for i in range(len(text) + 1) for p in (False, True)]
    fast = [ent._org_end(*c) for c in cases]
    monkeypatch.setattr(ent, "_last_ending_start", plain_last_ending_start)
    assert fast == [ent._org_end(*c) for c in cases]
    assert any(fast)  # the table exercises it


def test_entities_equal_those_of_the_plain_scans(monkeypatch):
    fast = [ent.find_entities(text) for text in ALL_TEXTS]
    monkeypatch.setattr(ent, "_WordIndex", PlainWordIndex)
    monkeypatch.setattr(ent, "_find_words", plain_find_words)
    monkeypatch.setattr(ent, "_zone_ends", plain_zone_ends)
    monkeypatch.setattr(ent, "_last_ending_start", plain_last_ending_start)
    monkeypatch.setattr(ent, "_within_reach_of_ending", plain_within_reach)
    ent._word_index.cache_clear()
    ent._spans_of.cache_clear()
    try:
        plain = [ent.find_entities(text) for text in ALL_TEXTS]
    finally:
        ent._word_index.cache_clear()
        ent._spans_of.cache_clear()
    assert fast == plain
    assert sum(map(len, fast)) > 100
