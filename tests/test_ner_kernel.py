"""The compiled NER kernel (``textmine.extract._ner_kernel``) against the numpy path it replaces.

``ner_model`` scores and decodes with the compiled kernel when it was built and with numpy otherwise;
the numpy code is the reference.  The two must give bit-identical float32 scores (``np.array_equal``,
not ``allclose``: the entity stage and the decoder compare scores, so one rounding apart can move a
span) and identical spans, on real text and on made-up edge cases.  CI sets TEXTMINE_REQUIRE_KERNEL=1
so that a kernel that silently failed to build fails the run instead of testing numpy twice.
"""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

import numpy as np
import pytest

from textmine.extract import ner_model as nm

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
MAX_CHUNK = 300

needs_kernel = pytest.mark.skipif(nm._kernel is None, reason="compiled NER kernel not built (numpy path only)")


def test_kernel_is_built_when_required():
    """CI installs with a C compiler: there the kernel must have been built and imported."""
    if os.environ.get("TEXTMINE_REQUIRE_KERNEL") != "1":
        pytest.skip("TEXTMINE_REQUIRE_KERNEL is not set")
    assert nm._kernel is not None, "textmine.extract._ner_kernel did not import (was it compiled?)"
    assert nm.KERNEL == "compiled"


def test_kernel_name_says_which_path_runs():
    assert nm.KERNEL == ("compiled" if nm._kernel is not None else "numpy")


def _numpy(fn, *args):
    """``fn(*args)`` on the numpy path (the kernel switched off for the call)."""
    kernel, nm._kernel = nm._kernel, None
    try:
        return fn(*args)
    finally:
        nm._kernel = kernel


def _real_texts() -> list[str]:
    # (a corpus file may not be UTF-8: replacement characters are one more case)
    texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted((REPO / "corpus").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus").glob("*/*.txt"))]
    news = SHARED / "data" / "news" / "sogou_dev.jsonl"
    if news.exists():
        for line in news.read_text(encoding="utf-8").splitlines()[:60]:
            row = json.loads(line)
            texts += [row.get("title") or "", row.get("text") or row.get("content") or ""]
    reports = SHARED / "data" / "reports" / "gov_work_reports_national.jsonl"
    if reports.exists():
        for line in reports.read_text(encoding="utf-8").splitlines()[::6]:
            texts.append(json.loads(line)["content"])
    return texts


def _lexicon_text() -> str:
    """Text made only of lexicon entries: every entry of every lexicon, in runs that overlap."""
    words = sorted(w for lx in nm.get_model().lexicons.values() for w in lx.words)
    rng = random.Random(5)
    rng.shuffle(words)
    return "".join(words[:3000]) + "\n" + "、".join(words[3000:6000])


_EDGE_TEXTS = [
    "", "a", "。", "张", "𠀋", "𠀋𠀋𠀋", "a𠀋b\U0001F600c\U0010FFFD", "\ud800lone surrogate\udfff",
    "\x00\x02\x03 control characters \x02\x03", " ", "\n", "\n\n\n",
    "甲" * 300, "甲" * 299 + "。", "甲" * 301, "甲" * 900, ("甲" * 99 + "。") * 5, ("乙" * 100 + "\n") * 4,
    "湖北省枝江市人民政府办公室主任张三在县委理论学习中心组会议上讲话。",
    "2023年全县GDP增长5.2%，其中第二产业增加值一百二十亿元。\n记者 李四、王五 报道",
    "人民政府人民政府政府人民", "北京市北京北京市市", "王王王王王", "新疆维吾尔自治区乌鲁木齐市",
    "ＡＢＣ１２３　全角",
]


def _random_texts(n: int) -> list[str]:
    rng = random.Random(20261127)
    alphabet = list("张王李赵省市县区人民政府委员会主任书记北京上海国务院公司0123456789一二三十百万"
                    "abcXYZ，。；！？、“”（）\n \t") + ["𠀋", "\U0001F600", "\x02"]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 400))) for _ in range(n)]


def _assert_same_scores(texts):
    model = nm.get_model()
    fast = model._fast_scores(texts)
    reference = _numpy(model._fast_scores, texts)
    assert fast.dtype == reference.dtype == np.float32
    assert fast.shape == reference.shape
    assert np.array_equal(fast, reference)


@needs_kernel
@pytest.mark.parametrize("text", _EDGE_TEXTS + [_lexicon_text()], ids=range(len(_EDGE_TEXTS) + 1))
def test_kernel_scores_equal_numpy_on_edge_cases(text):
    chunks = [text[s:e] for s, e in nm._chunks(text, MAX_CHUNK)]
    _assert_same_scores([text])  # the whole text at once, however long
    _assert_same_scores(chunks)
    _assert_same_scores([text, "", text[:7]])


@needs_kernel
def test_kernel_scores_equal_numpy_on_many_texts_at_once():
    _assert_same_scores([])
    _assert_same_scores(["", ""])
    _assert_same_scores(_EDGE_TEXTS)
    _assert_same_scores(_random_texts(200))


@needs_kernel
def test_kernel_scores_equal_numpy_on_real_text():
    texts = _real_texts()
    assert len(texts) >= 10
    for text in texts:
        _assert_same_scores([text[s:e] for s, e in nm._chunks(text, MAX_CHUNK)])


@needs_kernel
def test_kernel_spans_equal_numpy_on_real_and_made_up_text():
    model = nm.get_model()
    texts = _real_texts() + _EDGE_TEXTS + [_lexicon_text()] + _random_texts(100)
    for text in texts:
        assert model.predict_many([text]) == _numpy(model.predict_many, [text])
    assert model.predict_many(texts) == _numpy(model.predict_many, texts)


def _bursty(rng, n, t):
    s = rng.normal(scale=2.0, size=(n, t))
    s[:, 0] += 12.0
    for at in rng.choice(n, size=max(1, n // 40), replace=False):
        s[at:at + rng.integers(1, 5), 1:] += rng.uniform(8, 16)
    return s.astype(np.float32)


@needs_kernel
@pytest.mark.parametrize("case", ["bursty", "ties", "no certain character", "one character", "tiny score",
                                  "zero score", "real"])
def test_kernel_decode_equals_numpy(case):
    """Same tags from the kernel's decoder and numpy's, including where the kernel declines (a score
    too small or zero for the quick exactness test: numpy decodes those)."""
    model = nm.get_model()
    t = len(nm.TAGS)
    rng = np.random.default_rng(11)
    lengths = [int(x) for x in rng.integers(1, 300, size=40)]
    n = sum(lengths)
    if case == "real":
        text = _real_texts()[0]
        chunks = [text[s:e] for s, e in nm._chunks(text, MAX_CHUNK)]
        scores, lengths = model._fast_scores(chunks), [len(c) for c in chunks]
    elif case == "ties":
        scores = np.rint(_bursty(rng, n, t))
    elif case == "no certain character":
        scores = rng.normal(scale=3.0, size=(n, t)).astype(np.float32)
    elif case == "one character":
        lengths = [1] * 50
        scores = _bursty(rng, 50, t)
    else:
        scores = _bursty(rng, n, t)
        if case == "tiny score":
            scores[lengths[0] + 3, 5] = 1e-30
        elif case == "zero score":
            scores[7, 2] = 0.0
    assert model._decode(scores, lengths).tolist() == _numpy(model._decode, scores, lengths).tolist()


def test_kernel_source_ships_and_its_build_is_optional(repo_dir):
    """The sdist and wheel carry the .pyx (not a generated C file that could go stale), the build
    pulls a pinned range of Cython, and a failed compilation does not fail the installation."""
    import tomllib

    project = tomllib.loads((repo_dir / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(r.replace(" ", "").startswith("cython>=3") and "<" in r for r in project["build-system"]["requires"])
    assert "_ner_kernel.pyx" in project["tool"]["setuptools"]["package-data"]["textmine.extract"]
    assert (repo_dir / "src" / "textmine" / "extract" / "_ner_kernel.pyx").is_file()
    setup = (repo_dir / "setup.py").read_text(encoding="utf-8")
    flags = next(line for line in setup.splitlines() if line.startswith("FLAGS"))
    assert "optional=True" in setup and "-ffp-contract=off" in flags and "-ffast-math" not in flags
    manifest = (repo_dir / "MANIFEST.in").read_text(encoding="utf-8").splitlines()
    assert "include src/textmine/extract/_ner_kernel.pyx" in manifest
    assert "exclude src/textmine/extract/_ner_kernel.c" in manifest


@needs_kernel
def test_kernel_avx2_and_plain_row_sums_are_equal():
    """The kernel sums weight rows with AVX2 when the CPU has it, else with a plain loop: same floats."""
    texts = _EDGE_TEXTS + _real_texts()[:5]
    model = nm.get_model()
    before = nm._kernel.use_avx2(True)
    try:
        wide = model._fast_scores(texts)
        nm._kernel.use_avx2(False)
        plain = model._fast_scores(texts)
    finally:
        nm._kernel.use_avx2(before)
    assert np.array_equal(wide, plain)
    assert np.array_equal(plain, _numpy(model._fast_scores, texts))
