"""What a word looks like, asked by passes of several kinds: does it end in an organization
ending, start with a place or a township, read as a township name, follow a boundary?

These predicates serve the bodies, the localities, the places, the persons and the clean-up alike;
they live here, below all passes, so that no pass has to import another for them.
"""
from __future__ import annotations

from functools import lru_cache

from textmine.extract import ner_model as nm
from .lexicons import _admin_lengths, _ending, _is_han, _lex, _rules, _word_freq, _word_tags


@lru_cache(maxsize=1)
def _org_suffixes_by_first() -> dict[str, list[str]]:
    """First character -> organization endings starting with it, longest first."""
    out: dict[str, list[str]] = {}
    for suf in _lex()["org_suffixes_sorted"]:
        out.setdefault(suf[0], []).append(suf)
    return out


def _org_suffix_at(text: str, i: int) -> int:
    """Length of the longest organization ending at ``i`` that is not the start of a longer word (0 if none)."""
    if i >= len(text):
        return 0
    candidates = _org_suffixes_by_first().get(text[i])
    if not candidates:
        return 0
    tags = _word_tags()
    for suf in candidates:
        if text.startswith(suf, i):
            e = i + len(suf)
            # 处理, 局长: the ending's last character begins an ordinary word with what follows
            if len(suf) == 1 and ((e < len(text) and text[e - 1:e + 1] in tags)
                                  or (i > 0 and text[i - 1:e] in tags and text[i - 1:e] not in _lex()["org_suffixes"]
                                      and not _body_word_before(text, 0, i, 1, tags))):
                continue  # 处理, 局长, 带队
            return len(suf)
    return 0


def _body_word_before(text: str, i: int, j: int, ln: int, tags: dict) -> bool:
    """The ending at ``j`` closes a dictionary word of three or four characters tagged as a body
    (建设局, nt) after the work it names (建设, a verbal noun) inside the middle: 某市住房和城乡建|设局
    is a bureau, though 设局 alone is a word (but 中西部, also nt in jieba, is a direction); so does a
    noun of a noun and a one-character ending (人防办: the civil air defence office)."""
    e = j + ln
    return any(tags.get(text[e - k:e], "").startswith("nt") and tags.get(text[e - k:e - ln]) in ("v", "vn")
               # 人防|办 (n after n): a short name of an office, though 防办 alone is a word
               or tags.get(text[e - k:e]) == "n" and tags.get(text[e - k:e - ln]) == "n" and ln == 1
               for k in (3, 4) if e - k >= i)


def _admin_at(text: str, j: int) -> bool:
    """A full administrative name from the gazetteer starts at ``j`` (保定市, 某某县)."""
    lengths = _admin_lengths().get(text[j])
    if not lengths:
        return False
    admin = _lex()["admin"]
    return any(text[j:j + k] in admin for k in lengths)


def _abbreviated_body(w: str) -> bool:
    """``w`` is a place abbreviation and a body ending that ends in a strong body character or is a
    government: the dictionary word 县法院, 区法院 or 县政府 is a body's name (宜兰县政府), 市中心 or
    县城 is not."""
    R = _rules()
    return len(w) >= 3 and w[0] in R["place_abbreviations"] and w[1:] in _lex()["org_suffixes"] \
        and (w[-1] in R["strong_one_char_endings"] or w.endswith("政府"))


def _starts_with_place(w: str) -> bool:
    lx = _lex()
    return any(w[:k] in lx["admin"] or w[:k] in lx["admin_short"] for k in range(2, min(len(w), 8) + 1))


@lru_cache(maxsize=4096)
def _org_suffix_len(w: str) -> int:
    """Length of the longest multi-character (or strong one-character) organization ending of ``w``.

    (Cached: the passes ask it again and again about the same few hundred names of a text.)"""
    lx = _lex()
    suffixes = lx["org_suffixes"]
    for ln in lx["org_suffix_lengths"]:  # longest first, one set lookup per length
        if ln <= len(w) and w[-ln:] in suffixes and (ln >= 2 or w[-1] in _rules()["strong_one_char_endings"]):
            return ln
    return 0


def _ends_with_org_suffix(w: str) -> bool:
    return _org_suffix_len(w) > 0


def _township_like(w: str, tags: dict) -> bool:
    """``w`` reads as a township name: a 2-3 character stem that is no ordinary word, and a suffix
    that does not end an ordinary word (城镇, 下乡)."""
    suf = _ending(w, 0, len(w), "township_suffixes")
    if suf is None or not 2 <= len(w) - len(suf) <= 3:
        return False
    stem = w[:-len(suf)]
    names = _rules()["township_name_tags"]
    # (the stem's last character and the suffix may form a rare word, 口镇 of 某口镇, but not a common
    # one: 城镇, 下乡, 家乡)
    tail = w[-len(suf) - 1:]
    common_tail = _word_freq().get(tail, 0) >= _COMMON_TAIL if len(tail) == 2 else tail in tags
    return tags.get(stem, "ns") in names and tags.get(stem[:2], "ns") in names and not common_tail


# a word seen this often in jieba's dictionary is an ordinary word (城镇 2194, 下乡 439, 山乡 66), one
# seen less a chance join of a name's last character and its suffix (口镇 4, 关镇 8)
_COMMON_TAIL = 50


def _after_boundary(text: str, i: int, ends: set[int]) -> bool:
    """May a name start at ``i``: text start, a non-Han character, a function character
    (``在``, ``对``) or right where another mention ends?"""
    return i == 0 or not _is_han(text[i - 1]) or text[i - 1] in _lex()["leading"] or i in ends


def _after_word(text: str, i: int, tags: dict) -> bool:
    """A dictionary word ends right before ``i`` (其中|, 走访|) and ``i`` does not continue it."""
    return i >= 2 and (text[i - 2:i] in tags or (i >= 3 and text[i - 3:i] in tags)) and text[i - 1:i + 1] not in tags


@lru_cache(maxsize=1)
def _township_firsts() -> frozenset:
    return frozenset(suf[0] for suf in _rules()["township_suffixes"])


def _starts_with_township(w: str) -> bool:
    """``w`` starts with a 2-3 character stem and a township suffix and goes on (清水桥镇党委, 大同镇政府)."""
    R = _rules()
    for k in (2, 3):
        if w[k:k + 1] not in _township_firsts() or not any(w.startswith(suf, k) and len(w) > k + len(suf) for suf in R["township_suffixes"]):
            continue
        stem = w[:k]
        tag = _word_tags().get(stem)
        if all(_is_han(c) and c not in nm._NUMERALS for c in stem) \
                and (tag is None or tag in R["township_stem_tags"]):
            return True
    return False


def _inside_word(text: str, a: int, b: int, tags: dict) -> bool:
    """``text[a:b]`` is part of a longer dictionary word (一|京津|冀 is not, 新华|社 is)."""
    return any(text[x:y] in tags for x in range(max(0, a - 2), a + 1) for y in range(b, min(len(text), b + 2) + 1)
               if (x, y) != (a, b))


@lru_cache(maxsize=1)
def _gazetteer_places() -> frozenset:
    """Administrative names, full and short (长兴县, 长兴): what may name an outlet or a port area."""
    lx = _lex()
    return frozenset(lx["admin"] | lx["admin_short"])


def _gazetteer_place_before(text: str, at: int, taken=None) -> int | None:
    """Start of a gazetteer place name of 2-4 characters ending at ``at`` (the longest; none
    covered by ``taken``), or None: 长兴|传媒集团, 如皋|港区."""
    places = _gazetteer_places()
    return next((at - k for k in (4, 3, 2) if at >= k and text[at - k:at] in places
                 and (taken is None or not any(taken[at - k:at]))), None)


def _claim(spans: list[list], found: list[tuple[int, int]], typ: str) -> list[list]:
    """``spans`` with the names ``found`` added as ``typ``: a found name a span crosses or lies
    inside is given up (the longer name wins: 安徽日报社长…), spans inside a kept one are dropped."""
    kept = [(a, b) for a, b in found
            if not any(s < b and a < e and not (a <= s and e <= b) for s, e, _ in spans)]
    if not kept:
        return spans
    out = [sp for sp in spans if not any(a <= sp[0] and sp[1] <= b for a, b in kept)]
    return sorted(out + [[a, b, typ] for a, b in kept])
