"""Records do not depend on the process's string hash seed (set and dict order of strings)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from textmine.extract.entities import _flatten

REPO = Path(__file__).resolve().parent.parent


def test_spans_tied_on_start_and_end_keep_the_first_found():
    loc, org = [0, 4, "LOCATION"], [0, 4, "ORGANIZATION"]
    assert _flatten([loc, org, [6, 8, "PERSON"]]) == [loc, [6, 8, "PERSON"]]
    assert _flatten([org, loc]) == [org]


def _extract(seed: str, files: list[str]) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-m", "textmine", "extract", "--format", "json", *files],
                         capture_output=True, text=True, env=env, cwd=REPO, check=True).stdout
    return json.dumps(json.loads(out), sort_keys=True)


def test_extract_gives_the_same_records_under_different_hash_seeds():
    files = sorted(str(p) for p in (REPO / "corpus").glob("*.txt"))[:12]
    assert _extract("1", files) == _extract("2", files)
