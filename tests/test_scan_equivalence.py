"""The fast scans of the figures and activities stages find what the plain scans find.

Speed work (issue 6) replaced whole-text regex scans by cheaper ones; each rests on an
assumption a lexicon or taxonomy edit could break, and these tests say which.  Texts are
written for this file in the style of government reports (not copied from a gold article).
"""
from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest
import regex

from textmine.extract import activities as act
from textmine.extract import figures as fig
from textmine.extract.lexicon import lexicon
from textmine.extract.wordscan import WordScan

TEXTS = [
    "全年组织2000余名党员干部赴西柏坡接受党性教育，开展义诊36场次；发放宣传材料1.5万份。",
    "三次产业结构比为25.72:26.84:47.44，城镇化率达到百分之六十三点五，约三分之二的乡镇通了公交。",
    "2021年1至9月，全市新签约招商引资项目18个，协议总投资25亿元，同比增长6.3%。",
    "举办书画展4场,展出作品300件；12名同志被评为优秀共产党员\n第一书记走访农户两三百户。",
    "第3名、第十二届，近千人参加，超过一半的村完成改造，投资1,236.5万元建成12万千瓦光伏电站。",
]


def test_no_lexicon_surface_holds_a_clause_break():
    """Fractions are scanned only between breaks: no unit or qualifier may contain one."""
    lex = lexicon()
    surfaces = [*lex.units, *lex.leads, *lex.mids, *lex.tails]
    assert not [w for w in surfaces if fig._BREAK.search(w)]


def test_the_figure_scan_matches_what_the_regex_module_finds():
    pattern = fig._patterns()["figure"]
    # the same pattern without its lookahead, on the engine it was written for
    plain = regex.compile(pattern.pattern.split(")", 1)[1])
    for text in TEXTS:
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == \
               [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_fractions_are_found_only_where_fen_zhi_is():
    pattern = fig._patterns()["fraction"]
    for text in TEXTS:
        fast = [m.span() for a, b in fig._stretches_with(text, "分之") for m in pattern.finditer(text, a, b)]
        assert fast == [m.span() for m in pattern.finditer(text)]
    assert any(fig._stretches_with(text, "分之") for text in TEXTS)  # the table exercises it


@pytest.mark.parametrize("bounds", [(0, None), (5, 40), (13, 14), (20, 21)])
def test_trigger_words_by_pair_index_equal_the_trie_regex(bounds):
    tax = act.load_taxonomy()
    assert tax.literal_pairs is not None
    plain = dataclasses.replace(tax, literal_pairs=None)
    for text in TEXTS:
        start, end = bounds
        assert act.find_triggers(text, tax, start, end) == act.find_triggers(text, plain, start, end)


def test_non_figure_terms_by_pair_index_equal_their_alternation():
    plain = re.compile(lexicon().alternation(lexicon().nonfigures))
    scan = fig._nonfigure_scan()
    assert scan is not None
    for text in TEXTS + ["一批一系列统一零售价的一些四个全面老百姓"]:
        assert scan.spans(text, 0, len(text)) == [m.span() for m in plain.finditer(text)]


def test_a_word_list_with_a_one_character_word_keeps_to_the_regex():
    assert WordScan.of(["义诊", "会"]) is None
    index = WordScan.of(["民生", "民生工程", "工程"])
    assert index.spans("实施民生工程和工程", 0, 9) == [(2, 6), (7, 9)]


def test_model_probabilities_equal_the_sparse_product():
    """predict sums x @ coef in numpy in the order scipy's CSR kernel does: same floats."""
    from scipy.sparse import csr_matrix

    model = act.load_model()
    clauses = [c for text in TEXTS for c in re.split(r"[，；。,\n]", text) if c]
    got = model.predict(clauses)
    lo, hi = model.ngram
    rows, cols, vals = [], [], []
    for r, t in enumerate(clauses):
        counts: dict[int, int] = {}
        for g in act.char_ngrams(act.mask_digits(t), lo, hi):
            j = model.index.get(g)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        if counts:
            w = (1.0 + np.log(np.array(list(counts.values()), dtype=np.float64))) * model.idf[list(counts)]
            w /= np.linalg.norm(w) or 1.0
            rows += [r] * len(counts)
            cols += list(counts)
            vals += list(w)
    scores = np.tile(model.intercept, (len(clauses), 1))
    scores += csr_matrix((vals, (rows, cols)), shape=(len(clauses), len(model.idf))) @ model.coef
    scores -= scores.max(axis=1, keepdims=True)
    prob = np.exp(scores)
    prob /= prob.sum(axis=1, keepdims=True)
    assert got == [(model.classes[b], float(prob[i, b])) for i, b in enumerate(prob.argmax(axis=1))]


def test_char_ngrams_are_all_slices_shortest_first():
    text = "开展义诊0场"
    assert act.char_ngrams(text, 1, 3) == [text[i:i + n] for n in (1, 2, 3) for i in range(len(text) - n + 1)]
    assert act.char_ngrams("ab", 2, 4) == ["ab"]


# clause texts before a figure, written for this table in the style of reports
CLAUSE_TAILS = ["开展专题学习", "全县共有", "其中新建", "比上年增长", "累计完成投资达到", "占全市的", "同比下降了",
                "排名全省第", "发放宣传材料共计", "人均可支配收入为", "\n", "", "由原来的", "行为", "共\n"]


def test_frame_words_are_cut_as_the_patterns_cut_them():
    from textmine.extract import counted

    assert counted._TRAIL_ENDS and counted._CHANGE_ENDS  # both patterns keep their fast path
    for text in CLAUSE_TAILS:
        for pattern, ends in ((counted._TRAIL_FRAME, counted._TRAIL_ENDS), (counted._CHANGE_TAIL, counted._CHANGE_ENDS)):
            assert counted._cut(pattern, ends, text) == pattern.sub("", text)
