"""The fast paths of the figures stage find what the plain versions they replaced find.

Speed work (issue 6) replaced scans and walks in ``figures.py`` and ``counted.py`` by cheaper
ones; the plain versions stay here as references, compared on texts written for this file
(in the style of government reports) and on the articles in ``corpus/``.
"""
from __future__ import annotations

import bisect
import random
from pathlib import Path

import pytest

from textmine.document import Document
from textmine.extract import counted
from textmine.extract import figures as fig
from textmine.pipeline import build_pipeline

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

TEXTS = [
    "全年组织2000余名党员干部赴西柏坡接受党性教育，开展义诊36场次；发放宣传材料1.5万份。",
    "分别回落2.16和1.66个百分点，增长3.5、4.2与5个百分点，占比12和约13%。",
    "编号1,2345和5号，版本2.0.1和3，1.5.和2人，,12或3家，．5及6名。",
    "全角２和３个，阿拉伯文٣和٤个，上标²和3个，1和2和3和4项。",
    "三次产业结构比为25.72:26.84:47.44，城镇化率达到百分之六十三点五，约三分之二的乡镇通了公交。",
    "举办书画展4场,展出作品300件；12名同志被评为优秀共产党员\n第一书记走访农户两三百户。",
    "12和",
    "和3个",
]


def corpus_texts() -> list[str]:
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        data = path.read_bytes()
        try:
            out.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(data.decode("gb18030", errors="replace"))  # a few articles come in GBK
    return out


@pytest.fixture(scope="module")
def corpus_docs() -> list[Document]:
    pipe = build_pipeline({"pipeline": {"stages": ["normalize", "segment"]}})
    return [pipe.run(Document(doc_id=str(i), source="t", original=t)) for i, t in enumerate(corpus_texts())]


def test_list_shares_are_what_the_whole_scan_finds():
    pattern = fig._patterns()["list_share"]
    texts = TEXTS + corpus_texts()
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in fig._list_shares(text, pattern)] == \
               [(m.span(), m.groupdict()) for m in pattern.finditer(text)], text[:40]
    assert sum(len(fig._list_shares(t, pattern)) for t in texts) >= 8  # the table exercises it


def _blocked_by_window(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """The plain check: one of the 8 spans starting last before ``e`` reaches past ``s``."""
    spans = sorted(spans)
    i = bisect.bisect_left([b[0] for b in spans], e)
    return any(bs < e and s < be for bs, be in spans[max(0, i - 8):i])


@pytest.mark.parametrize("seed", range(20))
def test_blocked_spans_answer_as_the_window_scan(seed):
    rng = random.Random(seed)
    spans = []
    for _ in range(rng.randrange(0, 40)):
        a = rng.randrange(0, 200)
        spans.append((a, a + rng.choice((1, 2, 3, 4, 60, 150))))  # terms and long excluded regions
    blocked = fig._Blocked(spans)
    for s in range(0, 220):
        for e in range(s + 1, min(s + 9, 230)):
            assert blocked.overlaps(s, e) == _blocked_by_window(spans, s, e), (spans, s, e)


def _after_last_verb_forward(text, tokens, starts, offset, end, mis_tagged) -> int:
    """The plain walk: over every word starting in the span, the last verb with a noun after it."""
    lo = bisect.bisect_left(starts, offset)
    toks = tokens[lo:bisect.bisect_left(starts, end, lo)]
    cut = offset
    quoted = [(m.start(), m.end()) for m in counted._QUOTED.finditer(text, offset, end)]
    last_noun = max((k for k, t in enumerate(toks) if t[3] in counted._NOUNISH), default=-1)
    for k, (w, s, e, p) in enumerate(toks):
        if quoted and any(qs < s < qe for qs, qe in quoted):
            continue
        if w in ("可", "能", "会"):
            continue
        if w in counted._modifier_verbs() and k + 1 < len(toks) and toks[k + 1][1] == e \
                and toks[k + 1][3] in counted._NOUNISH:
            continue  # 健身路径: a verb making a compound noun with the noun after it
        named = p == "ns" and w in counted._status_verbs() and text[e:e + 1] not in ("和", "及", "与", "、")
        if (p.startswith("v") and p != "vn" or w in mis_tagged or named) and e < end and s >= offset:
            if k < last_noun and len(text[e:end]) >= 2:
                cut = e
    return cut


def test_the_last_verb_is_found_walking_back(corpus_docs):
    mis_tagged = counted._verb_words()[0]
    text = "开展“送法进乡村”活动，人均可支配收入，立案查处环境违法行为，组织开展专题学习"
    docs = corpus_docs + [build_pipeline({"pipeline": {"stages": ["normalize", "segment"]}}).run(
        Document(doc_id="x", source="t", original=text))]
    cuts = 0
    for doc in docs:
        tokens, starts = doc.tokens, fig.token_starts(doc.tokens)
        # every span from a word's start to the end of its clause, and to each later word's start
        for i, (_, s, _, _) in enumerate(tokens[:1500]):
            for j in range(i + 1, min(i + 12, len(tokens))):
                end = tokens[j][1]
                want = _after_last_verb_forward(doc.text, tokens, starts, s, end, mis_tagged)
                assert counted._after_last_verb(doc.text, tokens, s, end, mis_tagged) == want
                cuts += want != s
    assert cuts > 1000  # the spans exercise the cut


def test_glued_words_are_found_without_a_list_of_starts(corpus_docs):
    doc = corpus_docs[0]
    plain = fig._Glue(doc.tokens, fig.token_starts(doc.tokens))
    keyed = fig._Glue(doc.tokens)
    for pos in range(0, min(len(doc.text) - 2, 4000)):
        for end in (pos + 1, pos + 2):
            assert keyed.glued(pos, end) == plain.glued(pos, end)


def test_cached_numeral_values_refuse_as_before():
    for _ in range(2):
        with pytest.raises(ValueError):
            fig._value("几")
        with pytest.raises(ValueError):
            fig._value("十一十二")
    assert fig._value("三五") == fig._value("三五") and fig._value("3万") == (fig.Decimal(30000), None, False)


def test_a_trie_matches_and_backtracks_as_the_alternation():
    lex = fig.lexicon()
    for words in (list(lex.units), list(lex.leads), list(lex.tails), ["个", "个月", "个百分点", "月", "a.b", "a"]):
        alt, trie = lex.alternation(words), lex.trie(words)
        rng = random.Random(len(words))
        pieces = list(words) + [w[:-1] for w in words if len(w) > 1] + ["x", "。"]
        for _ in range(300):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6)))
            # alone, and followed by what forces it back to a shorter word
            for tail in ("", "(?=[^\\w])", "(?:月|百分点)"):
                plain, fast = fig.re.compile(f"(?:{alt}){tail}"), fig.re.compile(f"(?:{trie}){tail}")
                for pos in range(len(text)):
                    a, b = plain.match(text, pos), fast.match(text, pos)
                    assert (a and a.span()) == (b and b.span()), (text, pos, tail)


def test_the_figure_scan_with_the_unit_trie_finds_what_the_alternation_finds():
    lex = fig.lexicon()
    fast = fig._patterns()["figure"]
    plain = fig.re.compile(fast.pattern.replace(
        fast.pattern[fast.pattern.index("(?P<unit>"):fast.pattern.index(")?(?P<half>")],
        f"(?P<unit>{lex.alternation(lex.units)}"))
    assert plain.pattern != fast.pattern
    for text in TEXTS + corpus_texts():
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_a_status_tail_ends_with_one_of_its_characters():
    _, _, status_tail = counted._verb_words()
    ends = counted._status_tail_ends()
    words = [w for w, r in fig.lexicon().verbs.items() if r in ("status", "change")]
    rng = random.Random(7)
    pieces = words + ["了", "到位", "完毕", "案件", "已", "\n", "整改"]
    for _ in range(2000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 5)))
        if status_tail.search(body):
            assert body[-1] in ends or body[-1] == "\n", body


def test_records_hold_the_figure_keys_in_order(corpus_docs):
    """extract_figures copies a figure dict whole into its record: it must hold these keys only."""
    from textmine.extract.counted import find_counted

    for doc in corpus_docs[:12]:
        figs = fig.find_figures(doc.text, doc.tokens, doc.excluded)
        assert all(tuple(f) == fig._FIGURE_KEYS for f in figs)
        done = fig.extract_figures(doc)
        assert all(tuple(q) == fig._RECORD_KEYS for q in done.quantities)
        # the record as it was built before: the keys picked from the figure after counting
        sentence_starts = [s["start"] for s in doc.sentences]
        for i, f in enumerate(figs, 1):
            f["id"] = f"q{i}"
            si = bisect.bisect_right(sentence_starts, f["start"]) - 1
            f["sentence"] = si if si >= 0 and f["start"] < doc.sentences[si]["end"] else None
            f["activity"] = None
        find_counted(doc.text, doc.tokens, doc.sentences, figs)
        assert done.quantities == [{k: f.get(k) for k in fig._RECORD_KEYS} for f in figs]
