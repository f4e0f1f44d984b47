"""The packaged statistical NER model: loading, size, well-formed output, accuracy on MSRA."""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from textmine.extract import ner_model as nm

SHARED = Path(__file__).parents[1].parent / "shared"
MSRA = SHARED / "data" / "ner" / "msra_train_bio.txt"
# must match scripts/train_ner.py: the slice held back from training
SEED = 20261126
HOLDOUT = 2000


@pytest.fixture(params=["compiled", "numpy"])
def ner_path(request, monkeypatch):
    """Run a test on the compiled kernel and on the numpy path (the reference and the fallback)."""
    if request.param == "numpy":
        monkeypatch.setattr(nm, "_kernel", None)
    elif nm._kernel is None:
        pytest.skip("compiled NER kernel not built")
    return request.param


def test_model_files_are_small_and_not_pickles():
    folder = nm.data_dir() / "ner"
    size = sum(p.stat().st_size for p in folder.iterdir())
    assert size < 20 * 1024 * 1024
    assert not list(folder.glob("*.pkl")) and not list(folder.glob("*.joblib"))
    with np.load(folder / "model.npz", allow_pickle=False) as z:  # raises if it needs pickle
        assert z["weights_q"].dtype == np.int8


def test_model_loads_with_one_weight_row_per_bucket():
    # (how fast it loads is measured by benchmarks/throughput.py's small-file run, not here)
    model = nm.NerModel.load()
    assert model.weights.shape == (model.n_buckets, len(nm.TAGS))


def test_get_model_is_cached():
    assert nm.get_model() is nm.get_model()


@pytest.mark.parametrize("text", [
    "",
    "。",
    "新华社北京三月五日电国务院总理李鹏今天在人民大会堂作政府工作报告。",
    "abc 123 《》“”",
    "张" * 700,
])
def test_predictions_are_well_formed(text, ner_path):
    spans = nm.get_model().predict(text)
    last = 0
    for s, e, y in spans:
        assert 0 <= s < e <= len(text) and y in nm.TYPES
        assert s >= last  # sorted, non-overlapping
        last = e


def test_viterbi_never_breaks_bioes():
    rng = np.random.default_rng(0)
    trans = np.where(nm.allowed_transitions(), 0.0, -1e9)
    allowed = nm.allowed_transitions()
    for _ in range(20):
        path = nm.viterbi(rng.normal(size=(30, len(nm.TAGS))), trans)
        assert nm.allowed_starts()[path[0]] and nm.allowed_ends()[path[-1]]
        assert all(allowed[a, b] for a, b in zip(path, path[1:]))


def test_bio_to_bioes_and_back():
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG"]
    assert nm.bio_to_bioes(tags) == ["B-PER", "E-PER", "O", "S-LOC", "B-ORG", "I-ORG", "E-ORG"]
    assert nm.tags_to_spans(nm.bio_to_bioes(tags)) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 7, "ORG")]


@pytest.mark.skipif(not MSRA.exists(), reason="shared MSRA data not present")
def test_msra_heldback_micro_f1():
    """PER/LOC/ORG micro-F1 >= 0.85 on 400 sentences of the slice excluded from training."""
    sents = nm.read_bio(MSRA)
    order = list(range(len(sents)))
    random.Random(SEED).shuffle(order)
    held = [sents[i] for i in order[:HOLDOUT]][:400]
    model = nm.get_model()
    tp = fp = fn = 0
    for text, tags in held:
        gold = set(nm.tags_to_spans(nm.bio_to_bioes(tags)))
        pred = set(model.predict(text))
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p, r = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * p * r / (p + r)
    assert f1 >= 0.85, f"micro-F1 {f1:.4f} (P={p:.4f} R={r:.4f})"


# Inference computes features per template with numpy (ner_model._Vectorized) and decodes all
# chunks of a text together (viterbi_batch); training uses char_features + feature_matrix and
# viterbi.  Both must agree, or the shipped weights would be applied to different features.
# Cases: report sentences with overlapping lexicon entries (人民政府/政府), chained administrative
# names, surnames, Latin/digit/Chinese-numeral classes, a 4-byte UTF-8 character and line breaks.
_AGREEMENT_TEXTS = [
    "湖北省枝江市人民政府办公室主任张三在县委理论学习中心组会议上讲话。",
    "2023年全县GDP增长5.2%，其中第二产业增加值一百二十亿元。\n记者 李四、王五 报道",
    "𠀋村位于广西壮族自治区南宁市青秀区，距市中心12公里；",
    "新华社北京三月五日电国务院总理李鹏今天在人民大会堂作政府工作报告。" * 12,
]


@pytest.mark.parametrize("text", _AGREEMENT_TEXTS)
def test_fast_inference_matches_the_training_definition(text, ner_path):
    model = nm.get_model()
    chunks = [text[s:e] for s, e in nm._chunks(text, 300)]
    reference = np.asarray(nm.feature_matrix(chunks, model.lexicons, model.n_buckets) @ model.weights) + model.bias
    assert np.allclose(model._fast_scores(chunks), reference, atol=1e-4)
    expected = []
    for s, e in nm._chunks(text, 300):
        expected += [(a + s, b + s, y) for a, b, y in nm.tags_to_spans(model.predict_tags(text[s:e]))]
    assert model.predict(text) == expected


def test_viterbi_batch_equals_viterbi_per_sequence():
    rng = np.random.default_rng(1)
    trans = np.where(nm.allowed_transitions(), rng.normal(size=(len(nm.TAGS),) * 2), -1e9)
    lengths = [7, 1, 30, 7, 12]
    scores = rng.normal(size=(sum(lengths), len(nm.TAGS)))
    paths = nm.viterbi_batch(scores, lengths, trans)
    at = 0
    for ln, path in zip(lengths, paths):
        assert path.tolist() == nm.viterbi(scores[at:at + ln], trans).tolist()
        at += ln


# NerModel._decode skips characters that are certainly O and cuts chunks there (NerModel._pieces);
# the result must equal plain Viterbi of every chunk.  Synthetic scores shaped like the model's
# (a strong O bias, short entity-like bursts), plus cases that defeat the shortcuts: exact ties
# (integer scores), a score too small for exact float64 sums (the chunk is decoded whole), and
# chunks without any certain character.
def _bursty_scores(rng, n, t, dtype=np.float32):
    s = rng.normal(scale=2.0, size=(n, t))
    s[:, 0] += 12.0
    for at in rng.choice(n, size=max(1, n // 40), replace=False):
        s[at:at + rng.integers(1, 5), 1:] += rng.uniform(8, 16)
    return s.astype(dtype)


def _per_chunk_viterbi(model, scores, lengths):
    out, at = [], 0
    for ln in lengths:
        out.append(nm.viterbi(scores[at:at + ln], model.trans))
        at += ln
    return np.concatenate(out)


@pytest.mark.parametrize("case", ["bursty", "ties", "tiny score", "no certain character", "one character"])
def test_decode_equals_viterbi_per_chunk(case, ner_path):
    model = nm.get_model()
    t = len(nm.TAGS)
    rng = np.random.default_rng(7)
    lengths = [int(x) for x in rng.integers(1, 300, size=40)]
    n = sum(lengths)
    if case == "ties":
        scores = np.rint(_bursty_scores(rng, n, t))
    elif case == "no certain character":
        scores = rng.normal(scale=3.0, size=(n, t)).astype(np.float32)
    elif case == "one character":
        lengths = [1] * 50
        scores = _bursty_scores(rng, 50, t)
    else:
        scores = _bursty_scores(rng, n, t)
        if case == "tiny score":
            scores[lengths[0] + 3, 5] = 1e-30  # in the second chunk
    assert model._decode(scores, lengths).tolist() == _per_chunk_viterbi(model, scores, lengths).tolist()


def test_decode_skips_certain_characters_of_report_text(ner_path):
    """The shortcut does apply to report text: most chunks are not decoded at all."""
    model = nm.get_model()
    text = "2023年全县地区生产总值增长5.2%，固定资产投资增长8.1%。\n" * 20 + "县委书记张三在永清县人民政府讲话。"
    chunks = list(nm._chunks(text, 300))
    scores = model._fast_scores([text[s:e] for s, e in chunks])
    lengths = [e - s for s, e in chunks]
    offsets, piece_lengths, _, _ = model._pieces(scores, lengths)
    assert sum(piece_lengths) < len(scores) / 4
    assert model._decode(scores, lengths).tolist() == _per_chunk_viterbi(model, scores, lengths).tolist()


def test_predict_many_equals_predict_on_each_text(ner_path):
    """One pass over many short texts (titles) gives each text's own spans, offsets in that text."""
    model = nm.get_model()
    texts = ["缅怀王权", "", "  ", "关于印发《永清县人民政府工作规则》的通知", "李四说", "记者 王五\n报道",
             "新华社北京三月五日电国务院总理李鹏今天在人民大会堂作政府工作报告。" * 12, "𠀋村", "张三"]
    assert model.predict_many(texts) == [model.predict(t) for t in texts]
    assert model.predict_many([]) == []


# chunking cases: lines shorter and longer than a chunk, marks before and after a third of
# max_len, blank and whitespace-only lines, text without a final newline, tiny max_len values
def chunks_reference(text: str, max_len: int):
    """:func:`_chunks` position by position (the definition the pattern must equal)."""
    n = len(text)
    start = 0
    min_len = max_len // 3
    while start < n:
        end = min(n, start + max(max_len, 1))
        nl = text.find("\n", start, end)
        if nl >= 0:
            end = nl + 1
        mark = nm._SENTENCE_END.search(text, max(start, start + min_len - 1), end)
        if mark:
            end = mark.end()
        if text[start:end].strip():
            yield start, end
        start = end


_CHUNK_TEXTS = [
    "", "\n", "  \n\n \t", "甲乙丙。", "短句。\n" * 5, "甲" * 650, ("甲" * 98 + "。") * 7, ("甲" * 99 + "；") * 7,
    ("甲" * 40 + "！") * 30 + "\n尾", "甲" * 299 + "\n" + "乙" * 300 + "\n" + "丙" * 301, " " * 350 + "。",
]


@pytest.mark.parametrize("max_len", [0, 1, 2, 3, 7, 300])
@pytest.mark.parametrize("text", _CHUNK_TEXTS)
def test_chunks_equal_the_reference_rule(text, max_len):
    assert list(nm._chunks(text, max_len)) == list(chunks_reference(text, max_len))


def test_chunks_equal_the_reference_rule_on_random_and_real_text():
    """Random strings over the characters that decide chunks, and the repository's gold articles."""
    rng = random.Random(SEED)
    for _ in range(2000):
        text = "".join(rng.choice("甲乙 \n。！？；!?;") for _ in range(rng.randrange(0, 60)))
        for max_len in (3, 12, 30):
            assert list(nm._chunks(text, max_len)) == list(chunks_reference(text, max_len)), repr(text)
    for path in sorted((Path(__file__).parents[1] / "corpus").glob("*.txt")):
        text = path.read_bytes().decode("utf-8", "replace")
        assert list(nm._chunks(text, 300)) == list(chunks_reference(text, 300)), path.name


def test_per_code_point_tables_equal_the_plain_definitions():
    """_Vectorized fills classes and one-character lexicon bits by ranges and sorted search; they
    must equal _ctype and the lexicon dict on every code point of the BMP and on astral ones."""
    import numpy as np

    model = nm.get_model()
    vec = nm._Vectorized(model.lexicons, model.n_buckets)
    cp = np.concatenate([np.arange(0x10000), [0x20000, 0x2A6DF, 0x1F600, 0x10FFFF]]).astype(np.uint32)
    expected = [vec.class_index[nm._ctype(chr(c))] for c in cp.tolist()]
    assert vec._classes(cp).tolist() == expected
    _, _, classes, _, single = vec._char_rows(cp)
    assert classes.tolist() == expected
    assert single.tolist() == [vec.single_bits.get(c, 0) for c in cp.tolist()]
    assert single.any()
