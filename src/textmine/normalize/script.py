"""Traditional -> simplified with OpenCC, keeping one output character per input character.

OpenCC's ``t2s`` converts phrase by phrase; nearly always the output has the
same length, and then the map is 1:1.  Where a line changes length (a few
phrase entries do), that line is aligned with difflib so spans stay exact.
"""
from __future__ import annotations

import difflib
from functools import lru_cache

import regex

from ..document import Edit
from .base import Fix


@lru_cache(maxsize=None)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def t2s(text: str) -> Fix:
    """Convert traditional characters to simplified (OpenCC ``t2s``)."""
    conv = _converter("t2s").convert(text)
    if len(conv) == len(text):
        n = sum(1 for a, b in zip(text, conv) if a != b)
        return Fix(conv, info={"converted": n}, changed=bool(n))
    edits: list[Edit] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        new = _converter("t2s").convert(line)
        if len(new) != len(line):
            sm = difflib.SequenceMatcher(None, line, new, autojunk=False)
            for op, i1, i2, j1, j2 in sm.get_opcodes():
                if op != "equal":
                    edits.append(Edit(pos + i1, pos + i2, new[j1:j2]))
        else:
            edits.extend(Edit(pos + i, pos + i + 1, b) for i, (a, b) in enumerate(zip(line, new)) if a != b)
        pos += len(line)
    return Fix.from_edits(text, edits, converted=len(edits))


_HAN = regex.compile(r"\p{Han}")


def detect_script(text: str, sample: int = 20000) -> str:
    """``simplified``, ``traditional`` or ``mixed``, from what OpenCC would change.

    A few characters change under t2s even in simplified text (``著``, ``乾``),
    so the call is made on proportions, not on any change at all.
    """
    han = "".join(_HAN.findall(text[:sample]))
    if not han:
        return "simplified"
    to_s = sum(1 for a, b in zip(han, _converter("t2s").convert(han)) if a != b) / len(han)
    to_t = sum(1 for a, b in zip(han, _converter("s2t").convert(han)) if a != b) / len(han)
    if to_s < 0.01:
        return "simplified"
    if to_t < max(0.01, to_s / 5):
        return "traditional"
    return "mixed"
