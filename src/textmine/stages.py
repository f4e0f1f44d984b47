"""Every pipeline stage, registered by name in this one module.

Keeping registrations together (as spaCy ended up doing) avoids import cycles
and gives one place to read what a pipeline can contain.  Each stage's
keyword-only parameters are what a pipeline file may set for it.
"""
from __future__ import annotations

from .document import Document
from .extract import activities as _activities
from .extract import figures as _figures
from .normalize import DEFAULT_FIXERS, normalize
from .pipeline import register
from .segment import segment
from . import validate as _validate


@register("normalize", assigns=("text", "quality"))
def normalize_stage(doc: Document, *, fixers: list[str] = list(DEFAULT_FIXERS)) -> Document:
    """Run the named fixers (see :data:`textmine.normalize.FIXERS`)."""
    return normalize(doc, tuple(fixers))


register("segment", requires=("text",), assigns=("sentences", "tokens"))(segment)

register("figures", requires=("text", "sentences", "tokens"), assigns=("quantities",))(_figures.extract_figures)


@register("entities", requires=("text",), assigns=("entities",))
def entities_stage(doc: Document, *, model: bool = True) -> Document:
    """People, places, organizations and works; none from inside garbled text."""
    from .extract.entities import find_entities

    found = find_entities(doc.text, doc.tokens or None) if model else []
    garbled = [(s, e) for s, e, why in doc.excluded if why == "garbled"]
    doc.entities = [e for e in found if not any(e["start"] < ge and gs < e["end"] for gs, ge in garbled)]
    return doc


def _check_taxonomy(params: dict) -> None:
    _activities.load_taxonomy(params.get("taxonomy"))


register("activities", requires=("sentences", "quantities"), assigns=("activities",),
         check=_check_taxonomy)(_activities.tag_activities)

register("validate", requires=("quantities",), assigns=("checks",))(_validate.validate)

