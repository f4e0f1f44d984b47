"""``textmine serve``: the local web page where a journalist pastes an article.

Binds to 127.0.0.1 unless told otherwise: the page runs the pipeline on
whatever it is sent, so it is meant for this computer only.
"""
from __future__ import annotations

import socket
from pathlib import Path
from typing import Optional

import typer

from ..cli import PipelineOpt, app, fail, load_or_exit, quiet_jieba


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this computer only)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    max_upload: int = typer.Option(5 * 2**20, "--max-upload", help="Largest article or file accepted, in bytes."),
    pipeline: Optional[Path] = PipelineOpt,
) -> None:
    """Open a local web page: paste an article or drop a file, and read its figures, checks and entities.

    The page also answers POST /api/extract with the JSON record (a text body
    or a multipart 'file' field).  Stop it with Ctrl-C.
    """
    import uvicorn

    from ..document import Document
    from ..web import create_app
    from ..web.app import LOOPBACK_HOSTS

    if max_upload <= 0:
        raise fail("--max-upload must be a positive number of bytes")
    quiet_jieba()
    pipe = load_or_exit(pipeline)
    try:  # a taken port is a one-line message, not a uvicorn traceback
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((host, port))
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    local = host in LOOPBACK_HOSTS
    if not local:
        typer.echo(f"textmine: warning: listening on {host}: anyone who can reach this machine can use the page", err=True)
    pipe.process(Document(doc_id="warmup", source="warmup", original="今天召开会议3次。"))  # load jieba before the first visitor
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"textmine: open http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    web = create_app(pipe, max_upload=max_upload, allowed_hosts=list(LOOPBACK_HOSTS) if local else None)
    uvicorn.run(web, host=host, port=port, log_level="warning")
