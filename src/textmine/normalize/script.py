"""Traditional -> simplified with OpenCC, keeping one output character per input character.

OpenCC's ``t2s`` converts phrase by phrase; nearly always the output has the
same length, and then the map is 1:1.  Where a line changes length (a few
phrase entries do), that line is aligned with difflib so spans stay exact.

Most input is already simplified, and OpenCC costs more than all other fixers
together.  ``data/t2s_changing.txt`` lists every t2s dictionary entry whose
conversion differs from its key; OpenCC's output is a concatenation of
dictionary values and untouched characters, so text holding none of those
keys is its own conversion.  :func:`may_change` answers that in one vectorized
pass, and both :func:`t2s` and :func:`detect_script` skip OpenCC when it says no
(tests/test_normalize_fastpaths.py keeps the table equal to OpenCC's).
"""
from __future__ import annotations

import difflib
from functools import lru_cache
from importlib import resources
from itertools import islice

import numpy as np
import regex

from ..document import Edit
from .base import Fix, codepoints


_HAN = regex.compile(r"\p{Han}")
_HAN_BACKWARDS = regex.compile(r"(?r)\p{Han}")


@lru_cache(maxsize=None)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


_SINGLE, _WITNESS = 1, 2


@lru_cache(maxsize=1)
def _changing() -> tuple[np.ndarray, dict[str, tuple[tuple[str, int], ...]]]:
    """A code-point table and the phrases it cannot decide alone.

    ``table[c]`` is 1 where t2s changes character ``c`` by itself, 2 where ``c``
    is the character a changing phrase without such a character changes (its
    *witness*: every occurrence of the phrase holds it), else 0.  The dict maps
    each witness to ``(phrase, index of the witness in it)``, looked up only
    where the witness occurs.
    """
    raw = resources.files("textmine.data").joinpath("t2s_changing.txt").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in raw.splitlines() if line and not line.startswith("#")]
    singles = {k for k, _ in rows if len(k) == 1}
    phrases: dict[str, list[tuple[str, int]]] = {}
    for key, value in rows:
        if len(key) > 1 and not singles.intersection(key):
            at = next((i for i, (a, b) in enumerate(zip(key, value)) if a != b), 0)
            phrases.setdefault(key[at], []).append((key, at))
    top = max(map(ord, singles | set(phrases)))
    # one spare zero entry at the end: code points past the table clip onto it
    table = np.zeros(top + 2, dtype=np.uint8)
    table[[ord(w) for w in phrases]] = _WITNESS
    table[[ord(c) for c in singles]] = _SINGLE
    return table, {w: tuple(ks) for w, ks in phrases.items()}


@lru_cache(maxsize=1)
def _variants() -> tuple[dict[int, str], "regex.Pattern"]:
    """``data/t2s_variants.txt``: Hong Kong and Taiwan variant characters that t2s keeps (衞), as a
    ``str.translate`` table and a pattern that finds any of them."""
    raw = resources.files("textmine.data").joinpath("t2s_variants.txt").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in raw.splitlines() if line and not line.startswith("#")]
    table = {ord(k): v for k, v in rows}
    return table, regex.compile("[" + "".join(k for k, _ in rows) + "]")


def may_change(text: str) -> bool:
    """Could :func:`t2s` change ``text``?  ``False`` is exact: then it returns ``text``."""
    if _variants()[1].search(text):
        return True
    table, phrases = _changing()
    hits = np.take(table, codepoints(text), mode="clip")
    if not hits.any():
        return False
    if (hits == _SINGLE).any():
        return True
    for pos in np.flatnonzero(hits == _WITNESS).tolist():
        if any(text.startswith(k, pos - at) for k, at in phrases[text[pos]] if pos >= at):
            return True
    return False


def t2s(text: str) -> Fix:
    """Convert traditional characters to simplified (OpenCC ``t2s``, after folding the variant
    characters it keeps: :func:`_variants`)."""
    if not may_change(text):
        return Fix(text, info={"converted": 0})
    original, text = text, text.translate(_variants()[0])  # (one character for one)
    conv = _converter("t2s").convert(text)
    if len(conv) == len(text):
        n = sum(1 for a, b in zip(original, conv) if a != b)
        return Fix(conv, info={"converted": n}, changed=bool(n))
    edits: list[Edit] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        new = _converter("t2s").convert(line)
        before = original[pos:pos + len(line)]
        if len(new) != len(line):
            sm = difflib.SequenceMatcher(None, line, new, autojunk=False)
            for op, i1, i2, j1, j2 in sm.get_opcodes():
                if op != "equal":
                    edits.append(Edit(pos + i1, pos + i2, new[j1:j2]))
                else:  # (a folded variant inside text OpenCC left alone)
                    edits.extend(Edit(pos + i, pos + i + 1, line[i]) for i in range(i1, i2) if before[i] != line[i])
        else:
            edits.extend(Edit(pos + i, pos + i + 1, b) for i, (a, b) in enumerate(zip(before, new)) if a != b)
        pos += len(line)
    return Fix.from_edits(original, edits, converted=len(edits))


def _phrase_in_han(head: str, hits: np.ndarray) -> bool:
    """Does a witnessed phrase occur in the Han characters of ``head`` joined (as detect_script converts them)?

    Only the Han characters next to each witness are gathered, however much
    punctuation lies between them, so the test is exact without joining them all.
    """
    _, phrases = _changing()
    for pos in np.flatnonzero(hits == _WITNESS).tolist():
        candidates = phrases[head[pos]]
        n_before = max(at for _, at in candidates)
        n_after = max(len(k) - at - 1 for k, at in candidates)
        before = "".join(reversed([m.group() for m in islice(_HAN_BACKWARDS.finditer(head, 0, pos), n_before)]))
        after = "".join(m.group() for m in islice(_HAN.finditer(head, pos + 1), n_after))
        if any(before.endswith(k[:at]) and after.startswith(k[at + 1:]) for k, at in candidates):
            return True
    return False


def detect_script(text: str, sample: int = 20000) -> str:
    """``simplified``, ``traditional`` or ``mixed``, from what OpenCC would change.

    A few characters change under t2s even in simplified text (``著``, ``乾``),
    so the call is made on proportions, not on any change at all.  When t2s
    cannot change the sample (see :func:`may_change`) it is simplified without
    asking OpenCC.
    """
    head = text[:sample]
    table, _ = _changing()
    hits = np.take(table, codepoints(head), mode="clip")
    if not hits.any():
        return "simplified"
    if not (hits == _SINGLE).any() and not _phrase_in_han(head, hits):
        return "simplified"
    han = "".join(_HAN.findall(head))
    if not han:
        return "simplified"
    to_s = sum(1 for a, b in zip(han, _converter("t2s").convert(han)) if a != b) / len(han)
    if to_s < 0.01:
        return "simplified"
    to_t = sum(1 for a, b in zip(han, _converter("s2t").convert(han)) if a != b) / len(han)
    if to_t < max(0.01, to_s / 5):
        return "traditional"
    return "mixed"
