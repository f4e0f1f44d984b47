"""Validation stage (placeholder until the validation module lands)."""
from __future__ import annotations

from .document import Document


def validate(doc: Document) -> Document:
    doc.checks = []
    return doc
