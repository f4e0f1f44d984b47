"""Human-readable reports of one document record: terminal table, Markdown, HTML.

All three are built from the same :class:`~textmine.report.view.ReportView`,
so they show the same figures, checks and entities.
"""
from .html import render_html
from .markdown import render_markdown
from .table import render_table

__all__ = ["render_html", "render_markdown", "render_table"]
