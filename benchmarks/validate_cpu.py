"""CPU time of the validation stage alone on the national government work reports.

Runs every stage before ``validate`` once (cached as a pickle, ``--cache``), then times
``validate`` on each report with ``time.process_time`` and prints the total, the slowest
reports and a digest of all checks (so two versions can be compared for identical results).

    .venv/bin/python benchmarks/validate_cpu.py [--cache /tmp/validate_docs.pkl] [--dump checks.json]
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import json
import pickle
import time
from pathlib import Path

from textmine.document import Document
from textmine.pipeline import load_pipeline
from textmine.validate import validate

REPORTS = Path(__file__).resolve().parents[2] / "shared" / "data" / "reports" / "gov_work_reports_national.jsonl"


def prepared(cache: Path) -> list[Document]:
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    pipe = load_pipeline()
    pipe.steps = [(n, p) for n, p in pipe.steps if n != "validate"]
    docs = []
    for i, line in enumerate(REPORTS.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        docs.append(pipe.run(Document(doc_id=f"r{i:02d}", source=row.get("title", ""), original=row["content"])))
    cache.write_bytes(pickle.dumps(docs))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=Path("/tmp/validate_docs.pkl"))
    ap.add_argument("--dump", type=Path)
    a = ap.parse_args()
    docs = prepared(a.cache)
    chars = sum(len(d.text) for d in docs)
    times, checks = [], {}
    for d in docs:
        d = copy.copy(d)
        t0 = time.process_time()
        validate(d)
        times.append((time.process_time() - t0, d.doc_id, len(d.text)))
        checks[d.doc_id] = d.checks
    total = sum(t for t, _, _ in times)
    blob = json.dumps(checks, sort_keys=True, ensure_ascii=False, default=str)
    print(f"{len(docs)} reports, {chars:,} characters: validate {total:.2f} CPU s, {chars / total:,.0f} chars/s")
    print("slowest:", ", ".join(f"{i} {t:.2f}s ({n:,} chars)" for t, i, n in sorted(times, reverse=True)[:5]))
    print("checks:", sum(len(c) for c in checks.values()), "fails:",
          sum(1 for c in checks.values() for x in c if x["status"] == "fail"),
          "digest:", hashlib.sha1(blob.encode()).hexdigest()[:12])
    if a.dump:
        a.dump.write_text(blob, encoding="utf-8")


if __name__ == "__main__":
    main()
