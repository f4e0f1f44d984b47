"""Batch mode: accounting, resume after kill -9, engine parity, formats, usage errors.

Most tests use a small pipeline written to tmp_path (normalize + segment): the
batch machinery does not depend on what the extraction stages find, and this
keeps the tests independent of stages that are still being written.  Inputs
are our own gold articles (corpus/c01-c10) and files made here.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from textmine.batch import (BatchError, BatchOptions, JOURNAL, MANIFEST, part_files, read_manifest, read_table,
                            run_batch)
from textmine.pipeline import load_pipeline
from textmine.records import TABLES

REPO = Path(__file__).resolve().parents[1]
CORPUS = sorted((REPO / "corpus").glob("c*.txt"))
FAST_PIPELINE = """
[pipeline]
stages = ["normalize", "segment"]
[segment]
backend = "rjieba"
pos = false
"""


@pytest.fixture
def fast_pipe(tmp_path):
    p = tmp_path / "fast.toml"
    p.write_text(FAST_PIPELINE, encoding="utf-8")
    return load_pipeline(p)


@pytest.fixture
def mixed_folder(tmp_path) -> Path:
    """Three gold articles (one of them GBK, c10), a binary file and an empty file."""
    d = tmp_path / "in"
    d.mkdir()
    for name in ("c01.txt", "c02.txt", "c10.txt"):
        (d / name).write_bytes((REPO / "corpus" / name).read_bytes())
    (d / "scan.pdf").write_bytes(b"%PDF-1.4\x00\x00\x01\x02binary")
    (d / "blank.txt").write_bytes(b"")
    return d


def _cli(*args: str, cwd: Path | None = None, **kw) -> subprocess.CompletedProcess:
    code = "from textmine.cli import main; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd, timeout=120, **kw)


def _all_tables(out: Path) -> dict[str, pd.DataFrame]:
    return {name: read_table(out, name) for name in TABLES}


def _assert_same_tables(a: Path, b: Path) -> None:
    ta, tb = _all_tables(a), _all_tables(b)
    for name in TABLES:
        pd.testing.assert_frame_equal(ta[name], tb[name], check_dtype=True, obj=name)


# ------------------------------------------------------------------ accounting
def test_every_input_is_a_document_or_an_error_row(tmp_path, mixed_folder, fast_pipe):
    summary = run_batch([str(mixed_folder)], fast_pipe, BatchOptions(out=tmp_path / "out", workers=1))
    docs, errors = read_table(tmp_path / "out", "documents"), read_table(tmp_path / "out", "errors")
    assert summary.inputs == 5 == len(docs) + len(errors)
    assert summary.balanced and summary.documents == len(docs) and summary.errors == len(errors)
    assert set(docs.doc_id) >= {"c01", "c02", "c10"}
    assert docs.set_index("doc_id").loc["c10", "encoding"] in ("gb18030", "gbk")  # c10 is a GBK article
    binary = errors[errors.doc_id == "scan"].iloc[0]
    assert (binary.code, binary.stage) == ("E102", "ingest") and binary.source.endswith("scan.pdf")
    assert summary.exit_code == 1
    manifest = read_manifest(tmp_path / "out")
    assert manifest["complete"] and manifest["counts"]["inputs"] == 5
    assert manifest["config"]["inputs"] == [str(mixed_folder)]
    assert "jieba" in manifest["versions"] and manifest["parts"]
    assert manifest["versions"]["ner_kernel"] in ("compiled", "numpy")


def test_empty_file_is_an_empty_document(tmp_path, mixed_folder, fast_pipe):
    run_batch([str(mixed_folder)], fast_pipe, BatchOptions(out=tmp_path / "out", workers=1))
    docs = read_table(tmp_path / "out", "documents").set_index("doc_id")
    assert docs.loc["blank", "n_sentences"] == 0


def test_clean_run_exits_0_and_errors_exit_1(tmp_path, mixed_folder):
    pipe = tmp_path / "fast.toml"
    pipe.write_text(FAST_PIPELINE, encoding="utf-8")
    ok = _cli("batch", str(REPO / "corpus" / "c01.txt"), "--out", str(tmp_path / "a"), "-p", str(pipe))
    assert ok.returncode == 0, ok.stderr
    assert "1 inputs = 1 documents + 0 errors" in ok.stderr and ok.stdout == ""
    bad = _cli("batch", str(mixed_folder), "--out", str(tmp_path / "b"), "-p", str(pipe), "--workers", "1")
    assert bad.returncode == 1, bad.stderr
    assert "5 inputs = " in bad.stderr and "E102" in bad.stderr


def test_doc_ids_are_unique_across_folders(tmp_path, fast_pipe):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "report.txt").write_text(f"{sub}县召开会议，共有12人参加。", encoding="utf-8")
    run_batch([str(tmp_path / "a"), str(tmp_path / "b")], fast_pipe, BatchOptions(out=tmp_path / "out", workers=1))
    assert read_table(tmp_path / "out", "documents").doc_id.tolist() == ["report", "report~2"]


# ------------------------------------------------------------------ usage errors (exit 2)
def test_existing_run_needs_resume_or_overwrite(tmp_path, fast_pipe):
    opts = dict(out=tmp_path / "out", workers=1)
    run_batch([str(CORPUS[0])], fast_pipe, BatchOptions(**opts))
    with pytest.raises(BatchError, match="--resume"):
        run_batch([str(CORPUS[0])], fast_pipe, BatchOptions(**opts))
    with pytest.raises(BatchError, match="differs .*inputs"):
        run_batch([str(CORPUS[1])], fast_pipe, BatchOptions(resume=True, **opts))
    summary = run_batch([str(CORPUS[1])], fast_pipe, BatchOptions(overwrite=True, **opts))
    assert read_table(tmp_path / "out", "documents").doc_id.tolist() == [CORPUS[1].stem] and summary.exit_code == 0


@pytest.mark.parametrize("args, message", [
    (["--format", "xlsx"], "xlsx"),
    (["--pipeline", "missing.toml"], "pipeline file not found"),
    (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
])
def test_usage_errors_exit_2_with_one_line(tmp_path, args, message):
    r = _cli("batch", str(CORPUS[0]), "--out", str(tmp_path / "out"), *args, cwd=tmp_path)
    assert r.returncode == 2 and message in r.stderr
    assert "Traceback" not in r.stderr


# ------------------------------------------------------------------ formats
def test_formats_hold_the_same_tables(tmp_path, mixed_folder, fast_pipe):
    frames = {}
    for fmt in ("parquet", "csv", "jsonl"):
        run_batch([str(mixed_folder)], fast_pipe, BatchOptions(out=tmp_path / fmt, format=fmt, workers=1))
        assert [p.suffix for p in part_files(tmp_path / fmt, "documents")] == [f".{fmt}"]
        frames[fmt] = _all_tables(tmp_path / fmt)
    for fmt in ("csv", "jsonl"):
        for name in TABLES:
            want = frames["parquet"][name]
            if fmt == "csv":  # a CSV cell cannot tell an empty string from a missing value
                want = want.copy()
                for col in want.columns:
                    if pd.api.types.is_string_dtype(want[col]):
                        want[col] = want[col].mask(want[col] == "", None)
            pd.testing.assert_frame_equal(frames[fmt][name], want, obj=f"{fmt}:{name}")
    assert len(frames["parquet"]["sentences"]) > 10
    assert list(frames["jsonl"]["sentences"].activities.iloc[0]) == []  # list column survives every format


def test_parquet_columns_are_the_records_schema(tmp_path, fast_pipe):
    import pyarrow.parquet as pq

    run_batch([str(CORPUS[0])], fast_pipe, BatchOptions(out=tmp_path / "out", workers=1))
    for name, schema in TABLES.items():
        (path,) = part_files(tmp_path / "out", name)
        assert pq.read_schema(path).remove_metadata().equals(schema), name


# ------------------------------------------------------------------ engines
def _jsonl_input(path: Path, copies: int, files: list[Path] = CORPUS) -> Path:
    """``copies`` rounds of the gold articles as JSONL rows, each made distinct by a line of its own."""
    texts = [p.read_bytes() for p in files]
    from textmine.ingest import decode

    with open(path, "w", encoding="utf-8") as fh:
        for k in range(copies):
            for p, raw in zip(files, texts):
                text = decode(raw).text + f"\n第{k}轮附记：本条编号{k}-{p.stem}。"
                fh.write(json.dumps({"id": f"{p.stem}-{k}", "text": text}, ensure_ascii=False) + "\n")
        fh.write("{not json\n")
    return path


def test_process_pool_and_dask_give_identical_tables(tmp_path, fast_pipe):
    pytest.importorskip("distributed")
    src = _jsonl_input(tmp_path / "rows.jsonl", copies=2)
    common = dict(workers=2, partition_size=3)
    s1 = run_batch([str(src)], fast_pipe, BatchOptions(out=tmp_path / "pool", **common))
    s2 = run_batch([str(src)], fast_pipe, BatchOptions(out=tmp_path / "dask", engine="dask", **common))
    assert s1.parts_written == s2.parts_written == 7
    assert (s1.inputs, s1.documents, s1.errors) == (s2.inputs, s2.documents, s2.errors) == (21, 20, 1)
    _assert_same_tables(tmp_path / "pool", tmp_path / "dask")
    pids = {json.loads(line)["pid"] for line in (tmp_path / "dask" / JOURNAL).read_text().splitlines()}
    assert os.getpid() not in pids  # the work really ran in the cluster's processes


def test_inline_and_pool_give_identical_tables(tmp_path, fast_pipe):
    src = _jsonl_input(tmp_path / "rows.jsonl", copies=1)
    run_batch([str(src)], fast_pipe, BatchOptions(out=tmp_path / "one", workers=1, partition_size=2))
    run_batch([str(src)], fast_pipe, BatchOptions(out=tmp_path / "two", workers=2, partition_size=2))
    _assert_same_tables(tmp_path / "one", tmp_path / "two")


# ------------------------------------------------------------------ resume after kill -9
def test_resume_after_sigkill_has_no_duplicate_or_missing_rows(tmp_path):
    """Start a run, kill -9 it once part files exist, --resume it: same tables as an uninterrupted run."""
    pipe = tmp_path / "fast.toml"
    pipe.write_text(FAST_PIPELINE, encoding="utf-8")
    src = _jsonl_input(tmp_path / "rows.jsonl", copies=8)  # 80 documents + 1 bad row
    # one document per partition: 81 parts, so the kill lands in the middle of the run
    args = [str(src), "--pipeline", str(pipe), "--partition-size", "1", "--workers", "2", "--no-progress"]
    killed = tmp_path / "killed"
    code = "from textmine.cli import main; main()"
    proc = subprocess.Popen([sys.executable, "-c", code, "batch", *args, "--out", str(killed)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not list((killed / "documents").glob("part-*")) and time.monotonic() < deadline:
            assert proc.poll() is None, "the run ended before it could be killed"
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    assert not read_manifest(killed)["complete"]
    journal = killed / JOURNAL
    parts_before = len(journal.read_text().splitlines()) if journal.exists() else 0
    assert parts_before < 81, "kill -9 should land in the middle of the run"

    resumed = _cli("batch", *args, "--out", str(killed), "--resume")
    assert resumed.returncode == 1, resumed.stderr  # the bad JSON row is an error row
    assert "81 inputs = 80 documents + 1 errors" in resumed.stderr
    assert f"{parts_before} already done" in resumed.stderr
    assert read_manifest(killed)["complete"]
    # tables read back in input order do not depend on the partitioning: the reference run uses big parts
    full = run_batch([str(src)], load_pipeline(pipe), BatchOptions(out=tmp_path / "full", workers=1))
    assert (full.documents, full.errors) == (80, 1)

    _assert_same_tables(killed, tmp_path / "full")
    docs = read_table(killed, "documents")
    assert docs.doc_id.is_unique and len(docs) == 80
    assert not [p for p in (killed / "documents").iterdir() if p.name.startswith(".")]  # no temporaries left


def test_resume_of_finished_run_writes_nothing(tmp_path, fast_pipe):
    opts = dict(out=tmp_path / "out", workers=1, partition_size=2)
    run_batch([str(p) for p in CORPUS[:5]], fast_pipe, BatchOptions(**opts))
    again = run_batch([str(p) for p in CORPUS[:5]], fast_pipe, BatchOptions(resume=True, **opts))
    assert (again.parts_written, again.parts_skipped) == (0, 3)
    assert (again.inputs, again.documents) == (5, 5)


@pytest.mark.parametrize("kind", ["zip", "tar.gz"])
def test_archives_and_tables_are_inputs_too(tmp_path, fast_pipe, kind):
    """A zip/tar of articles plus a JSONL file: one document per member and per row."""
    import tarfile
    import zipfile

    arch = tmp_path / f"articles.{kind}"
    if kind == "zip":
        with zipfile.ZipFile(arch, "w") as zf:
            for p in CORPUS[:2]:
                zf.write(p, p.name)
            zf.writestr("../evil.txt", "县里开会。")
    else:
        with tarfile.open(arch, "w:gz") as tf:
            for p in CORPUS[:2]:
                tf.add(p, p.name)
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "r1", "text": "全县共举办活动12场。"}\n{"id": "r2"}\n', encoding="utf-8")
    summary = run_batch([str(arch), str(rows)], fast_pipe, BatchOptions(out=tmp_path / "out", workers=1))
    docs = read_table(tmp_path / "out", "documents")
    errors = read_table(tmp_path / "out", "errors")
    assert docs.doc_id.tolist() == [CORPUS[0].stem, CORPUS[1].stem, "r1"]
    assert docs.source.iloc[0] == f"{arch}!{CORPUS[0].name}"
    assert set(errors.code) == ({"E105", "E106"} if kind == "zip" else {"E105"})
    assert summary.balanced and summary.inputs == len(docs) + len(errors)


def test_read_only_output_is_one_line_exit_2(tmp_path):
    """A failure outside any document (here: the output cannot be written) stops with exit 2, no traceback."""
    pipe = tmp_path / "fast.toml"
    pipe.write_text(FAST_PIPELINE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents").write_text("a file where a folder should be", encoding="utf-8")
    r = _cli("batch", str(CORPUS[0]), "--out", str(out), "-p", str(pipe))
    assert r.returncode == 2 and "batch stopped" in r.stderr and "--resume" in r.stderr
    assert "Traceback" not in r.stderr


def test_resume_after_inputs_shrank_drops_stale_parts(tmp_path, fast_pipe):
    d = tmp_path / "in"
    d.mkdir()
    for p in CORPUS[:4]:
        (d / p.name).write_bytes(p.read_bytes())
    opts = dict(out=tmp_path / "out", workers=1, partition_size=1)
    run_batch([str(d)], fast_pipe, BatchOptions(**opts))
    (d / CORPUS[3].name).unlink()
    again = run_batch([str(d)], fast_pipe, BatchOptions(resume=True, **opts))
    assert (again.inputs, again.documents, again.parts_skipped) == (3, 3, 3)
    assert read_table(tmp_path / "out", "documents").doc_id.tolist() == [p.stem for p in CORPUS[:3]]


# ------------------------------------------------------------------ memory: a worker holds one document at a time
def test_a_partition_frees_each_document_once_its_rows_are_built(tmp_path):
    """Peak memory per worker must not grow with the partition (processed documents carry tokens and spans)."""
    import weakref

    from textmine.batch import PartTask, run_partition
    from textmine.document import Document

    docs = [Document(doc_id=f"d{i}", source="made here", original="村里修了3条路。" * 20) for i in range(4)]
    refs = [weakref.ref(d) for d in docs]
    alive: list[int] = []

    class Probe:  # stands in for the pipeline: counts the documents still alive when each is processed
        def process(self, item):
            alive.append(sum(r() is not None for r in refs))
            return item

    task = PartTask(part=0, items=docs, pipeline=Probe(), out=str(tmp_path), format="parquet", digest="-")
    del docs
    counts = run_partition(task)
    assert counts["documents"] == 4 and alive == [4, 3, 2, 1]


def test_partitions_keep_no_reference_to_a_partition_handed_over():
    import weakref

    from textmine.batch import partitions
    from textmine.document import Document

    fresh = (Document(doc_id=f"d{i}", source="made here", original="一二三四五。") for i in range(5))
    gen = partitions(fresh, size=2, max_chars=10**9)
    for _ in range(3):  # two full partitions, then the last one
        _, items, _ = next(gen)
        ref = weakref.ref(items[0])
        del items
        assert ref() is None


def test_a_task_travels_without_identity_maps_and_arrives_equal():
    """Workers get the documents as read; a map that is not the identity is sent as it is."""
    import pickle

    import numpy as np

    from textmine.batch import PartTask
    from textmine.document import Document, Edit, apply_edits

    plain = Document(doc_id="p", source="made here", original="一二三四五。" * 1000, title="t")
    plain.meta["duplicate_of"] = "x"
    edited = Document(doc_id="e", source="made here", original="学(xué)校")
    edited.remap(*apply_edits(edited.text, [Edit(1, 6, "", attach_left=True)]))
    task = PartTask(part=3, items=[plain, edited], pipeline=None, out="o", format="parquet", digest="d")
    blob = pickle.dumps(task)
    assert len(blob) < 4 * len(plain.original)  # the two int64 maps alone would be 16 bytes a character
    back = pickle.loads(blob)
    for a, b in zip(task.items, back.items):
        assert a.__dict__.keys() == b.__dict__.keys()
        for k, v in a.__dict__.items():
            w = getattr(b, k)
            assert np.array_equal(v, w) if isinstance(v, np.ndarray) else v == w, k
    assert back.items[0].text is back.items[0].original and back.part == 3


def test_jsonl_tables_read_back_rows_holding_a_line_separator(tmp_path, fast_pipe):
    # JSON leaves U+2028 raw inside strings; reading a JSONL part back must not split the row there
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "sep", "title": "第一\u2028第二", "text": "开展宣讲10场。"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    run_batch([str(src)], fast_pipe, BatchOptions(out=tmp_path / "out", format="jsonl", workers=1))
    docs = read_table(tmp_path / "out", "documents")
    assert docs.doc_id.tolist() == ["sep"] and docs.title.tolist() == ["第一\u2028第二"]
