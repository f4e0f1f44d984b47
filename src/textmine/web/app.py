"""A Starlette app that runs the same library calls as ``textmine extract``.

Routes:

* ``GET /`` -- the page: a text box, a file picker (or drop a file on the
  page), and the report of the last article below it.
* ``POST /`` -- the form; answers the page with the report, or with a
  readable error (400 for a file that is not text, 413 over the size limit).
* ``POST /api/extract`` -- the JSON record contract for a ``text/plain``
  body or a multipart ``file`` (or ``text``) field; errors as
  ``{"error": {"code", "reason", "message"}}``.

The body is read in chunks and counted, so an upload over ``max_upload`` is
refused without being kept in memory, whatever its Content-Length claims.
The pipeline is not assumed thread-safe (jieba keeps state): articles are
processed one at a time, off the event loop.
"""
from __future__ import annotations

import json
import threading
from html import escape
from pathlib import PurePath
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import FormParser, MultiPartParser
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..document import Document
from ..errors import ErrorRow, TextmineError
from ..ingest import decode
from ..records import document_record
from ..report.html import asset as report_asset
from ..report.html import fill, report_body
from ..report.view import build_view

DEFAULT_MAX_UPLOAD = 5 * 2**20
#: room for multipart boundaries and headers on top of the article itself
_ENVELOPE = 64 * 1024
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                               "img-src data:; form-action 'self'; connect-src 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class InputError(Exception):
    """A request the page answers with a readable message instead of a report."""

    def __init__(self, status: int, code: str, reason: str, source: str | None = None):
        self.status, self.code, self.reason, self.source = status, code, reason, source
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return f"{self.source}: {self.reason}" if self.source else self.reason


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 1024:.0f} KB"


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, or :class:`InputError` 413 once it passes ``limit`` bytes.

    The rest of an oversized body is read and dropped (not kept), so the
    browser receives the 413 page instead of a reset connection.
    """
    declared = request.headers.get("content-length", "")
    too_big = declared.isdigit() and int(declared) > limit + _ENVELOPE
    body = bytearray()
    async for chunk in request.stream():
        if not too_big:
            body += chunk
            too_big = len(body) > limit + _ENVELOPE
    if too_big:
        raise InputError(413, "E104", f"upload is over the {_mb(limit)} limit of this page (start it with a larger --max-upload)")
    return bytes(body)


async def _stream(data: bytes):
    yield data


async def _article(request: Request, limit: int) -> tuple[bytes | str, str, str]:
    """``(content, source, doc_id)`` from a text body, a multipart file or a text field."""
    body = await _read_body(request, limit)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "multipart/form-data":
        try:
            form = await MultiPartParser(request.headers, _stream(body), max_files=1, max_fields=8,
                                         max_part_size=limit + 1).parse()
        except Exception as exc:  # malformed multipart: say so, never a traceback
            raise InputError(400, "E105", f"malformed form upload ({exc})") from None
    elif ctype == "application/x-www-form-urlencoded":
        form = await FormParser(request.headers, _stream(body), max_fields=8, max_part_size=limit + 1).parse()
    else:
        if len(body) > limit:
            raise InputError(413, "E104", f"article is {_mb(len(body))}, over the {_mb(limit)} limit of this page")
        return body, "pasted text", "pasted"
    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read()
        name = PurePath(upload.filename).name
        if len(data) > limit:
            raise InputError(413, "E104", f"file is {_mb(len(data))}, over the {_mb(limit)} limit of this page", name)
        return data, name, PurePath(name).stem or "upload"
    text = form.get("text")
    if isinstance(text, str) and text.strip():
        if len(text.encode("utf-8")) > limit:
            raise InputError(413, "E104", f"text is over the {_mb(limit)} limit of this page")
        return text, "pasted text", "pasted"
    raise InputError(400, "E101", "nothing to read: paste an article or choose a file")


def create_app(pipeline=None, *, max_upload: int = DEFAULT_MAX_UPLOAD, allowed_hosts: list[str] | None = None) -> Starlette:
    """The app around one loaded pipeline (``load_pipeline()`` when none is given).

    ``allowed_hosts``: Host header names accepted (DNS-rebinding guard for a
    server bound to localhost); ``None`` accepts any.
    """
    if pipeline is None:
        from ..pipeline import load_pipeline

        pipeline = load_pipeline()
    lock = threading.Lock()

    def process(content: bytes | str, source: str, doc_id: str) -> tuple[dict[str, Any], str]:
        if isinstance(content, bytes):
            try:
                decoded = decode(content, source)
            except TextmineError as exc:
                raise InputError(400, exc.code, exc.reason, source) from None
            doc = Document(doc_id=doc_id, source=source, original=decoded.text, encoding=decoded.encoding)
            if decoded.note:
                doc.quality["note"] = decoded.note
        else:
            doc = Document(doc_id=doc_id, source=source, original=content, encoding="utf-8")
        with lock:
            result = pipeline.process(doc)
        if isinstance(result, ErrorRow):
            raise InputError(422, result.code, result.reason, source)
        return document_record(result), result.original

    async def page(request: Request) -> Response:
        if request.method == "GET":
            return _page(max_upload)
        try:
            content, source, doc_id = await _article(request, max_upload)
            record, original = await run_in_threadpool(process, content, source, doc_id)
        except InputError as exc:
            return _page(max_upload, error=exc, status=exc.status)
        pasted = original if source == "pasted text" else ""
        shown = dict(record)
        if pasted and not shown.get("title"):  # a pasted article is headed by its first line (display only)
            first = next((line.strip() for line in pasted.splitlines() if line.strip()), "")
            shown["title"] = first[:40] + ("…" if len(first) > 40 else "")
        return _page(max_upload, result=report_body(build_view(shown, original)), text=pasted)

    async def api_extract(request: Request) -> Response:
        try:
            content, source, doc_id = await _article(request, max_upload)
            record, _ = await run_in_threadpool(process, content, source, doc_id)
        except InputError as exc:
            return JSONResponse({"error": {"code": exc.code, "reason": exc.reason, "message": exc.message}},
                                status_code=exc.status)
        return Response(json.dumps(record, ensure_ascii=False), media_type="application/json")

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)] if allowed_hosts else []
    return Starlette(routes=[
        Route("/", page, methods=["GET", "POST"]),
        Route("/api/extract", api_extract, methods=["POST"]),
        Route("/healthz", health, methods=["GET"]),
    ], middleware=middleware)


def _page(max_upload: int, *, result: str = "", error: InputError | None = None, text: str = "", status: int = 200) -> HTMLResponse:
    if error is not None:
        result = (f'<div class="tm-error" role="alert"><strong>Could not read this article.</strong> '
                  f'{escape(error.message)} <code>[{escape(error.code)}]</code></div>')
    html = fill(
        asset("page.html"),
        style=report_asset("report.css") + asset("web.css"),
        script=report_asset("report.js") + asset("web.js"),
        max_upload=str(max_upload),
        max_upload_text=_mb(max_upload),
        text=escape(text),
        result=result,
    )
    return HTMLResponse(html, status_code=status, headers=_HEADERS)


def asset(name: str) -> str:
    from importlib import resources

    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
