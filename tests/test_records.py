"""The record contract and the batch tables built from it.

``document_record`` converts the spans of a whole document in one numpy lookup and
batch parts are built column by column from numpy buffers; these tests pin that the
results are what the one-by-one definitions give (``Document.span``, pyarrow's own
conversion) and that a batch worker writing a part never imports pandas (~50 MB of
every worker's memory).  Inputs: our gold articles (corpus/) and documents made here.
"""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pytest

from textmine.document import Document, Edit, apply_edits
from textmine.ingest import decode
from textmine.records import (TABLES, arrow_table, coerce, coerce_columns, document_record, record_columns,
                              table_rows)

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def processed(pipeline):
    return pipeline.run(Document(doc_id="c01", source="c01.txt",
                                 original=decode((REPO / "corpus" / "c01.txt").read_bytes()).text))


def test_record_spans_are_document_span_of_each_item(processed):
    doc, record = processed, document_record(processed)
    assert [(s["start"], s["end"]) for s in record["sentences"]] == [doc.to_original(s["start"], s["end"])
                                                                     for s in doc.sentences]
    for got, item in zip(record["quantities"] + record["entities"], doc.quantities + doc.entities):
        assert {k: got[k] for k in ("start", "end", "text", "norm")} == doc.span(item["start"], item["end"])
    assert len(record["quantities"]) > 5 and len(record["entities"]) > 5


def _edited() -> Document:
    """A document whose normalization removed an annotation and widened a character."""
    original = "学(xué)校建了3所，共15间。"
    text, starts, ends = apply_edits(original, [Edit(1, 6, "", attach_left=True)])
    doc = Document(doc_id="d", source="d", original=original)
    doc.remap(text, starts, ends)
    doc.sentences = [{"start": 0, "end": len(text), "activities": ("build",)}, {"start": len(text), "end": len(text)}]
    doc.quantities = [{"id": "q1", "start": 4, "end": 6, "value": Decimal("3"), "activity": ["build", "x"],
                       "time": Decimal("2.50")},
                      {"id": "q2", "start": 0, "end": 0, "value": None, "unit": 5, "activity": []}]
    doc.entities = [{"start": 0, "end": 2, "type": "ORG"}]
    doc.checks = [{"kind": "sum", "whole": "q1", "parts": ("q2",), "percent": Decimal("0.5"), "items": True,
                   "status": "fail", "implied_total": Decimal("3")}]
    return doc


def test_spans_across_a_removed_annotation_and_at_the_end():
    record = document_record(_edited())
    assert record["entities"][0] == {"start": 0, "end": 7, "text": "学(xué)校", "norm": "学校", "type": "ORG"}
    assert record["sentences"][1] == {"start": 17, "end": 17, "activities": []}
    assert record["quantities"][0]["time"] == 2.5 and record["quantities"][1]["start"] == 0


@pytest.mark.parametrize("bad", [{"start": 3, "end": 99}, {"start": -1, "end": 2}, {"start": 2.0, "end": 3}])
def test_a_span_outside_the_text_raises_what_to_original_raises(bad):
    doc = _edited()
    doc.entities.append({**bad, "type": "LOC"})
    try:
        doc.span(bad["start"], bad["end"])
        expected = None
    except (IndexError, TypeError) as exc:
        expected = (type(exc), str(exc))
    with pytest.raises(Exception) as got:
        document_record(doc)
    assert (got.type, str(got.value)) == expected


def test_columns_are_the_rows_of_every_table():
    record = document_record(_edited())
    columns, rows = record_columns(record), table_rows(record)
    for name, schema in TABLES.items():
        assert list(columns[name]) == schema.names
        assert [dict(zip(columns[name], values)) for values in zip(*columns[name].values())] == rows[name]
    q = rows["quantities"]
    assert (q[0]["value_exact"], q[0]["activity"], q[1]["activity"]) == ("3", "build", None)


def test_arrow_table_equals_pyarrows_own_conversion():
    """Stage values of other types are coerced as before: Decimal to text, bool to int, tuples to lists."""
    record = document_record(_edited())
    for name, cols in record_columns(record).items():
        coerced = coerce_columns(name, cols)
        rows = [{k: coerce(v, TABLES[name].field(k).type) for k, v in r.items()} for r in table_rows(record)[name]]
        want = pa.Table.from_pylist(rows, schema=TABLES[name])
        got = arrow_table(name, coerced)
        got.validate(full=True)
        assert got.equals(want), name
    checks = arrow_table("checks", coerce_columns("checks", record_columns(record)["checks"])).to_pylist()
    assert checks[0]["percent"] == "0.5" and checks[0]["items"] == 1 and checks[0]["parts"] == ["q2"]


def test_writing_a_parquet_part_does_not_import_pandas(tmp_path):
    code = (
        "import sys\n"
        "from textmine.batch import write_part\n"
        "from textmine.records import TABLES\n"
        "cols = {n: [None] for n in TABLES['checks'].names}\n"
        "cols.update(doc_id=['d'], parts=[['q1', None]], items=[3], implied_total=[1.5])\n"
        f"write_part({str(tmp_path)!r}, 'checks', 0, cols, 'parquet')\n"
        "print('pandas' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "checks" / "part-00000.parquet").to_pylist()[0]["parts"] == ["q1", None]
