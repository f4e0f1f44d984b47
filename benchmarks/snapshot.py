"""Save or compare every record the default pipeline makes on a fixed set of texts.

    .venv/bin/python benchmarks/snapshot.py save DIR     # before a speed change
    .venv/bin/python benchmarks/snapshot.py check DIR    # after: prints `identical` or what differs

A speed change must leave the output alone; the gold scores only see the ~40 gold articles,
this sees every record of ~300 documents: ``corpus/``, the shared seed and dev articles, the
national government work reports and the Sogou news sample (``../shared/data``). ``check``
exits 1 and names each document and record field that differs. Results are deterministic
(the same under any ``PYTHONHASHSEED``), so any difference is the change's.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from textmine.ingest import IngestOptions, iter_inputs
from textmine.pipeline import load_pipeline
from textmine.records import document_record

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def inputs(shared: Path):
    files = sorted(map(str, (REPO / "corpus").glob("*.txt")))
    files += sorted(map(str, (shared / "corpus" / "seed").glob("*.txt")))
    files += sorted(map(str, (shared / "corpus" / "dev").glob("*.txt")))
    yield from iter_inputs(files, IngestOptions())
    for table in (shared / "data" / "reports" / "gov_work_reports_national.jsonl",
                  shared / "data" / "news" / "sogou_dev.jsonl"):
        if table.exists():
            yield from iter_inputs([str(table)], IngestOptions(text_field="content", id_field="url"))


def run(pipeline: str | None, shared: Path) -> dict:
    pipe = load_pipeline(pipeline)
    out, chars, c0 = {}, 0, time.process_time()
    for i, item in enumerate(inputs(shared)):
        result = pipe.process(item)
        if hasattr(result, "original"):
            record = document_record(result)
            # file sources relative to the checkout: a snapshot saved in one worktree checks in another
            for base, name in ((REPO, "<repo>"), (shared.resolve(), "<shared>")):
                if isinstance(record.get("source"), str) and record["source"].startswith(str(base) + "/"):
                    record["source"] = name + record["source"][len(str(base)):]
            out[f"{i:04d}"] = record
            chars += len(result.original)
        else:
            out[f"{i:04d}"] = {"error": str(result)}
    cpu = time.process_time() - c0
    print(f"{len(out)} documents, {chars} characters, {cpu:.1f} CPU s", file=sys.stderr)
    return json.loads(json.dumps(out, ensure_ascii=False, sort_keys=True))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["save", "check"])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--pipeline", default=None)
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args(argv)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    out = run(args.pipeline, args.shared)
    path = args.dir / "snapshot.json"
    if args.command == "save":
        args.dir.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(out, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        return 0
    old = json.loads(path.read_text(encoding="utf-8"))
    bad = 0
    for key in sorted(set(old) | set(out)):
        a, b = old.get(key) or {}, out.get(key) or {}
        if a != b:
            bad += 1
            fields = sorted(f for f in set(a) | set(b) if a.get(f) != b.get(f))
            print(f"document {key} ({a.get('doc_id') or b.get('doc_id')}): {', '.join(fields)} differ")
    print("identical" if not bad else f"{bad} documents differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
