"""The fast scans of the entity rules find what the plain scans find.

Speed work (issue 6) replaced the rule passes' text scans by shared per-text indexes (numpy
hashes of character pairs, one table lookup per word list) and bounded the organization-name
search by where an ending can start.  Each plain version the fast one replaced is kept here
as the reference; the tests compare them on sentences written for this file in the style of
government reports and on the repository's corpus articles.
"""
from __future__ import annotations

import copy
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

from textmine.extract import entities as ent

# the package and each of its modules: a helper is looked up in the module that calls it
ENTITY_MODULES = [ent] + [importlib.import_module(f"{ent.__name__}.{m.name}")
                          for m in pkgutil.iter_modules(ent.__path__)]


def patch_lookups(monkeypatch, name: str, value) -> None:
    """Replace ``name`` wherever the entities package looks it up: in the module that defines it
    and in every module that imports it.  (A patch on the package alone would not reach the calls
    made inside a submodule, and a comparison with the plain version would then pass untested.)"""
    modules = [m for m in ENTITY_MODULES if name in vars(m)]
    assert modules, name
    for m in modules:
        monkeypatch.setattr(m, name, value)

TEXTS = [
    "湖北省枝江市人民政府和宜昌市公安局联合召开会议，县委书记张建国、副县长李明出席。",
    "长三角、珠三角和京津冀地区，粤港澳大湾区建设；长江三角洲与珠江三角洲，江浙沪苏浙。",
    "某某县经济技术开发区、高新技术产业开发区和工业园区，清水桥镇中心幼儿园，新华路与滨河大道交叉口的人民公园景区。",
    "县一中、城北二中和市三小的师生走访了白石铺镇、花都街道、龙亢镇，县市场监管局邀请某大学专家。",
    "（责任编辑：王小明）新华社北京3月5日电 习近平总书记在湖南省长沙市考察，村民焦玉莲说。",
    "县委县政府，县卫健委和县人大常委会，团县委组织青年志愿者，镇党委书记王海涛带队。",
    "旗委、盟行署；某县住房和城乡建设局、县医疗保障局，局党委、院党组、村人民调解委员会。",
    "a县b市c区，《缅怀王权》《红嫂明德英》，县 委 ，市\n局，x" + "县" * 30 + "局",
    "永清县召开会议，建设新永清。",
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
    """The regex version of :class:`entities.wordindex._WordIndex`: a character-class scan for the words'
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
    """Every occurrence of ``words`` by a ``str.find`` per last character and a set lookup there,
    put in the index's order (by end, longest first) so that words of equal rank in
    :func:`entities.wordindex._in_word_order` are taken in one order (the search alone grouped them by
    last character in the set's order, which varies with the hash seed)."""
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
    return sorted(out, key=lambda span: (span[1], span[0]))


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
    positions = positions.tolist()
    return sorted(set(positions))


# the passes as they were before the speed work, on the module's helpers
from textmine.extract import ner_model as nm  # noqa: E402
from textmine.extract.entities import localities  # noqa: E402
from textmine.extract.entities import (  # noqa: E402
    _CREDIT_SEP, _HEADING_PLACE, _MENU_CHARS, _MENU_SEP, _after_boundary, _after_word, _covered,
    _credit_re, _ends_with_org_suffix, _in_word_order, _inside_word, _is_han, _lex, _occurrences,
    _org_suffix_at, _rules, _school_number_re, _school_re, _starts_of, _township_like, _word_tags)


def plain_townships(text: str, spans: list[list]) -> list[list]:
    R = _rules()
    tags = _word_tags()
    taken = _covered(spans, len(text))
    ends = {e for _, e, _ in spans}
    out = [list(sp) for sp in spans]
    loc_end = {e: k for k, (s, e, t) in enumerate(out) if t == "LOCATION" and 2 <= e - s <= 3}
    for p in sorted(_starts_of(text, "township_suffixes")):
        suf = next((x for x in R["township_suffixes"] if text.startswith(x, p)), None)
        if suf is None or p < 2:
            continue
        e = p + len(suf)
        if p in loc_end and not any(taken[p:e]) and text[e - 1:e + 1] not in tags and text[p:e + 1] not in tags:
            sp = out[loc_end[p]]
            if text[sp[0]:e] not in tags:
                sp[1] = e
                taken[p:e] = b"\x01" * (e - p)
            continue
        k0 = loc_end.get(p - 1)  # 大塘|埠镇: the model stopped inside a three-character stem
        if k0 is not None and out[k0][1] - out[k0][0] == 2 and not any(taken[p - 1:e]) \
                and plain_stem_ok(text, p - 3, p, e) and _township_like(text[p - 3:e], tags):
            out[k0][1] = e
            taken[p - 1:e] = b"\x01" * (e - p + 1)
            continue
        for k in (3, 2):
            i = p - k
            if i < 0:
                continue
            boundary = _after_boundary(text, i, ends)
            word_boundary = not boundary and _after_word(text, i, tags)
            if not (boundary or word_boundary):
                continue
            if any(taken[i:e]) or not plain_stem_ok(text, i, p, e):
                continue
            if (k == 3 or word_boundary) and not _township_like(text[i:e], tags):
                continue
            out.append([i, e, "LOCATION"])
            taken[i:e] = b"\x01" * (e - i)
            break
    return out


def plain_stem_ok(text: str, i: int, p: int, e: int) -> bool:
    """The stem ``text[i:p]`` before the township suffix ending at ``e`` may name a township."""
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    stem = text[i:p]
    if not all(_is_han(c) for c in stem) or localities._numeral_stem(text, i, stem) \
            or (tags.get(stem) not in R["township_name_tags"]
                and any(c in lx["org_breakers"] or c in lx["leading"] for c in stem)):
        return False
    if (stem in tags and tags[stem] not in R["township_stem_tags"]) or stem in lx["stop"] \
            or stem[-1] in R["place_abbreviations"]:
        return False
    if text[i:e] in tags and tags[text[i:e]] != "ns":
        return False
    if text[p:e + 1] in tags and not _org_suffix_at(text, e):
        return False
    return not (p - i == 3 and any(c in R["place_abbreviations"] for c in stem))


def plain_split_joined_bodies(text: str, spans: list[list]) -> list[list]:
    lx = _lex()
    R = _rules()
    joiners = sorted({w for w in lx["org_breakers"] if len(w) >= 2} | R["conjunctions"], key=len, reverse=True)
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION" and e - s >= 6:
            for k in range(s + 2, e - 2):
                j = next((w for w in joiners if text.startswith(w, k)), None)
                if j and _ends_with_org_suffix(text[s:k]) and k + len(j) < e - 1 \
                        and _ends_with_org_suffix(text[k + len(j):e]) and e - k - len(j) >= 3:
                    out.append([s, k, t])
                    s = k + len(j)
                    break
        out.append([s, e, t])
    return out


def plain_heading_places(text: str, spans: list[list]) -> list[list]:
    lx = _lex()
    tags = _word_tags()
    taken = _covered(spans, len(text))
    out = list(spans)
    for m in _HEADING_PLACE.finditer(text):
        a, b = m.span(1)
        w = text[a:b]
        if (w in lx["admin"] or w in lx["admin_short"]) and not any(taken[a:b]) \
                and tags.get(w, "ns")[:1] not in ("v", "a", "d", "c", "p", "r", "m"):
            out.append([a, b, "LOCATION"])
    return out


def plain_generic_menu_item(text: str, s: int, e: int) -> bool:
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    line = text[a:b if b >= 0 else len(text)].strip()
    if not _MENU_CHARS.search(line):
        return False
    items = [x for x in _MENU_SEP.split(line) if x]
    if not (re.search(r"\s[>»]\s", line) or (len(items) >= 3 and all(len(x) <= 8 for x in items))):
        return False
    w = text[s:e]
    if w not in items:
        return False
    tags = _word_tags()

    def common(x: str) -> bool:
        return x in tags and tags[x][:2] not in ("ns", "nr", "nt", "nz") and tags[x] != "j"

    return any(common(w[:k]) and common(w[k:]) for k in range(2, len(w) - 1))


def plain_title_persons(text: str, spans: list[list]) -> list[list]:
    lx = _lex()
    sur = lx["surnames"]
    tags = _word_tags()
    taken = _covered(spans, len(text))
    out = list(spans)

    def plausible(a: int, b: int) -> bool:
        w = text[a:b]
        if w[0] not in sur and w[:2] not in sur:
            return False
        if any(taken[a:b]) or not all(_is_han(c) for c in w) or w in lx["stop"]:
            return False
        if "委" in w or _org_suffix_at(w, len(w) - 1) or w[-1] in _rules()["trailing_clause_chars"]:
            return False
        tag = tags.get(w)
        return tag is None or tag.startswith("nr")

    for b, _ in _occurrences(text, "titles_after"):
        for ln in (3, 2):
            a = b - ln
            if a >= 0 and plausible(a, b) and (text[a] in sur or text[a:a + 2] in sur):
                if ln == 3 and text[a + 1] in sur and not (a == 0 or not _is_han(text[a - 1])):
                    continue
                out.append([a, b, "PERSON"])
                for k in range(a, b):
                    taken[k] = True
                break
    for _, a in _occurrences(text, "titles"):
        for ln in (3, 2):
            b = a + ln
            if b <= len(text) and plausible(a, b) and (b == len(text) or text[b] in _rules()["name_end_chars"]
                                                        or not _is_han(text[b])):
                out.append([a, b, "PERSON"])
                for k in range(a, b):
                    taken[k] = True
                break
    return out


_SCHOOL_NUMBER_AT = re.compile(r"[一二三四五六七八九十](?=[一二三四五六七八九十]?(?:"
                               + "|".join(sorted(_rules()["school_number_endings"], key=len, reverse=True)) + "))")


def plain_numbered_schools(text: str, spans: list[list]) -> list[list]:
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    taken = _covered(spans, len(text))
    ends = {e for _, e, _ in spans}
    out = list(spans)
    full = _school_number_re()
    starts = sorted({c - k for c in (m.start() for m in _SCHOOL_NUMBER_AT.finditer(text)) for k in (1, 2) if c >= k})
    for i in starts:
        m = _school_re().match(text, i)
        if not m:
            continue
        stem = m.group(1)
        if not _after_boundary(text, i, ends):
            continue
        tail = full.match(text, i + len(stem))
        if not tail:
            continue
        e = tail.end()
        if any(taken[i:e]) or not (e == len(text) or not _is_han(text[e]) or text[e] in R["name_end_chars"]) \
                or any(c in nm._NUMERALS for c in stem):
            continue
        if len(stem) == 1:
            ok = stem in R["place_abbreviations"]
        else:
            ok = (stem in lx["admin_short"] or tags.get(stem, "ns") in R["township_stem_tags"]) \
                and not any(c in lx["org_breakers"] or c in lx["leading"] for c in stem)
        if ok:
            out.append([i, e, "ORGANIZATION"])
            for k in range(i, e):
                taken[k] = True
    return out


def plain_roads_and_sites(text: str, spans: list[list]) -> list[list]:
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    taken = _covered(spans, len(text))
    ends = {e for _, e, _ in spans}
    out = list(spans)
    n = len(text)
    suffix_at = _starts_of(text, "site_suffixes")
    resume = 0
    for i in sorted({p - k for p in suffix_at for k in (2, 3, 4) if 0 <= p - k < n - 2}):
        if i < resume or not _after_boundary(text, i, ends) or taken[i]:
            continue
        hit = None
        for ln in (2, 3, 4):
            stem = text[i:i + ln]
            if len(stem) < ln or not all(_is_han(c) for c in stem) or any(taken[i:i + ln]):
                break
            if any(c in lx["org_breakers"] or c in lx["leading"] or c in nm._NUMERALS or c in R["not_in_site_stem"]
                   for c in stem):
                break
            if any(tags.get(stem[:k], "").startswith("v") for k in (2, 3)):
                break
            suf = next((x for x in R["site_suffixes"] if text.startswith(x, i + ln)), None)
            if suf:
                e = i + ln + len(suf)
                whole = text[i:e]
                if any(taken[i:e]) or (whole in tags and tags[whole] != "ns") or stem in lx["stop"] \
                        or text[i + ln - 1:i + ln + len(suf)] in tags \
                        or (stem in tags and tags[stem] in ("v", "vn", "d", "a", "ad", "m", "q", "r", "p", "c")) \
                        or (e < n and tags.get(text[e - 1:e + 1], "")[:1] == "n"
                            and text[e - 1:e + 1] not in R["site_suffixes"] and text[e] not in "东西南北中口边旁"):
                    break
                hit = e
                break
        if hit:
            out.append([i, hit, "LOCATION"])
            resume = hit
    return out


def plain_credit_persons(text: str, spans: list[list]) -> list[list]:
    lx = _lex()
    sur = lx["surnames"]
    tags = _word_tags()
    taken = _covered(spans, len(text))
    out = list(spans)
    roles = _credit_re()
    n = len(text)
    for m in roles.finditer(text):
        i = m.end()
        while i < n:
            if roles.match(text, i):
                break
            end = None
            for ln in (3, 2, 4):
                b = i + ln
                w = text[i:b]
                if b <= n and (b == n or not _is_han(text[b])) and all(_is_han(c) for c in w) \
                        and (w[0] in sur or w[:2] in sur) and (ln < 4 or w[:2] in sur) \
                        and w not in lx["stop"] and tags.get(w, "nr").startswith("nr") and not _org_suffix_at(w, ln - 1):
                    end = b
                    break
            if end is None:
                break
            if not any(taken[i:end]):
                out.append([i, end, "PERSON"])
                for k in range(i, end):
                    taken[k] = True
            sep = _CREDIT_SEP.match(text, end)
            if not sep:
                break
            i = sep.end()
    return out


def plain_regions(text: str, spans: list[list]) -> list[list]:
    regions = {w for w in _rules()["regions"] if w in text}
    found = plain_find_words(text, regions) if regions else []
    if not found:
        return spans
    tags = _word_tags()
    taken = _covered(spans, len(text))
    out = list(spans)
    for a, b in _in_word_order(text, found, {w: -len(w) for w in regions}):
        if not any(taken[a:b]) and not _inside_word(text, a, b, tags):
            out.append([a, b, "LOCATION"])
            taken[a:b] = b"\x01" * (b - a)
    return out


def plain_flatten(spans: list[list]) -> list[list]:
    spans = sorted(dict.fromkeys(map(tuple, spans)), key=lambda sp: (sp[0], -(sp[1] - sp[0])))
    works = [sp for sp in spans if sp[2] == "WORK"]
    chosen: list[tuple] = []
    taken = bytearray(max((sp[1] for sp in spans), default=0))
    for sp in sorted(spans, key=lambda sp: (sp[2] != "WORK", -(sp[1] - sp[0]), sp[0])):
        s, e, t = sp
        if works and t == "PERSON" and any(w[0] < s and e < w[1] for w in works):
            chosen.append(sp)
            continue
        if e > s and any(taken[s:e]):
            continue
        chosen.append(sp)
        if e > s:
            taken[s:e] = b"\x01" * (e - s)
    return [list(sp) for sp in sorted(chosen)]


PLAIN_PASSES = {
    "_townships": plain_townships, "_split_joined_bodies": plain_split_joined_bodies,
    "_heading_places": plain_heading_places, "_generic_menu_item": plain_generic_menu_item,
    "_title_persons": plain_title_persons, "_numbered_schools": plain_numbered_schools,
    "_roads_and_sites": plain_roads_and_sites, "_credit_persons": plain_credit_persons,
    "_regions": plain_regions, "_flatten": plain_flatten,
}


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
        starts = ent._ending_starts(text).tolist()
        assert set(ent._starts_of(text, "org_suffixes")) <= set(starts)
        assert all(text[j] in firsts for j in starts)
        assert starts == sorted(set(starts))


def test_org_end_bounded_by_ending_starts_equals_the_first_character_bound(monkeypatch):
    cases = []
    for text in ALL_TEXTS:
        cases += [(text, i, p) for i in range(len(text) + 1) for p in (False, True)]
    fast = [ent._org_end(*c) for c in cases]
    patch_lookups(monkeypatch, "_last_ending_start", plain_last_ending_start)
    assert fast == [ent._org_end(*c) for c in cases]
    assert any(fast)  # the table exercises it


def _clear_index_caches() -> None:
    """Forget the word indexes built so far (the school numbers' too), so that a patched
    ``_WordIndex`` builds them again."""
    ent._word_index.cache_clear()
    ent._spans_of.cache_clear()
    ent.localities._school_number_index.cache_clear()


def test_entities_equal_those_of_the_plain_scans(monkeypatch):
    fast = [ent.find_entities(text) for text in ALL_TEXTS]
    patch_lookups(monkeypatch, "_WordIndex", PlainWordIndex)
    patch_lookups(monkeypatch, "_find_words", plain_find_words)
    patch_lookups(monkeypatch, "_zone_ends", plain_zone_ends)
    patch_lookups(monkeypatch, "_last_ending_start", plain_last_ending_start)
    patch_lookups(monkeypatch, "_within_reach_of_ending", plain_within_reach)
    for name, plain_pass in PLAIN_PASSES.items():
        patch_lookups(monkeypatch, name, plain_pass)
    _clear_index_caches()
    try:
        plain = [ent.find_entities(text) for text in ALL_TEXTS]
    finally:
        _clear_index_caches()
    assert fast == plain
    assert sum(map(len, fast)) > 100


@pytest.mark.parametrize("name", sorted(PLAIN_PASSES))
def test_pass_equals_its_plain_version_on_the_real_intermediate_spans(monkeypatch, name):
    """Each pass rewritten for speed gives what its plain version gives, on the spans the earlier
    passes really hand it (both run at every call of find_entities on every text)."""
    fast, plain = getattr(ent, name), PLAIN_PASSES[name]
    calls = []

    def both(*args):
        got = fast(*copy.deepcopy(args))
        assert got == plain(*copy.deepcopy(args)), (name, str(args[0])[:40])
        calls.append(got)
        return got

    patch_lookups(monkeypatch, name, both)
    for text in ALL_TEXTS + EXTRA_TEXTS:
        ent.find_entities(text)
    assert calls


EXTRA_TEXTS = [
    "首页 > 新闻中心 > 正文\n新闻中心  管理团队  联系我们\n某某：全力推进乡村振兴\n  某某县：召开会议",
    "记者 王强 李华\n（责任编辑：张三、李四）\n审核：刘五\n摄影记者：赵六",
    "县一中、城北二中、市三小和十一中，一老一小，县第十二中学，三职高。",
    "某局联合市公安局、县教育局会同县卫健委开展检查，公安部和海关。",
    "滨河路、宏业路、人民大街、湿地公园，打造精品街，涵盖道路。",
    "在石龙坳镇，其中龙亢镇、走访某某乡，送戏下乡，深化城镇，美丽乡村，某某乡党委。",
]


def test_all_han_equals_the_test_per_character():
    for text in ALL_TEXTS + ["", "中", "中a", "\u3400\u4dbf\u4e00\u9fff", "\u33ff", "\ua000", "\U00020000"]:
        for k in range(0, len(text), 3):
            w = text[k:k + 4]
            assert ent._all_han(w) == all(ent._is_han(c) for c in w)


def test_equal_length_regions_overlapping_are_taken_leftmost_first():
    # 江浙沪 and 沪苏浙 share 沪: the one that ends first is taken (it used to follow the hash seed)
    found = [(e["start"], e["end"]) for e in ent.find_entities("推动江浙沪苏浙一体化发展。")
             if e["type"] == "LOCATION"]
    assert (2, 5) in found and (4, 7) not in found


def test_role_matches_equal_the_finditer_of_the_credit_pattern():
    texts = ALL_TEXTS + EXTRA_TEXTS + ["记者 摄影：王强", "责任编辑责任编辑：李华", "编辑 编辑 编辑", "摄影记者记者 张三"]
    for text in texts:
        assert [m.span() for m in ent._role_matches(text)] == [m.span() for m in ent._credit_re().finditer(text)]
    assert [m.span() for m in ent._role_matches("记者 摄影：王强")] == [(0, 3), (3, 6)]


def test_heading_matches_at_colon_line_starts_equal_the_finditer():
    for text in ALL_TEXTS + EXTRA_TEXTS + ["\n\n某某：\n 某某：x：\n\u3000某某某某某某：\n某某某某某某某："]:
        at_starts = [m.span(1) for m in (ent._HEADING_PLACE.match(text, a) for a in ent._colon_line_starts(text)) if m]
        assert at_starts == [m.span(1) for m in ent._HEADING_PLACE.finditer(text)]


def plain_brand_re() -> "re.Pattern":
    """The brands as one regex alternation, longest first, each with its guards (the plain scan)."""
    r = ent._rules()
    societies, forces, central, guarded = r["societies"], r["forces"], r["central_bodies"], r["brand_not_before"]
    names = sorted(r["national_brands"] | r["platforms"] | societies | forces | central | set(guarded),
                   key=len, reverse=True)
    return re.compile("|".join(("(?<![全爱各])" if n in forces else "") + re.escape(n)
                               + ("(?!员)" if n in societies else "(?![门署分队长])" if n in central
                                  else f"(?![{re.escape(guarded[n])}])" if n in guarded else "")
                               for n in names))


def test_brands_from_the_word_index_equal_the_alternation():
    from textmine.extract.entities.brands import _brands

    plain = plain_brand_re()
    texts = ALL_TEXTS + EXTRA_TEXTS + [
        "中国移动、中国联通和中国电信，国家电网公司，红十字会会员和红十字会志愿者；全国军民与国军，"
        "教育部门和教育部，财政部署，抖音拼多多，中通快递、中通过",
        "国军国军全国军人中国移动中国移动通信集团", "教育部", "红十字会员"]
    for text in texts:
        assert _brands(text) == [m.span() for m in plain.finditer(text)], text


def test_anchored_finditer_equals_finditer_of_the_village_lists():
    from textmine.extract.entities.localities import _village_list_patterns
    from textmine.extract.entities.wordindex import _anchored_finditer

    run, _ = _village_list_patterns()
    anchors = tuple(v + "、" for v in ent._rules()["village_suffixes"])
    texts = ALL_TEXTS + EXTRA_TEXTS + [
        "分别是坝下村、紫泽村、仙水村、溪口村和霞美村", "村村村、村村、村", "、村、社区、甲社区、乙村与丙村",
        "甲乙丙丁村、戊村、己村和庚辛村。北昌社区、南华社区、东风社区"]
    for text in texts:
        assert [m.span() for m in _anchored_finditer(run, text, anchors, 3)] == [m.span() for m in run.finditer(text)]


def test_list_close_pattern_equals_the_one_with_its_lookbehind_first():
    from textmine.extract.entities.places import _list_close_re

    cats = "|".join(map(re.escape, sorted(ent._rules()["list_place_categories"], key=len, reverse=True)))
    quals = "|".join(map(re.escape, sorted(ent._rules()["list_qualifiers"], key=len, reverse=True)))
    plain = re.compile(r"(?:等(?:[0-9一二三四五六七八九十百千]+[个处座]?[A-Za-z0-9\u4e00-\u9fff]{0,4}?|" + quals
                       + r")?|(?<=[\u4e00-\u9fff])[0-9一二三四五六七八九十]+个)(?:" + cats + ")")
    for text in ALL_TEXTS + EXTRA_TEXTS + ["甲、乙、丙3个镇", "甲、乙等8个A级景区", "3个镇，十二个村；x3个镇"]:
        assert [m.span() for m in _list_close_re().finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("key", ["township_suffixes", "village_suffixes", "ethnic_peoples", "listed_division_suffixes"])
def test_ending_and_opening_equal_the_first_match_in_list_order(key):
    """``_ending``/``_opening`` answer with one C-level test of the whole tuple first; which suffix
    they then return must be the first in the list's order, as the plain scan they replaced did
    (虎形山瑶族乡 ends with 瑶族乡 before 族乡 and 乡)."""
    from textmine.extract.entities.lexicons import _ending, _opening

    opts = tuple(ent._rules()[key])
    texts = TEXTS + ["虎形山瑶族乡、布袋镇、花都街道和东龙村社区，三江侗族自治县独峒镇、大塘埠镇胜利村。"]
    for text in texts:
        for s in range(len(text)):
            assert _opening(text, s, key) == next((x for x in opts if text.startswith(x, s)), None)
            for e in range(s, min(len(text), s + 10) + 1):
                assert _ending(text, s, e, key) == next((x for x in opts if text.endswith(x, s, e)), None)
