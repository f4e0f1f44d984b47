"""Page chrome: navigation, spam headers, footers, link farms left by a web copy.

These lines are kept in the text (offsets must not move) but marked as
excluded, so nothing is extracted from ``Copyright © 2005-2023`` or a spam
title stuffed with ``91``.  The signals are conservative: a headline without
a full stop is content, a line of ``_``-joined keywords or ``a | b | c`` is not.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex

from .base import Fix


@lru_cache(maxsize=1)
def _markers() -> tuple[str, ...]:
    raw = resources.files("textmine.data").joinpath("chrome_markers.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#"))


_SEPARATED = regex.compile(r"(?:[^_|>\n]{1,24}\s*[_|>]\s*){3,}")
_SENTENCE_END = regex.compile(r"[。！？!?]")


def is_chrome(line: str) -> bool:
    """Judge one line of text."""
    stripped = line.strip()
    if not stripped:
        return False
    if any(m in stripped for m in _markers()):
        return True
    if _SEPARATED.search(stripped) and not _SENTENCE_END.search(stripped):
        return True
    # a menu: several short words separated by spaces, no punctuation at all
    words = stripped.split()
    if len(words) >= 4 and all(len(w) <= 6 for w in words) and not regex.search(r"[,，。、;；:：%\d]", stripped):
        return True
    return False


def mark_chrome(text: str) -> Fix:
    """Mark chrome lines as excluded regions; the text itself is unchanged."""
    regions = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\n")
        if is_chrome(body):
            regions.append((pos, pos + len(body), "chrome", {}))
        pos += len(line)
    return Fix(text, regions=regions, info={"lines": len(regions)}, changed=bool(regions))
