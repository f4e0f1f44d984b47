"""The local web page of ``textmine serve``, against a real server on a free localhost port.

HTTP tests use the standard library client; the browser tests drive Debian's
headless Chromium (``/usr/bin/chromium``) through playwright.  They are
skipped when Chromium is absent, except in CI (env ``CI`` set), where a
missing browser is a failure.  ``TEXTMINE_SCREENSHOT=1`` makes the seed test
save ``docs/screenshot.png``.
"""
from __future__ import annotations

import json
import os
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

from textmine.document import Document
from textmine.records import document_record

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "yongqing-2021.txt"  # traditional script, inline pinyin, a mojibake island
GBK_ARTICLE = REPO / "corpus" / "c10.txt"  # GBK-encoded (corpus/c10.gold.json notes)
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MAX_UPLOAD = 200_000  # small, so the over-limit tests stay fast
BINARY = bytes(range(256)) * 8  # NUL and control bytes: not text


@pytest.fixture(scope="module")
def server(pipeline):
    """``create_app`` served by uvicorn in a thread, as ``textmine serve`` runs it."""
    import uvicorn

    from textmine.web import create_app

    app = create_app(pipeline, max_upload=MAX_UPLOAD, allowed_hosts=["127.0.0.1", "localhost"])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    sock.close()


def request(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def multipart(fields: dict[str, tuple[str | None, bytes]]) -> tuple[bytes, dict]:
    """A multipart/form-data body: ``name -> (filename or None, content)``."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, (filename, content) in fields.items():
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        parts.append(f"--{boundary}\r\nContent-Disposition: {disp}\r\n\r\n".encode() + content + b"\r\n")
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


@pytest.fixture(scope="module")
def seed_record(pipeline) -> dict:
    """What the library itself says about the seed article (the page must show the same)."""
    text = SEED.read_text(encoding="utf-8")
    return document_record(pipeline.process(Document(doc_id="pasted", source="pasted text", original=text)))


# -- HTTP -------------------------------------------------------------------

def test_page_is_self_contained_and_locked_down(server):
    status, headers, body = request(server + "/")
    page = body.decode()
    assert status == 200
    assert '<textarea name="text"' in page and 'type="file"' in page
    assert not re.search(r"""(src|href|action)=["']?(https?:)?//""", page), "the page must not load anything from elsewhere"
    assert "default-src 'none'" in headers["content-security-policy"]


def test_api_extract_plain_text_gives_the_record_contract(server, seed_record):
    status, headers, body = request(server + "/api/extract", SEED.read_bytes(), {"Content-Type": "text/plain; charset=utf-8"})
    assert status == 200 and headers["content-type"].startswith("application/json")
    record = json.loads(body)
    for key in ("quantities", "entities", "checks", "sentences", "text"):
        assert record[key] == json.loads(json.dumps(seed_record[key])), key


def test_api_extract_multipart_file_decodes_like_the_cli(server):
    body, headers = multipart({"file": ("c10.txt", GBK_ARTICLE.read_bytes())})
    status, _, out = request(server + "/api/extract", body, headers)
    record = json.loads(out)
    assert status == 200
    assert record["doc_id"] == "c10" and record["source"] == "c10.txt"
    assert record["quality"]["encoding"] in ("gb18030", "gbk")
    assert "。" in record["text"]


def test_api_binary_file_is_a_readable_error(server):
    body, headers = multipart({"file": ("photo.jpg", BINARY)})
    status, _, out = request(server + "/api/extract", body, headers)
    assert status == 400
    err = json.loads(out)["error"]
    assert err["code"] == "E102" and "photo.jpg" in err["message"] and "binary" in err["message"]


@pytest.mark.parametrize("path", ["/api/extract", "/"])
def test_upload_over_the_limit_is_refused_with_413(server, path):
    body, headers = multipart({"file": ("huge.txt", "很长的文章。".encode() * (MAX_UPLOAD // 10))})
    status, _, out = request(server + path, body, headers)
    assert status == 413
    text = out.decode()
    assert "limit" in text and ("MB" in text or "KB" in text)


def test_page_shows_a_readable_error_for_a_binary_file(server):
    body, headers = multipart({"text": (None, b""), "file": ("scan.pdf", BINARY)})
    status, _, out = request(server + "/", body, headers)
    page = out.decode()
    assert status == 400
    assert 'class="tm-error"' in page and "scan.pdf: binary file" in page
    assert "Traceback" not in page


def test_page_asks_for_input_when_the_form_is_empty(server):
    body, headers = multipart({"text": (None, b"  "), "file": ("", b"")})
    status, _, out = request(server + "/", body, headers)
    assert status == 400 and "paste an article or choose a file" in out.decode()


def test_article_text_is_escaped_not_run(server):
    nasty = "<script>alert(1)</script>全县开展活动3场。".encode()
    status, _, out = request(server + "/", urllib.parse.urlencode({"text": nasty}).encode(),
                             {"Content-Type": "application/x-www-form-urlencoded"})
    page = out.decode()
    assert status == 200
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_foreign_host_header_is_refused(server):
    status, _, _ = request(server + "/", headers={"Host": "attacker.example"})
    assert status == 400  # a DNS-rebinding page cannot talk to the local server


def test_serve_refuses_a_port_in_use():
    from typer.testing import CliRunner

    from textmine.cli import app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        result = CliRunner().invoke(app, ["serve", "--port", str(s.getsockname()[1])])
    assert result.exit_code == 2
    assert "cannot listen on 127.0.0.1" in result.output


# -- the browser -------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI is set but /usr/bin/chromium is missing (apt-get install -y chromium)")
        pytest.skip("/usr/bin/chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1050}, locale="zh-CN")
    pg = context.new_page()
    outside = []
    pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    pg.goto(server + "/")
    yield pg
    context.close()
    assert not outside, f"the page made requests elsewhere: {outside}"


@pytest.mark.browser
def test_browser_pasted_seed_shows_its_figures_and_checks(page, seed_record, repo_dir):
    assert seed_record["quantities"], "the pipeline finds no figures in the seed article"
    page.fill("#tm-input", SEED.read_text(encoding="utf-8"))
    page.click("#tm-submit")
    page.wait_for_selector(".tm-report", timeout=120_000)

    rows = page.locator(".tm-figures tbody tr")
    assert rows.count() == len(seed_record["quantities"])
    first = seed_record["quantities"][0]
    assert first["text"] in rows.first.inner_text()
    assert page.locator(".tm-text mark.tm-fig").count() >= len(seed_record["quantities"])
    shown_checks = page.locator(".tm-check").all_inner_texts()
    assert len(shown_checks) == len(seed_record["checks"])
    for c in seed_record["checks"]:
        assert any(c["message"] in t for t in shown_checks), c["message"]
    failed = [c for c in seed_record["checks"] if c["status"] == "fail"]
    assert page.locator(".tm-check.tm-fail").count() == len(failed)
    # the article is shown as written, pinyin annotations and all
    assert "300余場(chǎng)" in page.locator(".tm-text").inner_text()

    if os.environ.get("TEXTMINE_SCREENSHOT"):
        page.locator(".tm-report").scroll_into_view_if_needed()
        page.screenshot(path=str(repo_dir / "docs" / "screenshot.png"))


@pytest.mark.browser
def test_browser_binary_upload_shows_a_readable_error(page, tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(BINARY)
    page.set_input_files("#tm-file", str(path))  # choosing a file submits the form
    error = page.wait_for_selector(".tm-error", timeout=60_000)
    assert "scan.pdf: binary file" in error.inner_text()


@pytest.mark.browser
def test_browser_refuses_a_file_over_the_limit_before_uploading(page, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes("很长的文章。".encode() * (MAX_UPLOAD // 10))
    page.set_input_files("#tm-file", str(path))
    status = page.locator("#tm-status")
    status.wait_for()
    page.wait_for_function("document.getElementById('tm-status').textContent.includes('limit')")
    assert "huge.txt" in status.inner_text() and "over the" in status.inner_text()
    assert page.locator(".tm-report").count() == 0
