"""The journalist's report: terminal table, Markdown and the self-contained HTML page.

The record under test is the seed article's gold file (corpus/yongqing-2021:
traditional script, inline pinyin, a mojibake island) with the normalized
text and sentences of a real pipeline run, so spans, surfaces and checks are
known and do not move while the extractors change.  One check is turned into
a failure with a message, as the validate stage writes them.
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from textmine.cli import app
from textmine.document import Document
from textmine.records import document_record
from textmine.report import render_html, render_markdown, render_table
from textmine.report.view import build_view

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "yongqing-2021"
FAIL_MESSAGE = "9 + 8 = 17, but the text says 16"
ANSI = re.compile(r"\x1b\[")


@pytest.fixture(scope="module")
def seed(pipeline) -> tuple[dict, str]:
    """(record, original text) of the seed article, figures and checks from its gold file."""
    original = (SEED.with_suffix(".txt")).read_text(encoding="utf-8")
    run = document_record(pipeline.process(Document(doc_id="yongqing-2021", source="yongqing-2021.txt", original=original)))
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    record = {**run, "quantities": gold["quantities"], "entities": gold["entities"], "checks": []}
    for c in gold["checks"]:
        record["checks"].append({**c, "message": c["note"]})
    first_sum = next(c for c in record["checks"] if c["kind"] == "sum")
    first_sum.update(status="fail", message=FAIL_MESSAGE)
    return record, original


def failed_ids(record) -> set[str]:
    c = next(c for c in record["checks"] if c["status"] == "fail")
    return {c["whole"], *c["parts"]}


# -- the view every renderer shares --------------------------------------------------

def test_marks_point_at_the_original_text(seed):
    record, original = seed
    view = build_view(record, original)
    assert view.article_is_original and view.article == original
    figures = {m.label: m for m in view.marks if m.kind == "figure"}
    for q in record["quantities"]:
        m = figures[q["id"]]
        assert original[m.start:m.end] == q["text"]  # e.g. 300余場(chǎng), annotation included
        assert m.failed == (q["id"] in failed_ids(record))


def test_without_the_original_marks_point_at_the_normalized_text(seed):
    """A record read back from JSON has no original: its spans are found in ``text`` by their norm."""
    record, _ = seed
    view = build_view(record)
    assert not view.article_is_original
    found = [m for m in view.marks if m.kind == "figure"]
    assert len(found) == len(record["quantities"])
    by_id = {q["id"]: q for q in record["quantities"]}
    assert all(record["text"][m.start:m.end] == by_id[m.label]["norm"] for m in found)
    ordered = sorted(found, key=lambda m: int(m.label[1:]))
    assert [m.start for m in ordered] == sorted(m.start for m in ordered)  # text order kept


def test_failed_checks_come_first(seed):
    record, _ = seed
    view = build_view(record)
    assert view.checks[0].status == "fail" and view.checks[0].symbol == "✗"
    assert view.failed_phrase == "1 check fails"


# -- terminal table -----------------------------------------------------------------

def test_table_lists_figures_checks_and_entities(seed):
    record, _ = seed
    out = render_table(record, width=160, color=False)
    assert not ANSI.search(out)
    for q in record["quantities"]:
        assert q["norm"] in out, q["id"]
    assert "【800余次】" in out  # the figure marked in its (normalized) sentence
    assert f"✗" in out and FAIL_MESSAGE in out and "✓" in out
    for label in ("People", "Organizations", "Places", "Works"):
        assert label in out
    assert "习近平×2" in out


def test_table_uses_colour_only_when_asked(seed):
    record, _ = seed
    assert ANSI.search(render_table(record, width=160, color=True))


def test_table_of_an_article_without_figures():
    record = {"doc_id": "empty", "text": "今天天气很好。", "quantities": [], "entities": [], "checks": []}
    out = render_table(record, width=100, color=False)
    assert "No figures found." in out and "No checks" in out


# -- Markdown -------------------------------------------------------------------

def test_markdown_table_is_well_formed(seed):
    record, _ = seed
    md = render_markdown(record)
    rows = [line for line in md.splitlines() if line.startswith("| ")]
    header = rows[0]
    cells = lambda line: len(re.split(r"(?<!\\)\|", line)) - 2  # noqa: E731
    assert all(cells(r) == cells(header) == 8 for r in rows)
    assert len(rows) == 1 + len(record["quantities"])
    assert "**800余次**" in md
    assert f"- ✗ sum (q22, q23, q24): **{FAIL_MESSAGE}**" in md
    assert "**1 check fails**" in md


def test_markdown_escapes_cell_text():
    text = "所谓“A|B”活动3场。"
    record = {"doc_id": "x", "text": text, "entities": [], "checks": [],
              "quantities": [{"id": "q1", "start": 10, "end": 12, "text": "3场", "norm": "3场", "value": 3,
                              "unit": "场", "counted": "A|B*活动", "qualifier": "exact", "kind": "count"}]}
    md = render_markdown(record)
    assert r"A\|B\*活动" in md


# -- HTML -------------------------------------------------------------------------

class Balanced(HTMLParser):
    """Collects tag nesting errors (void elements excepted)."""

    VOID = {"meta", "input", "br", "img", "link", "hr"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)


def test_html_is_one_self_contained_page(seed):
    record, original = seed
    page = render_html(record, original)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href|action)=["']?(https?:)?//""", page), "no external requests"
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert "default-src 'none'" in page  # the page itself forbids any request
    parser = Balanced()
    parser.feed(page)
    assert not parser.errors and not parser.stack


def test_html_marks_figures_entities_and_failed_checks_in_the_original(seed):
    record, original = seed
    page = render_html(record, original)
    assert "Article <small>(as written)</small>" in page
    assert re.search(r'<mark class="tm-fig" id="fig-q3" data-q="q3" title="[^"]*">300余場\(chǎng\)</mark>', page)
    for qid in failed_ids(record):
        assert re.search(rf'<mark class="tm-fig tm-fail" id="fig-{qid}"', page), qid
    assert '<span class="tm-ent tm-PERSON"' in page and '<span class="tm-ent tm-WORK"' in page
    assert FAIL_MESSAGE in page
    garbled = record["quality"]["garbled"][0]  # the mojibake island near 低碳出行, with its repair
    assert f'<span class="tm-garbled" title="garbled text (mojibake); read as: {garbled["repaired"]}">' in page.replace("&quot;", '"').replace("&#x27;", "'")
    assert len(re.findall(r'<tr id="row-q\d+"', page)) == len(record["quantities"])


def test_html_escapes_the_article():
    text = "<script>alert('x')</script>共开展活动3场。"
    record = {"doc_id": "x", "text": text, "entities": [], "checks": [],
              "quantities": [{"id": "q1", "start": 31, "end": 33, "text": "3场", "norm": "3场", "value": 3}]}
    page = render_html(record, text)
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert '<mark class="tm-fig" id="fig-q1"' in page


# -- through the command line -------------------------------------------------------

def test_extract_prints_the_table_and_writes_the_html(tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["extract", str(SEED.with_suffix(".txt")), "--html", str(out)])
    assert result.exit_code == 0, result.output
    assert "Figures" in result.stdout and "Checks" in result.stdout and "Entities" in result.stdout
    page = out.read_text(encoding="utf-8")
    assert "Article <small>(as written)</small>" in page and "300余場(chǎng)" in page


def test_extract_markdown(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(SEED.with_suffix(".txt")), "--format", "markdown"])
    assert result.exit_code == 0
    assert result.stdout.startswith("## yongqing-2021") and "### Figures" in result.stdout


# -- packaging ------------------------------------------------------------------------

@pytest.mark.parametrize("package,folder", [("textmine.report", "src/textmine/report"), ("textmine.web", "src/textmine/web")])
def test_page_assets_are_declared_package_data(package, folder):
    """The HTML/CSS/JS beside the renderers must ship in the wheel, not only in a checkout."""
    import fnmatch
    import tomllib

    setup = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert package in setup["packages"]
    patterns = setup.get("package-data", {}).get(package, [])
    assets = [p.name for p in (REPO / folder).iterdir() if p.suffix in (".html", ".css", ".js")]
    assert assets
    missing = [a for a in assets if not any(fnmatch.fnmatch(a, pat) for pat in patterns)]
    assert not missing, f"pyproject.toml [tool.setuptools.package-data] {package!r} does not ship {missing}"
