"""`textmine extract`: the record contract on stdout, one-line errors, documented exit codes."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from textmine.cli import app

runner = CliRunner()


def extract(*args, input=None):
    return runner.invoke(app, ["extract", *map(str, args)], input=input)


@pytest.fixture(scope="module")
def seed_record(shared_dir):
    res = extract(shared_dir / "corpus/seed/yongqing-2021.txt", "--format", "json")
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout), (shared_dir / "corpus/seed/yongqing-2021.txt").read_text(encoding="utf-8")


def test_json_has_the_contract_fields(seed_record):
    rec, _ = seed_record
    assert {"doc_id", "source", "title", "date", "text", "quality", "sentences", "quantities", "entities", "checks"} <= set(rec)
    assert rec["doc_id"] == "yongqing-2021"
    assert {"encoding", "script", "pinyin_annotations", "garbled"} <= set(rec["quality"])


def test_every_span_points_into_the_original(seed_record):
    rec, original = seed_record
    spans = rec["quantities"] + rec["entities"] + rec["quality"]["garbled"]
    assert spans, "the seed has figures and entities"
    for s in spans:
        assert original[s["start"]:s["end"]] == s["text"]
    for s in rec["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(original)


def test_nothing_extracted_from_the_garbled_island(seed_record):
    rec, _ = seed_record
    (g,) = rec["quality"]["garbled"]
    for s in rec["quantities"] + rec["entities"]:
        assert s["end"] <= g["start"] or s["start"] >= g["end"]


def test_stdin_and_jsonl(tmp_path):
    res = extract("-", "--format", "jsonl", input="全县开展宣讲300余场。".encode("utf-8"))
    assert res.exit_code == 0
    (line,) = res.stdout.strip().splitlines()
    assert json.loads(line)["text"] == "全县开展宣讲300余场。"


def test_several_files_give_a_json_array(tmp_path):
    for n in ("a", "b"):
        (tmp_path / f"{n}.txt").write_text("开展宣讲10场。", encoding="utf-8")
    res = extract(tmp_path, "--format", "json")
    assert [r["doc_id"] for r in json.loads(res.stdout)] == ["a", "b"]


def test_bad_input_exit_1_with_one_line_message(tmp_path):
    (tmp_path / "ok.txt").write_text("开展宣讲10场。", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01" * 100)
    res = extract(tmp_path, "--format", "jsonl")
    assert res.exit_code == 1
    assert len(res.stdout.strip().splitlines()) == 1  # the good file is still reported
    (msg,) = [line for line in res.stderr.splitlines() if line]
    assert msg.startswith("textmine: ") and "bin.txt" in msg and "E102" in msg


def test_bad_pipeline_exit_2_before_reading(tmp_path):
    p = tmp_path / "p.toml"
    p.write_text('[pipeline]\nstages = ["normalize", "figurez"]\n', encoding="utf-8")
    res = extract(tmp_path / "does-not-exist.txt", "--pipeline", p)
    assert res.exit_code == 2
    assert "unknown stage" in res.stderr and "does-not-exist" not in res.stderr


def test_console_script_runs_without_traceback(tmp_path):
    res = subprocess.run([sys.executable, "-m", "textmine", "extract", str(tmp_path / "missing.txt")],
                         capture_output=True, text=True)
    assert res.returncode == 1
    assert "Traceback" not in res.stderr and "missing.txt" in res.stderr


def test_jsonl_field_names_are_options(tmp_path):
    p = tmp_path / "rows.jsonl"
    p.write_text(json.dumps({"key": "k1", "body": "开展宣讲10场。", "headline": "标题", "day": "2021-07-01"},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    res = extract(p, "--format", "json", "--id-field", "key", "--text-field", "body",
                  "--title-field", "headline", "--date-field", "day")
    rec = json.loads(res.stdout)
    assert (rec["doc_id"], rec["title"], rec["date"]) == ("k1", "标题", "2021-07-01")
