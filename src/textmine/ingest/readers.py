"""Readers for every input form, all yielding Documents or error rows.

Archives are untrusted: members are read as streams into memory, one at a
time, with caps on member count, member size and total size; nothing is ever
written to disk, so a member named ``../../etc/passwd`` cannot land anywhere.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Union

from ..document import Document
from ..errors import ErrorRow, TextmineError
from .encoding import decode

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar", ".tar.bz2", ".tar.xz")

Item = Union[Document, ErrorRow]


@dataclass(frozen=True)
class IngestOptions:
    """Field names of JSONL/CSV inputs and the caps applied to untrusted input."""

    id_field: str = "id"
    text_field: str = "text"
    title_field: str = "title"
    date_field: str = "date"
    max_bytes: int = 20 * 2**20  # one document
    max_members: int = 100_000  # one archive
    max_archive_bytes: int = 4 * 2**30  # uncompressed total of one archive


def _suffix(name: str) -> str:
    low = name.lower()
    for s in ARCHIVE_SUFFIXES:
        if low.endswith(s):
            return s
    return os.path.splitext(low)[1]


def _stem(name: str) -> str:
    base = os.path.basename(name.rstrip("/"))
    suf = _suffix(base)
    return base[: -len(suf)] if suf and base.lower().endswith(suf) else base


def iter_inputs(paths: list[str], options: IngestOptions = IngestOptions()) -> Iterator[Item]:
    """Yield a Document or an ErrorRow for every document found under ``paths``."""
    for p in paths:
        if p == "-":
            yield from _from_bytes(sys.stdin.buffer.read(), "<stdin>", "stdin", options)
            continue
        path = Path(p)
        if path.is_dir():
            # a broken link or unreadable entry is kept so it becomes an error row, not a silent skip
            files = sorted(f for f in path.rglob("*") if not f.is_dir() and not f.name.startswith("."))
            for f in files:
                yield from _from_file(f, options)
        elif path.exists():
            yield from _from_file(path, options)
        else:
            yield TextmineError("E100", "no such file or directory", str(path)).row(_stem(str(path)))


def _from_file(path: Path, options: IngestOptions) -> Iterator[Item]:
    name = str(path)
    suf = _suffix(path.name)
    try:
        size = path.stat().st_size
        if suf in ARCHIVE_SUFFIXES:
            yield from _from_archive(path, options)
            return
        if size > options.max_bytes and suf not in TABLE_SUFFIXES:
            raise TextmineError("E104", f"file is {size / 2**20:.1f} MB, over the {options.max_bytes / 2**20:.0f} MB limit", name)
        with open(path, "rb") as fh:
            data = fh.read()
    except TextmineError as exc:
        yield exc.row(_stem(name))
        return
    except OSError as exc:
        yield TextmineError("E100", f"cannot read: {exc.strerror or exc}", name).row(_stem(name))
        return
    yield from _from_bytes(data, name, _stem(name), options)


def _from_bytes(data: bytes, source: str, doc_id: str, options: IngestOptions) -> Iterator[Item]:
    """Dispatch on the name's suffix: text, HTML or a JSONL/CSV table."""
    suf = _suffix(source)
    try:
        if suf in TABLE_SUFFIXES:
            yield from _from_table(data, source, suf, options)
            return
        if len(data) > options.max_bytes:
            raise TextmineError("E104", f"input is {len(data) / 2**20:.1f} MB, over the {options.max_bytes / 2**20:.0f} MB limit", source)
        decoded = decode(data, source)
        if suf in HTML_SUFFIXES:
            yield _from_html(decoded.text, source, doc_id, decoded.encoding)
            return
        doc = Document(doc_id=doc_id, source=source, original=decoded.text, encoding=decoded.encoding)
        if decoded.note:
            doc.quality["note"] = decoded.note
        yield doc
    except TextmineError as exc:
        yield exc.row(doc_id)


def _from_html(html: str, source: str, doc_id: str, encoding: str) -> Document:
    """Main text of a news page (trafilatura), with its title and date.

    The document's original text is the extracted main text: offsets point
    into it, not into the markup.
    """
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_recall=True)
    text = getattr(result, "text", None) if result is not None else None
    if not text:
        raise TextmineError("E101", "no article text found in the HTML page", source)
    doc = Document(doc_id=doc_id, source=source, original=text, encoding=encoding,
                   title=getattr(result, "title", None), date=getattr(result, "date", None))
    return doc


def _from_table(data: bytes, source: str, suf: str, options: IngestOptions) -> Iterator[Item]:
    """One Document per JSONL line or CSV row; a bad row is an error row, the rest go on."""
    text = decode(data, source).text
    stem = _stem(source)
    if suf == ".csv":
        rows = enumerate(csv.DictReader(io.StringIO(text)), start=2)
        parsed = ((n, row, None) for n, row in rows)
    else:
        parsed = _jsonl_rows(text)
    for n, row, err in parsed:
        where = f"{source}:{n}"
        if err:
            yield TextmineError("E105", err, where).row(f"{stem}:{n}")
            continue
        body = row.get(options.text_field)
        doc_id = str(row.get(options.id_field) or f"{stem}:{n}")
        if not isinstance(body, str) or not body.strip():
            yield TextmineError("E105", f"row has no text in field {options.text_field!r}", where).row(doc_id)
            continue
        if len(body) > options.max_bytes:
            yield TextmineError("E104", "row text over the size limit", where).row(doc_id)
            continue
        yield Document(doc_id=doc_id, source=where, original=body, encoding="utf-8",
                       title=_str_or_none(row.get(options.title_field)), date=_str_or_none(row.get(options.date_field)))


def _str_or_none(v) -> str | None:
    return None if v is None or v == "" else str(v)


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _jsonl_rows(text: str):
    """Rows of a JSON Lines text, split on ``\n`` only.

    ``str.splitlines`` would also split on U+2028, U+0085 and other separators that JSON
    allows raw inside a string, turning one row into two broken ones. A row whose escapes
    leave an unpaired surrogate is refused here: it is not Unicode text and no table can store it.
    """
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, None, f"invalid JSON: {exc.msg}"
            continue
        if not isinstance(row, dict):
            yield n, None, "JSON line is not an object"
            continue
        if _SURROGATE_ESCAPE.search(line):
            try:
                json.dumps(row, ensure_ascii=False).encode("utf-8")
            except UnicodeEncodeError:
                yield n, None, "JSON line escapes an unpaired surrogate (not valid Unicode)"
                continue
        yield n, row, None


def _safe_member(name: str) -> bool:
    parts = Path(name).parts
    return not (name.startswith(("/", "\\")) or ".." in parts or ":" in name.split("/")[0])


def _from_archive(path: Path, options: IngestOptions) -> Iterator[Item]:
    """Members of a zip or tar archive, streamed with caps; ``archive.zip!member.txt`` sources."""
    name = str(path)
    total = 0
    count = 0

    def admit(member: str, size: int) -> TextmineError | None:
        nonlocal total, count
        count += 1
        total += size
        if count > options.max_members:
            return TextmineError("E106", f"archive has more than {options.max_members} members", name)
        if total > options.max_archive_bytes:
            return TextmineError("E106", f"archive expands beyond {options.max_archive_bytes / 2**30:.1f} GB", name)
        if not _safe_member(member):
            return TextmineError("E106", "unsafe member path", f"{name}!{member}")
        if size > options.max_bytes and _suffix(member) not in TABLE_SUFFIXES:
            return TextmineError("E104", f"member is {size / 2**20:.1f} MB, over the limit", f"{name}!{member}")
        return None

    try:
        if path.name.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    if info.is_dir():
                        continue
                    problem = admit(info.filename, info.file_size)
                    if problem is not None:
                        yield problem.row(_stem(info.filename))
                        if problem.code == "E106" and count > options.max_members:
                            return
                        continue
                    with zf.open(info) as fh:
                        data = fh.read(options.max_bytes + 1)
                    yield from _member(data, name, info.filename, options)
        else:
            with tarfile.open(path, mode="r|*") as tf:
                for info in tf:
                    if not info.isfile():
                        continue
                    problem = admit(info.name, info.size)
                    if problem is not None:
                        yield problem.row(_stem(info.name))
                        if count > options.max_members:
                            return
                        continue
                    fh = tf.extractfile(info)
                    data = fh.read() if fh is not None else b""
                    yield from _member(data, name, info.name, options)
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as exc:
        yield TextmineError("E106", f"cannot read archive: {exc}", name).row(_stem(name))


def _member(data: bytes, archive: str, member: str, options: IngestOptions) -> Iterator[Item]:
    source = f"{archive}!{member}"
    if _suffix(member) in ARCHIVE_SUFFIXES:
        yield TextmineError("E107", "nested archives are not read", source).row(_stem(member))
        return
    yield from _from_bytes(data, source, _stem(member), options)
