"""The record contract, defined once: JSON objects, table rows and their schemas.

``document_record`` is what ``textmine extract --format json`` prints
(shared spec ``records.md``).  ``TABLES`` gives the columns of the batch
tables; pandas, Parquet and the Dask ``meta`` are all built from it, so a
column cannot exist in one runner and not another.

``table_columns`` and ``arrow_table`` turn rows into typed columns and an
Arrow table without pyarrow's conversion of Python objects: that conversion
imports pandas (~50 MB in every batch worker, which never uses it) and is the
slower path besides.
"""
from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import numpy as np
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


def coerce(value: Any, typ: pa.DataType) -> Any:
    """Make a stage's value fit the column type (stages are written by many hands)."""
    if value is None:
        return None
    if pa.types.is_string(typ):
        if isinstance(value, str):
            return value
        if isinstance(value, (list, dict)):
            return json.dumps(value, ensure_ascii=False, default=str)
        return str(value)
    if pa.types.is_integer(typ):
        return int(value)
    if pa.types.is_floating(typ):
        return float(value)
    if pa.types.is_list(typ):
        return [coerce(v, typ.value_type) for v in value]
    return value


_NONE = type(None)
_PLAIN = {pa.string(): {str, _NONE}, pa.int64(): {int, _NONE}, pa.float64(): {float, _NONE}}


def _coerced(values: list, typ: pa.DataType) -> list:
    """``values`` with :func:`coerce` applied; a column already of the right types is returned as it is."""
    plain = _PLAIN.get(typ)
    if plain is not None:
        if set(map(type, values)) <= plain:
            return values
    elif pa.types.is_list(typ) and set(map(type, values)) <= {list, _NONE}:
        inner = _PLAIN.get(typ.value_type)
        if inner is not None and all(v is None or set(map(type, v)) <= inner for v in values):
            return values
    return [coerce(v, typ) for v in values]


def table_columns(table: str, rows: list[dict[str, Any]]) -> dict[str, list]:
    """Rows of ``table`` as one list per column of :data:`TABLES`, values coerced to the column types.

    A missing key is a null, as in ``row.get``.
    """
    return {f.name: _coerced([r.get(f.name) for r in rows], f.type) for f in TABLES[table]}


def _validity(values: list) -> tuple[Any, int]:
    """Arrow validity bitmap (None when nothing is null) and the null count."""
    nulls = values.count(None)
    if not nulls:
        return None, 0
    valid = np.fromiter((v is not None for v in values), dtype=np.bool_, count=len(values))
    return pa.py_buffer(np.packbits(valid, bitorder="little")), nulls


def _offsets(lengths: Any, n: int) -> Any:
    """int32 offsets ``0, l0, l0+l1, ...`` (Arrow's string and list layout)."""
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.fromiter(lengths, dtype=np.int64, count=n), out=offsets[1:])
    if offsets[-1] >= 2**31:
        raise ValueError("a table part holds more than 2 GB in one column; use a smaller --partition-size")
    return pa.py_buffer(offsets.astype(np.int32))


def _string_array(values: list) -> pa.Array:
    validity, nulls = _validity(values)
    encoded = [b"" if v is None else v.encode("utf-8") for v in values]
    n = len(values)
    return pa.StringArray.from_buffers(n, _offsets(map(len, encoded), n), pa.py_buffer(b"".join(encoded)),
                                       validity, nulls)


def _arrow_array(values: list, typ: pa.DataType) -> pa.Array:
    """One column (already coerced) as an Arrow array of ``typ``, built from numpy buffers."""
    n = len(values)
    if typ == pa.string():
        return _string_array(values)
    if typ in (pa.int64(), pa.float64()):
        validity, nulls = _validity(values)
        dtype = np.int64 if typ == pa.int64() else np.float64
        data = np.fromiter((0 if v is None else v for v in values), dtype=dtype, count=n)
        return pa.Array.from_buffers(typ, n, [validity, pa.py_buffer(data)], null_count=nulls)
    if pa.types.is_list(typ):
        validity, nulls = _validity(values)
        items = [x for v in values if v is not None for x in v]
        offsets = _offsets((0 if v is None else len(v) for v in values), n)
        return pa.ListArray.from_buffers(typ, n, [validity, offsets], null_count=nulls,
                                         children=[_arrow_array(items, typ.value_type)])
    raise TypeError(f"no Arrow builder for column type {typ}")


def arrow_table(table: str, columns: dict[str, list]) -> pa.Table:
    """Coerced columns (:func:`table_columns`) as an Arrow table with the schema of ``table``."""
    schema = TABLES[table]
    return pa.Table.from_arrays([_arrow_array(columns[f.name], f.type) for f in schema], schema=schema)


def empty_frame(table: str):
    """An empty pandas DataFrame with the table's columns and dtypes (the Dask ``meta``)."""
    return TABLES[table].empty_table().to_pandas()
