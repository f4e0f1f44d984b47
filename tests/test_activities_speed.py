"""The faster scans and model of the activities stage give what their plain versions give.

Issue 6 (speed): WordScan narrows its candidates with a table of the words' first three
characters, and ActivityModel.predict takes the n-grams of all clauses at once; the plain
versions are kept here as references.  Texts are written for this file in the style of reports.
"""
from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest

from textmine.extract import activities as act
from textmine.extract import figures as fig
from textmine.extract.wordscan import WordScan

TEXTS = [
    "全年组织2000余名党员干部赴西柏坡接受党性教育，开展义诊36场次；发放宣传材料1.5万份。",
    "实施民生工程和工程建设，民生实事办结率100%，举办书画展4场,展出作品300件。",
    "12名同志被评为优秀共产党员\n第一书记走访农户两三百户，开展核酸检测3.2万人次，民生",
    "一批一系列统一零售价的一些四个全面老百姓，新建学校2所、医院1家，完成投资1,236.5万元",
]


def plain_spans(scan: WordScan, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The scan as first written: every position whose pair starts a word, longest word first."""
    out, free = [], start
    for i in range(start, end - 1):
        if i < free:
            continue
        for n in scan.lengths.get(text[i:i + 2], ()):
            if i + n <= end and text[i:i + n] in scan.words:
                out.append((i, i + n))
                free = i + n
                break
    return out


def scans():
    made_up = WordScan(["民生", "民生工程", "民生实事办结", "工程", "工程建设", "生工", "率1", "民生工程和工程建设"])
    return [act.load_taxonomy().literal_pairs, fig._nonfigure_scan(), made_up]


@pytest.mark.parametrize("scan", scans(), ids=["triggers", "nonfigures", "made-up"])
def test_word_scan_equals_the_plain_scan(scan):
    rnd = random.Random(6)
    for text in TEXTS + ["".join(TEXTS)]:
        bounds = [(0, len(text)), (0, 0), (3, 4), (len(text) - 2, len(text))]
        bounds += [sorted(rnd.sample(range(len(text) + 1), 2)) for _ in range(40)]
        for s, e in bounds:
            assert scan.spans(text, s, e) == plain_spans(scan, text, s, e), (text, s, e)


def test_a_word_in_the_last_two_characters_is_found():
    scan = WordScan(["民生", "民生工程"])
    assert scan.spans("实施民生", 0, 4) == [(2, 4)]
    assert scan.spans("实施民生工", 0, 4) == [(2, 4)]
    assert scan.spans("实施民生工程", 0, 6) == [(2, 6)]


def plain_predict(model: act.ActivityModel, texts: list[str]) -> list[tuple[str, float]]:
    """predict as first written: a Counter of each text's n-grams, one text after the other."""
    lo, hi = model.ngram
    rows, sizes, cols, counts = [], [], [], []
    for r, t in enumerate(texts):
        found = Counter(map(model.index.get, act.char_ngrams(act.mask_digits(t), lo, hi)))
        found.pop(None, None)
        if found:
            rows.append(r)
            sizes.append(len(found))
            cols.extend(found)
            counts.extend(found.values())
    scores = np.tile(model.intercept, (len(texts), 1))
    if rows:
        idx = np.array(cols, dtype=np.int64)
        w = (1.0 + np.log(np.array(counts, dtype=np.float64))) * model.idf[idx]
        at = 0
        for n in sizes:
            row = w[at:at + n]
            row /= np.sqrt(row.dot(row)) or 1.0
            at += n
        row_of = np.repeat(np.arange(len(rows)), sizes)
        order = np.lexsort((idx, row_of))
        place = np.arange(len(idx)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        terms = np.zeros((len(rows), max(sizes), model.coef.shape[1]))
        terms[row_of, place] = w[order, None] * model.coef[idx[order]]
        scores[rows] += np.cumsum(terms, axis=1)[:, -1]
    scores -= scores.max(axis=1, keepdims=True)
    prob = np.exp(scores)
    prob /= prob.sum(axis=1, keepdims=True)
    return [(model.classes[b], float(prob[i, b])) for i, b in enumerate(prob.argmax(axis=1))]


def test_predict_equals_the_text_by_text_version():
    model = act.load_model()
    assert model.separator not in "".join(model.index)
    rnd = random.Random(7)
    text = "".join(TEXTS)
    clauses = [text[s:s + rnd.randrange(0, 50)] for s in rnd.sample(range(len(text)), 60)]
    odd = ["", model.separator, f"开展{model.separator}义诊", "12,345.6 人  次", "他说", "0"]
    for batch in (clauses, odd, clauses[:1], odd + clauses):
        assert model.predict(batch) == plain_predict(model, batch)


def test_predict_with_longer_n_grams_looks_them_up_as_strings():
    import dataclasses

    model = act.load_model()
    grams = {g: i for i, g in enumerate(["开展", "开展义", "开展义诊", "义诊", "场次"])}
    small = dataclasses.replace(model, index=grams, idf=model.idf[:5], coef=model.coef[:5], ngram=(2, 4),
                                separator="")
    batch = ["开展义诊0场次", "", "开展义诊开展义诊", "义诊"]
    assert small.predict(batch) == plain_predict(small, batch)
