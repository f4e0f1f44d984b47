"""Activities stage (placeholder until the activities module lands)."""
from __future__ import annotations

from pathlib import Path

from ..document import Document


def tag_activities(doc: Document, *, taxonomy: Path | None = None) -> Document:
    return doc
