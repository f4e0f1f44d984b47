"""Where the words of a list occur in a text: found once per text, shared by every pass.

A pass does not rescan the text for its own words.  The code points and the hash of every adjacent
character pair are computed once per text (numpy), each word list is found by one table lookup over
them (:class:`_WordIndex`), and the occurrences of a list in a text are cached, so that a pass looks
only at its few candidate positions.  :func:`_covered` gives the positions the mentions found so
far cover, which most passes start from.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from .lexicons import _lex, _rules


# what is computed once per text (code points, pair hashes, ending positions ...) is cached for
# the last two texts: all passes over a document share it (the titles' passes in _persons_in_works
# come after them), and a long document's arrays are not kept after the next ones
_TEXT_CACHE = 2


# character pairs are hashed into a table of this many bits: small enough to stay in the CPU cache
# (a collision only costs a set lookup; the 3,173 place names' final pairs fill 5% of the slots)
_PAIR_BITS = 16


_PAIR_MASK = (1 << _PAIR_BITS) - 1


_PAIR_MULT = 40503


def _pair_key(pair: str) -> int:
    """The table slot of a two-character string (what :func:`_pair_hashes` computes for the text)."""
    return (ord(pair[0]) * _PAIR_MULT + ord(pair[1])) & _PAIR_MASK


@lru_cache(maxsize=_TEXT_CACHE)
def _codes(text: str) -> np.ndarray:
    """The code points of ``text``."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _char_table(chars) -> np.ndarray:
    """A lookup table of the Basic Multilingual Plane marking ``chars``, indexed by
    :func:`_bmp_codes`."""
    codes = [ord(c) for c in chars]
    if any(c >= 0xFFFF for c in codes):
        raise ValueError("a character table holds characters of the Basic Multilingual Plane only")
    table = np.zeros(0x10000, dtype=bool)
    table[codes] = True
    return table


@lru_cache(maxsize=_TEXT_CACHE)
def _bmp_codes(text: str) -> np.ndarray:
    """The code points of ``text`` as table indices, those beyond the Basic Multilingual Plane as
    U+FFFF (a noncharacter no table marks)."""
    return np.minimum(_codes(text), 0xFFFF).astype(np.intp)


@lru_cache(maxsize=_TEXT_CACHE)
def _pair_hashes(text: str) -> np.ndarray:
    """The table slot of every adjacent pair of characters of ``text``: entry ``i`` is the pair
    ``text[i:i + 2]``.  Computed once per text and shared by every word list looked for in it."""
    codes = _codes(text)
    # (as indices: each table lookup would convert them again)
    return ((codes[:-1] * np.uint32(_PAIR_MULT) + codes[1:]) & np.uint32(_PAIR_MASK)).astype(np.intp)


def _pair_hits(text: str, table: np.ndarray) -> list[int]:
    """Positions ``i`` (ascending) where ``text[i:i + 2]`` hashes to a marked slot of ``table``."""
    if len(text) < 2:
        return []
    return np.flatnonzero(table[_pair_hashes(text)]).tolist()


class _WordIndex:
    """Every occurrence of a word list in a text, found from the words' last two characters.

    A regex alternation of thousands of names tries each name at each position (seconds on a long
    report), and a Python test at every character is hardly better; even a regex character-class
    scan for the words' last characters costs ~20 ns a character.  Instead numpy hashes every
    adjacent pair of the text's characters once per text (:func:`_pair_hashes`), a table of the
    words' final pairs (书记, 主任 of titles; 安县, 平区 of place names) marks the few places where a
    word of two or more characters can end, and a set lookup per possible length there confirms a
    word.  One-character words (路, 镇) are found by a ``str.find`` per character.
    """

    def __init__(self, words) -> None:
        self.words = frozenset(w for w in words if w)
        self.single = tuple(sorted(w for w in self.words if len(w) == 1))
        by_tail: dict[str, set[int]] = {}
        for w in self.words:
            if len(w) >= 2:
                by_tail.setdefault(w[-2:], set()).add(len(w))
        self.lengths = {t: tuple(sorted(ls, reverse=True)) for t, ls in by_tail.items()}
        self.table = np.zeros(1 << _PAIR_BITS, dtype=bool)
        self.table[[_pair_key(t) for t in by_tail]] = True

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every occurrence, overlaps included: words of two or more characters
        by their end (longest first at one end), then each one-character word's; each word's from
        left to right."""
        out = []
        if self.lengths:
            words, get = self.words, self.lengths.get
            for i in _pair_hits(text, self.table):
                e = i + 2
                for ln in get(text[i:e], ()):
                    a = e - ln
                    if a >= 0 and text[a:e] in words:
                        out.append((a, e))
        for c in self.single:
            p = text.find(c)
            while p >= 0:
                out.append((p, p + 1))
                p = text.find(c, p + 1)
        return out


@lru_cache(maxsize=None)
def _word_index(name: str) -> _WordIndex:
    """The index of one word list of ``_lex()`` or ``rules.toml``, built on first use."""
    lx = _lex()
    return _WordIndex(lx[name] if name in lx else _rules()[name])


@lru_cache(maxsize=32)
def _spans_of(text: str, name: str) -> list[tuple[int, int]]:
    """Occurrences of a word list in ``text`` (cached: several passes read the same lists of one text)."""
    return _word_index(name).spans(text)


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each word's occurrences, word by word longest first (the order of the
    ``<name>_sorted`` list), each word's from left to right without overlaps -- what
    ``re.finditer`` per word gives.  Titles before and after names come from one scan."""
    words = _lex()[name]
    found = [(a, e) for a, e in _spans_of(text, "title_words") if text[a:e] in words]
    return _in_word_order(text, found, _rank(name))


@lru_cache(maxsize=None)
def _rank(name: str) -> dict[str, int]:
    """Word -> its place in the ``<name>_sorted`` list."""
    return {w: k for k, w in enumerate(_lex()[name + "_sorted"])}


def _in_word_order(text: str, spans, rank: dict[str, int]) -> list[tuple[int, int]]:
    """Occurrences ``spans`` regrouped word by word in ``rank`` order, each word's left to right
    without overlaps."""
    found: dict[str, list[int]] = {}
    for a, e in spans:
        found.setdefault(text[a:e], []).append(a)
    out = []
    for w in sorted(found, key=rank.__getitem__):
        last = -1
        for a in found[w]:  # ascending: the index reports each word's left to right
            if a >= last:
                last = a + len(w)
                out.append((a, last))
    return out


def _starts_of(text: str, name: str) -> set[int]:
    """Positions where a word of the list ``name`` starts (one scan instead of a test at every position)."""
    return {a for a, _ in _spans_of(text, name)}


_ONES = [b"\x01" * n for n in range(64)]  # (the fill of a short span, made once)


def _covered(spans, n) -> bytearray:
    """Which positions a span covers (1) or not (0); reads like a list of bools."""
    taken = bytearray(n)
    for s, e, _ in spans:
        if e > s:
            taken[s:e] = _ONES[e - s] if e - s < 64 else b"\x01" * (e - s)
    return taken


def _find_words(text: str, words) -> list[tuple[int, int]]:
    """``(start, end)`` of every occurrence of a few words (one document's names), overlaps
    included, as :class:`_WordIndex` gives them: by end, longest first at one end (callers regroup
    them word by word with :func:`_in_word_order`; words of equal rank keep this order, leftmost
    first -- the former search per last character grouped them in the set's order, which
    varied with the hash seed).

    An index of the words is built for this text alone: its table of final character pairs is
    looked up in the text's pair hashes, shared with the word lists' scans.
    """
    return _WordIndex(words).spans(text)


def _anchored_finditer(pattern, text: str, anchors: tuple[str, ...], reach: int):
    """The matches of ``pattern.finditer(text)`` for a pattern whose matches are never empty and
    each hold one of ``anchors`` starting at most ``reach`` characters after the match's start
    (村、 in a list of villages).

    The engine tries a pattern at every character, a cost an alternation of words or a run of Han
    characters makes large; here each search starts ``reach`` characters before the next anchor,
    found by ``str.find``.  No match can start before that, so none is skipped and each is the one
    ``finditer`` gives (a search from a later position still sees the characters before it for a
    lookbehind)."""
    pos, n = 0, len(text)
    while pos <= n:
        found = [p for p in (text.find(a, pos) for a in anchors) if p >= 0]
        if not found:
            return
        m = pattern.search(text, max(pos, min(found) - reach))
        if m is None:
            return
        yield m
        pos = max(m.end(), m.start() + 1)
