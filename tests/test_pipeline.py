"""Pipeline files are checked before any article is read; stages pickle for worker processes."""
from __future__ import annotations

import pickle

import pytest

from textmine.document import Document
from textmine.errors import ErrorRow, PipelineError
from textmine.pipeline import build_pipeline, load_pipeline


def test_default_pipeline_loads():
    pipe = load_pipeline()
    assert pipe.stage_names[:2] == ["normalize", "segment"]
    assert {"figures", "entities", "activities", "validate"} <= set(pipe.stage_names)


@pytest.mark.parametrize(
    "config, message",
    [
        ({"pipeline": {"stages": ["normalize", "segmnet"]}}, "unknown stage"),
        ({"pipeline": {"stages": ["normalize"]}, "normalize": {"fixers": ["t2s"], "speed": 3}}, "no parameter"),
        ({"pipeline": {"stages": ["segment", "normalize"]}, "segment": {}}, None),  # segment needs only text
        ({"pipeline": {"stages": ["normalize", "validate"]}}, "needs ['quantities']"),
        ({"pipeline": {"stages": ["normalize"]}, "figures": {}}, "not in the pipeline"),
        ({"stages": ["normalize"]}, "[pipeline] table"),
    ],
)
def test_invalid_pipelines_are_refused(config, message):
    if message is None:
        build_pipeline(config)
        return
    with pytest.raises(PipelineError) as exc:
        build_pipeline(config)
    assert message in exc.value.reason


def test_bad_toml_names_the_file(tmp_path):
    p = tmp_path / "p.toml"
    p.write_text("[pipeline\nstages=", encoding="utf-8")
    with pytest.raises(PipelineError) as exc:
        load_pipeline(p)
    assert str(p) in exc.value.message and "TOML" in exc.value.reason


def test_stage_failure_becomes_error_row(monkeypatch):
    pipe = build_pipeline({"pipeline": {"stages": ["normalize", "segment"]}, "segment": {"backend": "nope"}})
    row = pipe.process(Document("d1", "d1.txt", "开展宣讲10场。"))
    assert isinstance(row, ErrorRow)
    assert row.stage == "segment" and row.code == "E200" and "nope" in row.reason


def test_pipeline_and_documents_pickle():
    pipe = build_pipeline({"pipeline": {"stages": ["normalize", "segment"]}})
    doc = pipe.run(Document("d1", "d1.txt", "學(xué)習(xí)10次。"))
    back = pickle.loads(pickle.dumps(doc))
    assert back.text == doc.text == "学习10次。"
    assert back.span(2, 5)["text"] == "10次"
    assert pickle.loads(pickle.dumps(pipe)).run(Document("d2", "d2", "學習")).text == "学习"


def test_broken_taxonomy_is_refused_at_load(tmp_path):
    (tmp_path / "tax.toml").write_text("[types\n", encoding="utf-8")
    p = tmp_path / "p.toml"
    p.write_text('[pipeline]\nstages = ["normalize", "segment", "figures", "activities"]\n'
                 '[activities]\ntaxonomy = "tax.toml"\n', encoding="utf-8")
    with pytest.raises(PipelineError) as exc:
        load_pipeline(p)
    assert "activities" in exc.value.reason and "taxonomy" in exc.value.reason
