"""The record contract, defined once: JSON objects, table rows and their schemas.

``document_record`` is what ``textmine extract --format json`` prints
(shared spec ``records.md``).  ``TABLES`` gives the columns of the batch
tables; pandas, Parquet and the Dask ``meta`` are all built from it, so a
column cannot exist in one runner and not another.

``record_columns``, ``coerce_columns`` and ``arrow_table`` turn records into typed columns and an
Arrow table without pyarrow's conversion of Python objects: that conversion
imports pandas (~50 MB in every batch worker, which never uses it) and is the
slower path besides.
"""
from __future__ import annotations

import json
from decimal import Decimal
from itertools import chain
from typing import Any, Optional

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
        ("implied_total", pa.float64()), ("implied_part", pa.float64()),
    ]),
    "errors": pa.schema([
        ("doc_id", pa.string()), ("source", pa.string()), ("stage", pa.string()), ("code", pa.string()),
        ("reason", pa.string()),
    ]),
}


_NONE_TYPE = type(None)


def json_number(v: Any) -> Any:
    """Exact values (Decimal) become ints where integral, else floats, for JSON."""
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    return v


def _original_offsets(doc: Document, spans: list[dict[str, Any]]) -> Optional[tuple[list[int], list[int]]]:
    """:meth:`Document.to_original` of many spans in one numpy lookup (a report has ~400 sentences).

    None when any span is not a plain in-range ``int`` pair: the caller then converts span by span,
    so the user sees exactly the error ``to_original`` raises.
    """
    try:
        starts = [x["start"] for x in spans]
        ends = [x["end"] for x in spans]
    except (KeyError, TypeError):
        return None
    if not set(map(type, starts)) | set(map(type, ends)) <= {int}:
        return None
    n = len(doc.text)
    try:
        s = np.array(starts, dtype=np.int64)
        e = np.array(ends, dtype=np.int64)
    except OverflowError:
        return None
    if not ((0 <= s) & (s <= e) & (e <= n)).all():
        return None
    ostart = np.full(len(s), len(doc.original), dtype=np.int64)
    inside = s < n  # an empty span at the very end sits at the end of the original
    ostart[inside] = doc.starts[s[inside]]
    oend = ostart.copy()
    filled = s < e
    oend[filled] = doc.ends[e[filled] - 1]
    return ostart.tolist(), oend.tolist()


_QUANTITY_FIELDS = ("value", "value_max", "qualifier", "unit", "kind", "counted", "activity", "sentence")


def _quantity(doc: Document, q: dict[str, Any], span: Optional[dict[str, Any]] = None) -> dict[str, Any]:
    out = {"id": q["id"], **(span if span is not None else doc.span(q["start"], q["end"]))}
    for k in _QUANTITY_FIELDS:
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


def _sentences(doc: Document) -> list[dict[str, Any]]:
    offsets = _original_offsets(doc, doc.sentences)
    if offsets is None:
        return [_sentence(doc, s) for s in doc.sentences]
    return [{"start": a, "end": b, "activities": list(s.get("activities") or [])}
            for s, a, b in zip(doc.sentences, *offsets)]


def _spans(doc: Document, items: list[dict[str, Any]]) -> Optional[list[dict[str, Any]]]:
    """:meth:`Document.span` of every item, or None when one needs the one-by-one path."""
    offsets = _original_offsets(doc, items)
    if offsets is None:
        return None
    original, text = doc.original, doc.text
    return [{"start": a, "end": b, "text": original[a:b], "norm": text[x["start"]:x["end"]]}
            for x, a, b in zip(items, *offsets)]


def _quantities(doc: Document) -> list[dict[str, Any]]:
    spans = _spans(doc, doc.quantities)
    if spans is None:
        return [_quantity(doc, q) for q in doc.quantities]
    return [_quantity(doc, q, span) for q, span in zip(doc.quantities, spans)]


def _entities(doc: Document) -> list[dict[str, Any]]:
    spans = _spans(doc, doc.entities)
    if spans is None:
        return [_entity(doc, e) for e in doc.entities]
    return [{**span, "type": e["type"]} for e, span in zip(doc.entities, spans)]


def document_record(doc: Document) -> dict[str, Any]:
    """The JSON contract for one processed document (spans in original offsets)."""
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "title": doc.title,
        "date": doc.date,
        "text": doc.text,
        "quality": doc.quality,
        "sentences": _sentences(doc),
        "quantities": _quantities(doc),
        "entities": _entities(doc),
        "checks": [_check(c) for c in doc.checks],
    }


def _float(v: Any) -> Optional[float]:
    return None if v is None else float(v)


def _first(activity: Any) -> Any:
    """A figure's activity column holds one type: the first when a stage gave a list."""
    if isinstance(activity, list):
        return activity[0] if activity else None
    return activity


def record_columns(record: dict[str, Any]) -> dict[str, dict[str, list]]:
    """One document record as columns of every table in :data:`TABLES` (values not yet coerced).

    Batch mode appends these per partition; building columns directly skips a dict per row.
    """
    doc_id = record["doc_id"]
    q = record.get("quality") or {}
    sentences = record.get("sentences", [])
    quantities = record.get("quantities", [])
    entities = record.get("entities", [])
    checks = record.get("checks", [])
    documents = {
        "doc_id": [doc_id], "source": [record.get("source")], "title": [record.get("title")],
        "date": [record.get("date")], "text": [record.get("text")], "encoding": [q.get("encoding")],
        "script": [q.get("script")], "pinyin_annotations": [q.get("pinyin_annotations")],
        "garbled": [json.dumps(q.get("garbled", []), ensure_ascii=False)],
        "quality": [json.dumps(q, ensure_ascii=False, default=str)], "n_sentences": [len(sentences)],
        "n_quantities": [len(quantities)], "n_entities": [len(entities)],
        "n_checks_failed": [sum(1 for c in checks if c.get("status") == "fail")],
        "duplicate_of": [record.get("duplicate_of")],
    }
    columns = {"documents": documents, "sentences": {
        "doc_id": [doc_id] * len(sentences), "sentence": list(range(len(sentences))),
        **{k: [s.get(k) for s in sentences] for k in ("start", "end", "activities")},
    }}
    quantity = {k: [x.get(k) for x in quantities] for k in TABLES["quantities"].names}
    quantity["doc_id"] = [doc_id] * len(quantities)
    quantity["value_exact"] = [None if v is None else str(v) for v in quantity["value"]]
    quantity["value"] = list(map(_float, quantity["value"]))
    quantity["value_max"] = list(map(_float, quantity["value_max"]))
    quantity["activity"] = list(map(_first, quantity["activity"]))
    columns["quantities"] = quantity
    entity = {k: [e.get(k) for e in entities] for k in TABLES["entities"].names}
    entity["doc_id"] = [doc_id] * len(entities)
    columns["entities"] = entity
    check = {k: [c.get(k) for c in checks] for k in TABLES["checks"].names}
    check["doc_id"] = [doc_id] * len(checks)
    check["parts"] = [list(p or []) for p in check["parts"]]
    check["implied_total"] = list(map(_float, check["implied_total"]))
    check["implied_part"] = list(map(_float, check["implied_part"]))
    columns["checks"] = check
    columns["errors"] = {k: [] for k in TABLES["errors"].names}
    return columns


_QUANTITY_KEYS = frozenset(("id", "start", "end") + _QUANTITY_FIELDS)
_CHECK_KEYS = frozenset(TABLES["checks"].names)


def _numbers(values: list) -> list:
    """:func:`json_number` of every value; a column holding no Decimal is returned as it is."""
    if set(map(type, values)) <= {str, int, float, bool, _NONE_TYPE, list}:
        return values
    return list(map(json_number, values))


def _lists(values: list) -> list:
    """``[list(v or []) for v in values]``; a column of lists already is kept as it is (no copies)."""
    if set(map(type, values)) <= {list}:
        return values
    return [list(v or []) for v in values]


def _decimal_extras(items: list[dict[str, Any]], known: frozenset) -> bool:
    """Whether a stage-specific extra field (e.g. a figure's "time") of some item holds a Decimal.

    :func:`document_record` passes extras through :func:`json_number`, which can raise on an odd
    Decimal (a signalling NaN); extras are no table column, so :func:`document_columns` leaves such
    documents to the record path rather than repeat that conversion for nothing.
    """
    extra = set().union(*items) - known
    return bool(extra) and any(isinstance(x.get(k), Decimal) for x in items for k in extra)


def document_columns(doc: Document, duplicate_of: Optional[str] = None) -> dict[str, dict[str, list]]:
    """``record_columns(document_record(doc))`` with ``duplicate_of`` set, built straight from the document.

    Batch mode calls this for every document: it builds each column in one pass over the stage's
    items instead of a dict per sentence, figure and entity that :func:`record_columns` then takes
    apart again (a report has ~400 sentences and ~100 figures).  It handles the documents stages
    make (plain ``int`` spans inside the text, no Decimal in extra fields); any other document, and
    any document on which this path raises, goes through the record path, which gives the same
    columns or raises the error users see.  tests/test_records.py compares the two.
    """
    try:
        columns = _fast_columns(doc, duplicate_of)
    except Exception:
        columns = None
    if columns is None:
        record = document_record(doc)
        record["duplicate_of"] = duplicate_of
        columns = record_columns(record)
    return columns


def _fast_columns(doc: Document, duplicate_of: Optional[str]) -> Optional[dict[str, dict[str, list]]]:
    """The columns of :func:`document_columns`, or None when the document needs the record path."""
    doc_id, original, text = doc.doc_id, doc.original, doc.text
    sentences, quantities, entities, checks = doc.sentences, doc.quantities, doc.entities, doc.checks
    if _decimal_extras(quantities, _QUANTITY_KEYS) or _decimal_extras(checks, _CHECK_KEYS):
        return None
    spans = []
    for items in (sentences, quantities, entities):
        offsets = _original_offsets(doc, items)
        if offsets is None:
            return None
        spans.append(offsets)
    (s_start, s_end), (q_start, q_end), (e_start, e_end) = spans

    n = len(sentences)
    sentence = {"doc_id": [doc_id] * n, "sentence": list(range(n)), "start": s_start, "end": s_end,
                "activities": _lists([s.get("activities") for s in sentences])}

    n = len(quantities)
    q_ids = [q["id"] for q in quantities]
    fields = {k: _numbers([q.get(k) for q in quantities]) for k in _QUANTITY_FIELDS}
    value = fields["value"]
    quantity = {
        "doc_id": [doc_id] * n, "id": q_ids, "start": q_start, "end": q_end,
        "text": [original[a:b] for a, b in zip(q_start, q_end)],
        "norm": [text[q["start"]:q["end"]] for q in quantities],
        "value": list(map(_float, value)), "value_max": list(map(_float, fields["value_max"])),
        "value_exact": [None if v is None else str(v) for v in value],
        **{k: fields[k] for k in ("qualifier", "unit", "kind", "counted")},
        "activity": list(map(_first, fields["activity"])), "sentence": fields["sentence"],
    }

    n = len(entities)
    entity = {"doc_id": [doc_id] * n, "start": e_start, "end": e_end,
              "text": [original[a:b] for a, b in zip(e_start, e_end)],
              "norm": [text[e["start"]:e["end"]] for e in entities], "type": [e["type"] for e in entities]}

    check = {k: _numbers([c.get(k) for c in checks]) for k in TABLES["checks"].names}
    check["doc_id"] = [doc_id] * len(checks)
    check["parts"] = _lists(check["parts"])
    check["implied_total"] = list(map(_float, check["implied_total"]))
    check["implied_part"] = list(map(_float, check["implied_part"]))

    q = doc.quality or {}
    documents = {
        "doc_id": [doc_id], "source": [doc.source], "title": [doc.title], "date": [doc.date], "text": [text],
        "encoding": [q.get("encoding")], "script": [q.get("script")],
        "pinyin_annotations": [q.get("pinyin_annotations")],
        "garbled": [json.dumps(q.get("garbled", []), ensure_ascii=False)],
        "quality": [json.dumps(q, ensure_ascii=False, default=str)], "n_sentences": [len(sentences)],
        "n_quantities": [len(quantities)], "n_entities": [len(entities)],
        "n_checks_failed": [sum(1 for s in check["status"] if s == "fail")], "duplicate_of": [duplicate_of],
    }
    return {"documents": documents, "sentences": sentence, "quantities": quantity, "entities": entity,
            "checks": check, "errors": {k: [] for k in TABLES["errors"].names}}


def table_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Split one document record into rows of every table in :data:`TABLES` (keys: the table's columns)."""
    return {name: [dict(zip(cols, values)) for values in zip(*cols.values())]
            for name, cols in record_columns(record).items()}


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
        if inner is not None and set(map(type, chain.from_iterable(filter(None, values)))) <= inner:
            return values
    return [coerce(v, typ) for v in values]


def coerce_columns(table: str, columns: dict[str, list]) -> dict[str, list]:
    """Columns of ``table`` in :data:`TABLES` order with values coerced to the column types.

    A column missing from ``columns`` is all nulls.
    """
    n = max(map(len, columns.values()), default=0)
    return {f.name: _coerced(columns[f.name] if f.name in columns else [None] * n, f.type) for f in TABLES[table]}


def _validity(values: list) -> tuple[Any, int]:
    """Arrow validity bitmap (None when nothing is null) and the null count."""
    nulls = values.count(None)
    if not nulls:
        return None, 0
    valid = np.array([v is not None for v in values], dtype=np.bool_)
    return pa.py_buffer(np.packbits(valid, bitorder="little")), nulls


def _offsets(lengths: Any, n: int) -> Any:
    """int32 offsets ``0, l0, l0+l1, ...`` (Arrow's string and list layout)."""
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.fromiter(lengths, dtype=np.int64, count=n), out=offsets[1:])
    if offsets[-1] >= 2**31:
        raise ValueError("a table part holds more than 2 GB in one column; use a smaller --partition-size")
    return pa.py_buffer(offsets.astype(np.int32))


def _string_buffers(strings: list[str]) -> tuple[Any, Any]:
    """Arrow offsets and UTF-8 data of a string column (no None in ``strings``).

    Most columns of a part are many short values (doc ids, units, figure and entity texts):
    encoding them one by one costs a Python call per cell, so such a column is encoded as one
    string and the byte offsets come from the character offsets -- the same when all is ASCII,
    else through each character's UTF-8 length (1-4 bytes by code point) summed with numpy.  A
    column of few values (the documents' texts) is encoded value by value: no pass per character.
    """
    n = len(strings)
    if n < 64:
        encoded = [v.encode("utf-8") for v in strings]
        return _offsets(map(len, encoded), n), pa.py_buffer(b"".join(encoded))
    joined = "".join(strings)
    data = joined.encode("utf-8")
    chars = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, strings), dtype=np.int64, count=n), out=chars[1:])
    if len(data) == len(joined):
        offsets = chars
    else:
        cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
        width = np.ones(len(cps), dtype=np.int64)
        for limit in (0x80, 0x800, 0x10000):
            width += cps >= limit
        ends = np.zeros(len(cps) + 1, dtype=np.int64)
        np.cumsum(width, out=ends[1:])
        offsets = ends[chars]
    if offsets[-1] >= 2**31:
        raise ValueError("a table part holds more than 2 GB in one column; use a smaller --partition-size")
    return pa.py_buffer(offsets.astype(np.int32)), pa.py_buffer(data)


_STRING, _INT64, _FLOAT64 = pa.string(), pa.int64(), pa.float64()
_NUMPY = {_INT64: np.int64, _FLOAT64: np.float64}


def _arrow_array(values: list, typ: pa.DataType) -> pa.Array:
    """One column (already coerced) as an Arrow array of ``typ``, built from numpy buffers."""
    n = len(values)
    validity, nulls = _validity(values)
    if typ == _STRING:
        offsets, data = _string_buffers([("" if v is None else v) for v in values] if nulls else values)
        return pa.StringArray.from_buffers(n, offsets, data, validity, nulls)
    dtype = _NUMPY.get(typ)
    if dtype is not None:
        dense = [0 if v is None else v for v in values] if nulls else values  # a null's slot holds any value
        return pa.Array.from_buffers(typ, n, [validity, pa.py_buffer(np.array(dense, dtype=dtype))],
                                     null_count=nulls)
    if pa.types.is_list(typ):
        items = [x for v in values if v is not None for x in v]
        offsets = _offsets(map(len, values) if not nulls else (0 if v is None else len(v) for v in values), n)
        return pa.ListArray.from_buffers(typ, n, [validity, offsets], null_count=nulls,
                                         children=[_arrow_array(items, typ.value_type)])
    raise TypeError(f"no Arrow builder for column type {typ}")


def arrow_table(table: str, columns: dict[str, list]) -> pa.Table:
    """Coerced columns (:func:`coerce_columns`) as an Arrow table with the schema of ``table``."""
    schema = TABLES[table]
    return pa.Table.from_arrays([_arrow_array(columns[f.name], f.type) for f in schema], schema=schema)


def empty_frame(table: str):
    """An empty pandas DataFrame with the table's columns and dtypes (the Dask ``meta``)."""
    return TABLES[table].empty_table().to_pandas()
