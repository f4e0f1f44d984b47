"""Where clauses, sentences, paragraphs and brackets begin and end, cut once per document so that
the rules find the unit around any offset by bisection."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy as np

from ..document import Document
from .patterns import _CLAUSE_SEP, _SENT_SEP, _THOUSANDS


# ---------------------------------------------------------------- text helpers
def _cut_classes() -> np.ndarray:
    """A table from a code point to its bits: 1 clause cut, 2 sentence cut, 4 paragraph cut (every
    sentence or paragraph cut is a clause cut too), 8 an opening and 16 a closing parenthesis.

    Every such character is in the Basic Multilingual Plane: the table stops at U+FFFF (64 KiB,
    it stays in cache), a noncharacter with no bits, and larger code points are looked up there
    (``take(..., mode="clip")``)."""
    table = np.zeros(0x10000, dtype=np.uint8)
    for bit, chars in ((1, _CLAUSE_SEP), (2, _SENT_SEP), (4, "\n"), (8, "(（"), (16, ")）")):
        for ch in chars:
            table[ord(ch)] |= bit
    return table


_CUT_CLASS = _cut_classes()


class _Text:
    """Clause, sentence and paragraph positions of the normalized text."""

    def __init__(self, doc: Document):
        t = doc.text
        self.t = t
        # one table look-up over the code points finds every cut and parenthesis
        codes = np.frombuffer(t.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        marks = np.flatnonzero(_CUT_CLASS.take(codes, mode="clip"))
        bits = _CUT_CLASS.take(codes[marks])
        self.clause_cuts = marks[(bits & 1) != 0].tolist()
        if "," in t:
            # a comma before three digits is a thousands separator (2,915名学员), no clause end
            grouped = {m.start() for m in _THOUSANDS.finditer(t)}
            if grouped:
                self.clause_cuts = [p for p in self.clause_cuts if p not in grouped]
        self.sent_cuts = marks[(bits & 2) != 0].tolist()
        self.para_cuts = marks[(bits & 4) != 0].tolist()
        # headline: the short lines before the first sentence of the body (page chrome skipped)
        self.headline_end = 0
        pos, seen = 0, 0
        for nl in self.para_cuts + [len(t)]:
            line = t[pos:nl]
            s = line.strip()
            # (a line of page chrome, not a lede with a garbled island in it: that is the body's first)
            a, b = pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())
            chrome = s and any(why != "garbled" and a < xe and xs < b for xs, xe, why in doc.excluded)
            if s and not chrome:
                seen += 1
                if seen > 3 or len(s) > 40 or "。" in s:
                    break
                self.headline_end = pos + len(line)
            pos = nl + 1
        paren = (bits & 24) != 0
        self.parens = self._parens(marks[paren].tolist(), bits[paren].tolist())
        # in_paren asks whether some pair opens before a span and closes after it: the pairs by
        # opening position with the furthest close so far answer that with one bisection
        by_open = sorted(self.parens)
        self._open_at = [a for a, _ in by_open]
        self._close_max = []
        far = -1
        for _, b in by_open:
            far = max(far, b)
            self._close_max.append(far)

    @staticmethod
    def _parens(at: list[int], kinds: list[int]) -> list[tuple[int, int]]:
        """(open, close + 1) of each matched pair, in the order they close."""
        out, stack = [], []
        for i, k in zip(at, kinds):
            if k & 8:
                stack.append(i)
            elif stack:
                out.append((stack.pop(), i + 1))
        return out

    def clause(self, pos: int) -> int:
        return bisect_right(self.clause_cuts, pos - 1) if pos else 0

    def sent(self, pos: int) -> int:
        return bisect_right(self.sent_cuts, pos - 1) if pos else 0

    def para(self, pos: int) -> int:
        return bisect_right(self.para_cuts, pos - 1) if pos else 0

    def clause_span(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self.clause_cuts, pos - 1) if pos else 0
        start = self.clause_cuts[k - 1] + 1 if k else 0
        end = self.clause_cuts[k] if k < len(self.clause_cuts) else len(self.t)
        return start, end

    def sent_span(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self.sent_cuts, pos - 1) if pos else 0
        start = self.sent_cuts[k - 1] + 1 if k else 0
        end = self.sent_cuts[k] if k < len(self.sent_cuts) else len(self.t)
        return start, end

    def in_paren(self, start: int, end: int) -> bool:
        k = bisect_left(self._open_at, start)  # pairs opening before ``start``
        return bool(k) and self._close_max[k - 1] >= end
