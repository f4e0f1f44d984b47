"""``textmine discover INPUT...``: candidate activity types an archive needs.

Reads the archive like ``extract`` does (files, folders, JSONL/CSV, zip/tar),
normalizes each document, keeps the clauses no type of the taxonomy covers and
clusters them (:mod:`textmine.discover`).  Prints each cluster's distinctive
words and example clauses; a researcher turns a good cluster into a
``[types.NAME]`` table of the taxonomy file.

Exit codes: 0 done; 1 some inputs could not be read (the rest were used);
2 usage error or bad taxonomy.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import EXIT_ERRORS, app, fail, quiet_jieba
from ..errors import ErrorRow, TextmineError


class DiscoverFormat(str, Enum):
    table = "table"
    json = "json"


@app.command("discover")
def discover_command(
    paths: List[str] = typer.Argument(..., help="Article file(s), folder(s), JSONL/CSV, zip/tar archive, or - for stdin."),
    clusters: int = typer.Option(8, "--clusters", "-k", min=1, help="Number of candidate types to form."),
    format: DiscoverFormat = typer.Option(DiscoverFormat.table, "--format", "-f", help="Output format."),
    taxonomy: Optional[Path] = typer.Option(None, "--taxonomy", "-t", help="Taxonomy TOML (default: pipelines/activities.toml)."),
    all_clauses: bool = typer.Option(False, "--all-clauses", help="Also cluster clauses that state no figure."),
    terms: int = typer.Option(8, "--terms", min=1, help="Distinctive words shown per candidate."),
    examples: int = typer.Option(3, "--examples", min=1, help="Example clauses shown per candidate."),
    limit: int = typer.Option(100_000, "--limit", min=1, help="Cluster a uniform sample of at most this many clauses."),
    text_field: str = typer.Option("text", help="Text field of JSONL/CSV rows."),
    id_field: str = typer.Option("id", help="Id field of JSONL/CSV rows."),
) -> None:
    """Cluster the clauses no activity type covers and print candidate types to add to the taxonomy."""
    from ..discover import discover, uncovered_clauses
    from ..document import Document
    from ..extract.activities import load_taxonomy
    from ..ingest import IngestOptions, iter_inputs
    from ..normalize import normalize

    quiet_jieba()
    try:
        load_taxonomy(taxonomy)
    except TextmineError as exc:
        raise fail(exc.message) from None
    errors = 0

    def documents():
        nonlocal errors
        for item in iter_inputs(paths, IngestOptions(id_field=id_field, text_field=text_field)):
            if isinstance(item, ErrorRow):
                errors += 1
                typer.echo(f"textmine: {item.source}: {item.reason} [{item.code}]", err=True)
                continue
            assert isinstance(item, Document)
            yield normalize(item)

    clauses = uncovered_clauses(documents(), taxonomy=taxonomy, figures_only=not all_clauses, limit=limit)
    found = discover(clauses, clusters=clusters, terms=terms, examples=examples)
    if format is DiscoverFormat.json:
        sys.stdout.write(json.dumps({"clauses": len(clauses), "candidates": [c.as_dict() for c in found]},
                                    ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(render_table(found, len(clauses)))
    if errors:
        raise typer.Exit(EXIT_ERRORS)


def render_table(found, n_clauses: int) -> str:
    """Plain text: one block per candidate, largest first."""
    if not found:
        return f"{n_clauses} uncovered clauses; no candidate types.\n"
    lines = [f"{n_clauses} clauses no activity type covers, in {len(found)} candidate types:", ""]
    for c in found:
        lines.append(f"candidate {c.cluster}  ({c.size} clauses)  terms: {', '.join(c.terms)}")
        for ex in c.examples:
            lines.append(f"    {ex}")
        lines.append("")
    lines.append("Add one as [types.NAME] with triggers = [...] in the taxonomy file (see pipelines/activities.toml).")
    return "\n".join(lines) + "\n"
