"""Ingest: turn paths, folders, JSONL/CSV files and archives into Documents.

Every input document comes out either as a :class:`~textmine.document.Document`
or as an :class:`~textmine.errors.ErrorRow` -- never silently skipped, never a
traceback.  See :mod:`textmine.ingest.readers`.
"""
from .encoding import decode
from .readers import IngestOptions, iter_inputs

__all__ = ["IngestOptions", "decode", "iter_inputs"]
