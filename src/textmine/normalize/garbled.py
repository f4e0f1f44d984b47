"""Garbled islands: text decoded from the wrong byte offset, and their repair.

A page assembled from GBK fragments sometimes decodes a run one byte off:
``绿色环保”“粽情端午`` becomes ``?!薄棒涨槎宋?``.  The signs are a replacement
character (``?``, U+FFFD) next to Han text, followed or preceded by characters
that form no word with their neighbours.  jieba's dictionary (the first two
characters of its words: :func:`textmine.segment.short_freq`) tells which
character pairs start a real word; a run of pairs that never do, anchored on a
replacement mark, is an island.

Repair re-encodes the island's interior as GBK and decodes it one byte over.
The bytes lost at both ends are guessed by asking which GBK character with the
surviving half byte makes a dictionary word with its neighbour (``环?`` ->
``环保``, ``端?`` -> ``端午``).  A repair is kept only when it reads better
than the island by the same pair statistics.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..document import Edit
from .base import Fix

_SEED = regex.compile(r"[?\ufffd\x1a\ue000-\uf8ff]")
_ISLAND_CHAR = regex.compile(r"[\p{Han}?\ufffd\x1a\ue000-\uf8ff!！,，.:;。、“”‘’]")
_MIN_ISLAND = 4
# compiled once: module-level regex.match/sub look their pattern up in a cache on every call
_HAN = regex.compile(r"\p{Han}")
_HAN_PAIR = regex.compile(r"\p{Han}\p{Han}")
_HAN_OR_BANG = regex.compile(r"[\p{Han}!！]")
_TRAILING_ANNOTATION = regex.compile(r"[(（][^()（）]{0,12}[)）]$")


def _freq() -> dict[str, int]:
    """jieba's ``FREQ`` on one- and two-character keys: a pair is in it iff some word starts with it."""
    from ..segment import short_freq

    return short_freq()


def _simplify(s: str) -> str:
    from .script import _converter

    return _converter("t2s").convert(s)


@lru_cache(maxsize=65536)
def _plausible(a: str, b: str) -> bool:
    """Does some dictionary word start with this pair?"""
    return _simplify(a + b) in _freq()


def _score(s: str) -> float:
    """Share of adjacent Han pairs that occur inside dictionary words."""
    s = _simplify(s)
    han = [i for i in range(len(s) - 1) if _HAN_PAIR.match(s, i, i + 2)]
    if not han:
        return 0.0
    freq = _freq()
    return sum(1 for i in han if s[i:i + 2] in freq) / len(han)


def find_islands(text: str) -> list[tuple[int, int]]:
    """Spans of suspected garbled text, each anchored on a replacement mark."""
    out: list[tuple[int, int]] = []
    for m in _SEED.finditer(text):
        i = m.start()
        # a seed must touch Han text on at least one side to be mojibake, not a '?' in prose
        left = text[i - 1] if i else ""
        right = text[i + 1] if i + 1 < len(text) else ""
        if not (_HAN_OR_BANG.match(right) or _HAN.match(left)):
            continue
        if out and i < out[-1][1]:
            continue
        start = end = i
        # extend right over characters that form no word with the next one
        j = i + 1
        while j < len(text) and _ISLAND_CHAR.match(text[j]):
            if _SEED.match(text[j]):
                end = j  # a second mark closes the island
                break
            nxt = text[j + 1] if j + 1 < len(text) else ""
            if nxt and (_SEED.match(nxt) or not _plausible(text[j], nxt)):
                end = j
                j += 1
            else:
                break
        # extend left the same way
        j = i - 1
        while j >= 0 and _ISLAND_CHAR.match(text[j]) and _HAN.match(text[j]):
            prv = text[j - 1] if j else ""
            if prv and _HAN.match(prv) and not _plausible(prv, text[j]) and not _plausible(text[j], text[j + 1]):
                start = j
                j -= 1
            else:
                break
        if end + 1 - start >= _MIN_ISLAND:
            out.append((start, end + 1))
    return out


_FULLWIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "!,.:;?"})


@lru_cache(maxsize=1024)
def _partners(byte: int, is_trail: bool) -> tuple[str, ...]:
    """Every GBK character holding ``byte`` as its trail (or lead) byte, in byte order."""
    out = []
    for other in range(0x81, 0xFF) if is_trail else range(0x40, 0xFF):
        raw = bytes([other, byte]) if is_trail else bytes([byte, other])
        try:
            out.append(raw.decode("gbk"))
        except UnicodeDecodeError:
            continue
    return tuple(out)


@lru_cache(maxsize=65536)
def _guess(byte: int, is_trail: bool, neighbour: str, after: bool) -> str:
    """The GBK character holding ``byte`` (as trail or lead) that best makes a word with ``neighbour``.

    All candidate words go through OpenCC in one call, a line each: no t2s
    dictionary entry holds a line break, so each line converts as it would alone.
    """
    freq = _freq()
    chars = _partners(byte, is_trail)
    words = [neighbour + ch if after else ch + neighbour for ch in chars]
    best, best_f = "", 0
    for ch, word in zip(chars, _simplify("\n".join(words)).split("\n")):
        f = freq.get(word, 0)
        if f > best_f:
            best, best_f = ch, f
    return best


def repair(text: str, start: int, end: int) -> str | None:
    """Try to re-decode ``text[start:end]`` one byte over; ``None`` when it does not read better."""
    island = text[start:end]
    core = island.strip("?\ufffd\x1a")
    lead_lost = len(island) - len(island.lstrip("?\ufffd\x1a")) > 0
    # ASCII punctuation inside an island was a full-width GBK character before
    # someone folded it; a one-byte-off decode never yields single bytes there
    try:
        raw = core.translate(_FULLWIDTH).encode("gbk")
    except UnicodeEncodeError:
        return None
    if len(raw) < 4:
        return None
    head, body, tail = raw[0], raw[1:-1], raw[-1]
    try:
        middle = body.decode("gbk")
    except UnicodeDecodeError:
        return None
    # the character before may carry an inline pinyin annotation: look past it
    lead_ctx = _TRAILING_ANNOTATION.sub("", text[max(0, start - 16):start])
    before = lead_ctx[-1] if lead_ctx and lead_lost and _HAN.match(lead_ctx[-1]) else ""
    first = _guess(head, True, before, after=True) if before else ""
    last = _guess(tail, False, middle[-1:], after=True) if middle else ""
    fixed = first + middle + last
    if _score(before + fixed) <= _score(before + island):
        return None
    return _simplify(fixed)


def repair_garbled(text: str) -> Fix:
    """Mark garbled islands; substitute a repair where the re-decode reads as words."""
    edits, regions = [], []
    for start, end in find_islands(text):
        fixed = repair(text, start, end)
        extra = {"repaired": fixed} if fixed else {}
        regions.append((start, end, "garbled", extra))
        if fixed:
            edits.append(Edit(start, end, fixed))
    fix = Fix.from_edits(text, edits, islands=len(regions), repaired=len(edits))
    fix.regions = regions
    fix.changed = bool(regions)
    return fix
