"""The ``textmine eval`` report: scores beside their floors, and the verdict."""
from __future__ import annotations

from pathlib import Path

from .table import console


def render_eval(result, baseline, verdict, path: Path, *, old=None, update=None, width: int | None = None,
                color: bool | None = None) -> str:
    """A table of every metric with its floor and whether it holds, then one verdict line."""
    from rich.table import Table
    from rich.text import Text

    con = console(width, color)
    s = result.scores
    below = {m: (v, f) for m, v, f in verdict.below}
    table = Table(title=f"textmine eval: {s['documents']} documents", title_justify="left", pad_edge=False)
    for name, kw in (("metric", {}), ("score", dict(justify="right")), ("floor", dict(justify="right")), ("", {})):
        table.add_column(name, **kw)
    floors = baseline.floors if baseline else {}
    for name, value in result.metrics.items():
        floor = floors.get(name)
        if name in below:
            mark = Text(f"✗ {below[name][0] - below[name][1]:+.4f}", style="bold red")
        elif floor is None:
            mark = Text("not pinned", style="yellow") if value is not None else Text("")
        else:
            mark = Text("✓", style="green")
        table.add_row(name, "–" if value is None else f"{value:.4f}", "" if floor is None else f"{floor:.4f}", mark)
    for name in sorted(set(floors) - set(result.metrics)):
        table.add_row(name, "–", f"{floors[name]:.4f}", Text(f"✗ {below[name][0] - below[name][1]:+.4f}", style="bold red")
                      if name in below else Text(""))
    con.print(table)
    con.print(_per_document(result.per_document))
    c = s["checks"]
    con.print(f"checks: {c['found']} of {c['gold']} gold relations found, {c['status_right']} with the right status; "
              f"{c['predicted_fail']} predicted failures (gold: {c['gold_fail']})")
    q = s["quantities"]
    con.print(f"figures: {q['tp']} matched, {q['fp']} spurious, {q['fn']} missed")
    if result.errors:
        con.print(Text(f"{len(result.errors)} article(s) failed in the pipeline and scored as empty", style="bold red"))

    if update is not None:
        con.print(f"baseline {path} updated: {len(update.raised)} floor(s) raised, {len(update.lowered)} lowered"
                  + (f", {len(update.kept)} kept above the current score" if update.kept else ""))
        for m, f, v in update.kept:
            con.print(Text(f"  kept {m} at {f:.4f} (now {v:.4f}); lower it with --update --allow-lower {m}", style="yellow"))
        for m, f, v in update.lowered:
            con.print(Text(f"  lowered {m} from {f:.4f} to {v:.4f}", style="yellow"))
    if not verdict.fingerprint_ok:
        was = old.fingerprint if old is not None else None
        con.print(Text(f"gold set changed: {path} was pinned on {was or 'an unknown gold set'} "
                       f"({old.documents if old else '?'} documents); now {result.fingerprint} ({s['documents']} documents). "
                       "Scores on different gold files are not comparable: review the change, then re-pin with --update.",
                       style="bold red"))
    if verdict.below:
        con.print(Text(f"FAIL: {len(verdict.below)} metric(s) more than {verdict.margin:g} below their floor in {path}: "
                       + ", ".join(f"{m} {v:.4f} < {f:.4f}" for m, v, f in verdict.below), style="bold red"))
    elif verdict.passed:
        con.print(Text(f"PASS: every pinned metric within {verdict.margin:g} of its floor ({path})", style="bold green"))
    return con.file.getvalue()


def _per_document(per_doc: dict) -> "object":
    """One line per article, so a CI log shows where a drop comes from."""
    from rich.table import Table

    table = Table(title="per document", title_justify="left", pad_edge=False, box=None)
    for name in ("article", "figures F1", "missed", "spurious", "entities F1", "checks right"):
        table.add_column(name, justify="left" if name == "article" else "right")
    for doc_id, sc in per_doc.items():
        q, e, c = sc["quantities"], sc["entities"]["micro"], sc["checks"]
        table.add_row(doc_id, f"{q['f1']:.3f}", str(q["fn"]), str(q["fp"]), f"{e['f1']:.3f}",
                      f"{c['status_right']}/{c['gold']}")
    return table
