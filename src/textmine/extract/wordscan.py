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
    pairs, and only the positions it marks are checked with dictionary lookups, longest word
    first (a rare hash collision costs one lookup).  One-character words have no pair:
    :meth:`of` gives None for a list with any, and the caller keeps to its regex.
    """

    _BITS = 20
    _MULT = 40503

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(words)
        lengths: dict[str, set[int]] = {}
        for w in self.words:
            lengths.setdefault(w[:2], set()).add(len(w))
        self.lengths = {p: tuple(sorted(ns, reverse=True)) for p, ns in lengths.items()}
        self.table = np.zeros(1 << self._BITS, dtype=bool)
        for p in self.lengths:
            self.table[(ord(p[0]) * self._MULT + ord(p[1])) & ((1 << self._BITS) - 1)] = True

    @classmethod
    def of(cls, words: Iterable[str]) -> "WordScan | None":
        words = [w for w in set(words) if w]
        return cls(words) if words and min(map(len, words)) >= 2 else None

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """``(start, end)`` of every match in ``text[start:end]``, in text order."""
        if end - start < 2:
            return []
        codes = np.frombuffer(text[start:end].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        pairs = (codes[:-1] * np.uint32(self._MULT) + codes[1:]) & np.uint32((1 << self._BITS) - 1)
        out: list[tuple[int, int]] = []
        free = start  # matches do not overlap: the next one starts at or after the last end
        lengths, words = self.lengths, self.words
        for i in np.flatnonzero(self.table[pairs]).tolist():
            i += start
            if i < free:
                continue
            for n in lengths.get(text[i:i + 2], ()):
                if i + n <= end and text[i:i + n] in words:
                    out.append((i, i + n))
                    free = i + n
                    break
        return out
