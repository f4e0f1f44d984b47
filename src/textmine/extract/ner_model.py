"""Character-level statistical NER: feature extraction, scoring and Viterbi decoding.

The model is a linear classifier over hashed character-window features (trained with
scikit-learn by ``scripts/train_ner.py``) whose per-character tag scores are decoded with
Viterbi under BIOES constraints plus counted transition scores, so every output is a
well-formed span.  Inference needs only numpy (scipy for the reference path): the weights ship as an ``.npz``
file (int8-quantized, one scale per tag) and the feature configuration as JSON, so the model
does not depend on the scikit-learn version that trained it.

Features for character ``i`` (all hashed with CRC-32 into ``n_buckets``):
  * characters at offsets -3..+3, bigrams and trigrams in a +-2 window, the -1/+1 skip pair;
  * character classes (Han, digit, Chinese numeral, Latin, punctuation) in a +-1 window;
  * lexicon membership (surnames, titles, administrative names, administrative/place/organization
    suffixes) as B/I/E/S position of the longest match covering ``i`` and its neighbours.
Feature *names* are defined by :func:`char_features`, which training uses.  Inference computes the
same features without building their names (:class:`_Vectorized`: CRC-32 of every n-gram combined
from per-code-point CRCs, lexicon lookup by rolling hashes) and sums the weight rows in a fixed
order (equal to the reference up to float rounding).  It then decodes only the parts of the chunks
that are not certainly O (:meth:`NerModel._pieces`), all at once (:func:`_viterbi_lanes`); tests
check that scores and spans equal the reference definition and per-chunk :func:`viterbi`.

Scoring and decoding run in a compiled kernel (``_ner_kernel.pyx``, Cython, built by ``pip install``)
when it was built: one pass per character instead of numpy's forty, several times faster.  It must
give bit-identical float32 scores and the same spans as the numpy code, which stays the reference and
the fallback (no C compiler: no kernel, same results): the same operations in the same order (template
rows added in order, then bias, then lexicon marks per row in (lexicon, mark, offset) order; the
decoder's float64 sums and first-index tie breaking), compiled without FMA contraction or fast-math.
:data:`KERNEL` says which path runs; ``TEXTMINE_NER_KERNEL=0`` forces numpy;
tests/test_ner_kernel.py compares the two on real and made-up text.

Lexicon files are model features: changing them (e.g. ``org_suffixes.txt``) needs a retrain, so
endings used only by the entity rules live in ``rules.toml``.
"""
from __future__ import annotations

import json
import logging
import os
import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

# The compiled kernel (src/textmine/extract/_ner_kernel.pyx, built by ``pip install``) scores and
# decodes bit for bit as the numpy code below, which stays the reference and the fallback: without a
# C compiler the extension is not built and everything runs on numpy.  TEXTMINE_NER_KERNEL=0 turns
# it off; tests set ``_kernel = None`` to run the numpy path.
try:
    from textmine.extract import _ner_kernel as _kernel
except ImportError:  # not compiled
    _kernel = None
if os.environ.get("TEXTMINE_NER_KERNEL", "1") == "0":
    _kernel = None
#: which implementation scores and decodes: "compiled" or "numpy"
KERNEL = "compiled" if _kernel is not None else "numpy"

TYPES = ("PER", "LOC", "ORG")
TAGS = ("O",) + tuple(f"{p}-{t}" for t in TYPES for p in "BIES")
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}

# lexicon name -> file under data/gazetteer/
LEXICON_FILES = {
    "sur": "surnames.txt",
    "ttl": "titles.txt",
    "adm": "admin_divisions.txt",
    "asf": "admin_suffixes.txt",
    "lsf": "loc_suffixes.txt",
    "osf": "org_suffixes.txt",
    "ads": "admin_short.txt",
}

_NUMERALS = set("零〇一二三四五六七八九十百千万亿两")
_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】—…·,.;:?!\"'()[]-「」『』 \t\n")


def data_dir() -> Path:
    """Folder holding the package data (``textmine/data``)."""
    return Path(str(resources.files("textmine") / "data"))


def read_wordlist(path: Path) -> list[str]:
    """Words of a lexicon file: whitespace-separated, ``#`` starts a comment line."""
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words.extend(line.split())
    return words


@dataclass
class Lexicon:
    """A set of words with the longest length, for greedy longest matching."""

    words: frozenset
    maxlen: int
    # first character -> lengths of the entries starting with it, longest first; only these are
    # looked up at a position, instead of every length up to ``maxlen``
    lengths: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, words) -> "Lexicon":
        ws = frozenset(w for w in words if w)
        lengths: dict[str, set[int]] = {}
        for w in ws:
            lengths.setdefault(w[0], set()).add(len(w))
        return cls(ws, max((len(w) for w in ws), default=0),
                   {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()})

    def matches(self, text: str):
        """Yield ``(start, end)`` of the longest entry starting at each position (overlaps allowed)."""
        n = len(text)
        words = self.words
        get = self.lengths.get
        for i, c in enumerate(text):
            lens = get(c)
            if lens is None:
                continue
            for ln in lens:
                if i + ln <= n and text[i:i + ln] in words:
                    yield i, i + ln
                    break

    def longest_at(self, text: str, i: int, max_len: int | None = None) -> int:
        """Length of the longest entry starting at ``text[i]`` (0 if none), at most ``max_len``."""
        lens = self.lengths.get(text[i]) if i < len(text) else None
        if lens:
            n = len(text)
            for ln in lens:
                if i + ln <= n and (max_len is None or ln <= max_len) and text[i:i + ln] in self.words:
                    return ln
        return 0


@lru_cache(maxsize=1)
def load_lexicons(root: str | None = None) -> dict[str, Lexicon]:
    base = Path(root) if root else data_dir() / "gazetteer"
    lex = {}
    for name, fn in LEXICON_FILES.items():
        p = base / fn
        lex[name] = Lexicon.of(read_wordlist(p)) if p.exists() else Lexicon.of([])
    return lex


def _ctype(c: str) -> str:
    if c in _NUMERALS:
        return "N"
    if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf":
        return "H"
    if c.isdigit():
        return "D"
    if c.isascii() and c.isalpha():
        return "L"
    if c in _PUNCT or not c.isalnum():
        return "P"
    return "X"


def _lexicon_marks(text: str, lex: dict[str, Lexicon]) -> list[list[str]]:
    """Per position, the lexicon tags covering it: ``name:B|I|E|S``."""
    marks: list[list[str]] = [[] for _ in text]
    for name, lx in lex.items():
        if not lx.maxlen:
            continue
        if name == "sur":  # surnames: only where the match starts (the name starts there)
            for s, e in lx.matches(text):
                marks[s].append(f"sur{e - s}")
            continue
        for s, e in lx.matches(text):
            if e - s == 1:
                marks[s].append(name + ":S")
            else:
                marks[s].append(name + ":B")
                for k in range(s + 1, e - 1):
                    marks[k].append(name + ":I")
                marks[e - 1].append(name + ":E")
    return marks


@lru_cache(maxsize=1)
def word_tokenizer():
    """A plain jieba tokenizer (default dictionary only) for word-boundary features.

    Deliberately not the pipeline's shared tokenizer: that one loads the project's evolving user
    dictionary, and features at inference must be computed exactly as in training.
    """
    import jieba

    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


def word_marks(text: str) -> list[list[str]]:
    """Per character: position in its jieba word (B/I/E/S) with the word itself when it has 2-4 chars."""
    marks: list[list[str]] = []
    for w in word_tokenizer().cut(text, HMM=False):
        n = len(w)
        if n == 1:
            marks.append(["wS"])
            continue
        ident = "wd" + w if n <= 4 else "wlong"
        for k in range(n):
            pos = "B" if k == 0 else "E" if k == n - 1 else "I"
            marks.append(["w" + pos + str(min(n, 5)), ident + pos])
    return marks


def char_features(text: str, lex: dict[str, Lexicon], words: bool = False) -> list[list[str]]:
    """Feature names for every character of ``text`` (the one definition used in training and inference)."""
    n = len(text)
    wm = word_marks(text) if words else None
    pad = "\x02\x02\x02" + text + "\x03\x03\x03"
    types = "PPP" + "".join(_ctype(c) for c in text) + "PPP"
    marks = _lexicon_marks(text, lex)
    out: list[list[str]] = []
    for i in range(n):
        j = i + 3
        c = pad
        f = [
            "b",
            "u-3" + c[j - 3], "u-2" + c[j - 2], "u-1" + c[j - 1], "u0" + c[j],
            "u1" + c[j + 1], "u2" + c[j + 2], "u3" + c[j + 3],
            "b-2" + c[j - 2:j], "b-1" + c[j - 1:j + 1], "b0" + c[j:j + 2], "b1" + c[j + 1:j + 3],
            "k" + c[j - 1] + c[j + 1],
            "t-2" + c[j - 2:j + 1], "t-1" + c[j - 1:j + 2], "t0" + c[j:j + 3],
            "y" + types[j - 1:j + 2], "y0" + types[j],
        ]
        for m in marks[i]:
            f.append("m0" + m)
        if i > 0:
            for m in marks[i - 1]:
                f.append("m-1" + m)
        if i + 1 < n:
            for m in marks[i + 1]:
                f.append("m1" + m)
        if wm is not None:
            f.extend(wm[i])
            f.append("wp-1" + (wm[i - 1][0] if i > 0 else "^"))
            f.append("wp1" + (wm[i + 1][0] if i + 1 < n else "$"))
        out.append(f)
    return out


def hash_features(feats: list[list[str]], n_buckets: int) -> tuple[np.ndarray, np.ndarray]:
    """CSR ``indptr`` and ``indices`` of the hashed features (CRC-32, stable across processes)."""
    crc = zlib.crc32
    indptr = np.zeros(len(feats) + 1, dtype=np.int64)
    idx: list[int] = []
    for r, f in enumerate(feats):
        idx.extend(crc(s.encode("utf-8")) % n_buckets for s in f)
        indptr[r + 1] = len(idx)
    return indptr, np.asarray(idx, dtype=np.int32)


def feature_matrix(texts, lex, n_buckets: int, words: bool = False):
    """Stack the hashed features of several texts into one CSR matrix (one row per character).

    The training and reference path; inference (:class:`_Vectorized`) needs no scipy.
    """
    import scipy.sparse as sp

    ptrs, idxs, offset = [np.zeros(1, dtype=np.int64)], [], 0
    for t in texts:
        p, ix = hash_features(char_features(t, lex, words), n_buckets)
        ptrs.append(p[1:] + offset)
        idxs.append(ix)
        offset += len(ix)
    indptr = np.concatenate(ptrs)
    indices = np.concatenate(idxs) if idxs else np.zeros(0, dtype=np.int32)
    data = np.ones(len(indices), dtype=np.float32)
    return sp.csr_matrix((data, indices, indptr), shape=(len(indptr) - 1, n_buckets))


def allowed_transitions() -> np.ndarray:
    """``A[i, j]`` is True when tag j may follow tag i in BIOES."""
    n = len(TAGS)
    a = np.zeros((n, n), dtype=bool)
    for i, ti in enumerate(TAGS):
        for j, tj in enumerate(TAGS):
            pi, _, yi = ti.partition("-")
            pj, _, yj = tj.partition("-")
            if pi in ("O", "E", "S"):
                a[i, j] = pj in ("O", "B", "S")
            else:  # B or I: continue the same type
                a[i, j] = pj in ("I", "E") and yi == yj
    return a


def allowed_starts() -> np.ndarray:
    return np.array([t == "O" or t[0] in "BS" for t in TAGS])


def allowed_ends() -> np.ndarray:
    return np.array([t == "O" or t[0] in "ES" for t in TAGS])


def viterbi(scores: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Best tag path for ``scores`` (n x T) with transition scores ``trans`` (T x T, -inf = forbidden)."""
    n, t = scores.shape
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    neg = -1e9
    start = np.where(allowed_starts(), 0.0, neg)
    end = np.where(allowed_ends(), 0.0, neg)
    back = np.zeros((n, t), dtype=np.int64)
    cur = scores[0] + start
    for i in range(1, n):
        cand = cur[:, None] + trans
        back[i] = np.argmax(cand, axis=0)
        cur = cand[back[i], np.arange(t)] + scores[i]
    cur = cur + end
    path = np.zeros(n, dtype=np.int64)
    path[-1] = int(np.argmax(cur))
    for i in range(n - 1, 0, -1):
        path[i - 1] = back[i, path[i]]
    return path


def viterbi_batch(scores: np.ndarray, lengths: list[int], trans: np.ndarray) -> list[np.ndarray]:
    """:func:`viterbi` of several sequences at once, vectorized over the sequences.

    ``scores`` stacks the sequences' rows (sum(lengths) x T); returns one tag path per sequence,
    equal to ``viterbi`` on each (the same float64 sums and first-index tie breaking).  Sequences are
    processed longest first, so the ones still running at a step are a prefix of the batch, and the
    Python loop runs as many times as the longest sequence is long.
    """
    out: list[np.ndarray] = [None] * len(lengths)  # type: ignore[list-item]
    if len(lengths):
        order, steps, lanes, tags = _viterbi_lanes(scores, lengths, trans)
        by_lane = np.argsort(lanes, kind="stable")
        ends = np.cumsum(np.bincount(lanes, minlength=len(lengths)))
        for k, e in zip(order.tolist(), ends.tolist()):  # sorted sequence j is sequence order[j]
            out[k] = tags[by_lane[e - int(lengths[k]):e]]
    return out


def _viterbi_lanes(scores: np.ndarray, lengths, trans: np.ndarray, offsets=None, starts=None, ends=None):
    """:func:`viterbi_batch` as ``(order, steps, lanes, tags)``: ``tags[r]`` is the tag of character
    ``steps[r]`` of sequence ``order[lanes[r]]`` (sequences sorted longest first, rows step by step).

    Sequence ``j`` is ``scores[offsets[j]:offsets[j] + lengths[j]]`` (default: stacked in order);
    ``starts``/``ends`` (sequences x T) replace the start and end scores of :func:`viterbi`.

    The forward scores of step ``i`` are kept as one block ``(T, live sequences)`` of a flat array, so
    each step is a few whole-block numpy calls: the previous block repeated per target tag
    (``np.take``), plus the transition scores, the maximum over the source tag, plus the tag scores.
    Back-pointers are not stored: the backtrace recomputes, for the chosen tag only, which source tag
    gave the maximum.
    """
    t = scores.shape[1]
    b = len(lengths)
    lens = np.asarray(lengths, dtype=np.intp)
    order = np.argsort(-lens, kind="stable")
    slens = lens[order]
    soffs = (np.cumsum(lens) - lens if offsets is None else np.asarray(offsets, dtype=np.intp))[order]
    m = int(slens[0])
    # live[i] = how many (sorted) sequences are longer than i; step i's block starts at base[i]
    live = np.searchsorted(-slens, -np.arange(m + 1), side="left")
    base = np.cumsum(live) - live
    n = int(base[m])
    steps = np.repeat(np.arange(m), live[:m])
    lanes = np.arange(n) - base[steps]
    tag_scores = scores[soffs[lanes] + steps].astype(np.float64)  # step-major rows
    trans64 = trans.astype(np.float64)
    trans_col = trans64.reshape(-1, 1)  # [from * T + to], broadcast over the sequences
    sources = np.repeat(np.arange(t), t)
    start = np.where(allowed_starts(), 0.0, -1e9) if starts is None else np.asarray(starts)[order]
    end = np.where(allowed_ends(), 0.0, -1e9) if ends is None else np.asarray(ends)[order]
    live_l, base_l = live.tolist(), base.tolist()
    forward = np.empty(n * t)
    k = live_l[0]
    prev = forward[:t * k].reshape(t, k)
    np.add(tag_scores[:k].T, start.T if start.ndim == 2 else start[:, None], out=prev)
    blocks = [prev]
    for i in range(1, m):
        k, a = live_l[i], base_l[i]
        cand = np.take(prev if prev.shape[1] == k else prev[:, :k], sources, axis=0)
        cand += trans_col
        cur = forward[t * a:t * (a + k)]
        np.maximum.reduce(cand.reshape(t, t * k), axis=0, out=cur)
        prev = cur.reshape(t, k)
        prev += tag_scores[a:a + k].T
        blocks.append(prev)
    final = forward[t * base[slens - 1][:, None] + np.arange(t)[None, :] * live[slens - 1][:, None]
                    + np.arange(b)[:, None]] + end
    last_tag = final.argmax(axis=1)
    path = np.empty(n, dtype=np.intp)
    tag = np.empty(b, dtype=np.intp)
    trans_from = np.ascontiguousarray(trans64.T)  # [to, from]
    for i in range(m - 1, -1, -1):
        k, ended = live_l[i], live_l[i + 1]
        tag[ended:k] = last_tag[ended:k]  # sequences whose last character is i
        path[base_l[i]:base_l[i] + k] = tag[:k]
        if i:
            tag[:k] = (blocks[i - 1].T[:k] + trans_from[tag[:k]]).argmax(axis=1)
    return order, steps, lanes, path


_TAG_PARTS = [(t.partition("-")[0], t.partition("-")[2]) for t in TAGS]


def _spans(marks) -> list[tuple[int, int, str]]:
    """Spans from ``(position, prefix, type)`` of the non-O tags, in order; a gap is an O."""
    spans, start, last = [], None, -2
    for i, p, y in marks:
        if i != last + 1:
            start = None
        last = i
        if p == "S":
            spans.append((i, i + 1, y))
            start = None
        elif p == "B":
            start = i
        elif p == "E" and start is not None:
            spans.append((start, i + 1, y))
            start = None
    return spans


def _path_spans(path: np.ndarray) -> list[tuple[int, int, str]]:
    """:func:`tags_to_spans` of a tag-index path, looking only at its non-O positions."""
    nz = np.flatnonzero(path)
    return _spans((i, *_TAG_PARTS[ti]) for i, ti in zip(nz.tolist(), path[nz].tolist()))


def tags_to_spans(tags) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` spans of a well-formed BIOES tag sequence (tag names or indexes)."""
    names = (TAGS[t] if not isinstance(t, str) else t for t in tags)
    return _spans((i, *t.partition("-")[::2]) for i, t in enumerate(names) if t != "O")


def bio_to_bioes(tags: list[str]) -> list[str]:
    out = []
    for i, t in enumerate(tags):
        if t == "O":
            out.append("O")
            continue
        p, y = t.split("-", 1)
        nxt = tags[i + 1] if i + 1 < len(tags) else "O"
        cont = nxt == f"I-{y}"
        if p == "B":
            out.append(("B-" if cont else "S-") + y)
        else:
            out.append(("I-" if cont else "E-") + y)
    return out


class NerModel:
    """A loaded model: hashed-feature weights, transition scores and lexicons."""

    def __init__(self, weights_q: np.ndarray, scales: np.ndarray, bias: np.ndarray, trans: np.ndarray,
                 config: dict, lexicons: dict[str, Lexicon]):
        # Kept as shipped: int8 (n_buckets x n_tags, 13.6 MB) and one float32 scale per tag.
        # Dequantizing the whole table up front took 54 MB plus as much again while converting;
        # rows are dequantized when a feature uses them (_Vectorized.scores), giving the same float32s.
        # The rows are stored padded to 16 (or 32) bytes: np.take copies rows of those widths fast.
        width = next((w for w in (1, 2, 4, 8, 16, 32) if w >= weights_q.shape[1]), weights_q.shape[1])
        # (np.empty, then filled: numpy asks Linux for huge pages for large np.empty arrays, not for
        # np.zeros; each character reads 20 random rows, and with 4 kB pages most miss the TLB)
        self.table = np.empty((weights_q.shape[0], width), dtype=np.int8)
        self.table[:, :weights_q.shape[1]] = weights_q
        self.table[:, weights_q.shape[1]:] = 0
        self.weights_q = self.table[:, :weights_q.shape[1]]
        self.scales = scales
        self.bias = bias
        self.trans = trans
        self.config = config
        self.lexicons = lexicons
        self.n_buckets = int(config["n_buckets"])
        self._vec: _Vectorized | None = None
        finite = np.abs(trans[allowed_transitions()].astype(np.float64))
        # for the exactness test of :meth:`_pieces`: the smallest nonzero and the largest transition
        self._trans_smallest = float(finite[finite > 0].min()) if (finite > 0).any() else np.inf
        self._trans_largest = float(finite.max()) if len(finite) else 0.0
        self._transition_gains = self._gains(trans)
        enter, inner, leave = self._transition_gains
        # what the compiled decoder takes besides the scores (the float64 values _pieces uses)
        self._decode_args = (trans.astype(np.float64), np.where(allowed_starts(), 0.0, -1e9),
                             np.where(allowed_ends(), 0.0, -1e9), enter, inner,
                             inner - max(leave, 0.0) - _CERTAIN_MARGIN, self._trans_smallest, self._trans_largest)

    @classmethod
    def load(cls, folder: Path | None = None) -> "NerModel":
        folder = Path(folder) if folder else data_dir() / "ner"
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        if tuple(config["tags"]) != TAGS:
            raise ValueError(f"model tags {config['tags']} do not match this code's {TAGS}")
        z = np.load(folder / config.get("weights_file", "model.npz"))
        allowed = allowed_transitions()
        trans = np.where(allowed, z["trans"].astype(np.float32), -1e9)
        return cls(np.ascontiguousarray(z["weights_q"], dtype=np.int8), z["scales"].astype(np.float32),
                   z["bias"].astype(np.float32), trans, config, load_lexicons())

    @property
    def weights(self) -> np.ndarray:
        """The whole dequantized table (n_buckets x n_tags float32, 54 MB): reference path and tests only."""
        return self.weights_q.astype(np.float32) * self.scales[None, :]

    def scores(self, text: str) -> np.ndarray:
        """Per-character tag scores (n x n_tags)."""
        if not text:
            return np.zeros((0, len(TAGS)), dtype=np.float32)
        x = feature_matrix([text], self.lexicons, self.n_buckets, bool(self.config.get("jieba_features")))
        return np.asarray(x @ self.weights) + self.bias

    def predict_tags(self, text: str) -> np.ndarray:
        return viterbi(self.scores(text), self.trans)

    def predict(self, text: str) -> list[tuple[int, int, str]]:
        """Spans ``(start, end, 'PER'|'LOC'|'ORG')`` in ``text``, decoded per line/sentence chunk.

        All chunks of the text are featurized in one pass and decoded together
        (:func:`viterbi_batch`); the result equals decoding each chunk on its own.
        """
        if self.config.get("jieba_features"):  # the slow reference path (no shipped model uses it)
            chunks = _chunks(text, int(self.config.get("max_chunk", 300)))
            return [(a + s, b + s, y) for s, e in chunks for a, b, y in tags_to_spans(self.predict_tags(text[s:e]))]
        return self.predict_many([text])[0]

    def predict_many(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """:meth:`predict` of each text, computed in one pass (for many short texts such as titles,
        where the per-call cost of the numpy steps dominates)."""
        if self.config.get("jieba_features"):
            return [self.predict(t) for t in texts]
        max_chunk = int(self.config.get("max_chunk", 300))
        # the texts laid end to end: chunks never cross a text's end, so neither do spans
        firsts = np.cumsum([0] + [len(t) for t in texts])
        pattern = _chunk_pattern(max_chunk)  # _chunks, with the chunk strings the scan already made
        chunks = [(f + m.start(), f + m.end(), c) for t, f in zip(texts, firsts.tolist())
                  for m in pattern.finditer(t) if not (c := m.group()).isspace()]
        out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        if not chunks:
            return out
        scores = self._fast_scores([c for _, _, c in chunks])
        bounds = np.array([(s, e) for s, e, _ in chunks], dtype=np.intp)
        lengths = bounds[:, 1] - bounds[:, 0]
        tags = np.zeros(int(firsts[-1]), dtype=np.intp)
        tags[np.repeat(bounds[:, 0] - (np.cumsum(lengths) - lengths), lengths) + np.arange(len(scores))] = \
            self._decode(scores, lengths)
        # every chunk's path is well-formed BIOES, so the spans of all tags (O between chunks) are
        # the spans of the chunks
        spans = _path_spans(tags)
        if len(texts) == 1:
            return [spans]
        which = (np.searchsorted(firsts, [s for s, _, _ in spans], side="right") - 1).tolist()
        for (s, e, y), k in zip(spans, which):
            out[k].append((s - int(firsts[k]), e - int(firsts[k]), y))
        return out

    def _decode(self, scores: np.ndarray, lengths) -> np.ndarray:
        """The Viterbi tags of stacked chunks (``viterbi`` of each chunk, concatenated).

        The compiled kernel does :meth:`_pieces` and the Viterbi of the pieces in one pass with the
        same float64 operations; it declines (and numpy decodes) when the quick exactness test over
        all chunks at once fails, since only numpy has the per-chunk test.
        """
        tags = np.zeros(len(scores), dtype=np.intp)
        lens = np.asarray(lengths, dtype=np.intp)
        if _kernel is not None and scores.dtype == np.float32 and len(scores) and lens.min() > 0:
            if _kernel.decode(np.ascontiguousarray(scores), lens, *self._decode_args, tags):
                return tags
        pieces = self._pieces(scores, lengths)
        if pieces is not None:
            offsets, piece_lengths, starts, ends = pieces
            order, steps, lanes, path = _viterbi_lanes(scores, piece_lengths, self.trans, offsets, starts, ends)
            tags[offsets[order[lanes]] + steps] = path
        return tags

    def _pieces(self, scores: np.ndarray, lengths: np.ndarray):
        """The parts of the chunks that need Viterbi: ``(offsets, lengths, start scores, end scores)``.

        Most characters of a report are certainly O: whatever the rest of the chunk, any tag path
        that puts them in an entity scores lower than the same path with that entity replaced by O.
        For a maximal run of non-O tags ``[a, b]`` that difference is at most the sum over the run of
        ``max non-O score - O score``, plus the best gains of its transitions over staying in O
        (entering, inside, leaving; :meth:`_gains`), so a character is certain when the best such
        sum over the runs containing it (prefix sums, running minimum and maximum) stays below
        ``-_CERTAIN_MARGIN``.  Chunks of certain characters are all O and are not decoded.  Other
        chunks are cut at their certain characters: a piece after one starts from O (start scores
        ``trans[O]``), a piece before one ends into O (end scores ``trans[:, O]``).

        Decoding the pieces gives exactly the chunk's Viterbi path when the chunk's float64 sums
        are exact (every score and transition a multiple of ``2**-q`` and every partial sum below
        ``2**(52-q)``): then the only difference, a constant offset of every competing path
        score, changes no comparison.  A chunk where that cannot be shown is decoded whole.
        """
        n, t = scores.shape
        lengths = np.asarray(lengths, dtype=np.intp)
        offs = np.cumsum(lengths) - lengths
        enter, inner, leave = self._transition_gains
        # (reductions over the 13 tags run over the rows of the transposed copy: numpy reduces a short
        # last axis one row at a time, ten times slower)
        by_tag = np.ascontiguousarray(scores.T)
        # per character: best gain of a non-O tag (the difference taken exactly, in float64)
        h = by_tag[1:].max(axis=0).astype(np.float64) - by_tag[0] + inner
        # per chunk, J[r] = sum of h from the chunk start to r; running minimum (from the chunk start)
        # and maximum (to the chunk end) with each chunk offset so that no other chunk reaches it
        c = np.cumsum(h)
        rel = np.repeat(c[offs] - h[offs], lengths)
        j = c - rel
        chunk = np.repeat(np.arange(len(lengths)), lengths)
        shift = chunk * (float(j.max() - j.min()) + 1.0)
        run_min = np.minimum.accumulate(j - shift) + shift
        run_max = np.maximum.accumulate((j - shift)[::-1])[::-1] + shift
        # best run containing r: it starts at the chunk start (no entering gain) or later
        before = np.empty(n)
        before[1:] = np.maximum(j[:-1] - run_min[:-1] + enter, j[:-1])
        before[offs] = 0.0
        certain = before + h + (run_max - j) < inner - max(leave, 0.0) - _CERTAIN_MARGIN
        all_o = np.logical_and.reduceat(certain, offs)
        # exact sums: granularity of the smallest nonzero score (float32: 24 significant bits) and
        # transition, and a bound on every partial sum
        mag = np.abs(by_tag)
        smallest, largest = float(mag.min()), float(mag.max())
        exp = np.frexp(min(smallest, self._trans_smallest))[1] - 24
        if not (smallest > 0 and lengths.max() * (largest + self._trans_largest) < np.ldexp(1.0, 52 + exp)):
            # the whole text cannot be shown exact at once: per chunk
            least = np.minimum.reduceat(np.where(mag > 0, mag, np.inf).min(axis=0), offs)
            exp = np.frexp(np.minimum(least, self._trans_smallest))[1] - 24
            total = np.add.reduceat(mag.max(axis=0), offs, dtype=np.float64) + lengths * self._trans_largest
            exact = np.isinf(least) | (total < np.ldexp(1.0, 52 + exp))
            certain[np.repeat(~exact & ~all_o, lengths)] = False
        todo = ~certain
        if not todo.any():
            return None
        first = todo.copy()
        first[1:] &= ~todo[:-1]
        first[offs] = todo[offs]
        last = todo.copy()
        last[:-1] &= ~todo[1:]
        ends_at = offs + lengths - 1
        last[ends_at] = todo[ends_at]
        p_start, p_end = np.flatnonzero(first), np.flatnonzero(last) + 1
        trans = self.trans.astype(np.float64)
        # a piece starting (ending) where its chunk does gets the chunk's start (end) scores
        chunk_start = np.zeros(n + 1, dtype=bool)
        chunk_start[offs] = True
        chunk_end = np.zeros(n + 1, dtype=bool)
        chunk_end[ends_at + 1] = True
        starts = np.where(chunk_start[p_start][:, None], np.where(allowed_starts(), 0.0, -1e9), trans[0])
        ends = np.where(chunk_end[p_end][:, None], np.where(allowed_ends(), 0.0, -1e9), trans[:, 0])
        return p_start, p_end - p_start, starts, ends

    @staticmethod
    def _gains(trans: np.ndarray) -> tuple[float, float, float]:
        """Best gains over staying in O (``trans[O, O]``) of the transitions entering a non-O run from O,
        inside one, and leaving one to O, over the allowed transitions (for :meth:`_pieces`)."""
        trans = trans.astype(np.float64)
        allowed = allowed_transitions()
        stay = trans[0, 0]
        non_o = np.arange(1, len(TAGS))
        enter = trans[0, non_o][allowed[0, non_o]].max() - stay
        inner = trans[np.ix_(non_o, non_o)][allowed[np.ix_(non_o, non_o)]].max() - stay
        leave = trans[non_o, 0][allowed[non_o, 0]].max() - stay
        return float(enter), float(inner), float(leave)

    def _fast_scores(self, texts: list[str]) -> np.ndarray:
        """Per-character tag scores of several texts, stacked (sum of lengths x T).

        Equal (up to float rounding) to ``feature_matrix(texts, …) @ weights + bias``: the same feature
        names hashed to the same CRC-32 buckets, but computed per feature template over all characters
        at once with numpy (:class:`_Vectorized`), never building the names as strings.
        """
        if self._vec is None:
            self._vec = _Vectorized(self.lexicons, self.n_buckets)
        return self._vec.scores(texts, self.weights_q, self.scales, self.bias, self.table)



def _crc_table() -> np.ndarray:
    """The byte table of CRC-32 (reflected polynomial 0xEDB88320, as in zlib)."""
    t = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        t = np.where(t & 1, (t >> 1) ^ np.uint32(0xEDB88320), t >> 1).astype(np.uint32)
    return t


_CRC_TABLE = _crc_table()


def _advance(reg: np.ndarray, n_bytes: int) -> np.ndarray:
    """CRC-32 registers ``reg`` after feeding ``n_bytes`` zero bytes.

    The CRC-32 register update is linear over GF(2) in (register, byte), so feeding bytes ``B`` to a
    register ``r`` gives ``_advance(r, len(B)) ^ crc_from_zero(B)``: a feature's CRC is the CRC of its
    name prefix advanced by the length of its characters, xor the characters' CRCs from zero, each
    advanced by the length of what follows it.  That lets every character's CRC be computed once.
    """
    for _ in range(n_bytes):
        reg = _CRC_TABLE[reg & 0xFF] ^ (reg >> 8)
    return reg


_HASH_MUL = np.uint64(0x9E3779B97F4A7C15)
_FILTER_BITS = 16  # bits of a mixed window hash indexing a table of "some entry has these bits"


def _filter_slot(h: np.ndarray) -> np.ndarray:
    """Filter slot of window hashes: the top bits after one more multiplication (the top bits of a
    rolling hash depend almost only on the window's first character)."""
    with np.errstate(over="ignore"):
        return (h * _HASH_MUL) >> np.uint64(64 - _FILTER_BITS)
_MAX_SHIFT = 8  # a trigram's first character is followed by at most two 4-byte characters
_CLASS_LETTERS = "HNDLPX"  # the values of _ctype

# feature templates of char_features, in its order: (name prefix, what it reads, offset of its first
# character relative to the current one).  "char" is one character, "bigram"/"trigram" consecutive
# characters, "skip" the characters at offset and offset + 2, "class"/"class3" the character classes
# (_ctype) of one or three consecutive characters, "const" the bias feature "b".
_TEMPLATES = [("b", "const", 0)] + [(f"u{k}", "char", k) for k in (-3, -2, -1, 0, 1, 2, 3)] + [
    ("b-2", "bigram", -2), ("b-1", "bigram", -1), ("b0", "bigram", 0), ("b1", "bigram", 1),
    ("k", "skip", -1),
    ("t-2", "trigram", -2), ("t-1", "trigram", -1), ("t0", "trigram", 0),
    ("y", "class3", -1), ("y0", "class", 0),
]
_PAD = 3  # characters of padding on each side of a chunk (\x02 before, \x03 after), as in char_features
_ROW_BLOCK = 1024  # characters whose weight rows are summed at once (the float block stays in cache)
# lexicon mark features: (name prefix, offset of the marked character relative to the current one)
_MARK_OFFSETS = (("m0", 0), ("m-1", -1), ("m1", 1))


class _Vectorized:
    """Feature scores of :func:`char_features` computed with numpy, over all characters at once.

    A feature's bucket is CRC-32 of its UTF-8 name.  Per code point (the Basic Multilingual Plane
    up front, other planes when first seen) the CRC of the character's bytes from a zero register is
    kept, advanced by 0..8 further bytes (:func:`_advance`); a bigram's or trigram's CRC is then a few
    table lookups and xors per position, shared by all templates reading that n-gram.  The weight rows
    are summed in template order (as scipy's CSR product adds them), then the lexicon marks are added
    per lexicon, mark and offset, always in that order: changing an order changes float32 roundings.

    Lexicon entries are found with 64-bit rolling hashes of the windows (one table per length for all
    lexicons, with a bit per lexicon): single characters by a table per code point, two-character
    windows by one lookup, and longer windows only where the first two characters begin a longer entry.
    """

    def __init__(self, lexicons: dict[str, Lexicon], n_buckets: int):
        self.nb = n_buckets
        self.lexicons = lexicons
        self._bucket_memo: dict[str, int] = {}
        self._init_lexicons(lexicons)
        # per template and total byte length of its characters (0..12): the register after the name
        # prefix advanced by that many bytes, with CRC-32's final xor applied
        self.prefix_regs = np.empty((len(_TEMPLATES), 4 * 3 + 1), dtype=np.uint32)
        for k, (prefix, _, _) in enumerate(_TEMPLATES):
            reg = np.array([zlib.crc32(prefix.encode("utf-8")) ^ 0xFFFFFFFF], dtype=np.uint32)
            for ln in range(self.prefix_regs.shape[1]):
                self.prefix_regs[k, ln] = reg[0] ^ 0xFFFFFFFF
                reg = _advance(reg, 1)
        # with a power-of-two bucket count, CRC modulo the count is its low bits (columns())
        self.low_bits = np.uint32(n_buckets - 1) if n_buckets & (n_buckets - 1) == 0 else None
        self.prefix_low = self.prefix_regs & self.low_bits if self.low_bits is not None else None
        # class features read only the 6 class letters: their buckets are tables
        letters = _CLASS_LETTERS
        self.class_index = {c: k for k, c in enumerate(letters)}
        self.class1 = np.array([self.bucket("y0" + a) for a in letters], dtype=np.int32)
        self.class3 = np.array([self.bucket("y" + a + b + c) for a in letters for b in letters for c in letters],
                               dtype=np.int32)
        # per code point: UTF-8 length, CRC from zero advanced by 0.._MAX_SHIFT bytes, class, the
        # buckets of the one-character templates and the lexicons holding it as a one-character entry;
        # code points outside the BMP get rows when first seen
        self.extra: dict[int, int] = {}
        self.char_len, self.shifted, self.char_class, self.uni, self.single = \
            self._char_rows(np.arange(0x10000, dtype=np.uint32))

    def _init_lexicons(self, lexicons: dict[str, Lexicon]) -> None:
        self.lex_names = [name for name, lx in lexicons.items() if lx.maxlen]
        by_len: dict[int, dict[int, int]] = {}
        prefixes: set[int] = set()  # hashes of the first two characters of entries longer than two
        self.single_bits: dict[int, int] = {}
        for bit, name in enumerate(self.lex_names):
            for w in lexicons[name].words:
                if len(w) == 1:
                    self.single_bits[ord(w)] = self.single_bits.get(ord(w), 0) | 1 << bit
                    continue
                h = self._hash_word(w)
                table = by_len.setdefault(len(w), {})
                table[h] = table.get(h, 0) | 1 << bit
                if len(w) > 2:
                    prefixes.add(self._hash_word(w[:2]))
        for h in prefixes:
            by_len.setdefault(2, {}).setdefault(h, 0)
        self.lex_tables: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for ln, table in by_len.items():
            keys = np.array(sorted(table), dtype=np.uint64)
            self.lex_tables[ln] = (keys, np.array([table[k] for k in keys.tolist()], dtype=np.uint32))
        keys2 = self.lex_tables.get(2, (np.zeros(0, dtype=np.uint64), None))[0]
        self.prefix2 = np.isin(keys2, np.array(sorted(prefixes), dtype=np.uint64))
        self.seen2 = np.zeros(1 << _FILTER_BITS, dtype=bool)
        self.seen2[_filter_slot(keys2)] = True
        self.lex_maxlen = max((ln for ln in by_len), default=1)
        self._bit_numbers = np.arange(len(self.lex_names), dtype=np.uint32)
        self._sur = self.lex_names.index("sur") if "sur" in self.lex_names else -1
        self._marks_per_lexicon = max(4, max((lexicons[nm].maxlen for nm in self.lex_names), default=0) + 1)
        self._mark_rows: np.ndarray | None = None
        self._kernel_args: tuple | None = None

    def _char_rows(self, cp: np.ndarray):
        """The per-code-point tables (see ``__init__``) for code points ``cp``."""
        by, ln = self._utf8(cp)
        reg = np.zeros(len(cp), dtype=np.uint32)
        for k in range(4):
            new = _CRC_TABLE[(reg ^ by[:, k]) & 0xFF] ^ (reg >> 8)
            reg = np.where(ln > k, new, reg)
        shifted = np.empty((_MAX_SHIFT + 1, len(cp)), dtype=np.uint32)
        shifted[0] = reg
        for m in range(1, _MAX_SHIFT + 1):
            shifted[m] = _advance(shifted[m - 1], 1)
        cls = self._classes(cp)
        single = np.zeros(len(cp), dtype=np.uint32)
        if self.single_bits:  # only the few code points that are one-character entries
            keys = np.array(sorted(self.single_bits), dtype=np.uint32)
            at = np.minimum(np.searchsorted(keys, cp), len(keys) - 1)
            hit = keys[at] == cp
            single[hit] = [self.single_bits[c] for c in cp[hit].tolist()]
        uni_templates = [k for k, (_, kind, _) in enumerate(_TEMPLATES) if kind == "char"]
        uni = (self.prefix_regs[uni_templates][:, ln] ^ reg) % np.uint32(self.nb)
        return ln.astype(np.uint8), shifted, cls, np.ascontiguousarray(uni, dtype=np.int32), single

    def _classes(self, cp: np.ndarray) -> np.ndarray:
        """:func:`_ctype` of each code point, as its number in :data:`_CLASS_LETTERS`.

        Every process builds this for the whole BMP, so the two Han blocks (27k code points, all "H"
        but for the numerals, exactly as ``_ctype`` decides) are filled by range; only the other
        code points ask ``_ctype``, whose Unicode properties (isdigit, isalnum) have no numpy form.
        """
        cls = np.empty(len(cp), dtype=np.uint8)
        han = ((cp >= 0x4E00) & (cp <= 0x9FFF)) | ((cp >= 0x3400) & (cp <= 0x4DBF))
        cls[han] = self.class_index["H"]
        other = np.flatnonzero(~han)
        index = self.class_index
        cls[other] = [index[_ctype(chr(c))] for c in cp[other].tolist()]
        numerals = np.isin(cp, np.array([ord(c) for c in _NUMERALS], dtype=cp.dtype))
        cls[numerals] = index["N"]
        return cls

    def _index(self, cp: np.ndarray) -> np.ndarray:
        """Row of each code point in the per-code-point tables."""
        idx = cp.astype(np.intp)
        high = np.flatnonzero(cp >= 0x10000)
        if len(high):
            new = [c for c in np.unique(cp[high]).tolist() if c not in self.extra]
            if new:
                rows = self._char_rows(np.array(new, dtype=np.uint32))
                base = len(self.char_len)
                self.extra.update((c, base + k) for k, c in enumerate(new))
                self.char_len, self.shifted, self.char_class, self.uni, self.single = (
                    np.concatenate([old, add], axis=old.ndim - 1)
                    for old, add in zip((self.char_len, self.shifted, self.char_class, self.uni, self.single), rows))
            extra = self.extra
            idx[high] = [extra[c] for c in cp[high].tolist()]
        return idx

    @staticmethod
    def _hash_word(w: str) -> int:
        h = 0
        for ch in w:
            h = (h * int(_HASH_MUL) + ord(ch)) & 0xFFFFFFFFFFFFFFFF
        return h

    def bucket(self, name: str) -> int:
        b = self._bucket_memo.get(name)
        if b is None:
            b = self._bucket_memo[name] = zlib.crc32(name.encode("utf-8")) % self.nb
        return b

    @staticmethod
    def _utf8(cp: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """UTF-8 bytes (n x 4) and byte counts of code points."""
        ln = 1 + (cp >= 0x80).astype(np.int8) + (cp >= 0x800) + (cp >= 0x10000)
        b = np.zeros((len(cp), 4), dtype=np.uint32)
        one, two, three, four = ln == 1, ln == 2, ln == 3, ln == 4
        b[one, 0] = cp[one]
        b[two, 0] = 0xC0 | (cp[two] >> 6)
        b[two, 1] = 0x80 | (cp[two] & 0x3F)
        b[three, 0] = 0xE0 | (cp[three] >> 12)
        b[three, 1] = 0x80 | ((cp[three] >> 6) & 0x3F)
        b[three, 2] = 0x80 | (cp[three] & 0x3F)
        b[four, 0] = 0xF0 | (cp[four] >> 18)
        b[four, 1] = 0x80 | ((cp[four] >> 12) & 0x3F)
        b[four, 2] = 0x80 | ((cp[four] >> 6) & 0x3F)
        b[four, 3] = 0x80 | (cp[four] & 0x3F)
        return b, ln

    def columns(self, idx: np.ndarray) -> np.ndarray:
        """Bucket of every template (rows, in :data:`_TEMPLATES` order) at every padded position.

        ``idx`` are the table rows of the padded characters; column ``j`` is the character at
        ``j + _PAD``.  Columns of padding characters are computed too (cheaper than selecting).
        """
        n = len(idx) - 2 * _PAD
        ln = self.char_len[idx].astype(np.intp)
        shifted = self.shifted
        crc = shifted[0][idx]
        cls = self.char_class[idx].astype(np.intp)
        # n-grams starting at every position (as far as they fit): CRC from zero and byte length
        big = shifted[ln[1:], idx[:-1]] ^ crc[1:]
        big_len = ln[:-1] + ln[1:]
        skip = shifted[ln[2:], idx[:-2]] ^ crc[2:]
        skip_len = ln[:-2] + ln[2:]
        tri = shifted[ln[1:-1] + ln[2:], idx[:-2]] ^ shifted[ln[2:], idx[1:-1]] ^ crc[2:]
        tri_len = big_len[:-1] + ln[2:]
        grams = {"bigram": (big, big_len), "skip": (skip, skip_len), "trigram": (tri, tri_len)}
        prefix_regs = self.prefix_regs
        if self.low_bits is not None:  # the bucket is the low bits; taking them commutes with xor, so
            # each n-gram CRC is cut once (not once per template) and no division runs
            grams = {kind: (val & self.low_bits, vlen) for kind, (val, vlen) in grams.items()}
            prefix_regs = self.prefix_low
        # int32: half the bytes of intp to write, select and read (np.take accepts them as fast)
        cols = np.empty((len(_TEMPLATES), n), dtype=np.int32)
        u = 0
        for k, (prefix, kind, off) in enumerate(_TEMPLATES):
            a = _PAD + off
            if kind == "const":
                cols[k] = self.bucket(prefix)
            elif kind == "char":
                cols[k] = self.uni[u][idx[a:a + n]]
                u += 1
            elif kind == "class":
                cols[k] = self.class1[cls[a:a + n]]
            elif kind == "class3":
                cols[k] = self.class3[cls[a:a + n] * 36 + cls[a + 1:a + 1 + n] * 6 + cls[a + 2:a + 2 + n]]
            else:
                val, vlen = grams[kind]
                crc = prefix_regs[k][vlen[a:a + n]] ^ val[a:a + n]
                cols[k] = crc if self.low_bits is not None else crc % np.uint32(self.nb)
        return cols

    def lexicon_hits(self, cp: np.ndarray, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Longest entry of each lexicon starting at each position: ``(lexicon number, start, length)``
        arrays sorted by lexicon (:attr:`lex_names` order), then start."""
        m = len(cp)
        found = []  # (length, positions, lexicon bits), shortest first so longer ones overwrite
        bits1 = self.single[idx]
        at = np.flatnonzero(bits1)
        found.append((1, at, bits1[at]))
        keys2, vals2 = self.lex_tables.get(2, (None, None))
        if keys2 is not None and m >= 2:
            h = cp.astype(np.uint64)
            with np.errstate(over="ignore"):
                h2 = h[:-1] * _HASH_MUL + h[1:]
            cand = np.flatnonzero(self.seen2[_filter_slot(h2)])  # cheap filter first
            hc = h2[cand]
            k = np.searchsorted(keys2, hc)
            k[k == len(keys2)] = 0
            ok = keys2[k] == hc
            at, k = cand[ok], k[ok]
            found.append((2, at, vals2[k]))
            # longer windows only where the first two characters begin a longer entry
            starts = at[self.prefix2[k]]
            hs = h2[starts]
            padded = np.concatenate([h, np.zeros(self.lex_maxlen, dtype=np.uint64)])
            for ln in range(3, self.lex_maxlen + 1):
                with np.errstate(over="ignore"):
                    hs = hs * _HASH_MUL + padded[starts + ln - 1]
                table = self.lex_tables.get(ln)
                if table is None or not len(starts):
                    continue
                keys, vals = table
                k = np.searchsorted(keys, hs)
                k[k == len(keys)] = 0
                ok = keys[k] == hs
                found.append((ln, starts[ok], vals[k[ok]]))
        lexicon, start, length = [], [], []
        for ln, at, bits in found:
            hit, lex = np.nonzero((bits[:, None] >> self._bit_numbers) & 1)
            lexicon.append(lex)
            start.append(at[hit])
            length.append(np.full(len(hit), ln))
        lexicon, start, length = np.concatenate(lexicon), np.concatenate(start), np.concatenate(length)
        # the longest entry per lexicon and start
        key = lexicon * m + start
        order = np.lexsort((length, key))
        key, length = key[order], length[order]
        last = np.ones(len(key), dtype=bool)
        last[:-1] = key[1:] != key[:-1]
        key = key[last]
        return key // m, key % m, length[last]

    def mark_rows(self, weights_q: np.ndarray, scales: np.ndarray) -> np.ndarray:
        """Dequantized weight rows of the lexicon mark features, row ``_mark_key(...) * 3 + offset``.

        A mark is ``sur<length>`` at the start of a surname, else ``<lexicon>:S|B|E|I``; its number
        within its lexicon (the length, or 0-3) orders the marks as :func:`_lexicon_marks` adds them.
        """
        if self._mark_rows is None:
            rows = np.zeros((len(self.lex_names) * self._marks_per_lexicon * len(_MARK_OFFSETS), len(scales)),
                            dtype=np.float32)
            for b, name in enumerate(self.lex_names):
                if name == "sur":
                    marks = {ln: f"sur{ln}" for ln in range(1, self.lexicons[name].maxlen + 1)}
                else:
                    marks = {k: f"{name}:{p}" for k, p in enumerate("SBEI")}
                for sub, mark in marks.items():
                    for o, (prefix, _) in enumerate(_MARK_OFFSETS):
                        row = weights_q[self.bucket(prefix + mark)].astype(np.float32) * scales
                        rows[(b * self._marks_per_lexicon + sub) * len(_MARK_OFFSETS) + o] = row
            self._mark_rows = rows
        return self._mark_rows

    def scores(self, texts: list[str], weights_q: np.ndarray, scales: np.ndarray, bias: np.ndarray,
               table: np.ndarray) -> np.ndarray:
        """Tag scores per character of the texts, stacked (float32, the same sums as the CSR product).

        ``table`` holds the int8 weights padded to a row width that ``np.take`` copies fast.
        """
        if not any(texts):
            return np.zeros((0, len(bias)), dtype=np.float32)
        pad = "".join(["\x02" * _PAD + t + "\x03" * _PAD for t in texts])
        cp = np.frombuffer(pad.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        idx = self._index(cp)
        lens = np.fromiter(map(len, texts), dtype=np.intp, count=len(texts))
        n = int(lens.sum())
        t = len(bias)
        kernel_args = self.kernel_args(weights_q, scales, bias, table) if _kernel is not None else None
        if kernel_args:
            out = np.empty((n, t), dtype=np.float32)
            _kernel.scores(cp, idx, lens, _PAD, self.char_len, self.shifted, self.char_class, self.uni,
                           self.single, *kernel_args, out)
            return out
        # padded position of every character of the texts
        firsts = np.cumsum(lens + 2 * _PAD) - lens - _PAD
        pos = np.arange(n) + np.repeat(firsts - (np.cumsum(lens) - lens), lens)
        cols = self.columns(idx)[:, pos - _PAD]
        # every character has one feature per template, each of value 1: the sparse product
        # x @ weights is the sum of one weight row per template, added in template order (the
        # order scipy's CSR product adds them, so the float32 sums are the same)
        width = table.shape[1]
        wide_scales = np.zeros(width, dtype=np.float32)
        wide_scales[:t] = scales
        wide_scales = np.tile(wide_scales, min(n, _ROW_BLOCK))
        out = np.empty((n, t), dtype=np.float32)
        n_templates = len(_TEMPLATES)
        floats = np.empty(n_templates * min(n, _ROW_BLOCK) * width, dtype=np.float32)  # reused per block
        acc = np.empty(min(n, _ROW_BLOCK) * width, dtype=np.float32)
        for a in range(0, n, _ROW_BLOCK):
            rows = np.take(table, cols[:, a:a + _ROW_BLOCK], axis=0)
            w = rows.shape[1] * width
            block = floats[:n_templates * w].reshape(n_templates, w)
            np.copyto(block, rows.reshape(n_templates, w), casting="unsafe")
            block *= wide_scales[:w]
            # a reduction over the first axis adds the rows one after another, in template order
            # (pairwise summation applies only along the contiguous axis)
            np.add.reduce(block, axis=0, out=acc[:w])
            np.add(acc[:w].reshape(-1, width)[:, :t], bias, out=out[a:a + _ROW_BLOCK])
        self._add_marks(out, cp, idx, pos, weights_q, scales)
        return out

    def kernel_args(self, weights_q, scales, bias, table) -> tuple:
        """The model's tables as the compiled kernel takes them (built once): templates as
        ``(kind, offset, bucket or row)``, the lexicon window hashes of all lengths in one sorted run
        per length, and the possible marks numbered in mark order (the kernel keeps a bit per mark).

        Empty when the model exceeds the kernel's fixed limits (a retrained model with more tags,
        lexicons or marks): numpy scores it."""
        if self._kernel_args is None:
            kinds = {"const": 0, "char": 1, "class": 2, "class3": 3, "bigram": 4, "skip": 5, "trigram": 6}
            templates, u = [], 0
            for prefix, kind, off in _TEMPLATES:
                arg = self.bucket(prefix) if kind == "const" else u if kind == "char" else 0
                u += kind == "char"
                templates.append((kinds[kind], off, arg))
            keys, vals, key_start = [], [], [0, 0, 0]  # run of length n: key_start[n]:key_start[n + 1]
            for ln in range(2, self.lex_maxlen + 1):
                k, v = self.lex_tables.get(ln, (np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.uint32)))
                keys.append(k)
                vals.append(v)
                key_start.append(key_start[-1] + len(k))
            per = self._marks_per_lexicon
            possible = []
            for b, name in enumerate(self.lex_names):
                subs = range(1, self.lexicons[name].maxlen + 1) if name == "sur" else range(4)
                possible += [b * per + sub for sub in subs]
            if (len(possible) > 64 or len(bias) > 32 or len(self.lex_names) > 32 or len(_TEMPLATES) > 64
                    or self.lex_maxlen > 255):  # (the kernel counts marks per character in a byte)
                self._kernel_args = ()
                return self._kernel_args
            bit_of_mark = np.full(len(self.lex_names) * per, -1, dtype=np.int32)
            bit_of_mark[possible] = np.arange(len(possible))
            self._kernel_args = (
                np.array(templates, dtype=np.int32).reshape(-1, 3), self.prefix_regs, self.class1, self.class3,
                self.nb, table, np.ascontiguousarray(scales, dtype=np.float32),
                np.ascontiguousarray(bias, dtype=np.float32),
                np.concatenate([np.zeros(0, dtype=np.uint64)] + keys),
                np.concatenate([np.zeros(0, dtype=np.uint32)] + vals).astype(np.uint32),
                np.array(key_start, dtype=np.intp), self.prefix2.astype(np.uint8), self.seen2.astype(np.uint8),
                len(self.lex_names), self._sur, bit_of_mark, np.array(possible, dtype=np.int32), per,
                self.mark_rows(weights_q, scales))
        return self._kernel_args

    def _add_marks(self, out, cp, idx, pos, weights_q, scales) -> None:
        """Add the lexicon mark features to ``out`` (rows = positions ``pos`` of the padded text).

        Marks are counted per position (several entries may end at one character, 人民政府/政府, and
        inner characters of overlapping entries count once per entry), then added for this (m0), the
        previous (m-1) and the next character (m1).  Every row receives its marks in one order
        (lexicon, mark, offset), one vectorized round per rank of a mark within its row, so the
        float32 sums do not depend on how the marks are batched.
        """
        lex, start, length = self.lexicon_hits(cp, idx)
        if not len(lex):
            return
        per = self._marks_per_lexicon
        base = lex * per
        sur = lex == self._sur  # surnames: only where the match starts (the name starts there)
        single = ~sur & (length == 1)
        multi = ~sur & (length > 1)
        s2, l2, b2 = start[multi], length[multi], base[multi]
        n_inner = l2 - 2
        inner = np.repeat(s2 + 1 - (np.cumsum(n_inner) - n_inner), n_inner) + np.arange(int(n_inner.sum()))
        at = np.concatenate([start[sur], start[single], s2, s2 + l2 - 1, inner])
        mark = np.concatenate([base[sur] + length[sur], base[single], b2 + 1, b2 + 2, np.repeat(b2 + 3, n_inner)])
        m = len(cp)
        key, count = np.unique(mark * m + at, return_counts=True)
        mark, at = key // m, key % m
        row_of = np.full(m, -1, dtype=np.intp)
        row_of[pos] = np.arange(len(pos))
        n_off = len(_MARK_OFFSETS)
        rows = np.concatenate([row_of[at - off] for _, off in _MARK_OFFSETS])
        feature = np.concatenate([mark * n_off + o for o in range(n_off)])
        count = np.tile(count.astype(np.float32), n_off)
        keep = rows >= 0
        rows, feature, count = rows[keep], feature[keep], count[keep]
        # per row in feature order; rank = how many features the row received before this one
        order = np.lexsort((feature, rows))
        rows, feature, count = rows[order], feature[order], count[order]
        first = np.ones(len(rows), dtype=bool)
        first[1:] = rows[1:] != rows[:-1]
        rank = np.arange(len(rows)) - np.maximum.accumulate(np.where(first, np.arange(len(rows)), 0))
        by_rank = np.argsort(rank, kind="stable")
        table = self.mark_rows(weights_q, scales)
        at = 0
        for size in np.bincount(rank).tolist():
            sel = by_rank[at:at + size]
            at += size
            out[rows[sel]] += count[sel, None] * table[feature[sel]]


_SENTENCE_END = re.compile("[。！？；!?;]")


def _chunks(text: str, max_len: int):
    """Split at line breaks and, for long lines, after sentence-final punctuation (no entity spans these).

    A chunk ends at the first line break, or the first sentence-final mark once the chunk has
    ``max_len // 3`` characters, or at ``max_len`` characters; whitespace-only chunks are skipped.
    """
    for m in _chunk_pattern(max_len).finditer(text):
        if not m.group().isspace():
            yield m.span()


@lru_cache(maxsize=4)
def _chunk_pattern(max_len: int) -> re.Pattern:
    """One chunk of :func:`_chunks` from where the previous one ended: a sentence-final mark with
    at least ``max_len // 3 - 1`` characters before it, else a line break, else ``max_len``
    characters, never crossing a line break (a regex scan instead of Python per chunk;
    tests/test_ner_model.py spells the rule out position by position and compares)."""
    window = max(max_len, 1)
    least = max(max_len // 3 - 1, 0)
    return re.compile(rf"[^\n]{{{least},{window - 1}}}?{_SENTENCE_END.pattern}"
                      rf"|[^\n]{{0,{window - 1}}}\n|[^\n]{{1,{window}}}")


# how far below zero the bound of :meth:`NerModel._pieces` must stay for a character to count as
# certainly O: far above float64 rounding of the bound and of the decoder's sums
_CERTAIN_MARGIN = 1e-3

_MODEL: NerModel | None = None


def get_model() -> NerModel:
    """The packaged model, loaded once per process."""
    global _MODEL
    if _MODEL is None:
        _MODEL = NerModel.load()
    return _MODEL


def read_bio(path) -> list[tuple[str, list[str]]]:
    """Sentences of a char-per-line BIO file (MSRA, People's Daily) as ``(text, tags)``.

    Training (scripts/train_ner.py) and the held-back test read the corpora through this one
    reader, so both see the same sentences in the same order.
    """
    sents, chars, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if chars:
                sents.append(("".join(chars), tags))
            chars, tags = [], []
            continue
        if len(parts) == 1:  # a whitespace character
            chars.append(" ")
            tags.append(parts[0] if parts[0][:2] in ("B-", "I-") or parts[0] == "O" else "O")
            continue
        chars.append(parts[0][0])
        tags.append(parts[1])
    if chars:
        sents.append(("".join(chars), tags))
    return sents
