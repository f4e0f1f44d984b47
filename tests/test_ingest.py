"""Ingest: encodings, input forms, and bad input that must become a clear error row.

The encoding cases are the ones issue 2 names: the seed re-encoded as GB18030,
UTF-16 and UTF-8 with BOM, and a traditional-script article saved as Big5.
"""
from __future__ import annotations

import io
import json
import tarfile
import zipfile

import pytest

from textmine.document import Document
from textmine.errors import ErrorRow
from textmine.ingest import IngestOptions, decode, iter_inputs
from textmine.normalize import normalize


def run(paths, **opts):
    return list(iter_inputs([str(p) for p in paths], IngestOptions(**opts)))


@pytest.fixture(scope="module")
def seed_text(shared_dir):
    return (shared_dir / "corpus/seed/yongqing-2021.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig", "utf-16-le"])
def test_seed_in_other_encodings_gives_same_text(tmp_path, seed_text, encoding):
    # the seed's one mojibake '?' survives in every encoding; everything else round-trips
    p = tmp_path / f"seed-{encoding}.txt"
    p.write_bytes(seed_text.encode(encoding))
    (doc,) = run([p])
    assert isinstance(doc, Document)
    assert doc.original == seed_text
    assert normalize(doc).text == normalize(Document("u", "u", seed_text)).text


def test_big5_traditional_article_matches_utf8_copy(tmp_path, repo_dir):
    text = (repo_dir / "corpus/c04.txt").read_text(encoding="utf-8")
    text = "".join(ch for ch in text if _big5_ok(ch))  # keep what Big5 can hold
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    (tmp_path / "big5.txt").write_bytes(text.encode("big5"))
    a, b = run([tmp_path / "utf8.txt", tmp_path / "big5.txt"])
    assert b.encoding == "big5"
    assert normalize(a).text == normalize(b).text


def test_big5_hkscs_article_is_read_as_written(tmp_path):
    # Hong Kong pages are often Big5-HKSCS: 埗 and 衞 are not in Big5, so plain Big5 fails and a
    # GB18030 reading "succeeds" as nonsense
    text = ("深水埗區及觀塘區加強長者服務。衞生署今日表示，兩區共設立長者中心３間，"
            "全年舉辦健康講座１２８場，服務長者３６４０人次，約佔全港的8%。\n") * 6
    p = tmp_path / "hk.txt"
    p.write_bytes(text.encode("big5hkscs"))
    with pytest.raises(UnicodeEncodeError):
        text.encode("big5")
    (doc,) = run([p])
    assert doc.encoding == "big5hkscs"
    assert doc.original == text


def test_a_big5_hkscs_release_the_detector_reads_as_gb18030_is_read_as_written(tmp_path):
    # charset-normalizer, asked to choose between GB18030 and Big5-HKSCS, picks GB18030 for this
    # Macao release; that reading is full of private-use characters and lacks the commonest ones
    text = ("衞生局今（３）日公布，二○二四／二○二五年度季節性流感疫苗接種計劃自去年十月啓動以來，"
            "截至本月二日累計為市民接種流感疫苗約17.6萬劑，較上季增加8.3%。\n") * 3
    p = tmp_path / "macao.txt"
    p.write_bytes(text.encode("big5hkscs"))
    (doc,) = run([p])
    assert doc.encoding == "big5hkscs"
    assert doc.original == text


def _big5_ok(ch: str) -> bool:
    try:
        ch.encode("big5")
        return True
    except UnicodeEncodeError:
        return False


def test_gbk_file_is_detected(tmp_path):
    p = tmp_path / "gbk.txt"
    p.write_bytes("全县共开展志愿服务活动300余场，服务群众1.2万人次。".encode("gbk"))
    (doc,) = run([p])
    assert doc.encoding == "gb18030" and "300余场" in doc.original


@pytest.mark.parametrize("name, data", [("empty.txt", b""), ("blank.txt", b"  \n\n ")])
def test_empty_files_are_empty_documents(tmp_path, name, data):
    # an archive's accounting counts every file: an empty one is a document with no text
    p = tmp_path / name
    p.write_bytes(data)
    (doc,) = run([p])
    assert isinstance(doc, Document) and not doc.original.strip()
    assert doc.quality["note"].startswith("empty")


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("binary.txt", bytes(range(256)) * 8, "E102"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "E102"),
    ],
)
def test_bad_files_become_error_rows(tmp_path, name, data, code):
    p = tmp_path / name
    p.write_bytes(data)
    (row,) = run([p])
    assert isinstance(row, ErrorRow) and row.code == code
    assert name in row.message and "\n" not in row.message


def test_truncated_gbk_keeps_all_but_the_cut_character(tmp_path):
    data = "民生工程已经完成九项。".encode("gbk")
    p = tmp_path / "cut.txt"
    p.write_bytes(data[:-1])  # cut inside the last double-byte character
    (doc,) = run([p])
    assert isinstance(doc, Document)
    assert doc.original == "民生工程已经完成九项"
    assert "truncated" in doc.quality["note"]


def test_oversized_article_is_refused_with_the_limit_named(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(("全县共开展志愿服务活动300余场。" * 2_200_000).encode("utf-8"))  # ~50 MB
    (row,) = run([p])
    assert row.code == "E104" and "MB" in row.reason and "big.txt" in row.message


def test_folder_with_unreadable_entry(tmp_path):
    (tmp_path / "a.txt").write_text("第一篇。", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("第二篇。", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing-target.txt")  # unreadable even as root
    items = run([tmp_path])
    docs = [i for i in items if isinstance(i, Document)]
    errs = [i for i in items if isinstance(i, ErrorRow)]
    assert sorted(d.doc_id for d in docs) == ["a", "b"]
    assert [e.code for e in errs] == ["E100"] and "gone.txt" in errs[0].source


def test_missing_path(tmp_path):
    (row,) = run([tmp_path / "nope.txt"])
    assert row.code == "E100" and "no such file" in row.reason


def test_jsonl_rows_with_fields_and_a_bad_line(tmp_path):
    p = tmp_path / "reports.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": "开展宣讲10场。", "title": "标题", "date": "2021-07-01"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "r3", "body": "no text field"}),
        json.dumps({"id": "r4", "content": "字段名可配置。"}, ensure_ascii=False),
    ]
    p.write_text("\n".join(lines), encoding="utf-8")
    items = run([p])
    assert isinstance(items[0], Document) and items[0].doc_id == "r1" and items[0].title == "标题"
    assert items[0].date == "2021-07-01" and items[0].source.endswith("reports.jsonl:1")
    assert [i.code for i in items[1:] if isinstance(i, ErrorRow)] == ["E105", "E105", "E105"]
    (doc,) = [i for i in run([p], text_field="content") if isinstance(i, Document)]
    assert doc.doc_id == "r4"


def test_jsonl_line_separators_inside_strings_stay_in_their_row(tmp_path):
    # JSON allows U+2028, U+2029 and U+0085 raw inside strings; only "\n" ends a JSON line
    p = tmp_path / "reports.jsonl"
    body = "第一段\u2028第二段\u0085第三段，开展宣讲10场。"
    rows = [{"id": "a", "text": body}, {"id": "b", "text": "志愿服务3次。"}]
    p.write_text("\r\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    items = run([p])
    assert [(i.doc_id, i.original) for i in items] == [("a", body), ("b", "志愿服务3次。")]


def test_jsonl_unpaired_surrogate_is_an_error_row_and_paired_ones_are_text(tmp_path):
    p = tmp_path / "reports.jsonl"
    p.write_text('{"id": "bad", "text": "\\udc80坏"}\n{"id": "ok", "text": "\\ud83d\\ude00好"}\n', encoding="utf-8")
    bad, ok = run([p])
    assert isinstance(bad, ErrorRow) and bad.code == "E105" and "surrogate" in bad.reason
    assert isinstance(ok, Document) and ok.original == "\U0001F600好"


def test_csv_rows(tmp_path):
    p = tmp_path / "reports.csv"
    p.write_text("id,title,text\nx1,标题一,开展宣讲10场。\nx2,标题二,\n", encoding="utf-8")
    items = run([p])
    assert isinstance(items[0], Document) and items[0].doc_id == "x1" and items[0].title == "标题一"
    assert isinstance(items[1], ErrorRow) and items[1].doc_id == "x2"


def test_zip_and_tar_are_streamed_with_member_sources(tmp_path):
    z = tmp_path / "a.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("dir/one.txt", "开展宣讲10场。")
        zf.writestr("two.txt", "组织学习5次。".encode("gbk"))
        zf.writestr("../evil.txt", "escape")
        zf.writestr("empty.txt", "")
    items = run([z])
    docs = {i.doc_id: i for i in items if isinstance(i, Document)}
    errs = [i for i in items if isinstance(i, ErrorRow)]
    assert set(docs) == {"one", "two", "empty"} and docs["one"].source == f"{z}!dir/one.txt"
    assert [e.code for e in errs] == ["E106"]
    assert not (tmp_path.parent / "evil.txt").exists()

    t = tmp_path / "b.tar.gz"
    with tarfile.open(t, "w:gz") as tf:
        for name, body in [("x.txt", "开展宣讲10场。"), ("y.md", "组织学习5次。")]:
            data = body.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    assert sorted(i.doc_id for i in run([t]) if isinstance(i, Document)) == ["x", "y"]


def test_archive_member_cap(tmp_path):
    z = tmp_path / "many.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for i in range(5):
            zf.writestr(f"{i}.txt", "开展宣讲10场。")
    items = run([z], max_members=3)
    assert sum(isinstance(i, Document) for i in items) == 3
    assert [i.code for i in items if isinstance(i, ErrorRow)] == ["E106"]


def test_html_main_text_title_and_date(tmp_path):
    p = tmp_path / "page.html"
    body = "".join(f"<p>永清县组织开展志愿服务活动{n}场,服务群众{n}00人次,受到广泛好评。</p>" for n in range(3, 9))
    p.write_text(
        "<html><head><title>永清县志愿服务</title><meta name='date' content='2021-07-01'></head>"
        f"<body><nav>首页 | 新闻 | 联系我们</nav><article><h1>永清县志愿服务</h1>{body}</article>"
        "<footer>Copyright 2021</footer></body></html>",
        encoding="utf-8",
    )
    (doc,) = run([p])
    assert isinstance(doc, Document)
    assert "志愿服务活动3场" in doc.original and "Copyright" not in doc.original
    assert doc.title == "永清县志愿服务" and doc.date == "2021-07-01"


def test_decode_refuses_garbage():
    from textmine.errors import TextmineError

    with pytest.raises(TextmineError) as exc:
        decode(b"\x00\x01\x02\x03" * 100, "x.bin")
    assert exc.value.code == "E102" and exc.value.message.startswith("x.bin:")
