"""Page chrome: navigation, spam headers, footers, link farms left by a web copy.

These lines are kept in the text (offsets must not move) but marked as
excluded, so nothing is extracted from ``Copyright © 2005-2023`` or a spam
title stuffed with ``91``.  The signals are conservative: a headline without
a full stop is content, a line of ``_``-joined keywords or ``a | b | c`` is not.

Almost every line of an article is prose that none of the signals can fire
on, so :func:`mark_chrome` first finds, with a few whole-text regex passes, the
lines that hold a marker, a separator or no punctuation at all, and judges
only those.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
import re

import regex

from .base import Fix


@lru_cache(maxsize=1)
def _markers() -> tuple[str, ...]:
    raw = resources.files("textmine.data").joinpath("chrome_markers.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _marker_re() -> re.Pattern:
    """All markers as one alternation: one C-speed scan instead of one per marker."""
    return re.compile("|".join(re.escape(m) for m in sorted(_markers(), key=len, reverse=True)))


_SEPARATED = regex.compile(r"(?:[^_|>\n]{1,24}\s*[_|>]\s*){3,}")
_SEPARATOR = regex.compile(r"[_|>]")
_SENTENCE_END = regex.compile(r"[。！？!?]")
_PUNCT_OR_DIGIT = regex.compile(r"[,，。、;；:：%\d]")
# a line with no punctuation or ASCII digit (a superset of those the menu rule can fire on),
# after its \n; whole-text passes use the standard library's re, several times faster here
_BARE_LINE = re.compile(r"\n[^\n,，。、;；:：%0-9]+(?=\n|$)")
_SEPARATOR_CHARS = "_|>"
# line breaks str.splitlines knows besides \n; with none of them, lines are text.split("\n")
_OTHER_BREAK = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _prose(line: str) -> bool:
    """A long line of several sentences is the article's prose, whatever words it holds: a report
    may tell readers to 扫一扫 a code to order meals; a page's share bar is short."""
    return len(line) > 40 and len(_SENTENCE_END.findall(line)) >= 2


def is_chrome(line: str) -> bool:
    """Judge one line of text."""
    stripped = line.strip()
    if not stripped:
        return False
    if _marker_re().search(stripped) and not _prose(stripped):
        return True
    # the separated pattern needs three separators; without them its search is slow for nothing
    if len(_SEPARATOR.findall(stripped)) >= 3 and _SEPARATED.search(stripped) and not _SENTENCE_END.search(stripped):
        return True
    # a menu: several short words separated by spaces, no punctuation at all
    words = stripped.split()
    if len(words) >= 4 and all(len(w) <= 6 for w in words) and not _PUNCT_OR_DIGIT.search(stripped):
        return True
    return False


def _candidate_lines(text: str) -> list[int]:
    """Start offsets of the lines any rule of :func:`is_chrome` could fire on (``\\n``-only text)."""
    hits = [m.start() for m in _marker_re().finditer(text)]
    if any(c in text for c in _SEPARATOR_CHARS):
        hits += [m.start() for m in _SEPARATOR.finditer(text)]
    hits += [m.end() for m in _BARE_LINE.finditer(text)]
    starts = {text.rfind("\n", 0, p) + 1 for p in hits}
    starts.add(0)  # the first line has no \n before it for _BARE_LINE to start on
    return sorted(starts)


def mark_chrome(text: str) -> Fix:
    """Mark chrome lines as excluded regions; the text itself is unchanged."""
    regions = []
    if _OTHER_BREAK.search(text):
        pos = 0
        for line in text.splitlines(keepends=True):
            body = line.rstrip("\n")
            if is_chrome(body):
                regions.append((pos, pos + len(body), "chrome", {}))
            pos += len(line)
    else:
        for start in _candidate_lines(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if is_chrome(text[start:end]):
                regions.append((start, end, "chrome", {}))
    return Fix(text, regions=regions, info={"lines": len(regions)}, changed=bool(regions))
