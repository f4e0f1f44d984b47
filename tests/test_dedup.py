"""Near-duplicates: a reposted copy must not count its figures twice.

Copies are built from our gold articles (corpus/c01-c10) the way county sites
repost: a new source/editor header and a site footer around the same body.
"""
from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textmine.batch import BatchOptions, read_table, run_batch
from textmine.dedup import NearDuplicates, exact_jaccard, nfkc
from textmine.ingest import decode
from textmine.pipeline import build_pipeline

REPO = Path(__file__).resolve().parents[1]


def article(name: str) -> str:
    return decode((REPO / "corpus" / f"{name}.txt").read_bytes()).text


def repost(text: str) -> str:
    return ("来源：县融媒体中心微信公众号  发布时间：2023-05-06 09:12\n责任编辑：王晓明\n"
            + text + "\n\n【打印本页】【关闭窗口】\n主办：某县人民政府办公室  技术支持：某网络公司  扫一扫在手机打开当前页")


@pytest.mark.parametrize("name", ["c01", "c05", "c08", "c09"])
def test_repost_with_other_header_and_footer_is_a_duplicate(name):
    nd = NearDuplicates()
    assert nd.add("orig", article(name)) is None
    assert nd.add("copy", repost(article(name))) == "orig"


def test_different_reports_are_not_duplicates():
    """Ten different reports of similar counties, all about activities with figures."""
    nd = NearDuplicates()
    marks = [nd.add(f"c{k:02d}", article(f"c{k:02d}")) for k in range(1, 11)]
    assert marks == [None] * 10


def test_copies_point_at_the_first_seen_even_through_a_chain():
    body = article("c03")
    nd = NearDuplicates()
    assert nd.add("a", body) is None
    assert nd.add("b", repost(body)) == "a"
    assert nd.add("c", "转载：" + repost(body) + "（完）") == "a"


def test_estimate_tracks_exact_jaccard():
    a, b = article("c02"), repost(article("c02"))
    nd = NearDuplicates()
    assert abs(nd.similarity(a, b) - exact_jaccard(a, b)) < 0.15
    assert nd.similarity(a, article("c06")) < 0.3


def test_same_inputs_same_marks():
    texts = [article("c04"), repost(article("c04")), article("c07")]
    runs = []
    for _ in range(2):
        nd = NearDuplicates()
        runs.append([nd.add(str(i), t) for i, t in enumerate(texts)])
    assert runs[0] == runs[1] == [None, "0", None]


def test_empty_and_short_texts():
    nd = NearDuplicates()
    assert nd.add("e", "") is None
    assert nd.add("s", "会议") is None
    assert nd.add("s2", "会议") == "s"  # identical short texts are copies too


def test_signature_is_the_one_earlier_runs_stored():
    """--resume compares new partitions with the marks of an earlier run: the signature must not drift.

    The digest was computed with the first implementation (NFKC of the whole text, shift before min).
    """
    sig = NearDuplicates().signature(article("c01"))
    assert hashlib.sha1(sig.tobytes()).hexdigest() == "a9b63adc90c97ba577f181b9f2684aae4d7034f8"


# characters NFKC treats specially next to CJK ideographs: combining marks (reordered, composed), Hangul
# jamo, kana voicing marks, full-width/compatibility forms, ligatures, compatibility ideographs
_TRICKY = "中国人民\u0301\u0316\u0327Ａａ１，。（）ﬁ①㈱\u1100\u1161\u11a8가\u3099\u309aか゛ｶﾞ\uf900\u2f00 \u00a0e\ufb01\U0002f800\u0b47\u0b3e"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_TRICKY), max_size=16) | st.text(max_size=16))
def test_run_by_run_nfkc_equals_nfkc_of_the_whole(text):
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


def test_batch_marks_duplicate_of_and_sums_count_once(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-original.txt").write_text(article("c08"), encoding="utf-8")
    (d / "b-other.txt").write_text(article("c06"), encoding="utf-8")
    (d / "c-repost.txt").write_text(repost(article("c08")), encoding="utf-8")
    pipe = build_pipeline({"pipeline": {"stages": ["segment"]}, "segment": {"backend": "rjieba", "pos": False}})
    summary = run_batch([str(d)], pipe, BatchOptions(out=tmp_path / "out", workers=1))
    docs = read_table(tmp_path / "out", "documents").set_index("doc_id")
    assert docs.loc["c-repost", "duplicate_of"] == "a-original"
    assert docs.duplicate_of.isna().sum() == 2 and summary.duplicates == 1
    off = run_batch([str(d)], pipe, BatchOptions(out=tmp_path / "off", workers=1, dedup=False))
    assert off.duplicates == 0 and read_table(tmp_path / "off", "documents").duplicate_of.isna().all()
