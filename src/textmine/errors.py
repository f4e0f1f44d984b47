"""Problems as data: stable codes, the file, the stage and a readable reason.

A bad article never crashes a batch; it becomes a row of the ``errors`` table
(see records.py) and, on the command line, a one-line message.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

#: code -> what it means and what to do; the README lists the same table.
CODES = {
    "E100": "file not found or not readable",
    "E101": "no text to read (an empty paste, an HTML page without a main text)",
    "E102": "binary data, not text",
    "E103": "text could not be decoded in any supported encoding",
    "E104": "input larger than the size limit (raise it with --max-bytes)",
    "E105": "malformed JSONL/CSV row or missing text field",
    "E106": "archive refused: too many members, too large, or unsafe member name",
    "E107": "unsupported input type",
    "E200": "a pipeline stage failed on this document",
    "E300": "pipeline file invalid",
}


class TextmineError(Exception):
    """An error with a stable code; ``str()`` is the one-line message users see."""

    def __init__(self, code: str, reason: str, source: str | None = None, stage: str = "ingest"):
        self.code, self.reason, self.source, self.stage = code, reason, source, stage
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.reason} [{self.code}]"

    def row(self, doc_id: str | None = None) -> "ErrorRow":
        return ErrorRow(doc_id=doc_id, source=self.source, stage=self.stage, code=self.code, reason=self.reason)


class PipelineError(TextmineError):
    """The pipeline file is wrong; raised before any article is read."""

    def __init__(self, reason: str, source: str | None = None):
        super().__init__("E300", reason, source, stage="config")


@dataclass
class ErrorRow:
    """One row of the ``errors`` table."""

    doc_id: str | None
    source: str | None
    stage: str
    code: str
    reason: str

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def message(self) -> str:
        return f"{self.source}: {self.reason} [{self.code}]"
