"""Batch mode's fast paths give what their plain definitions give.

* :func:`textmine.records.document_columns` builds a document's table columns straight from the
  document; the reference is ``record_columns(document_record(doc))`` (the record contract).
* the Arrow builders and the coercion check that batch parts go through are compared with
  pyarrow's own conversion of the rows.

Inputs: our gold articles (corpus/), processed by the default pipeline, and documents made here
with the odd values stages could hand over (Decimals, tuples, bools, extras, spans off the text).
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pytest

from textmine.document import Document, Edit, apply_edits
from textmine.ingest import decode
from textmine.records import (TABLES, arrow_table, coerce, coerce_columns, document_columns, document_record,
                              record_columns, table_rows)

REPO = Path(__file__).resolve().parents[1]


def reference_columns(doc: Document, duplicate_of=None) -> dict:
    record = document_record(doc)
    record["duplicate_of"] = duplicate_of
    return record_columns(record)


def _same(got: dict, want: dict) -> None:
    assert list(got) == list(want)
    for name in want:
        assert sorted(got[name]) == sorted(want[name]), name
        for col in want[name]:
            g, w = got[name][col], want[name][col]
            assert g == w and [type(x) for x in g] == [type(x) for x in w], (name, col)


@pytest.fixture(scope="module")
def gold_documents(pipeline):
    docs = []
    for path in sorted((REPO / "corpus").glob("c*.txt")):
        docs.append(pipeline.run(Document(doc_id=path.stem, source=path.name,
                                          original=decode(path.read_bytes()).text)))
    return docs


def test_columns_of_the_gold_articles(gold_documents):
    for i, doc in enumerate(gold_documents):
        dup = None if i % 2 else "c01"
        _same(document_columns(doc, dup), reference_columns(doc, dup))
    assert sum(len(d.quantities) for d in gold_documents) > 50


def _made() -> Document:
    original = "学(xué)校建了3所，共15间。"
    text, starts, ends = apply_edits(original, [Edit(1, 6, "", attach_left=True)])
    doc = Document(doc_id="d", source="d", original=original, title="t")
    doc.remap(text, starts, ends)
    doc.quality = {"encoding": "utf-8", "garbled": [(1, 2)], "x": Decimal("1.5")}
    doc.sentences = [{"start": 0, "end": len(text), "activities": ("build",)}, {"start": len(text), "end": len(text)}]
    doc.quantities = [{"id": "q1", "start": 4, "end": 6, "value": Decimal("3"), "activity": ["build", "x"],
                       "time": "2020"},
                      {"id": "q2", "start": 0, "end": 0, "value": None, "unit": 5, "activity": [],
                       "value_max": Decimal("2.50"), "sentence": True},
                      {"id": "q3", "start": 2, "end": 3, "value": 7.25, "value_max": 8, "kind": ("a",)}]
    doc.entities = [{"start": 0, "end": 2, "type": "ORG"}]
    doc.checks = [{"kind": "sum", "whole": "q1", "parts": ("q2",), "percent": Decimal("0.5"), "items": True,
                   "status": "fail", "implied_total": Decimal("3"), "open_list": False},
                  {"kind": "pct", "whole": None, "parts": None, "status": "ok", "implied_part": 2}]
    return doc


def test_columns_of_odd_stage_values():
    doc = _made()
    _same(document_columns(doc, "x"), reference_columns(doc, "x"))


@pytest.mark.parametrize("change", [
    lambda d: d.quantities[0].update(time=Decimal("2.50")),  # a Decimal extra: the record path
    lambda d: d.checks[0].update(extra=Decimal("NaN")),
    lambda d: d.entities.append({"start": 1, "end": 3, "type": "LOC"}),
    lambda d: d.sentences.append({"start": 1, "end": 2, "activities": "ab"}),
    lambda d: d.quantities.append({"id": "q4", "start": 1, "end": 1}),
    lambda d: setattr(d, "quality", {}),
    lambda d: setattr(d, "checks", []),
])
def test_columns_after_changes(change):
    doc = _made()
    change(doc)
    _same(document_columns(doc), reference_columns(doc))


@pytest.mark.parametrize("bad", [
    lambda d: d.entities.append({"start": 3, "end": 99, "type": "LOC"}),
    lambda d: d.entities.append({"start": 2.0, "end": 3, "type": "LOC"}),
    lambda d: d.entities.append({"start": 1, "end": 2}),
    lambda d: d.quantities.append({"start": 1, "end": 2}),
    lambda d: d.sentences.append({"start": 1, "end": 2, "activities": 5}),
    lambda d: d.checks.append({"kind": "x", "implied_total": "many"}),
    lambda d: d.quantities[0].update(time=Decimal("sNaN")),
])
def test_a_document_the_records_refuse_raises_the_same_error(bad):
    doc = _made()
    bad(doc)
    with pytest.raises(Exception) as want:
        reference_columns(doc)
    with pytest.raises(Exception) as got:
        document_columns(doc)
    assert (got.type, str(got.value)) == (want.type, str(want.value))


def test_numpy_integer_spans_take_the_record_path():
    import numpy as np

    doc = _made()
    doc.entities.append({"start": np.int64(1), "end": np.int64(2), "type": "LOC"})
    _same(document_columns(doc), reference_columns(doc))


def test_partition_columns_become_the_tables_pyarrow_builds(gold_documents):
    """Columns of several documents, coerced and built from buffers, equal pyarrow's conversion of the rows."""
    docs = list(gold_documents[:4]) + [_made()]
    for name, schema in TABLES.items():
        merged = {col: [] for col in schema.names}
        rows = []
        for doc in docs:
            for col, values in document_columns(doc)[name].items():
                merged[col].extend(values)
            record = document_record(doc)
            record["duplicate_of"] = None
            rows += [{k: coerce(v, schema.field(k).type) for k, v in r.items()} for r in table_rows(record)[name]]
        got = arrow_table(name, coerce_columns(name, merged))
        got.validate(full=True)
        assert got.equals(pa.Table.from_pylist(rows, schema=schema)), name


def test_the_gold_articles_and_odd_values_take_the_fast_path(gold_documents):
    """(else the comparisons above would compare the record path with itself)"""
    from textmine.records import _fast_columns

    assert all(_fast_columns(d, None) is not None for d in list(gold_documents) + [_made()])
