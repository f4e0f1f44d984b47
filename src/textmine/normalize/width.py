"""Width folding and whitespace cleaning: 1:1 or deletion-only fixers."""
from __future__ import annotations

import regex

from ..document import Edit
from .base import Fix

# zero-width and format characters that only confuse matching
_ZERO_WIDTH = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# odd spaces become an ASCII space (1:1, so offsets are unchanged)
_ODD_SPACE = str.maketrans({c: " " for c in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\t\x0b\x0c"})

# full-width ASCII block U+FF01..U+FF5E -> U+0021..U+007E, ideographic space -> space
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20


def clean_space(text: str) -> Fix:
    """Drop zero-width characters and ``\\r``; turn odd spaces into plain ones.

    Deleted characters are not attached to a neighbour: they are noise, not
    part of any span.
    """
    edits = [Edit(m.start(), m.end()) for m in regex.finditer(r"\r(?=\n)|" + _ZERO_WIDTH.pattern, text)]
    spaced = text.translate(_ODD_SPACE)
    fix = Fix.from_edits(spaced, edits, removed=len(edits))
    fix.changed = fix.changed or spaced != text
    if spaced != text:
        fix.info["spaces"] = sum(1 for a, b in zip(text, spaced) if a != b)
    return fix


def fold_width(text: str) -> Fix:
    """Fold full-width digits, letters and punctuation to ASCII (``１２３４．５万`` -> ``1234.5万``).

    A 1:1 fixer: one character in, one character out.
    """
    folded = text.translate(_FOLD)
    n = sum(1 for a, b in zip(text, folded) if a != b)
    return Fix(folded, info={"folded": n}, changed=bool(n))
