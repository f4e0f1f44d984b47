"""textmine: Chinese news reports in, structured and checkable records out.

Stages: ingest -> normalize -> segment -> extract (figures, entities,
activities) -> validate.  The library logs through ``logging`` and never
configures handlers; the ``textmine`` command does that.
"""
from __future__ import annotations

__version__ = "0.1.0"


def extract_text(text: str, *, doc_id: str = "text", pipeline=None) -> dict:
    """Run the pipeline on a string and return the JSON record (offsets into ``text``)."""
    from .document import Document
    from .pipeline import load_pipeline
    from .records import document_record

    pipe = pipeline or load_pipeline()
    return document_record(pipe.run(Document(doc_id=doc_id, source=doc_id, original=text)))


__all__ = ["__version__", "extract_text"]
