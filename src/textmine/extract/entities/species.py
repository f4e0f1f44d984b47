"""Species named after a place (中华白海豚, 华南虎, 东北虎, 台湾黑熊): no place is named inside them.

The model and the gazetteer read the place word at the head of such a name (中华, 华南, 东北, 台湾) as a
LOCATION; the report speaks of the animal or the plant.  A mention lying wholly inside one of the names
listed in ``rules.toml`` (``species_with_place_names``) is dropped; a longer name holding the species
(东北虎豹国家公园) is no mention inside it and stays.
"""
from __future__ import annotations

from .lexicons import _rules
from .wordindex import _find_words


def species_names(text: str, spans: list[list]) -> list[list]:
    """``spans`` without those inside a species name of ``text``."""
    names = [w for w in _rules()["species_with_place_names"] if w in text]
    if not names:
        return spans
    inside = _find_words(text, names)
    return [sp for sp in spans if not any(a <= sp[0] and sp[1] <= b for a, b in inside)]
