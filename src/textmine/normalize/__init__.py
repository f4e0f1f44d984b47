"""Normalization: named fixers, each a small function, run in a configured order.

Like ftfy's ``fix_and_explain``, every fixer reports what it changed, and the
document's ``quality`` records it.  Each fixer takes the current normalized
text and returns a :class:`Fix`; :func:`normalize` composes their offset maps
on the document so spans still point into the original text.
"""
from __future__ import annotations

from typing import Callable

from ..document import Document
from .base import Fix
from .chrome import mark_chrome
from .garbled import repair_garbled
from .pinyin import strip_pinyin
from .script import detect_script, t2s
from .width import clean_space, fold_width

__all__ = ["FIXERS", "DEFAULT_FIXERS", "Fix", "normalize"]

#: name -> fixer; the pipeline file refers to fixers by these names.
FIXERS: dict[str, Callable[[str], Fix]] = {
    "clean_space": clean_space,
    "repair_garbled": repair_garbled,
    "fold_width": fold_width,
    "strip_pinyin": strip_pinyin,
    "t2s": t2s,
    "mark_chrome": mark_chrome,
}

# garbled repair needs the bytes as they were (before widths fold); pinyin is
# recognised against traditional readings before t2s; chrome is judged on the
# final text.
DEFAULT_FIXERS = ("clean_space", "repair_garbled", "fold_width", "strip_pinyin", "t2s", "mark_chrome")


def normalize(doc: Document, fixers: tuple[str, ...] | list[str] = DEFAULT_FIXERS) -> Document:
    """Run ``fixers`` in order on ``doc`` and record what each did in ``doc.quality``."""
    unknown = [f for f in fixers if f not in FIXERS]
    if unknown:
        raise ValueError(f"unknown fixer(s) {unknown}; known: {sorted(FIXERS)}")
    quality = doc.quality
    quality.setdefault("encoding", doc.encoding)
    quality["script"] = detect_script(doc.text)
    quality.setdefault("pinyin_annotations", 0)
    quality.setdefault("garbled", [])
    applied: dict[str, dict] = {}
    for name in fixers:
        fix = FIXERS[name](doc.text)
        # spans found by this fixer are in the text it was given: map them to the
        # original before the text changes under them
        for start, end, reason, extra in fix.regions:
            ostart, oend = doc.to_original(start, end)
            if reason == "garbled":
                entry = {"start": ostart, "end": oend, "text": doc.original[ostart:oend]}
                entry.update(extra)
                quality["garbled"].append(entry)
            else:
                quality.setdefault(reason, []).append({"start": ostart, "end": oend})
        pending = [(s, e, r) for s, e, r, _ in fix.regions]
        if fix.starts is not None:
            # carry region bounds through the edit so they stay in normalized coords
            pending = _carry(pending, fix)
        old_excluded = _carry(doc.excluded, fix) if fix.starts is not None else doc.excluded
        doc.remap(fix.text, fix.starts, fix.ends)
        doc.excluded = old_excluded + pending
        if fix.changed:
            applied[name] = fix.info
        if name == "strip_pinyin":
            quality["pinyin_annotations"] += fix.info.get("removed", 0)
    doc.excluded.sort()
    quality["fixers"] = applied
    return doc


def _carry(regions: list[tuple[int, int, str]], fix: Fix) -> list[tuple[int, int, str]]:
    """Re-express regions of the fixer's input in the fixer's output coordinates."""
    import numpy as np

    out = []
    for start, end, reason in regions:
        new_start = int(np.searchsorted(fix.ends, start, side="right"))
        new_end = int(np.searchsorted(fix.starts, end, side="left"))
        if new_end > new_start:
            out.append((new_start, new_end, reason))
    return out
