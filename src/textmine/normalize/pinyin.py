"""Remove inline pinyin annotations such as ``學(xué)習(xí)`` or ``学(xue2)``.

Some sites print a reading after every few characters.  An annotation is
removed only when it *is* a reading of the characters before it, as pypinyin
knows them (heteronyms included, tone marks, tone numbers or none), so real
parentheses -- ``黨組(黨委)``, ``村(社區)``, ``中國(深圳)``, ``(APP)`` -- stay.
The removed text is attached to the character it annotates, so a span that
ends on that character covers its annotation too.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from ..document import Edit
from .base import Fix

# a bracketed run of latin letters (with tone marks), optional tone digits or
# spaces between syllables, right after a Han character; the bracket comes first
# in the pattern (the Han character is checked looking back from it) so the
# scan jumps from bracket to bracket instead of trying a lookbehind everywhere
_ANNOTATION = regex.compile(
    r"[(（](?<=\p{Han}[(（])\s*((?:[a-zA-ZüÜ\p{Mn}\u00c0-\u024f\u1e00-\u1eff]+[1-5]?\s*){1,4})[)）]"
)
_MAX_SYLLABLES = 4
_SPACES = regex.compile(r"\s+")
_HAN_RUN = regex.compile(r"\p{Han}+")


def _plain(s: str) -> str:
    """Drop tone marks and digits, ``ü``->``v``: the comparison key for a reading."""
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c) and not c.isdigit())
    return s.replace("u\u0308", "v").replace("ü", "v")


@lru_cache(maxsize=65536)
def readings(char: str) -> frozenset[str]:
    """Every toneless reading pypinyin has for ``char`` (empty for non-Han)."""
    from pypinyin import Style, pinyin

    out = set()
    for style in (Style.TONE, Style.NORMAL):
        for group in pinyin(char, style=style, heteronym=True, errors="ignore"):
            for r in group:
                out.add(_plain(r))
    out.discard("")
    return frozenset(out)


def _spell(plain: str, chars: str) -> bool:
    """Can ``plain`` (toneless, no spaces) be split into readings of ``chars`` in order?"""
    if not chars:
        return not plain
    for r in readings(chars[0]):
        if plain.startswith(r) and _spell(plain[len(r):], chars[1:]):
            return True
    return False


@lru_cache(maxsize=65536)
def _key(body: str) -> str:
    """The comparison key of an annotation's body (the same few readings recur all through a page)."""
    return _plain(_SPACES.sub("", body))


@lru_cache(maxsize=65536)
def _spells(key: str, chars: str) -> bool:
    return _spell(key, chars)


def strip_pinyin(text: str) -> Fix:
    """Remove annotations that spell a reading of the 1-4 Han characters before them."""
    edits: list[Edit] = []
    for m in _ANNOTATION.finditer(text):
        key = _key(m.group(1))
        if not key.isascii() or not key.isalpha():
            continue
        before = m.start()
        for k in range(1, _MAX_SYLLABLES + 1):
            chars = text[before - k:before]
            if len(chars) < k or not _HAN_RUN.fullmatch(chars):
                break
            if _spells(key, chars):
                edits.append(Edit(m.start(), m.end(), "", attach_left=True))
                break
    return Fix.from_edits(text, edits, removed=len(edits))
