"""Batch mode: every input document into Parquet/CSV/JSONL tables, resumably, on all cores.

Why it is built this way:

* **Partitions with deterministic ids.**  The main process streams
  :func:`textmine.ingest.iter_inputs` in input order and cuts it into
  partitions of at most ``partition_size`` documents (and ``max_part_chars``
  characters).  The same inputs always give the same partitions, so a
  partition number names the same documents in every run -- which is what
  makes ``--resume`` possible.
* **One function per partition, any engine.**  :func:`run_partition` runs the
  pipeline on one partition and writes one part file per table.  The process
  pool, Dask and the in-process runner all call exactly this function, so the
  engines cannot produce different tables.
* **Atomic parts, then a done-marker.**  Each part file is written to a hidden
  temporary name and renamed into place; only when all tables of a partition
  are in place does the main process append the partition's done line to the
  journal (``_journal.jsonl``, one JSON line per partition).  A run killed at
  any moment leaves complete parts or none for each table; ``--resume`` skips
  the journaled partitions and rewrites the others under the same names, so no
  row is duplicated or lost.  ``manifest.json`` states the inputs, pipeline,
  versions, parts and counts; it is written at the start and rewritten at the
  end (rewriting it per part would cost O(parts²) on large archives).
* **Nothing lost.**  Every input document becomes a row of ``documents`` or of
  ``errors``; the summary checks ``inputs = documents + errors``.
* **Republished copies** are found in input order by :class:`textmine.dedup.NearDuplicates`
  (MinHash on character shingles) before documents are dispatched, so the
  ``duplicate_of`` column is filled in the same pass; sums over an archive can
  filter ``duplicate_of IS NULL``.

Columns come only from :data:`textmine.records.TABLES`.
"""
from __future__ import annotations

import csv
import gc
import hashlib
import json
import logging
import os
import platform
import shutil
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

import numpy as np
import pyarrow as pa

from .document import Document, identity_map
from .errors import CODES, ErrorRow, TextmineError
from .ingest import IngestOptions, iter_inputs
from .pipeline import Pipeline
from .records import TABLES, arrow_table, coerce, coerce_columns, document_columns, empty_frame

log = logging.getLogger(__name__)

Item = Union[Document, ErrorRow]
FORMATS = {"parquet": "parquet", "csv": "csv", "jsonl": "jsonl"}
ENGINES = ("process", "dask")
MANIFEST = "manifest.json"
JOURNAL = "_journal.jsonl"


class BatchError(TextmineError):
    """The batch cannot start or continue (usage problem); the CLI exits with code 2."""

    def __init__(self, reason: str, source: str | None = None):
        super().__init__("E300", reason, source, stage="batch")


@dataclass
class BatchOptions:
    """How a batch run reads, partitions, runs and writes.

    ``partition_size``/``max_part_chars`` decide the partitions and so are
    recorded in the manifest: ``--resume`` refuses a run with different ones.
    """

    out: Path
    format: str = "parquet"
    engine: str = "process"
    workers: int = 0  # 0: every core
    scheduler: Optional[str] = None  # dask: tcp://host:port; None starts a LocalCluster
    partition_size: int = 64
    max_part_chars: int = 2_000_000
    resume: bool = False
    overwrite: bool = False
    dedup: bool = True
    dedup_threshold: float = 0.7
    ingest: IngestOptions = field(default_factory=IngestOptions)
    quiet_jieba: bool = False  # the CLI silences jieba's INFO messages in workers too
    in_process: Optional[bool] = None  # None: run here when one worker or one partition (no pool start-up)

    def n_workers(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)


@dataclass
class PartTask:
    """One partition, as sent to a worker (plain data; pickles for any engine).

    A document just read has an identity offset map: two int64 arrays, 16 bytes a character
    against ~3 for its UTF-8 text.  Pickling leaves them out and the worker rebuilds them, so a
    partition travels (and waits in the Dask scheduler and the worker) at about a sixth of the size.
    """

    part: int
    items: list
    pipeline: Pipeline
    out: str
    format: str
    digest: str

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["items"] = [_without_identity_map(it) for it in self.items]
        return state

    def __setstate__(self, state: dict) -> None:
        state["items"] = [Document(**it) if isinstance(it, dict) else it for it in state["items"]]
        self.__dict__.update(state)


def _without_identity_map(item: Item) -> Union[Item, dict]:
    """A Document whose map is the identity, as its constructor's arguments (``Document(**them)``
    rebuilds the map); any other item as it is."""
    if isinstance(item, Document) and item.text is item.original:
        starts, ends = identity_map(len(item.original))
        if np.array_equal(item.starts, starts) and np.array_equal(item.ends, ends):
            return {k: v for k, v in item.__dict__.items() if k not in ("text", "starts", "ends")}
    return item


@dataclass
class Summary:
    """What a run did; ``inputs == documents + errors`` is the accounting users rely on."""

    inputs: int = 0
    documents: int = 0
    errors: int = 0
    quantities: int = 0
    checks_failed: int = 0
    duplicates: int = 0
    chars: int = 0
    errors_by_code: dict = field(default_factory=dict)
    parts_written: int = 0
    parts_skipped: int = 0
    seconds: float = 0.0

    def add(self, counts: dict) -> None:
        for k in ("documents", "errors", "quantities", "checks_failed", "duplicates", "chars"):
            setattr(self, k, getattr(self, k) + int(counts.get(k, 0)))
        for code, n in counts.get("errors_by_code", {}).items():
            self.errors_by_code[code] = self.errors_by_code.get(code, 0) + n

    @property
    def balanced(self) -> bool:
        return self.inputs == self.documents + self.errors

    @property
    def exit_code(self) -> int:
        """0 every input processed; 1 some inputs are error rows (or the accounting is off)."""
        return 0 if self.errors == 0 and self.balanced else 1

    def lines(self) -> list[str]:
        ok = "" if self.balanced else "  MISMATCH: some inputs are unaccounted for"
        out = [
            f"{self.inputs} inputs = {self.documents} documents + {self.errors} errors{ok}",
            f"{self.quantities} figures found, {self.checks_failed} checks failed, "
            f"{self.duplicates} documents marked as near-duplicates",
            f"{self.parts_written} partitions written, {self.parts_skipped} already done (resumed); "
            f"{self.seconds:.1f} s, {self.chars / max(self.seconds, 1e-9):,.0f} characters/s",
        ]
        for code, n in sorted(self.errors_by_code.items()):
            out.append(f"  errors {code} x{n}: {CODES.get(code, 'error')}")
        return out

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


# ---------------------------------------------------------------- writing parts
def part_path(out: Union[str, Path], table: str, part: int, fmt: str) -> Path:
    return Path(out) / table / f"part-{part:05d}.{FORMATS[fmt]}"


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a hidden temporary file and rename: readers see a whole part or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _csv_cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, list):
        return json.dumps(v, ensure_ascii=False)
    return v


def write_part(out: Union[str, Path], table: str, part: int, columns: dict[str, list], fmt: str) -> Path:
    """Write one part of ``table`` atomically; return its path.

    ``columns`` holds one list per column of :data:`TABLES` (a missing column is all nulls); values
    are coerced to the column types (:func:`textmine.records.coerce_columns`) the same way for
    every format.
    """
    schema = TABLES[table]
    path = part_path(out, table, part, fmt)
    columns = coerce_columns(table, columns)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        data = arrow_table(table, columns)
        _atomic_write(path, lambda p: pq.write_table(data, p))
    elif fmt == "csv":
        def write_csv(p: Path) -> None:
            with open(p, "w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(schema.names)
                w.writerows(zip(*[[_csv_cell(v) for v in columns[n]] for n in schema.names]))
        _atomic_write(path, write_csv)
    elif fmt == "jsonl":
        def write_jsonl(p: Path) -> None:
            with open(p, "w", encoding="utf-8") as fh:
                for values in zip(*[columns[n] for n in schema.names]):
                    fh.write(json.dumps(dict(zip(schema.names, values)), ensure_ascii=False) + "\n")
        _atomic_write(path, write_jsonl)
    else:
        raise BatchError(f"unknown format {fmt!r}; use one of {sorted(FORMATS)}")
    return path


# ---------------------------------------------------------------- one partition
def process_item(pipeline: Pipeline, item: Item) -> tuple[dict[str, dict[str, list]], Optional[ErrorRow]]:
    """Columns of every table for one input; a document that fails anywhere becomes an error row."""
    result = pipeline.process(item)
    if isinstance(result, ErrorRow):
        return {}, result
    try:
        return document_columns(result, result.meta.get("duplicate_of")), None
    except Exception as exc:  # a stage produced something the record contract cannot hold
        log.debug("records failed on %s", result.source, exc_info=True)
        return {}, TextmineError("E200", f"records failed: {type(exc).__name__}: {exc}", result.source,
                                 stage="records").row(result.doc_id)


def run_partition(task: PartTask) -> dict:
    """Process one partition and write all its table parts; return its counts (the done line).

    The task's items are consumed: each processed document (text map, tokens, spans) is freed as
    soon as its columns are built, so a worker holds one document and the partition's columns,
    not a whole partition of processed documents.
    """
    t0, cpu0 = time.perf_counter(), time.process_time()
    tables = {name: {col: [] for col in schema.names} for name, schema in TABLES.items()}
    counts: dict[str, Any] = {"part": task.part, "digest": task.digest, "items": len(task.items),
                              "documents": 0, "errors": 0, "quantities": 0, "checks_failed": 0,
                              "duplicates": 0, "chars": 0, "errors_by_code": {}}
    items, task.items = task.items[::-1], []
    while items:
        item = items.pop()
        columns, err = process_item(task.pipeline, item)
        if err is not None:
            row = err.as_dict()
            for col, values in tables["errors"].items():
                values.append(row.get(col))
            counts["errors"] += 1
            counts["errors_by_code"][err.code] = counts["errors_by_code"].get(err.code, 0) + 1
            continue
        for name, cols in columns.items():
            for col, values in cols.items():
                tables[name][col].extend(values)
        doc = columns["documents"]
        counts["documents"] += 1
        counts["quantities"] += len(columns["quantities"]["id"])
        counts["checks_failed"] += doc["n_checks_failed"][0] or 0
        counts["duplicates"] += doc["duplicate_of"][0] is not None
        counts["chars"] += len(item.original)
    item = None
    for name in TABLES:
        write_part(task.out, name, task.part, tables[name], task.format)
    counts["seconds"] = round(time.perf_counter() - t0, 3)
    counts["cpu_seconds"] = round(time.process_time() - cpu0, 3)
    counts["pid"] = os.getpid()
    counts["peak_rss_mb"] = _peak_rss_mb()
    return counts


def _peak_rss_mb() -> Optional[float]:
    """This process's peak resident memory (the benchmark reports it per worker)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return None
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(kb / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


# ---------------------------------------------------------------- partitions
def _digest(items: list[Item]) -> str:
    """Fingerprint of a partition's inputs: resume redoes a partition whose inputs changed."""
    h = hashlib.sha1()
    for it in items:
        if isinstance(it, ErrorRow):
            h.update(f"E\t{it.doc_id}\t{it.source}\t{it.code}\n".encode("utf-8", "replace"))
        else:
            h.update(f"D\t{it.doc_id}\t{it.source}\t".encode("utf-8", "replace"))
            h.update(it.original.encode("utf-8", "surrogatepass"))
            h.update(b"\n")
    return h.hexdigest()


def partitions(items: Iterable[Item], *, size: int, max_chars: int,
               dedup: Optional[Any] = None) -> Iterator[tuple[int, list[Item], str]]:
    """``(part number, items, digest)`` in input order; doc ids made unique (``id~2``, ``id~3``)."""
    seen: Counter = Counter()
    part, buf, chars = 0, [], 0
    for it in items:
        base = it.doc_id if it.doc_id is not None else "?"
        seen[base] += 1
        if seen[base] > 1:
            it.doc_id = f"{base}~{seen[base]}"
        if dedup is not None and isinstance(it, Document):
            first = dedup.add(it.doc_id, it.original)
            if first is not None:
                it.meta["duplicate_of"] = first
        n = len(it.original) if isinstance(it, Document) else 0
        if buf and (len(buf) >= size or chars + n > max_chars):
            # handed over through a list emptied before the yield: while the partition is processed
            # this suspended generator holds no reference to it (run_partition frees each document)
            full = [(part, buf, _digest(buf))]
            part, buf, chars = part + 1, [], 0
            yield full.pop()
        buf.append(it)
        chars += n
    it = None
    if buf:
        full, buf = [(part, buf, _digest(buf))], []
        yield full.pop()


# ---------------------------------------------------------------- manifest and journal
def versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for pkg in ("textmine", "jieba", "rjieba", "pyarrow", "pandas", "dask", "distributed"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            pass
    from .extract.ner_model import KERNEL

    out["ner_kernel"] = KERNEL  # "compiled" or "numpy": same records, different speed
    return out


def _config(inputs: list[str], pipeline: Pipeline, options: BatchOptions) -> dict:
    """What decides the output; a resumed run must match it exactly."""
    return {
        "inputs": [str(p) for p in inputs],
        "pipeline": {"source": pipeline.source, "steps": [[n, p] for n, p in pipeline.steps]},
        "format": options.format,
        "partition_size": options.partition_size,
        "max_part_chars": options.max_part_chars,
        "dedup": options.dedup,
        "dedup_threshold": options.dedup_threshold,
        "ingest": {k: getattr(options.ingest, k) for k in options.ingest.__dataclass_fields__},
    }


def _write_json(path: Path, data: dict) -> None:
    _atomic_write(path, lambda p: p.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n",
                                                 encoding="utf-8"))


def read_journal(out: Path) -> dict[int, dict]:
    """Done lines by partition number; a line cut by a kill is ignored (that part is redone)."""
    done: dict[int, dict] = {}
    path = Path(out) / JOURNAL
    if not path.exists():
        return done
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
            done[int(entry["part"])] = entry
        except (ValueError, KeyError, TypeError):
            continue
    return done


def read_manifest(out: Union[str, Path]) -> dict:
    return json.loads((Path(out) / MANIFEST).read_text(encoding="utf-8"))


def _prepare_out(out: Path, config: dict, options: BatchOptions) -> dict[int, dict]:
    """Check the output folder against --resume/--overwrite; return the partitions already done."""
    manifest = out / MANIFEST
    if options.resume:
        if not manifest.exists():
            log.info("nothing to resume in %s: starting a new run", out)
        else:
            try:
                old = read_manifest(out)
            except (OSError, ValueError) as exc:
                raise BatchError(f"cannot read manifest: {exc}", str(manifest)) from None
            changed = [k for k, v in config.items() if old.get("config", {}).get(k) != json.loads(json.dumps(v, default=str))]
            if changed:
                raise BatchError(f"--resume: this run differs from the one in the folder in {changed}; "
                                 "use a new --out or --overwrite", str(out))
            return read_journal(out)
    elif manifest.exists() or (out / JOURNAL).exists():
        if not options.overwrite:
            raise BatchError("already holds a batch run; use --resume to continue it or --overwrite to replace it",
                             str(out))
    if options.overwrite:
        for name in TABLES:
            shutil.rmtree(out / name, ignore_errors=True)
        for name in (MANIFEST, JOURNAL):
            (out / name).unlink(missing_ok=True)
    return {}


def _clean_temporaries(out: Path) -> None:
    for name in TABLES:
        for tmp in (out / name).glob(".part-*.tmp-*"):
            tmp.unlink(missing_ok=True)


# ---------------------------------------------------------------- engines
def _worker_init(backend: str, quiet: bool, freeze_gc: bool = True, pipeline: Optional[Pipeline] = None) -> None:
    """Per worker: die with the parent (Linux), quiet jieba if the CLI asked, load what the stages use.

    ``freeze_gc`` is for workers textmine started itself; on a user's cluster (``--scheduler``)
    the worker process is shared with other work, whose objects must stay collectable.
    """
    _die_with_parent()
    if quiet and backend == "jieba":  # importing jieba sets its logger to DEBUG: import, then quiet
        import jieba

        jieba.setLogLevel(logging.WARNING)
    _warm(backend, pipeline)
    if freeze_gc:
        _tune_gc()


#: a short report that reaches every stage's tables (figures, lists, checks, places, bodies)
_WARM_TEXT = ("某县文化馆组织开展送戏下乡演出120余场，其中已完成80场，其余40场稳步推进，"
              "受惠群众约3.5万人次，占全县人口的21.3%。县委书记张明到城关镇人民政府调研。")


def _warm(backend: str, pipeline: Optional[Pipeline]) -> None:
    """Load the tokenizer and, with ``pipeline``, every table and model its stages load lazily
    (by running it on :data:`_WARM_TEXT`), so that what lives as long as the worker is loaded
    before :func:`_tune_gc` freezes it."""
    from .segment import worker_init

    worker_init(backend)
    if pipeline is not None:
        pipeline.process(Document(doc_id="warm-up", source="<warm-up>", original=_WARM_TEXT))


def _tune_gc() -> None:
    """Keep a worker's loaded models and tables out of garbage collection, and collect the young
    generation less often.

    The stages allocate hundreds of thousands of small tuples, lists and dicts per megabyte (tokens,
    spans, records), nearly all freed by reference counting; the cyclic collector only finds them
    alive.  Frozen, the models (dictionaries of a few hundred thousand entries) are no longer
    traversed by every full collection; with a young threshold of 20000 instead of 700, young
    collections run about 30 times less often (measured on an in-process run of 2 MB of reports:
    935/84/7 collections of the three generations became 38/2/1, their time 0.079 s -> 0.040 s of
    ~2.2 s).  Only for processes textmine owns: a user's process keeps its own settings.
    """
    gc.freeze()
    gc.set_threshold(20000, 20, 100)


def _die_with_parent() -> None:
    """A worker whose batch was killed (kill -9) must not go on writing parts."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except Exception:  # pragma: no cover - best effort
            pass


def _backend(pipeline: Pipeline) -> str:
    for name, params in pipeline.steps:
        if name == "segment":
            return params.get("backend", "jieba")
    return "jieba"


def _run_inline(tasks: Iterable[PartTask], options: BatchOptions, backend: str,
                pipeline: Optional[Pipeline] = None) -> Iterator[dict]:
    """Every partition in this process, with what is loaded kept out of collections for the run.

    A pool worker loads and freezes its models (:func:`_worker_init`); run here, the models and
    the caller's objects would be traversed by every full collection the partitions trigger (~15 ms
    each with the default pipeline loaded; a partition's columns survive long enough to trigger
    some).  The freeze and the thresholds are undone at the end -- this may be a user's process,
    whose objects must become collectable again -- and left alone when the caller froze objects
    itself.
    """
    _warm(backend, pipeline)
    tune = gc.get_freeze_count() == 0
    thresholds = gc.get_threshold()
    if tune:
        _tune_gc()
    try:
        for t in tasks:
            yield run_partition(t)
    finally:
        if tune:
            gc.unfreeze()
            gc.set_threshold(*thresholds)


def _run_pool(tasks: Iterable[PartTask], options: BatchOptions, backend: str,
              pipeline: Optional[Pipeline] = None) -> Iterator[dict]:
    """A process pool over all cores, at most two partitions in flight per worker."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    n = options.n_workers()
    # spawn, not fork: a worker starts from a clean process, not from a copy of the main process
    # (which may hold a large JSONL file being ingested, and runs a progress thread); and not
    # forkserver: its workers are not our children, so they would outlive a kill -9 of the batch
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(n, mp_context=ctx, initializer=_worker_init,
                             initargs=(backend, options.quiet_jieba, True, pipeline)) as pool:
        pending: set = set()
        for t in tasks:
            pending.add(pool.submit(run_partition, t))
            while len(pending) >= 2 * n:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in done:
                    yield f.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in done:
                yield f.result()


def _run_dask(tasks: Iterable[PartTask], options: BatchOptions, backend: str,
              pipeline: Optional[Pipeline] = None) -> Iterator[dict]:
    """The same :func:`run_partition` on dask.distributed (a LocalCluster unless --scheduler).

    On a real cluster ``--out`` must be a folder every worker can write (shared filesystem).
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:  # pragma: no cover
        raise BatchError("--engine dask needs the 'distributed' package (pip install 'dask[distributed]')") from None
    cluster = None
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        cluster = LocalCluster(n_workers=options.n_workers(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        client.run(_worker_init, backend, options.quiet_jieba, options.scheduler is None, pipeline)
        n = max(1, len(client.scheduler_info().get("workers", {})))
        pending = as_completed()
        for t in tasks:
            pending.add(client.submit(run_partition, t, pure=False, key=f"textmine-part-{t.part:05d}-{t.digest[:8]}"))
            while pending.count() >= 2 * n:
                yield next(pending).result()
        for f in pending:
            yield f.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ---------------------------------------------------------------- the run
ProgressFn = Callable[[dict, "Summary"], None]


def run_batch(inputs: list[str], pipeline: Pipeline, options: BatchOptions,
              progress: Optional[ProgressFn] = None) -> Summary:
    """Run ``pipeline`` over ``inputs`` into ``options.out``; return the summary.

    Raises :class:`BatchError` for usage problems (the CLI's exit code 2);
    bad documents never raise, they become rows of ``errors``.
    """
    if options.format not in FORMATS:
        raise BatchError(f"unknown format {options.format!r}; use one of {sorted(FORMATS)}")
    if options.engine not in ENGINES:
        raise BatchError(f"unknown engine {options.engine!r}; use one of {list(ENGINES)}")
    if options.partition_size < 1:
        raise BatchError("--partition-size must be at least 1")
    out = Path(options.out)
    if out.exists() and not out.is_dir():
        raise BatchError("is not a folder", str(out))
    t0 = time.perf_counter()
    config = _config(inputs, pipeline, options)
    done = _prepare_out(out, config, options)
    out.mkdir(parents=True, exist_ok=True)
    _clean_temporaries(out)
    manifest = {"textmine_batch": 1, "config": config, "versions": versions(), "complete": False,
                "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    _write_json(out / MANIFEST, manifest)

    summary = Summary()
    dedup = None
    if options.dedup:
        from .dedup import NearDuplicates

        dedup = NearDuplicates(threshold=options.dedup_threshold)

    seen: set[int] = set()

    def tasks() -> Iterator[PartTask]:
        for part, items, digest in partitions(iter_inputs(inputs, options.ingest), size=options.partition_size,
                                              max_chars=options.max_part_chars, dedup=dedup):
            seen.add(part)
            summary.inputs += len(items)
            prev = done.get(part)
            if prev is not None and prev.get("digest") == digest and _parts_exist(out, part, options.format):
                summary.parts_skipped += 1
                summary.add(prev)
                if progress:
                    progress(prev, summary)
                continue
            task = PartTask(part=part, items=items, pipeline=pipeline, out=str(out), format=options.format, digest=digest)
            del items  # the task holds the documents alone (run_partition frees them one by one)
            yield task

    backend = _backend(pipeline)
    stream = tasks()
    if options.engine == "dask":
        results = _run_dask(stream, options, backend, pipeline)
    else:
        # a small batch (one partition) or one worker runs here: no pool to start
        head = [t for _, t in zip(range(2), stream)]
        stream = _handing_over(head, stream)
        inline = options.in_process
        if inline is None:
            inline = options.n_workers() == 1 or len(head) < 2
        if inline:
            results = _run_inline(stream, options, backend, pipeline)
        else:
            results = _run_pool(stream, options, backend, pipeline)

    with open(out / JOURNAL, "a", encoding="utf-8") as journal:
        for counts in results:
            journal.write(json.dumps(counts, ensure_ascii=False) + "\n")
            journal.flush()
            done[counts["part"]] = counts
            summary.parts_written += 1
            summary.add(counts)
            if progress:
                progress(counts, summary)

    for stale in sorted(set(done) - seen):  # inputs shrank since the interrupted run
        log.info("removing part %d: the inputs no longer reach it", stale)
        for name in TABLES:
            part_path(out, name, stale, options.format).unlink(missing_ok=True)
        del done[stale]
    summary.seconds = time.perf_counter() - t0
    manifest.update(
        complete=summary.balanced,
        finished=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        tables={name: [str(part_path(out, name, p, options.format).relative_to(out)) for p in sorted(done)]
                for name in TABLES},
        parts=[{k: done[p][k] for k in ("part", "digest", "items", "documents", "errors") if k in done[p]}
               for p in sorted(done)],
        counts=summary.as_dict(),
    )
    _write_json(out / MANIFEST, manifest)
    return summary


def _handing_over(head: list, rest: Iterator) -> Iterator:
    """``head`` then ``rest``, letting go of each task of ``head`` once handed over.

    (``itertools.chain`` would keep the first partitions, and every document the pipeline filled
    in them, alive until the run ends.)
    """
    while head:
        yield head.pop(0)
    yield from rest


def _parts_exist(out: Path, part: int, fmt: str) -> bool:
    return all(part_path(out, name, part, fmt).exists() for name in TABLES)


# ---------------------------------------------------------------- reading back
def _read_part(path: Union[str, Path], table: str):
    """One part file as a pandas DataFrame with the table's columns and dtypes."""
    path = Path(path)
    schema = TABLES[table]
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path, schema=schema).to_pandas()
    if path.suffix == ".jsonl":
        # "\n" only: a U+2028 written raw inside a JSON string is not a line break
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    else:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        for r in rows:
            for f in schema:
                v = r.get(f.name)
                r[f.name] = None if v == "" else json.loads(v) if pa.types.is_list(f.type) else v
        rows = [{f.name: coerce(r.get(f.name), f.type) for f in schema} for r in rows]
    if not rows:
        return empty_frame(table)
    return pa.Table.from_pylist(rows, schema=schema).to_pandas()


def part_files(out: Union[str, Path], table: str) -> list[Path]:
    return sorted(p for p in (Path(out) / table).glob("part-*.*") if not p.name.startswith("."))


def read_table(out: Union[str, Path], table: str):
    """A whole table of a batch output folder (any format) as one pandas DataFrame, in input order."""
    import pandas as pd

    frames = [_read_part(p, table) for p in part_files(out, table)]
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_frame(table)
    return pd.concat(frames, ignore_index=True)


def dask_table(out: Union[str, Path], table: str):
    """A table as a lazy Dask DataFrame, one partition per part file; ``meta`` from :data:`TABLES`."""
    import dask.dataframe as dd

    return dd.from_map(_read_part, [str(p) for p in part_files(out, table)], table=table, meta=empty_frame(table))
