"""The report as Markdown, to paste into a newsroom document or a ticket.

Plain GitHub-flavoured Markdown: one table of figures with each figure in
bold inside its sentence, the checks as a list with ✓/✗, entities by type.
Cell text is escaped so a ``|`` or ``*`` in an article cannot break the table.
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from .view import ENTITY_LABELS, build_view

_SPECIAL = re.compile(r"([\\`*_\[\]|<>#])")


def escape(s: str) -> str:
    """Markdown-inert text for one table cell or list item."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(s).split()))


def render_markdown(record: Mapping[str, Any]) -> str:
    """The report of one record as Markdown (sentences shown normalized)."""
    v = build_view(record)
    s = v.summary
    lines = [f"## {escape(v.title)}", ""]
    if v.source:
        lines += [f"Source: `{v.source.replace('`', '')}`", ""]
    tally = f"{s['figures']} figures · {s['entities']} entities · {s['checks']} checks"
    if s["failed"]:
        tally += f" · **{v.failed_phrase}**"
    lines += [tally, "", "### Figures", ""]
    if v.figures:
        lines += ["| id | figure | value | qualifier | unit | counts | activity | in its sentence |",
                  "|---|---|--:|---|---|---|---|---|"]
        for f in v.figures:
            fid = f"**{f.id} ✗**" if f.failed else f.id
            sentence = f"{escape(f.before)}**{escape(f.marked)}**{escape(f.after)}"
            lines.append("| " + " | ".join([fid, escape(f.norm), escape(f.value), escape(f.qualifier), escape(f.unit),
                                             escape(f.counted), escape(f.activity), sentence]) + " |")
    else:
        lines.append("_No figures found._")
    lines += ["", "### Checks", ""]
    if v.checks:
        for c in v.checks:
            figs = f" ({', '.join(c.figures)})" if c.figures else ""
            msg = escape(c.message)
            lines.append(f"- {c.symbol} {c.kind}{figs}: " + (f"**{msg}**" if c.status == "fail" else msg))
    else:
        lines.append("_No checks: no related figures found._")
    if v.entities:
        lines += ["", "### Entities", ""]
        for ty, names in v.entities.items():
            lines.append(f"- **{ENTITY_LABELS.get(ty, ty)}**: " + "、".join(escape(n) + (f" ×{c}" if c > 1 else "") for n, c in names))
    return "\n".join(lines) + "\n"
