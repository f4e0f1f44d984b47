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
