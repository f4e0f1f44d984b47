"""The terminal report: figures, checks and entities as rich tables.

Rendered to a string (the CLI writes it), in colour only when stdout is a
terminal and ``NO_COLOR`` is unset.  The figure stays bracketed 【】 in its
sentence even without colour, so the mark survives a pipe into a file.
"""
from __future__ import annotations

import io
import os
import shutil
import sys
from typing import Any, Mapping

from .view import ENTITY_LABELS, ReportView, build_view

#: characters of sentence either side of a figure: a terminal cell is narrow
CONTEXT = 18
_STATUS_STYLE = {"pass": "green", "fail": "bold red", "unverifiable": "yellow"}


def console(width: int | None = None, color: bool | None = None):
    """A rich Console that records into a string."""
    from rich.console import Console

    if color is None:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    if width is None:
        width = max(100, shutil.get_terminal_size((140, 40)).columns)
    return Console(file=io.StringIO(), width=width, force_terminal=color, no_color=not color,
                   color_system="standard" if color else None, highlight=False, emoji=False, soft_wrap=False)


def render_table(record: Mapping[str, Any], *, width: int | None = None, color: bool | None = None) -> str:
    """The report of one record for a terminal (sentences shown normalized)."""
    view = build_view(record, context=CONTEXT)
    con = console(width, color)
    for part in renderables(view):
        con.print(part)
    return con.file.getvalue()


def renderables(view: ReportView) -> list:
    from rich.table import Table
    from rich.text import Text

    s = view.summary
    head = Text.assemble(
        (view.title, "bold"), f"  {view.source}\n",
        f"{s['figures']} figures · {s['entities']} entities · {s['checks']} checks",
        (f" · {view.failed_phrase}" if s["failed"] else "", "bold red"),
    )
    out: list = [head]

    figs = Table(title="Figures", title_justify="left", show_lines=False, expand=True, pad_edge=False)
    for name, kw in (("id", dict(no_wrap=True)), ("figure", dict(max_width=14, overflow="fold")), ("value", dict(justify="right", no_wrap=True)),
                     ("qualifier", dict(no_wrap=True)), ("unit", dict(no_wrap=True)), ("counts", dict(max_width=16, overflow="fold")),
                     ("activity", dict(max_width=16, overflow="fold")), ("in its sentence", dict(ratio=1, min_width=30, overflow="fold"))):
        figs.add_column(name, **kw)
    for f in view.figures:
        sentence = Text.assemble(f.before, ("【" + f.marked + "】", "bold red" if f.failed else "bold cyan"), f.after)
        figs.add_row(Text(f.id, style="red" if f.failed else ""), f.norm, f.value, f.qualifier, f.unit,
                     f.counted, f.activity, sentence)
    out.append(figs if view.figures else Text("No figures found.", style="italic"))

    if view.checks:
        checks = Table(title="Checks", title_justify="left", expand=True, pad_edge=False)
        checks.add_column("", no_wrap=True)
        checks.add_column("kind", no_wrap=True)
        checks.add_column("figures", no_wrap=True)
        checks.add_column("message", ratio=1, overflow="fold")
        for c in view.checks:
            style = _STATUS_STYLE.get(c.status, "")
            checks.add_row(Text(c.symbol, style=style), c.kind, " ".join(c.figures), Text(c.message, style=style if c.status == "fail" else ""))
        out.append(checks)
    else:
        out.append(Text("No checks: no related figures found.", style="italic"))

    if view.entities:
        ents = Table(title="Entities", title_justify="left", expand=True, pad_edge=False, show_header=False)
        ents.add_column("type", no_wrap=True, style="bold")
        ents.add_column("names", ratio=1, overflow="fold")
        for ty, names in view.entities.items():
            ents.add_row(ENTITY_LABELS.get(ty, ty), "、".join(n if c == 1 else f"{n}×{c}" for n, c in names))
        out.append(ents)
    return out
