"""A batch run in the caller's process freezes what is loaded for the run only.

``_run_inline`` keeps the loaded models out of full collections while partitions run (as pool
workers do for their whole life), and must hand the caller's process back as it found it.
"""
from __future__ import annotations

import gc
from pathlib import Path

from textmine.batch import BatchOptions, run_batch
from textmine.pipeline import load_pipeline

REPO = Path(__file__).resolve().parents[1]


def _pipe(tmp_path):
    p = tmp_path / "fast.toml"
    p.write_text('[pipeline]\nstages = ["normalize", "segment"]\n[segment]\nbackend = "rjieba"\npos = false\n',
                 encoding="utf-8")
    return load_pipeline(p)


def test_an_inline_run_unfreezes_what_it_froze(tmp_path):
    seen = []
    summary = run_batch([str(REPO / "corpus" / "c01.txt"), str(REPO / "corpus" / "c02.txt")], _pipe(tmp_path),
                        BatchOptions(out=tmp_path / "out", workers=1, partition_size=1),
                        progress=lambda counts, s: seen.append(gc.get_freeze_count()))
    assert summary.documents == 2 and all(n > 0 for n in seen)  # frozen while the partitions ran
    assert gc.get_freeze_count() == 0


def test_an_inline_run_leaves_the_callers_own_freeze_alone(tmp_path):
    gc.freeze()
    try:
        run_batch([str(REPO / "corpus" / "c01.txt")], _pipe(tmp_path), BatchOptions(out=tmp_path / "out", workers=1))
        assert gc.get_freeze_count() > 1000  # still frozen (a frozen object freed leaves the count)
    finally:
        gc.unfreeze()


def test_an_inline_run_collects_less_often_and_restores_the_thresholds(tmp_path):
    before = gc.get_threshold()
    seen = []
    run_batch([str(REPO / "corpus" / "c01.txt")], _pipe(tmp_path), BatchOptions(out=tmp_path / "out", workers=1),
              progress=lambda counts, s: seen.append(gc.get_threshold()))
    assert seen and seen[0][0] > before[0]  # young collections less often while partitions ran
    assert gc.get_threshold() == before


def test_the_warm_up_loads_what_the_stages_load_lazily_before_the_freeze(monkeypatch):
    """Models loaded by the first document would stay in the collected generations for a worker's
    whole life: the warm-up runs the pipeline first, so they are loaded when the freeze comes."""
    from textmine import batch
    from textmine.extract import ner_model

    monkeypatch.setattr(ner_model, "_MODEL", None)  # as in a fresh worker
    calls = []
    monkeypatch.setattr(batch, "_tune_gc", lambda: calls.append(ner_model._MODEL is not None))
    monkeypatch.setattr(batch, "_die_with_parent", lambda: None)
    batch._worker_init("rjieba", True, True, load_pipeline())
    assert calls == [True]
