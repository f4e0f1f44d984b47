"""How much work two busy processes get from this machine, for three kinds of work.

    .venv/bin/python benchmarks/scaling.py               # 3 rounds, about 2 minutes
    .venv/bin/python benchmarks/scaling.py --rounds 5

Issue 6 asks for 2 batch workers >= 1.8x one.  Whether any code can reach that depends on the
machine: two vCPUs of a virtual machine share caches, memory bandwidth and the host's other
tenants.  This script separates the machine from textmine by running, each in fresh processes,
alone and then two at once (started together behind a barrier, after loading and warming up):

* ``cpu loop``: pure-Python integer arithmetic, almost no memory traffic (the machine's ceiling);
* ``jieba.lcut``: the yardstick of issue 6, dictionary lookups over a large prefix dictionary;
* ``textmine stages``: the full pipeline (``Pipeline.run``) on the national reports, as a batch
  worker runs it, without reading or writing.

Each process does the same work in both settings, so two at once give ``2 x alone / slower of the
two`` of one process's throughput (2.0 = two full cores).  The median over ``--rounds`` rounds is
reported, with every round's ratio, because the ratio moves with what the host does.
Results go to ``benchmarks/scaling.json``.
"""
from __future__ import annotations

import argparse
import json
import logging
import multiprocessing as mp
import os
import platform
import queue
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import DATA, load_texts  # noqa: E402

WORKLOADS = ("cpu loop", "jieba.lcut", "textmine stages")


def _prepare(kind: str, chars: int):
    """Load and warm up what ``kind`` needs; return the timed work as a function of no arguments."""
    if kind == "cpu loop":
        n = chars * 30  # about as long as the other two on this kind of machine

        def work():
            s = 0
            for i in range(n):
                s += i * i % 7
            return s
        return work
    texts, n = [], 0
    for row in load_texts(DATA, chars * 3.1 / 2**20):  # (about 3 bytes of UTF-8 a character)
        texts.append(row["text"])
        n += len(row["text"])
        if n >= chars:
            break
    if kind == "jieba.lcut":
        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.lcut("预热")
        return lambda: [jieba.lcut(t) for t in texts]
    from textmine.batch import _backend
    from textmine.document import Document
    from textmine.pipeline import load_pipeline
    from textmine.segment import worker_init

    pipe = load_pipeline(None)
    worker_init(_backend(pipe))
    pipe.run(Document(doc_id="warm", source="warm", original=texts[0]))
    return lambda: [pipe.run(Document(doc_id=str(i), source="bench", original=t)) for i, t in enumerate(texts)]


def _worker(kind: str, chars: int, barrier, results) -> None:
    work = _prepare(kind, chars)
    barrier.wait()
    t0, c0 = time.perf_counter(), time.process_time()
    work()
    results.put((time.perf_counter() - t0, time.process_time() - c0))


def _run(kind: str, chars: int, n_procs: int) -> list[tuple[float, float]]:
    ctx = mp.get_context("spawn")  # fresh interpreters, as batch workers are
    barrier, results = ctx.Barrier(n_procs), ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(kind, chars, barrier, results)) for _ in range(n_procs)]
    for p in procs:
        p.start()
    try:
        out = [results.get(timeout=900) for _ in procs]  # (a worker that died puts nothing)
    except queue.Empty:
        codes = [p.exitcode for p in procs]
        for p in procs:
            p.kill()
        raise SystemExit(f"scaling.py: a {kind} worker gave no result (exit codes {codes})")
    for p in procs:
        p.join()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--chars", type=int, default=1_000_000, help="characters of report text per process")
    ap.add_argument("--results", type=Path, default=HERE / "scaling.json")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"scaling.py: {DATA}: data file not found", file=sys.stderr)
        return 2
    rounds: dict[str, list[dict]] = {k: [] for k in WORKLOADS}
    for _ in range(args.rounds):
        for kind in WORKLOADS:  # interleaved, so that a change in the host's load hits all three
            load = os.getloadavg()[0]
            (alone_wall, alone_cpu), = _run(kind, args.chars, 1)
            two = _run(kind, args.chars, 2)
            slower = max(w for w, _ in two)
            rounds[kind].append({"alone_seconds": round(alone_wall, 2), "alone_cpu_seconds": round(alone_cpu, 2),
                                 "two_seconds": [round(w, 2) for w, _ in two],
                                 "two_cpu_seconds": [round(c, 2) for _, c in two],
                                 "ratio": round(2 * alone_wall / slower, 2), "load_average_at_start": round(load, 2)})
    summary = {}
    for kind, rs in rounds.items():
        ratios = sorted(r["ratio"] for r in rs)
        summary[kind] = {"median_ratio": ratios[len(ratios) // 2], "ratios": [r["ratio"] for r in rs]}
    res = {"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
           "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
           "chars_per_process": args.chars, "summary": summary, "rounds": rounds}
    print(render(res))
    args.results.write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.results}")
    return 0


def render(res: dict) -> str:
    """The table: one row per kind of work, columns as wide as their widest cell."""
    rounds = res["rounds"]
    rows = [["work", "median", "ratio of each round", "alone s", "two at once s (the slower)"]]
    for kind, rs in rounds.items():
        rows.append([kind, f"{res['summary'][kind]['median_ratio']:.2f}", ", ".join(f"{r['ratio']:.2f}" for r in rs),
                     ", ".join(f"{r['alone_seconds']:.1f}" for r in rs),
                     ", ".join(f"{max(r['two_seconds']):.1f}" for r in rs)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [f"two processes at once against one alone ({res['machine']['cpus']} CPUs, "
             f"{len(next(iter(rounds.values())))} rounds; 2.00 = two full cores)", ""]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
