"""Leftmost-longest scanning for many literal words at once, through their first two characters."""
from __future__ import annotations

from typing import Iterable

import numpy as np

__all__ = ["WordScan"]


class WordScan:
    """Leftmost-longest matches of literal words -- what ``finditer`` of a longest-first
    alternation of them finds -- found through the pairs of characters the words start with.

    A regex of hundreds of words (the activity triggers, the non-figure terms) is slow on
    Chinese text: most characters can start some word, and at each such position the engine
    tries the alternatives one by one (the triggers' trie regex: ~110 ms on 314k characters
    of reports).  A pair of characters is far more selective (one position in fifteen):
    numpy hashes every adjacent pair of the text's code points into a table of the words'
    pairs.  Where a pair starts only longer words, the third character narrows it down once
    more (a table of the words' first three characters, looked up at those positions only):
    of the trigger pairs found in reports, seven in ten start no word there.  The positions
    left are checked with dictionary lookups, longest word first (a rare hash collision costs
    one lookup).  One-character words have no pair: :meth:`of` gives None for a list with
    any, and the caller keeps to its regex.
    """

    _BITS = 18  # tables of 256 KiB: they stay in cache (2**20 slots were slower, 2**16 let more pairs through)
    _MULT = 40503
    _STARTS, _WORD = 1, 2

    @classmethod
    def _step(cls, h: int, code: int) -> int:
        """The hash of a prefix and its next character (what :meth:`spans` computes in numpy)."""
        return (h * cls._MULT + code) & ((1 << cls._BITS) - 1)

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(words)
        lengths: dict[str, set[int]] = {}
        for w in self.words:
            lengths.setdefault(w[:2], set()).add(len(w))
        self.lengths = {p: tuple(sorted(ns, reverse=True)) for p, ns in lengths.items()}
        # by the hash of a pair: _STARTS when a word starts with it, _WORD as well when it is one
        self.table = np.zeros(1 << self._BITS, dtype=np.uint8)
        for p, ns in self.lengths.items():
            self.table[self._step(ord(p[0]), ord(p[1]))] |= self._STARTS | (self._WORD if 2 in ns else 0)
        # by the hash of its first three characters (the pair's hash, stepped once more): a word
        # of three or more starts with them
        self.triples = np.zeros(1 << self._BITS, dtype=bool)
        for w in self.words:
            if len(w) >= 3:
                self.triples[self._step(self._step(ord(w[0]), ord(w[1])), ord(w[2]))] = True

    @classmethod
    def of(cls, words: Iterable[str]) -> "WordScan | None":
        words = [w for w in set(words) if w]
        return cls(words) if words and min(map(len, words)) >= 2 else None

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """``(start, end)`` of every match in ``text[start:end]``, in text order."""
        if end - start < 2:
            return []
        codes = np.frombuffer(text[start:end].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        mult, mask = np.uint32(self._MULT), np.uint32((1 << self._BITS) - 1)
        pairs = (codes[:-1] * mult + codes[1:]) & mask
        flags = self.table.take(pairs)
        at = np.flatnonzero(flags)
        # keep a pair that is a word, or whose next character continues a longer one (the last
        # pair has no next character and room for no longer word: "clip" gives it its own)
        triples = (pairs.take(at) * mult + codes.take(at + 2, mode="clip")) & mask
        at = at[(flags.take(at) == (self._STARTS | self._WORD)) | self.triples.take(triples)]
        out: list[tuple[int, int]] = []
        free = start  # matches do not overlap: the next one starts at or after the last end
        lengths, words = self.lengths, self.words
        for i in at.tolist():
            i += start
            if i < free:
                continue
            for n in lengths.get(text[i:i + 2], ()):
                if i + n <= end and text[i:i + n] in words:
                    out.append((i, i + n))
                    free = i + n
                    break
        return out
