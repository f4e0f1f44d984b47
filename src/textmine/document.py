"""The document: original text, normalized text, and the one map between them.

Every stage works on ``Document.text`` (simplified script, pinyin annotations
removed, widths folded) and stores spans in *normalized* coordinates.  Spans
leave the library only through :meth:`Document.span`, which converts them to
half-open code-point offsets into ``Document.original`` -- the text exactly as
decoded from the user's file.  Keeping this conversion in one place is what
lets a user highlight what was found (dateparser and datefinder lost that).

The map is two integer arrays, ``starts[i]`` and ``ends[i]``: normalized
character ``i`` came from ``original[starts[i]:ends[i]]``.  A fixer that
removes an annotation (``學(xué)`` -> ``学``) widens ``ends`` of the character the
annotation belonged to, so ``300余場(chǎng)`` is one span in the original.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = ["Document", "Edit", "apply_edits", "identity_map"]


def identity_map(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Start/end arrays for a text that maps 1:1 onto its source."""
    starts = np.arange(n, dtype=np.int64)
    return starts, starts + 1


@dataclass(frozen=True)
class Edit:
    """Replace ``source[start:end]`` by ``replacement``.

    ``attach_left``: when the replacement is empty, the removed text joins the
    character before it (an inline annotation belongs to its character).
    """

    start: int
    end: int
    replacement: str = ""
    attach_left: bool = False


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, np.ndarray, np.ndarray]:
    """Apply sorted, non-overlapping edits; return the new text and its map into ``text``.

    Each character of a non-empty replacement maps to the whole replaced range,
    so any span touching it covers everything it stands for.

    The output is a run of pieces -- kept stretches of ``text`` and
    replacements -- so the map is built per piece with ``np.repeat`` rather
    than one small array per edit (a page with hundreds of pinyin annotations
    has hundreds of edits).
    """
    pieces: list[str] = []
    # per piece: where its first character comes from, its first end, length, 1 if kept else 0
    p_start: list[int] = []
    p_end: list[int] = []
    p_len: list[int] = []
    p_step: list[int] = []
    attached: dict[int, int] = {}  # output index -> widened end (annotations joining their character)
    pos = out = 0
    for ed in edits:
        if ed.start < pos:
            raise ValueError(f"overlapping edit at {ed.start}")
        if ed.start > pos:
            pieces.append(text[pos:ed.start])
            p_start.append(pos), p_end.append(pos + 1), p_len.append(ed.start - pos), p_step.append(1)
            out += ed.start - pos
        if ed.replacement:
            k = len(ed.replacement)
            pieces.append(ed.replacement)
            p_start.append(ed.start), p_end.append(ed.end), p_len.append(k), p_step.append(0)
            out += k
        elif ed.attach_left and out:
            attached[out - 1] = ed.end
        pos = ed.end
    if pos < len(text):
        pieces.append(text[pos:])
        p_start.append(pos), p_end.append(pos + 1), p_len.append(len(text) - pos), p_step.append(1)
        out += len(text) - pos
    lengths = np.array(p_len, dtype=np.int64)
    # position of each output character inside its piece, times 1 for kept pieces, 0 for replacements
    offsets = np.cumsum(lengths) - lengths
    within = (np.arange(out, dtype=np.int64) - np.repeat(offsets, lengths)) * np.repeat(np.array(p_step, dtype=np.int64), lengths)
    starts = np.repeat(np.array(p_start, dtype=np.int64), lengths) + within
    ends = np.repeat(np.array(p_end, dtype=np.int64), lengths) + within
    if attached:
        ends[list(attached)] = list(attached.values())
    return "".join(pieces), starts, ends


@dataclass
class Document:
    """One article flowing through the stages.

    ``quantities``, ``entities``, ``checks`` and ``sentences`` hold spans in
    normalized coordinates (``start``/``end`` index ``text``); records.py turns
    them into the output contract.
    """

    doc_id: str
    source: str
    original: str
    title: str | None = None
    date: str | None = None
    encoding: str | None = None
    text: str = ""
    starts: np.ndarray = field(default=None, repr=False)  # type: ignore[assignment]
    ends: np.ndarray = field(default=None, repr=False)  # type: ignore[assignment]
    quality: dict[str, Any] = field(default_factory=dict)
    # regions nothing is extracted from, normalized coords: (start, end, reason),
    # reason "garbled" (mojibake island) or "chrome" (page navigation, spam, footers)
    excluded: list[tuple[int, int, str]] = field(default_factory=list)
    sentences: list[dict[str, Any]] = field(default_factory=list)
    tokens: list[tuple[str, int, int, str]] = field(default_factory=list, repr=False)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.starts is None:
            self.text = self.original
            self.starts, self.ends = identity_map(len(self.original))

    # -- the offset map -------------------------------------------------
    def remap(self, new_text: str, starts: np.ndarray | None, ends: np.ndarray | None) -> None:
        """Replace ``text`` by ``new_text`` whose map points into the current ``text``.

        ``None`` arrays mean the new text maps 1:1 (same length).  Composition
        keeps the map pointing at the original however many fixers ran.
        """
        if starts is None:
            if len(new_text) != len(self.text):
                raise ValueError("a 1:1 fixer changed the text length")
            self.text = new_text
            return
        if len(starts):
            new_starts = self.starts[starts]
            new_ends = self.ends[ends - 1]
        else:
            new_starts = new_ends = np.zeros(0, dtype=np.int64)
        self.text, self.starts, self.ends = new_text, new_starts, new_ends

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Half-open normalized ``[start, end)`` to half-open original offsets."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span [{start}, {end}) outside text of length {len(self.text)}")
        if start == end:
            pos = int(self.starts[start]) if start < len(self.text) else len(self.original)
            return pos, pos
        return int(self.starts[start]), int(self.ends[end - 1])

    def from_original(self, ostart: int, oend: int) -> tuple[int, int]:
        """Normalized span covering original ``[ostart, oend)`` (for gold files and tests)."""
        start = int(np.searchsorted(self.ends, ostart, side="right"))
        end = int(np.searchsorted(self.starts, oend, side="left"))
        return start, max(start, end)

    def span(self, start: int, end: int) -> dict[str, Any]:
        """The public form of a span: original offsets, original surface, normalized surface."""
        ostart, oend = self.to_original(start, end)
        return {"start": ostart, "end": oend, "text": self.original[ostart:oend], "norm": self.text[start:end]}

    def is_excluded(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` (normalized) touches garbled text or page chrome."""
        return any(start < x_end and x_start < end for x_start, x_end, _ in self.excluded)

    def sentence_of(self, pos: int) -> int | None:
        """Index of the sentence holding normalized position ``pos``."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if pos < s["start"]:
                hi = mid - 1
            elif pos >= s["end"]:
                lo = mid + 1
            else:
                return mid
        return None
