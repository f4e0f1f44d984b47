"""``textmine batch INPUT... --out DIR``: whole archives into tables, resumably.

Options are parsed here; the work is :func:`textmine.batch.run_batch`.  On a
terminal a progress bar shows documents/s and the ETA; otherwise (a log file,
a cluster job) one plain line per partition goes to stderr.  The summary goes
to stderr as well, so stdout stays empty for scripts.

Exit codes: 0 every input is a row of ``documents``; 1 some inputs are rows of
``errors``; 2 usage error, invalid pipeline, an output folder that does not
match ``--resume``, or a run stopped by a failed worker or full disk (what was
written is kept: continue with ``--resume``).
"""
from __future__ import annotations

import logging
import os
import sys
import time
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import EXIT_USAGE, PipelineOpt, app, fail, load_or_exit, quiet_jieba


class TableFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


class Engine(str, Enum):
    process = "process"
    dask = "dask"


def estimate_inputs(paths: list[str]) -> Optional[int]:
    """A quick count of the documents under ``paths`` for the ETA (None when unknown, e.g. tar)."""
    from ..ingest.readers import ARCHIVE_SUFFIXES, TABLE_SUFFIXES, _suffix

    total = 0

    def one(f: Path) -> Optional[int]:
        suf = _suffix(f.name)
        if suf in TABLE_SUFFIXES:
            n = 0
            with open(f, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    n += chunk.count(b"\n")
            return max(1, n - (suf == ".csv"))
        if suf == ".zip":
            import zipfile

            try:
                with zipfile.ZipFile(f) as zf:
                    return sum(1 for i in zf.infolist() if not i.is_dir())
            except (zipfile.BadZipFile, OSError):
                return 1
        if suf in ARCHIVE_SUFFIXES:
            return None
        return 1

    for p in paths:
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith(".")) if path.is_dir() else [path]
        for f in files:
            n = one(f) if f.exists() else 1
            if n is None:
                return None
            total += n
    return total


class Reporter:
    """Progress: a rich bar on a terminal, plain lines (every partition, at most every 5 s) otherwise."""

    def __init__(self, total: Optional[int], tty: bool):
        self.total, self.tty, self.t0, self.last = total, tty, time.perf_counter(), 0.0
        self.bar = None
        if tty:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                       TimeRemainingColumn)

            self.bar = Progress(TextColumn("batch"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]:>7.1f} docs/s"), TimeElapsedColumn(),
                                TextColumn("ETA"), TimeRemainingColumn(), console=Console(stderr=True),
                                transient=False)
            self.task = self.bar.add_task("batch", total=total, rate=0.0)
            self.bar.start()

    def __call__(self, counts: dict, summary) -> None:
        done = summary.documents + summary.errors
        elapsed = time.perf_counter() - self.t0
        rate = done / elapsed if elapsed > 0 else 0.0
        if self.bar is not None:
            total = max(self.total, done) if self.total is not None else None
            self.bar.update(self.task, completed=done, total=total, rate=rate)
            return
        now = time.perf_counter()
        if now - self.last < 5 and self.last:
            return
        self.last = now
        eta = ""
        if self.total and rate > 0 and self.total > done:
            eta = f", ETA {(self.total - done) / rate:.0f} s"
        of = f"/{self.total}" if self.total else ""
        typer.echo(f"textmine batch: {done}{of} documents, {summary.errors} errors, {rate:.1f} docs/s{eta}", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command("batch")
def batch_command(
    inputs: List[str] = typer.Argument(..., help="Folders, files, globs, JSONL/CSV files, zip/tar archives."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder: one sub-folder of part files per table, manifest.json."),
    format: TableFormat = typer.Option(TableFormat.parquet, "--format", "-f", help="Table file format."),
    engine: Engine = typer.Option(Engine.process, "--engine", help="process: a process pool on this machine; dask: dask.distributed."),
    workers: int = typer.Option(0, "--workers", "-w", help="Worker processes (0: every core)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address tcp://HOST:PORT (default: a local cluster)."),
    resume: bool = typer.Option(False, "--resume", help="Continue a run in --out: skip partitions already written."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a previous run in --out."),
    partition_size: int = typer.Option(64, "--partition-size", help="Documents per partition (part file)."),
    dedup: bool = typer.Option(True, "--dedup/--no-dedup", help="Mark near-duplicate documents (duplicate_of)."),
    pipeline: Optional[Path] = PipelineOpt,
    text_field: str = typer.Option("text", help="Text field of JSONL/CSV rows."),
    id_field: str = typer.Option("id", help="Id field of JSONL/CSV rows."),
    max_bytes: int = typer.Option(20 * 2**20, help="Largest document accepted, in bytes."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar (default: when stderr is a terminal)."),
) -> None:
    """Process whole archives into tables (documents, sentences, quantities, entities, checks, errors).

    Every input ends up in documents or errors; the summary states the accounting.
    Exit 0 when all inputs are documents, 1 when some are error rows, 2 on usage errors.
    """
    import glob

    from ..batch import BatchError, BatchOptions, _backend, run_batch
    from ..ingest import IngestOptions

    # importing jieba costs 0.3 s and ~10 MB: only the jieba backend needs it quieted after import
    logging.getLogger("jieba").setLevel(logging.WARNING)
    logging.getLogger("distributed").setLevel(logging.WARNING)
    if engine is Engine.process and scheduler:
        raise fail("--scheduler needs --engine dask")
    if resume and overwrite:
        raise fail("use either --resume or --overwrite, not both")
    paths: list[str] = []
    for p in inputs:  # globs the shell did not expand (quoted, or Windows)
        hits = sorted(glob.glob(p)) if any(c in p for c in "*?[") and not os.path.exists(p) else []
        paths.extend(hits or [p])
    pipe = load_or_exit(pipeline)
    if _backend(pipe) == "jieba":
        quiet_jieba()
    options = BatchOptions(out=out, format=format.value, engine=engine.value, workers=workers, scheduler=scheduler,
                           partition_size=partition_size, resume=resume, overwrite=overwrite, dedup=dedup,
                           ingest=IngestOptions(id_field=id_field, text_field=text_field, max_bytes=max_bytes),
                           quiet_jieba=True)
    tty = sys.stderr.isatty() if progress is None else progress
    reporter = Reporter(estimate_inputs(paths) if tty or progress is None else None, tty)
    try:
        summary = run_batch(paths, pipe, options, progress=reporter)
    except BatchError as exc:
        reporter.close()
        raise fail(exc.message, EXIT_USAGE) from None
    except KeyboardInterrupt:
        reporter.close()
        typer.echo(f"textmine batch: interrupted; continue with --resume --out {out}", err=True)
        raise typer.Exit(130) from None
    except Exception as exc:  # a worker killed (out of memory), a full disk, a lost cluster
        reporter.close()
        raise fail(f"batch stopped: {type(exc).__name__}: {exc}; partitions written so far are kept, "
                   f"continue with --resume --out {out}", EXIT_USAGE) from None
    reporter.close()
    for line in summary.lines():
        typer.echo(f"textmine batch: {line}", err=True)
    typer.echo(f"textmine batch: tables in {out}/<table>/part-*.{format.value}, manifest {out}/manifest.json", err=True)
    raise typer.Exit(summary.exit_code)
