"""The report as one self-contained HTML page: the article with what was found marked.

Everything is inline (CSS, a little JavaScript, no fonts, no images, no
requests), so the file opens offline and can be mailed as it is.  The
article is shown as written (the original text) when the caller passes it,
with figures marked, entities underlined by type and figures of failed checks
in red.  Every piece of article text goes through :func:`html.escape`: an
article is untrusted input.

:func:`report_body` is the part the local web page (``textmine serve``)
embeds; :func:`render_html` wraps it in ``page.html``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any, Mapping

from .view import ENTITY_LABELS, ENTITY_ORDER, Mark, ReportView, build_view


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """A file shipped beside this module (``page.html``, ``report.css``, ``report.js``)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def fill(template: str, **values: str) -> str:
    """Replace ``{{name}}`` slots in one pass; values are inserted as given (escape before).

    One pass, so an article that happens to contain ``{{body}}`` stays text.
    """
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], template)


def render_html(record: Mapping[str, Any], original: str | None = None) -> str:
    """One self-contained page for one record; ``original`` shows the article as written."""
    view = build_view(record, original)
    return fill(asset("page.html"), title=escape(f"textmine: {view.title}"), style=asset("report.css"),
                script=asset("report.js"), body=report_body(view))


def report_body(view: ReportView) -> str:
    """The report as an HTML fragment (header, article, checks, entities, figures)."""
    return "\n".join([
        '<section class="tm-report">', _header(view), _legend(view),
        '<div class="tm-grid">', _article(view), '<aside class="tm-side">', _checks(view), _entities(view), "</aside>", "</div>",
        _figures(view), "</section>",
    ])


def _header(v: ReportView) -> str:
    s = v.summary
    tally = [f'<span class="tm-n">{s["figures"]}</span> figures', f'<span class="tm-n">{s["entities"]}</span> entities',
             f'<span class="tm-n">{s["checks"]}</span> checks']
    if s["failed"]:
        tally.append(f'<strong class="tm-bad">{v.failed_phrase}</strong>')
    quality = []
    if s.get("encoding"):
        quality.append(f"encoding {escape(str(s['encoding']))}")
    if s.get("script"):
        quality.append(f"{escape(str(s['script']))} script")
    if s.get("pinyin_annotations"):
        quality.append(f"{s['pinyin_annotations']} pinyin annotations removed")
    if s.get("garbled"):
        quality.append(f"{s['garbled']} garbled passage(s)")
    return (f'<header class="tm-head"><h1>{escape(v.title)}</h1>'
            + (f'<p class="tm-source">{escape(v.source)}</p>' if v.source else "")
            + f'<p class="tm-tally">{" · ".join(tally)}</p>'
            + (f'<p class="tm-quality">{" · ".join(quality)}</p>' if quality else "") + "</header>")


def _legend(v: ReportView) -> str:
    chips = ['<label class="tm-chip"><input type="checkbox" checked data-layer="fig"> <mark class="tm-fig">figure</mark></label>',
             '<label class="tm-chip"><input type="checkbox" checked data-layer="fail"> <mark class="tm-fig tm-fail">in a failed check</mark></label>']
    for ty in [*ENTITY_ORDER, *sorted(set(v.entities) - set(ENTITY_ORDER))]:
        if ty in v.entities:
            chips.append(f'<label class="tm-chip"><input type="checkbox" checked data-layer="{escape(ty)}"> '
                         f'<span class="tm-ent tm-{escape(ty)}">{escape(ENTITY_LABELS.get(ty, ty))}</span></label>')
    if any(m.kind == "garbled" for m in v.marks):
        chips.append('<span class="tm-chip"><span class="tm-garbled">garbled text</span></span>')
    return f'<div class="tm-legend" aria-label="what is marked">{"".join(chips)}</div>'


def _article(v: ReportView) -> str:
    which = "as written" if v.article_is_original else "normalized"
    return (f'<article class="tm-article" lang="zh"><h2>Article <small>({which})</small></h2>'
            f'<div class="tm-text">{marked_text(v.article, v.marks)}</div></article>')


def marked_text(text: str, marks: list[Mark]) -> str:
    """``text`` escaped, with every mark wrapped; overlapping marks are split into pieces."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out, seen = [], set()
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        active = [m for m in marks if m.start <= a and b <= m.end]
        for m in (m for m in active if m.kind == "garbled"):
            piece = f'<span class="tm-garbled" title="{escape(m.title)}">{piece}</span>'
        for m in (m for m in active if m.kind == "entity"):
            piece = f'<span class="tm-ent tm-{escape(m.label)}" title="{escape(m.title)}">{piece}</span>'
        for m in (m for m in active if m.kind == "figure"):
            anchor = "" if m.label in seen else f' id="fig-{escape(m.label)}"'
            seen.add(m.label)
            cls = "tm-fig tm-fail" if m.failed else "tm-fig"
            piece = f'<mark class="{cls}"{anchor} data-q="{escape(m.label)}" title="{escape(m.title)}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


def _fig_links(ids: list[str]) -> str:
    return " ".join(f'<a class="tm-ref" href="#fig-{escape(i)}" data-q="{escape(i)}">{escape(i)}</a>' for i in ids)


def _checks(v: ReportView) -> str:
    if not v.checks:
        return '<section class="tm-checks"><h2>Checks</h2><p class="tm-none">No checks: no related figures found.</p></section>'
    items = [f'<li class="tm-check tm-{escape(c.status)}"><span class="tm-sym" aria-label="{escape(c.status)}">{c.symbol}</span> '
             f'<span class="tm-kind">{escape(c.kind)}</span> <span class="tm-msg">{escape(c.message)}</span> '
             f'<span class="tm-refs">{_fig_links(c.figures)}</span></li>' for c in v.checks]
    failed = len(v.failed_checks)
    head = f' <small class="tm-bad">{failed} ✗</small>' if failed else ' <small class="tm-good">all ✓</small>'
    return f'<section class="tm-checks"><h2>Checks{head}</h2><ul>{"".join(items)}</ul></section>'


def _entities(v: ReportView) -> str:
    if not v.entities:
        return '<section class="tm-entities"><h2>Entities</h2><p class="tm-none">No entities found.</p></section>'
    rows = []
    for ty, names in v.entities.items():
        chips = "".join(f'<span class="tm-ent tm-{escape(ty)}">{escape(n)}</span>' + (f"<sub>×{c}</sub>" if c > 1 else "") + " "
                        for n, c in names)
        rows.append(f'<dt>{escape(ENTITY_LABELS.get(ty, ty))}</dt><dd>{chips}</dd>')
    return f'<section class="tm-entities"><h2>Entities</h2><dl>{"".join(rows)}</dl></section>'


def _figures(v: ReportView) -> str:
    if not v.figures:
        return '<section class="tm-figures"><h2>Figures</h2><p class="tm-none">No figures found.</p></section>'
    head = "".join(f"<th>{h}</th>" for h in ("id", "figure", "value", "qualifier", "unit", "counts", "activity", "in its sentence"))
    rows = []
    for f in v.figures:
        cls = ' class="tm-fail-row"' if f.failed else ""
        sentence = f'{escape(f.before)}<mark class="tm-fig{" tm-fail" if f.failed else ""}">{escape(f.marked)}</mark>{escape(f.after)}'
        rows.append(f'<tr id="row-{escape(f.id)}"{cls}><td>{_fig_links([f.id])}</td><td class="tm-surface">{escape(f.text)}</td>'
                    f'<td class="tm-num">{escape(f.value)}</td><td>{escape(f.qualifier)}</td><td>{escape(f.unit)}</td>'
                    f'<td>{escape(f.counted)}</td><td>{escape(f.activity)}</td><td class="tm-sentence">{sentence}</td></tr>')
    return (f'<section class="tm-figures"><h2>Figures</h2><div class="tm-scroll"><table><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div></section>')
