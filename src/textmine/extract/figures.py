"""Figures stage (placeholder until the figures module lands)."""
from __future__ import annotations

from ..document import Document


def extract_figures(doc: Document) -> Document:
    doc.quantities = []
    return doc
