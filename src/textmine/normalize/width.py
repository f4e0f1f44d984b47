"""Width folding and whitespace cleaning: 1:1 or deletion-only fixers.

Both run on every document, so both work on the whole text at C speed:
``str.translate`` with a dict calls back into Python per character, so width
folding shifts the code points of a numpy array instead, and space cleaning
first asks one regex whether there is anything to clean at all.
"""
from __future__ import annotations

import re

import numpy as np

from ..document import Edit
from .base import Fix, codepoints

# zero-width and format characters that only confuse matching
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_REMOVED = re.compile(r"\r(?=\n)|[" + _ZERO_WIDTH + "]")
# odd spaces become an ASCII space (1:1, so offsets are unchanged)
_ODD_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\t\x0b\x0c"
_ODD_SPACE_CODES = np.array([ord(c) for c in _ODD_SPACES], dtype=np.uint32)
# a character clean_space might touch (the standard library's re scans a plain class fastest)
_DIRTY = re.compile("[\r" + re.escape(_ZERO_WIDTH + _ODD_SPACES) + "]")
_ODD_SPACE = re.compile("[" + re.escape(_ODD_SPACES) + "]")

# full-width ASCII block U+FF01..U+FF5E -> U+0021..U+007E, ideographic space -> space
_WIDE_FIRST, _WIDE_LAST, _WIDE_SHIFT = 0xFF01, 0xFF5E, 0xFEE0
_IDEOGRAPHIC_SPACE = 0x3000


def clean_space(text: str) -> Fix:
    """Drop zero-width characters and ``\\r``; turn odd spaces into plain ones.

    Deleted characters are not attached to a neighbour: they are noise, not
    part of any span.
    """
    if not _DIRTY.search(text):
        return Fix(text, info={"removed": 0})
    edits = [Edit(m.start(), m.end()) for m in _REMOVED.finditer(text)]
    spaced, n_spaces = text, 0
    if _ODD_SPACE.search(text):
        codes = codepoints(text).copy()
        odd = np.isin(codes, _ODD_SPACE_CODES)
        n_spaces = int(np.count_nonzero(odd))
        codes[odd] = 0x20
        spaced = codes.tobytes().decode("utf-32-le", "surrogatepass")
    fix = Fix.from_edits(spaced, edits, removed=len(edits))
    fix.changed = fix.changed or bool(n_spaces)
    if n_spaces:
        fix.info["spaces"] = n_spaces
    return fix


def fold_width(text: str) -> Fix:
    """Fold full-width digits, letters and punctuation to ASCII (``１２３４．５万`` -> ``1234.5万``).

    A 1:1 fixer: one character in, one character out.
    """
    codes = codepoints(text)
    wide = (codes >= _WIDE_FIRST) & (codes <= _WIDE_LAST)
    space = codes == _IDEOGRAPHIC_SPACE
    n = int(np.count_nonzero(wide)) + int(np.count_nonzero(space))
    if not n:
        return Fix(text, info={"folded": 0})
    folded = codes.copy()
    folded[wide] -= _WIDE_SHIFT
    folded[space] = 0x20
    return Fix(folded.tobytes().decode("utf-32-le", "surrogatepass"), info={"folded": n}, changed=True)
