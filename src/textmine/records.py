"""The record contract, defined once: JSON objects, table rows and their schemas.

``document_record`` is what ``textmine extract --format json`` prints
(shared spec ``records.md``).  ``TABLES`` gives the columns of the batch
tables; pandas, Parquet and the Dask ``meta`` are all built from it, so a
column cannot exist in one runner and not another.
"""
from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pyarrow as pa

from .document import Document
from .errors import ErrorRow

_json = pa.string()  # nested values (lists, dicts) are stored as JSON text

TABLES: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", pa.string()), ("source", pa.string()), ("title", pa.string()), ("date", pa.string()),
        ("text", pa.string()), ("encoding", pa.string()), ("script", pa.string()),
        ("pinyin_annotations", pa.int64()), ("garbled", _json), ("quality", _json),
        ("n_sentences", pa.int64()), ("n_quantities", pa.int64()), ("n_entities", pa.int64()),
        ("n_checks_failed", pa.int64()), ("duplicate_of", pa.string()),
    ]),
    "sentences": pa.schema([
        ("doc_id", pa.string()), ("sentence", pa.int64()), ("start", pa.int64()), ("end", pa.int64()),
        ("activities", pa.list_(pa.string())),
    ]),
    "quantities": pa.schema([
        ("doc_id", pa.string()), ("id", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
        ("text", pa.string()), ("norm", pa.string()), ("value", pa.float64()), ("value_max", pa.float64()),
        ("value_exact", pa.string()), ("qualifier", pa.string()), ("unit", pa.string()), ("kind", pa.string()),
        ("counted", pa.string()), ("activity", pa.string()), ("sentence", pa.int64()),
    ]),
    "entities": pa.schema([
        ("doc_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()),
        ("norm", pa.string()), ("type", pa.string()),
    ]),
    "checks": pa.schema([
        ("doc_id", pa.string()), ("kind", pa.string()), ("whole", pa.string()), ("parts", pa.list_(pa.string())),
        ("percent", pa.string()), ("items", pa.int64()), ("status", pa.string()), ("message", pa.string()),
        ("implied_total", pa.float64()),
    ]),
    "errors": pa.schema([
        ("doc_id", pa.string()), ("source", pa.string()), ("stage", pa.string()), ("code", pa.string()),
        ("reason", pa.string()),
    ]),
}


def json_number(v: Any) -> Any:
    """Exact values (Decimal) become ints where integral, else floats, for JSON."""
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    return v


def _quantity(doc: Document, q: dict[str, Any]) -> dict[str, Any]:
    out = {"id": q["id"], **doc.span(q["start"], q["end"])}
    for k in ("value", "value_max", "qualifier", "unit", "kind", "counted", "activity", "sentence"):
        out[k] = json_number(q.get(k))
    for k, v in q.items():  # stage-specific extras (e.g. "time") pass through
        if k not in out and k not in ("start", "end"):
            out[k] = json_number(v)
    return out


def _entity(doc: Document, e: dict[str, Any]) -> dict[str, Any]:
    return {**doc.span(e["start"], e["end"]), "type": e["type"]}


def _sentence(doc: Document, s: dict[str, Any]) -> dict[str, Any]:
    start, end = doc.to_original(s["start"], s["end"])
    return {"start": start, "end": end, "activities": list(s.get("activities") or [])}


def _check(c: dict[str, Any]) -> dict[str, Any]:
    return {k: json_number(v) for k, v in c.items()}


def document_record(doc: Document) -> dict[str, Any]:
    """The JSON contract for one processed document (spans in original offsets)."""
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "title": doc.title,
        "date": doc.date,
        "text": doc.text,
        "quality": doc.quality,
        "sentences": [_sentence(doc, s) for s in doc.sentences],
        "quantities": [_quantity(doc, q) for q in doc.quantities],
        "entities": [_entity(doc, e) for e in doc.entities],
        "checks": [_check(c) for c in doc.checks],
    }


def table_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Split one document record into rows of every table in :data:`TABLES`."""
    doc_id = record["doc_id"]
    q = record.get("quality") or {}
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    rows["documents"].append({
        "doc_id": doc_id, "source": record.get("source"), "title": record.get("title"), "date": record.get("date"),
        "text": record.get("text"), "encoding": q.get("encoding"), "script": q.get("script"),
        "pinyin_annotations": q.get("pinyin_annotations"), "garbled": json.dumps(q.get("garbled", []), ensure_ascii=False),
        "quality": json.dumps(q, ensure_ascii=False, default=str), "n_sentences": len(record.get("sentences", [])),
        "n_quantities": len(record.get("quantities", [])), "n_entities": len(record.get("entities", [])),
        "n_checks_failed": sum(1 for c in record.get("checks", []) if c.get("status") == "fail"),
        "duplicate_of": record.get("duplicate_of"),
    })
    for i, s in enumerate(record.get("sentences", [])):
        rows["sentences"].append({"doc_id": doc_id, "sentence": i, **s})
    for qty in record.get("quantities", []):
        act = qty.get("activity")
        if isinstance(act, list):
            act = act[0] if act else None
        row = {k: qty.get(k) for k in TABLES["quantities"].names if k not in ("doc_id", "value_exact", "activity")}
        row.update(doc_id=doc_id, activity=act, value_exact=None if qty.get("value") is None else str(qty.get("value")))
        for k in ("value", "value_max"):
            row[k] = None if row[k] is None else float(row[k])
        rows["quantities"].append(row)
    for e in record.get("entities", []):
        rows["entities"].append({"doc_id": doc_id, **{k: e.get(k) for k in ("start", "end", "text", "norm", "type")}})
    for c in record.get("checks", []):
        rows["checks"].append({
            "doc_id": doc_id, "kind": c.get("kind"), "whole": c.get("whole"), "parts": list(c.get("parts") or []),
            "percent": c.get("percent"), "items": c.get("items"), "status": c.get("status"), "message": c.get("message"),
            "implied_total": None if c.get("implied_total") is None else float(c["implied_total"]),
        })
    return rows


def error_rows(err: ErrorRow) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    rows["errors"].append(err.as_dict())
    return rows


def empty_frame(table: str):
    """An empty pandas DataFrame with the table's columns and dtypes (the Dask ``meta``)."""
    return TABLES[table].empty_table().to_pandas()
