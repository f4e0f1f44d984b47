"""What a report shows, decided once for the table, Markdown and HTML renderers.

A record (the JSON contract) holds spans in *original* offsets but not the
original text itself.  When the caller has the original (the CLI and the web
page do), figures and entities are marked exactly where they are.  A record
read back from a JSON file has only the normalized ``text``; then each span is
found by searching its ``norm`` surface forward from the previous one, in text
order -- right for everything the pipeline emits, since spans are reported in
reading order and ``norm`` is the exact normalized surface.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

#: entity types in the order a reader meets them in the report
ENTITY_ORDER = ("PERSON", "ORGANIZATION", "LOCATION", "WORK")
ENTITY_LABELS = {"PERSON": "People", "ORGANIZATION": "Organizations", "LOCATION": "Places", "WORK": "Works"}
STATUS_SYMBOL = {"pass": "✓", "fail": "✗", "unverifiable": "?"}
_STATUS_ORDER = {"fail": 0, "unverifiable": 1, "pass": 2}
_SENTENCE_END = "。！？!?；;\n"
#: characters of context kept either side of a figure in its sentence excerpt
CONTEXT = 36


@dataclass
class Mark:
    """One highlighted span of the displayed article."""

    start: int
    end: int
    kind: str  # "figure", "entity" or "garbled"
    label: str  # figure id or entity type
    failed: bool = False
    title: str = ""


@dataclass
class FigureRow:
    id: str
    text: str  # as written
    norm: str  # normalized
    value: str
    qualifier: str
    unit: str
    kind: str
    counted: str
    activity: str
    before: str
    marked: str
    after: str
    failed: bool


@dataclass
class CheckRow:
    kind: str
    status: str
    symbol: str
    message: str
    figures: list[str]  # ids of the figures it relates


@dataclass
class ReportView:
    doc_id: str
    source: str
    title: str
    article: str
    article_is_original: bool
    summary: dict[str, Any]
    figures: list[FigureRow] = field(default_factory=list)
    checks: list[CheckRow] = field(default_factory=list)
    entities: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    marks: list[Mark] = field(default_factory=list)

    @property
    def failed_checks(self) -> list[CheckRow]:
        return [c for c in self.checks if c.status == "fail"]

    @property
    def failed_phrase(self) -> str:
        """``1 check fails`` / ``3 checks fail``, empty when none does."""
        n = self.summary["failed"]
        return "" if not n else f"{n} check fails" if n == 1 else f"{n} checks fail"


def format_number(v: Any) -> str:
    """``1126000000`` -> ``1,126,000,000``; ``53.98`` stays; ``None`` -> empty."""
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, (int, float)):
        return f"{v:,}"
    return str(v)


def format_value(q: Mapping[str, Any]) -> str:
    value = format_number(q.get("value"))
    if q.get("value_max") is not None:
        value += "–" + format_number(q["value_max"])
    return value


def format_activity(a: Any) -> str:
    if isinstance(a, list):
        return ", ".join(str(x) for x in a)
    return a or ""


def check_figures(c: Mapping[str, Any]) -> list[str]:
    ids = [c.get("whole"), *(c.get("parts") or []), c.get("percent")]
    return [i for i in ids if i]


def _locate(text: str, items: Iterable[Mapping[str, Any]]) -> list[tuple[int, int] | None]:
    """Normalized positions of ``items`` found by forward search of their ``norm``."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    for it in items:
        surface = it.get("norm") or it.get("text") or ""
        i = text.find(surface, pos) if surface else -1
        if i < 0:
            i = text.find(surface) if surface else -1
        if i < 0:
            out.append(None)
            continue
        out.append((i, i + len(surface)))
        pos = i + len(surface)
    return out


def _spans(record: Mapping[str, Any], original: str | None, key: str) -> tuple[list[tuple[int, int] | None], bool]:
    items = record.get(key) or []
    if original is not None and all(
        0 <= it["start"] <= it["end"] <= len(original) and original[it["start"]:it["end"]] == it.get("text", original[it["start"]:it["end"]])
        for it in items
    ):
        return [(it["start"], it["end"]) for it in items], True
    order = sorted(range(len(items)), key=lambda i: (items[i].get("start", 0), items[i].get("end", 0)))
    found = _locate(record.get("text") or "", [items[i] for i in order])
    spans: list[tuple[int, int] | None] = [None] * len(items)
    for i, sp in zip(order, found):
        spans[i] = sp
    return spans, False


def _sentence_bounds(text: str, start: int, end: int, sentence: tuple[int, int] | None) -> tuple[int, int]:
    if sentence and sentence[0] <= start and end <= sentence[1]:
        lo, hi = sentence
    else:
        lo = max((text.rfind(ch, 0, start) for ch in _SENTENCE_END), default=-1) + 1
        his = [i for i in (text.find(ch, end) for ch in _SENTENCE_END) if i >= 0]
        hi = min(his) + 1 if his else len(text)
    while lo < start and text[lo].isspace():
        lo += 1
    while hi > end and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _excerpt(text: str, start: int, end: int, bounds: tuple[int, int], context: int) -> tuple[str, str, str]:
    lo, hi = bounds
    before = text[max(lo, start - context):start]
    after = text[end:min(hi, end + context)]
    if start - context > lo:
        before = "…" + before
    if end + context < hi:
        after = after + "…"
    flat = lambda s: " ".join(s.split())  # noqa: E731 - newlines inside a table cell
    return flat(before), text[start:end], flat(after)


def build_view(record: Mapping[str, Any], original: str | None = None, *, context: int = CONTEXT) -> ReportView:
    """Everything the renderers show for one record, in display coordinates.

    With ``original`` the article is shown as written; without it, as
    normalized (simplified script, annotations removed) -- what the terminal
    and Markdown reports use, since ``學(xué)習(xí)`` is noise in a narrow cell.
    ``context``: characters of the sentence kept either side of a figure.
    """
    qspans, exact = _spans(record, original, "quantities")
    espans, eexact = _spans(record, original, "entities")
    use_original = original is not None and exact and eexact
    if not use_original:  # one coordinate system for the whole page
        qspans, _ = _spans(record, None, "quantities")
        espans, _ = _spans(record, None, "entities")
    article = original if use_original else (record.get("text") or "")
    sentences = [(s["start"], s["end"]) for s in record.get("sentences") or []] if use_original else []

    checks = record.get("checks") or []
    failed_msgs: dict[str, list[str]] = {}
    for c in checks:
        if c.get("status") == "fail":
            for i in check_figures(c):
                failed_msgs.setdefault(i, []).append(c.get("message") or c.get("note") or c.get("kind") or "")
    failed_ids = set(failed_msgs)
    view = ReportView(
        doc_id=str(record.get("doc_id") or ""),
        source=str(record.get("source") or ""),
        title=str(record.get("title") or record.get("doc_id") or "article"),
        article=article,
        article_is_original=use_original,
        summary=_summary(record),
    )
    for q, sp in zip(record.get("quantities") or [], qspans):
        failed = q.get("id") in failed_ids
        before = marked = after = ""
        if sp is not None:
            sidx = q.get("sentence")
            sent = sentences[sidx] if isinstance(sidx, int) and 0 <= sidx < len(sentences) else None
            before, marked, after = _excerpt(article, sp[0], sp[1], _sentence_bounds(article, sp[0], sp[1], sent), context)
            title = "\n".join([_figure_title(q), *("✗ " + m for m in failed_msgs.get(q.get("id"), []))])
            view.marks.append(Mark(sp[0], sp[1], "figure", str(q.get("id")), failed, title))
        view.figures.append(FigureRow(
            id=str(q.get("id") or ""), text=str(q.get("text") or q.get("norm") or ""),
            norm=str(q.get("norm") or q.get("text") or ""), value=format_value(q),
            qualifier=q.get("qualifier") or "", unit=q.get("unit") or "", kind=q.get("kind") or "",
            counted=q.get("counted") or "", activity=format_activity(q.get("activity")),
            before=before, marked=marked or str(q.get("text") or ""), after=after, failed=failed,
        ))
    for c in sorted(checks, key=lambda c: _STATUS_ORDER.get(c.get("status"), 3)):
        status = c.get("status") or "unverifiable"
        view.checks.append(CheckRow(
            kind=c.get("kind") or "", status=status, symbol=STATUS_SYMBOL.get(status, "?"),
            message=c.get("message") or c.get("note") or "", figures=check_figures(c),
        ))
    counts: dict[str, dict[str, int]] = {}
    for e, sp in zip(record.get("entities") or [], espans):
        name = e.get("norm") or e.get("text") or ""
        by_name = counts.setdefault(e.get("type") or "OTHER", {})
        by_name[name] = by_name.get(name, 0) + 1
        if sp is not None:
            view.marks.append(Mark(sp[0], sp[1], "entity", e.get("type") or "OTHER", title=f"{e.get('type')}: {name}"))
    for ty in sorted(counts, key=lambda t: (ENTITY_ORDER.index(t) if t in ENTITY_ORDER else len(ENTITY_ORDER), t)):
        view.entities[ty] = list(counts[ty].items())
    if use_original:  # garbled passages are reported in original offsets
        for g in (record.get("quality") or {}).get("garbled") or []:
            if isinstance(g, dict) and 0 <= g.get("start", -1) < g.get("end", -1) <= len(article):
                read = f"; read as: {g['repaired']}" if g.get("repaired") else ""
                view.marks.append(Mark(g["start"], g["end"], "garbled", "garbled", title=f"garbled text (mojibake){read}"))
    view.marks.sort(key=lambda m: (m.start, -m.end))
    return view


def _figure_title(q: Mapping[str, Any]) -> str:
    parts = [f"{q.get('id')}: {format_value(q)} {q.get('unit') or ''}".strip()]
    for k in ("qualifier", "kind", "counted"):
        if q.get(k):
            parts.append(f"{k}: {q[k]}")
    if q.get("activity"):
        parts.append(f"activity: {format_activity(q['activity'])}")
    return " · ".join(parts)


def _summary(record: Mapping[str, Any]) -> dict[str, Any]:
    q = record.get("quality") or {}
    checks = record.get("checks") or []
    return {
        "figures": len(record.get("quantities") or []),
        "entities": len(record.get("entities") or []),
        "checks": len(checks),
        "failed": sum(1 for c in checks if c.get("status") == "fail"),
        "encoding": q.get("encoding"),
        "script": q.get("script"),
        "pinyin_annotations": q.get("pinyin_annotations"),
        "garbled": len(q.get("garbled") or []),
    }
