"""Throughput of textmine batch mode, side by side in one run.

    .venv/bin/python benchmarks/throughput.py            # 20 MB, the reference run
    .venv/bin/python benchmarks/throughput.py --mb 1     # a quick run

Input: the national government work reports (../shared/data/reports/
gov_work_reports_national.jsonl, 72 reports, 1.1 M characters), repeated until
the UTF-8 text reaches ``--mb`` megabytes.  Measured on the same input:

* ``jieba.lcut`` alone, one process (the yardstick: the pipeline should beat it 2x);
* the full pipeline in one process (``textmine batch --workers 1``: ingest,
  dedup, every stage, Parquet writing);
* the process pool with ``--workers`` processes (default 2);
* Dask (LocalCluster) with the same number of worker processes;
* a batch of one small file, as a user runs it (``textmine batch c01.txt``, a
  subprocess: interpreter start, imports, dictionary load included);
* chars/s of each stage on a sample, to show where time goes;
* with ``--overhead``: the CPU time of ``textmine batch`` in one warmed process
  (ingest, near-duplicate marking, stages, records, Parquet writing) against the
  stages alone on the same documents -- what batch mode adds, without worker
  start-up or model loading in the numbers.

For every batch run: wall-clock chars/s, CPU-time chars/s (chars / summed CPU
seconds of the partitions -- meaningful on a shared machine where wall time
depends on other load), and peak RSS of each worker.  The load average is
recorded because speed-ups between 1 and 2 workers need 2 idle cores.
Results go to ``benchmarks/results.json``.  Timing lives here, never in tests.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = REPO.parent / "shared" / "data" / "reports" / "gov_work_reports_national.jsonl"


def load_texts(path: Path, mb: float) -> list[dict]:
    """Rows ``{id, text}`` of the reports, repeated until the text reaches ``mb`` MB of UTF-8."""
    base = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows, size, k = [], 0, 0
    while size < mb * 2**20:
        for r in base:
            rows.append({"id": f"{r.get('year', '')}-{r.get('kind', '')}-{len(rows)}", "title": r.get("title"),
                         "text": r["content"]})
            size += len(r["content"].encode("utf-8"))
            if size >= mb * 2**20:
                break
        k += 1
    return rows


def bench_jieba(texts: list[str]) -> dict:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.lcut("预热")  # dictionary load is not part of the rate
    t0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        jieba.lcut(t)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    n = sum(map(len, texts))
    return {"chars": n, "seconds": round(wall, 2), "chars_per_s": round(n / wall), "cpu_chars_per_s": round(n / cpu)}


def bench_batch(src: Path, pipeline_path: str | None, engine: str, workers: int, partition_size: int) -> dict:
    from textmine.batch import BatchOptions, JOURNAL, run_batch
    from textmine.ingest import IngestOptions
    from textmine.pipeline import load_pipeline

    pipe = load_pipeline(pipeline_path)
    with tempfile.TemporaryDirectory(prefix="textmine-bench-") as tmp:
        out = Path(tmp) / "out"
        load0 = os.getloadavg()[0]
        summary = run_batch([str(src)], pipe, BatchOptions(out=out, engine=engine, workers=workers,
                                                           partition_size=partition_size,
                                                           ingest=IngestOptions(title_field="title"), quiet_jieba=True,
                                                           in_process=False))  # workers' own RSS, even for 1
        parts = [json.loads(line) for line in (out / JOURNAL).read_text(encoding="utf-8").splitlines()]
    rss: dict[int, float] = defaultdict(float)
    for p in parts:
        rss[p["pid"]] = max(rss[p["pid"]], p.get("peak_rss_mb") or 0.0)
    cpu = sum(p.get("cpu_seconds", 0.0) for p in parts)
    return {
        "engine": engine, "workers": workers, "chars": summary.chars, "documents": summary.documents,
        "errors": summary.errors, "partitions": summary.parts_written, "seconds": round(summary.seconds, 2),
        "chars_per_s": round(summary.chars / summary.seconds), "cpu_chars_per_s": round(summary.chars / cpu) if cpu else None,
        "peak_rss_mb_per_worker": sorted(rss.values(), reverse=True), "load_average_at_start": round(load0, 2),
        "load_average_at_end": round(os.getloadavg()[0], 2),
    }


def bench_overhead(src: Path, texts: list[str], pipeline_path: str | None, partition_size: int, reps: int = 3) -> dict:
    """CPU seconds of the stages alone and of ``run_batch`` in this process on the same input (best of ``reps``)."""
    from textmine.batch import BatchOptions, _backend, run_batch
    from textmine.document import Document
    from textmine.ingest import IngestOptions
    from textmine.pipeline import load_pipeline
    from textmine.segment import worker_init

    pipe = load_pipeline(pipeline_path)
    worker_init(_backend(pipe))
    pipe.run(Document(doc_id="warm", source="warm", original=texts[0][:3000]))  # models and dictionaries load
    n = sum(map(len, texts))
    stages, batch = [], []
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="textmine-bench-") as tmp:
        for k in range(reps):  # alternate, so a change in machine load hits both
            c0 = time.process_time()
            for i, t in enumerate(texts):
                pipe.run(Document(doc_id=str(i), source="bench", original=t))
            stages.append(time.process_time() - c0)
            c0 = time.process_time()
            summary = run_batch([str(src)], pipe, BatchOptions(out=Path(tmp) / str(k), workers=1, in_process=True,
                                                               partition_size=partition_size,
                                                               ingest=IngestOptions(title_field="title")))
            batch.append(time.process_time() - c0)
            assert summary.chars == n, (summary.chars, n)
    s, b = min(stages), min(batch)
    return {"chars": n, "stages_cpu_seconds": round(s, 2), "batch_cpu_seconds": round(b, 2),
            "stages_cpu_chars_per_s": round(n / s), "batch_cpu_chars_per_s": round(n / b),
            "overhead": round(b / s - 1, 3), "reps": reps, "load_average_at_start": round(load0, 2),
            "load_average_at_end": round(os.getloadavg()[0], 2)}


def bench_small_file(pipeline_path: str | None) -> dict:
    """Wall time of ``textmine batch corpus/c01.txt`` as a user runs it."""
    small = REPO / "corpus" / "c01.txt"
    with tempfile.TemporaryDirectory(prefix="textmine-bench-") as tmp:
        cmd = [sys.executable, "-c", "from textmine.cli import main; main()", "batch", str(small), "--out", f"{tmp}/o",
               "--no-progress"]
        if pipeline_path:
            cmd += ["--pipeline", pipeline_path]
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        wall = time.perf_counter() - t0
    return {"file": "corpus/c01.txt", "seconds": round(wall, 2), "exit_code": r.returncode}


def bench_stages(texts: list[str], pipeline_path: str | None, sample_chars: int) -> dict:
    """chars/s of each stage of the pipeline, one process, on the first ``sample_chars`` characters."""
    from textmine.document import Document
    from textmine.pipeline import _registry, load_pipeline

    pipe, reg = load_pipeline(pipeline_path), _registry()
    sample, n = [], 0
    for t in texts:
        sample.append(t)
        n += len(t)
        if n >= sample_chars:
            break
    pipe.run(Document(doc_id="warm", source="warm", original=sample[0][:3000]))  # models and dictionaries load
    spent: dict[str, float] = defaultdict(float)
    for i, t in enumerate(sample):
        doc = Document(doc_id=str(i), source="bench", original=t)
        for name, params in pipe.steps:
            t0 = time.process_time()
            doc = reg[name].func(doc, **params)
            spent[name] += time.process_time() - t0
    total = sum(spent.values())
    out = {name: {"cpu_seconds": round(s, 2), "chars_per_s": round(n / s) if s > 0.005 else None} for name, s in spent.items()}
    out["all stages"] = {"cpu_seconds": round(total, 2), "chars_per_s": round(n / total)}
    return {"sample_chars": n, "stages": out}


def pipeline_variant(path: str | None, backend: str | None, pos: str | None, tmp: Path) -> str | None:
    """A copy of the pipeline file with ``[segment] backend``/``pos`` replaced (relative paths made absolute)."""
    if backend is None and pos is None:
        return path
    import tomllib

    from textmine.pipeline import default_pipeline_path

    src = Path(path) if path else default_pipeline_path()
    config = tomllib.loads(src.read_text(encoding="utf-8"))
    seg = config.setdefault("segment", {})
    if backend:
        seg["backend"] = backend
    if pos:
        seg["pos"] = pos == "true"
    lines = []
    for table, values in config.items():
        lines.append(f"[{table}]")
        for k, v in values.items():
            if isinstance(v, str) and (src.parent / v).exists():
                v = str((src.parent / v).resolve())
            lines.append(f"{k} = {json.dumps(v, ensure_ascii=False)}")
    out = tmp / "pipeline.toml"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=20.0, help="MB of UTF-8 text to process (default 20)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partition-size", type=int, default=8, help="documents per partition (reports are long)")
    ap.add_argument("--pipeline", default=None, help="pipeline TOML (default: the package's default pipeline)")
    ap.add_argument("--backend", choices=["jieba", "rjieba"], default=None, help="override [segment] backend")
    ap.add_argument("--pos", choices=["true", "false"], default=None, help="override [segment] pos")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--skip", action="append", default=[], choices=["jieba", "one", "pool", "dask", "small", "stages"])
    ap.add_argument("--overhead", action="store_true",
                    help="also measure what batch mode adds to the stages (CPU, one warmed process, same input)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="alternating jieba / one-process pipeline runs (the 2x ratio is their median)")
    ap.add_argument("--results", type=Path, default=HERE / "results.json")
    args = ap.parse_args(argv)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    logging.getLogger("distributed").setLevel(logging.WARNING)
    if not args.data.exists():
        print(f"throughput.py: {args.data}: data file not found", file=sys.stderr)
        return 2

    keep = tempfile.TemporaryDirectory(prefix="textmine-bench-pipe-")
    args.pipeline = pipeline_variant(args.pipeline, args.backend, args.pos, Path(keep.name))
    rows = load_texts(args.data, args.mb)
    texts = [r["text"] for r in rows]
    res: dict = {"input": {"file": str(args.data.name), "mb": args.mb, "documents": len(rows), "chars": sum(map(len, texts))},
                 "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
                 "pipeline": {"file": args.pipeline or "default", "backend": args.backend or "as in file",
                              "pos": args.pos or "as in file"}, "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    with tempfile.TemporaryDirectory(prefix="textmine-bench-in-") as tmp:
        src = Path(tmp) / "reports.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        runs = {}
        if "jieba" not in args.skip:
            runs["jieba.lcut alone"] = bench_jieba(texts)
        if "one" not in args.skip:
            runs["pipeline, 1 process"] = bench_batch(src, args.pipeline, "process", 1, args.partition_size)
            if "jieba" not in args.skip:  # the yardstick again, right after: the machine's speed drifts
                runs["jieba.lcut alone, again"] = bench_jieba(texts)
                # more alternating pairs: the ratio is taken from each pair with its neighbours
                pairs = [runs["jieba.lcut alone"], runs["pipeline, 1 process"], runs["jieba.lcut alone, again"]]
                for _ in range(args.repeat - 1):
                    pairs += [bench_batch(src, args.pipeline, "process", 1, args.partition_size), bench_jieba(texts)]
                res["alternating"] = [{"jieba chars/s": pairs[k - 1]["chars_per_s"], "pipeline chars/s": pairs[k]["chars_per_s"],
                                       "jieba again chars/s": pairs[k + 1]["chars_per_s"],
                                       "ratio": round(2 * pairs[k]["chars_per_s"]
                                                      / (pairs[k - 1]["chars_per_s"] + pairs[k + 1]["chars_per_s"]), 2)}
                                      for k in range(1, len(pairs), 2)]
        if "pool" not in args.skip:
            runs[f"process pool, {args.workers} workers"] = bench_batch(src, args.pipeline, "process", args.workers,
                                                                      args.partition_size)
        if "dask" not in args.skip:
            runs[f"dask, {args.workers} workers"] = bench_batch(src, args.pipeline, "dask", args.workers, args.partition_size)
        res["runs"] = runs
        if args.overhead:
            res["batch overhead"] = bench_overhead(src, texts, args.pipeline, args.partition_size)
    if "small" not in args.skip:
        res["one small file"] = bench_small_file(args.pipeline)
    if "stages" not in args.skip:
        res["stage breakdown"] = bench_stages(texts, args.pipeline, sample_chars=300_000)
    res["targets"] = targets(res)
    if res.get("alternating"):
        ratios = sorted(p["ratio"] for p in res["alternating"])
        res["targets"]["pipeline >= 2x jieba.lcut"]["median_of_alternating"] = ratios[len(ratios) // 2]
        res["targets"]["pipeline >= 2x jieba.lcut"]["alternating_ratios"] = ratios

    print(render(res))
    args.results.write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.results}")
    return 0


def targets(res: dict) -> dict:
    runs = res.get("runs", {})
    out = {}
    yardsticks = [r for k, r in runs.items() if k.startswith("jieba.lcut alone")]
    one = runs.get("pipeline, 1 process")
    pool = next((v for k, v in runs.items() if k.startswith("process pool")), None)
    if yardsticks and one:
        # against the mean of the jieba runs before and after the pipeline run, and each of them
        mean = sum(r["chars_per_s"] for r in yardsticks) / len(yardsticks)
        cpu_mean = sum(r["cpu_chars_per_s"] for r in yardsticks) / len(yardsticks)
        out["pipeline >= 2x jieba.lcut"] = {
            "ratio": round(one["chars_per_s"] / mean, 2),
            "cpu_ratio": round(one["cpu_chars_per_s"] / cpu_mean, 2),
            "ratio_range": sorted(round(one["chars_per_s"] / r["chars_per_s"], 2) for r in yardsticks)}
    if one and pool:
        out["2 workers >= 1.8x one"] = {"ratio": round(pool["chars_per_s"] / one["chars_per_s"], 2)}
    rss = [x for v in runs.values() for x in v.get("peak_rss_mb_per_worker", [])]
    if rss:
        out["peak RSS <= 400 MB per worker"] = {"max_mb": max(rss)}
    if "one small file" in res:
        out["one small file < 3 s"] = {"seconds": res["one small file"]["seconds"]}
    return out


def render(res: dict) -> str:
    lines = [f"input: {res['input']['documents']} documents, {res['input']['chars']:,} characters "
             f"({res['input']['mb']} MB), {res['machine']['cpus']} CPUs", "",
             f"{'run':<28}{'chars/s':>11}{'CPU chars/s':>13}{'seconds':>9}  peak RSS per worker (MB)  load avg"]
    for name, r in res.get("runs", {}).items():
        rss = ", ".join(f"{x:.0f}" for x in r.get("peak_rss_mb_per_worker", [])) or "-"
        load = f"{r['load_average_at_start']}->{r['load_average_at_end']}" if "load_average_at_start" in r else ""
        lines.append(f"{name:<28}{r['chars_per_s']:>11,}{(r.get('cpu_chars_per_s') or 0):>13,}{r['seconds']:>9}  {rss:<25} {load}")
    if "batch overhead" in res:
        o = res["batch overhead"]
        lines.append(f"\nbatch overhead (CPU, one warmed process, best of {o['reps']}): stages alone "
                     f"{o['stages_cpu_chars_per_s']:,} chars/s, textmine batch {o['batch_cpu_chars_per_s']:,} chars/s: "
                     f"{o['overhead']:+.1%}  (load {o['load_average_at_start']}->{o['load_average_at_end']})")
    if "one small file" in res:
        s = res["one small file"]
        lines.append(f"\none small file ({s['file']}): {s['seconds']} s wall, exit {s['exit_code']}")
    if "stage breakdown" in res:
        sb = res["stage breakdown"]
        lines.append(f"\nstages (CPU, one process, {sb['sample_chars']:,} characters):")
        for name, v in sb["stages"].items():
            rate = f"{v['chars_per_s']:,}" if v["chars_per_s"] else "-"
            lines.append(f"  {name:<14}{rate:>11} chars/s  {v['cpu_seconds']:>7} s")
    lines.append("\ntargets: " + json.dumps(res.get("targets", {}), ensure_ascii=False))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
