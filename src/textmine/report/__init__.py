"""Human-readable reports of one document record (placeholder renderers)."""
from __future__ import annotations

import json


def render_table(record: dict) -> str:
    lines = [f"{q['text']}\t{q['value']}\t{q.get('unit')}\t{q.get('counted')}" for q in record["quantities"]]
    return "\n".join(lines) + "\n"


def render_markdown(record: dict) -> str:
    return render_table(record)


def render_html(record: dict) -> str:
    return "<pre>" + json.dumps(record, ensure_ascii=False, indent=1) + "</pre>"
