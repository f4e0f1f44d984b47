"""The ``textmine`` command: parse arguments, call the library, format the result.

Thin by design (sqlite-utils' rule): no extraction logic lives here.  Library
errors become one-line messages on stderr and the exit codes below, never
tracebacks.

Exit codes: 0 every input processed; 1 some inputs became error rows (or a
quality gate failed); 2 usage error or invalid pipeline file.
"""
from __future__ import annotations

import csv
import importlib
import io
import json
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .errors import ErrorRow, TextmineError

app = typer.Typer(
    name="textmine",
    help="Turn Chinese news reports into checkable records: figures, entities, activities and checks.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


@app.callback()
def _root() -> None:
    """Turn Chinese news reports into checkable records: figures, entities, activities and checks."""


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


def quiet_jieba() -> None:
    """jieba prints cache-building messages at INFO; the CLI silences them (the library never does)."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    try:
        import jieba

        jieba.setLogLevel(logging.WARNING)
    except Exception:  # pragma: no cover - jieba missing is reported by the stage
        pass


def fail(message: str, code: int = EXIT_USAGE) -> "typer.Exit":
    typer.echo(f"textmine: {message}", err=True)
    return typer.Exit(code)


def load_or_exit(pipeline: Optional[Path]):
    from .pipeline import load_pipeline

    try:
        return load_pipeline(pipeline)
    except TextmineError as exc:
        raise fail(exc.message) from None


PipelineOpt = typer.Option(None, "--pipeline", "-p", help="Pipeline TOML file (default: pipelines/default.toml).")
FormatOpt = typer.Option(Format.table, "--format", "-f", help="Output format.")


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Article file(s), folder(s), JSONL/CSV, zip/tar archive, or - for stdin."),
    format: Format = FormatOpt,
    pipeline: Optional[Path] = PipelineOpt,
    html: Optional[Path] = typer.Option(None, "--html", help="Also write a self-contained HTML report to this file."),
    text_field: str = typer.Option("text", help="Text field of JSONL/CSV rows."),
    id_field: str = typer.Option("id", help="Id field of JSONL/CSV rows."),
    title_field: str = typer.Option("title", help="Title field of JSONL/CSV rows."),
    date_field: str = typer.Option("date", help="Date field of JSONL/CSV rows."),
    max_bytes: int = typer.Option(20 * 2**20, help="Largest document accepted, in bytes."),
) -> None:
    """Extract figures, entities, activities and checks from articles and print them.

    With one article, --format json prints one JSON object (the record contract);
    with several, a JSON array.
    """
    from .ingest import IngestOptions, iter_inputs
    from .records import document_record

    quiet_jieba()
    pipe = load_or_exit(pipeline)
    options = IngestOptions(id_field=id_field, text_field=text_field, title_field=title_field,
                            date_field=date_field, max_bytes=max_bytes)
    records, errors, originals = [], [], []
    for item in iter_inputs(paths, options):
        result = pipe.process(item)
        if isinstance(result, ErrorRow):
            errors.append(result)
            typer.echo(f"textmine: {result.message}", err=True)
        else:
            if str(result.quality.get("note", "")).startswith("empty"):
                typer.echo(f"textmine: {result.source}: warning: the file holds no text", err=True)
            records.append(document_record(result))
            originals.append(result.original)  # the HTML report shows the article as written
    if records:
        sys.stdout.write(render(records, format))
    if html is not None and records:
        from .report import render_html

        html.write_text(render_html(records[0], original=originals[0]), encoding="utf-8")
    if errors:
        raise typer.Exit(EXIT_ERRORS)


def render(records: list[dict], fmt: Format) -> str:
    """Format records for stdout."""
    if fmt is Format.json:
        body = records[0] if len(records) == 1 else records
        return json.dumps(body, ensure_ascii=False, indent=1) + "\n"
    if fmt is Format.jsonl:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt is Format.csv:
        from .records import TABLES, table_rows

        buf = io.StringIO()
        cols = TABLES["quantities"].names
        w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in records:
            w.writerows(table_rows(r)["quantities"])
        return buf.getvalue()
    from .report import render_markdown, render_table

    if fmt is Format.markdown:
        return "\n\n".join(render_markdown(r) for r in records)
    return "".join(render_table(r) for r in records)


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover
        typer.echo("textmine: interrupted", err=True)
        sys.exit(130)


# each command module adds its command to ``app``
for _name in ("batch", "evaluate", "serve", "discover"):
    importlib.import_module(f"textmine.commands.{_name}")

