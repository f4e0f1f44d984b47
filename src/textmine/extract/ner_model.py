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
same features without building their names (:class:`_Vectorized`: CRC-32 fed per template over all
characters with numpy, lexicon lookup by rolling hashes) and decodes all chunks of a text in one
batched Viterbi (:func:`viterbi_batch`); tests check that both give the same scores and spans.
Lexicon files are model features: changing them (e.g. ``org_suffixes.txt``) needs a retrain, so
endings used only by the entity rules live in ``rules.toml``.
"""
from __future__ import annotations

import json
import logging
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

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
    equal to ``viterbi`` on each.  Sequences are processed longest first, so the ones still running
    at a step are a prefix of the batch.
    """
    t = scores.shape[1]
    b = len(lengths)
    if b == 0:
        return []
    lens = np.asarray(lengths, dtype=np.int64)
    offs = np.concatenate([[0], np.cumsum(lens)[:-1]])
    order = np.argsort(-lens, kind="stable")
    slens, soffs = lens[order], offs[order]
    m = int(slens[0])
    # live[i] = how many (sorted) sequences are longer than i
    live = (slens[None, :] > np.arange(m)[:, None]).sum(axis=1)
    neg = -1e9
    start = np.where(allowed_starts(), 0.0, neg)
    end = np.where(allowed_ends(), 0.0, neg)
    trans_t = np.ascontiguousarray(trans.T)  # [to, from]: the reduction runs over the last axis
    back = np.zeros((m, b, t), dtype=np.int8)  # tag indices < 13: a long report's table stays small
    cur = scores[soffs] + start
    final = np.empty((b, t))
    done = b
    for i in range(1, m):
        k = int(live[i])
        if k < done:  # sequences k..done-1 ended at i - 1
            final[k:done] = cur[k:done]
            done = k
            cur = cur[:k]
        cand = cur[:, None, :] + trans_t[None, :, :]
        bi = cand.argmax(axis=2)
        back[i, :k] = bi
        cur = cand.max(axis=2) + scores[soffs[:k] + i]
    final[:done] = cur
    final += end
    path = np.zeros((m, b), dtype=np.int64)
    best = final.argmax(axis=1)
    path[slens - 1, np.arange(b)] = best
    for i in range(m - 1, 0, -1):
        k = int(live[i])
        path[i - 1, :k] = back[i, np.arange(k), path[i, :k]]
    out: list[np.ndarray] = [None] * b  # type: ignore[list-item]
    for j in range(b):
        out[int(order[j])] = path[:slens[j], j]
    return out


_CTYPE_MEMO: dict[str, str] = {}
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
        # rows are dequantized when a feature uses them (:meth:`rows`), giving the same float32s.
        self.weights_q = weights_q
        self.scales = scales
        self.bias = bias
        self.trans = trans
        self.config = config
        self.lexicons = lexicons
        self.n_buckets = int(config["n_buckets"])
        self._vec: _Vectorized | None = None

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

    def rows(self, idx) -> np.ndarray:
        """Dequantized weight rows ``idx`` (float32), equal to the rows of :attr:`weights`."""
        return self.weights_q[idx].astype(np.float32) * self.scales

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
        chunks = list(_chunks(text, int(self.config.get("max_chunk", 300))))
        if not chunks:
            return []
        if self.config.get("jieba_features"):  # the slow reference path (no shipped model uses it)
            return [(a + s, b + s, y) for s, e in chunks for a, b, y in tags_to_spans(self.predict_tags(text[s:e]))]
        scores = self._fast_scores([text[s:e] for s, e in chunks])
        lengths = [e - s for s, e in chunks]
        paths = viterbi_batch(scores, lengths, self.trans)
        spans = []
        for (s, _), path in zip(chunks, paths):
            for a, b, y in _path_spans(path):
                spans.append((a + s, b + s, y))
        return spans

    def _fast_scores(self, texts: list[str]) -> np.ndarray:
        """Per-character tag scores of several texts, stacked (sum of lengths x T).

        Equal (up to float rounding) to ``feature_matrix(texts, …) @ weights + bias``: the same feature
        names hashed to the same CRC-32 buckets, but computed per feature template over all characters
        at once with numpy (:class:`_Vectorized`), never building the names as strings.
        """
        if self._vec is None:
            self._vec = _Vectorized(self.lexicons, self.n_buckets)
        return self._vec.scores(texts, self.rows, self.bias)



def _crc_table() -> np.ndarray:
    """The byte table of CRC-32 (reflected polynomial 0xEDB88320, as in zlib)."""
    t = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        t = np.where(t & 1, (t >> 1) ^ np.uint32(0xEDB88320), t >> 1).astype(np.uint32)
    return t


_HASH_MUL = np.uint64(0x9E3779B97F4A7C15)
_FILTER_BITS = 16  # top bits of a window hash indexing a table of "some entry has these bits"

# feature templates of char_features, in its order: (name prefix, [(source, offset), ...]) where the
# source is "c" (the character) or "t" (its character class)
_TEMPLATES = [("b", [])] + [(f"u{k}", [("c", k)]) for k in (-3, -2, -1, 0, 1, 2, 3)] + [
    ("b-2", [("c", -2), ("c", -1)]), ("b-1", [("c", -1), ("c", 0)]), ("b0", [("c", 0), ("c", 1)]),
    ("b1", [("c", 1), ("c", 2)]), ("k", [("c", -1), ("c", 1)]),
    ("t-2", [("c", -2), ("c", -1), ("c", 0)]), ("t-1", [("c", -1), ("c", 0), ("c", 1)]),
    ("t0", [("c", 0), ("c", 1), ("c", 2)]),
    ("y", [("t", -1), ("t", 0), ("t", 1)]), ("y0", [("t", 0)]),
]


class _Vectorized:
    """Feature scores of :func:`char_features` computed with numpy, template by template.

    A feature's bucket is CRC-32 of its UTF-8 name: the register after the template's name prefix is a
    constant, and the characters' UTF-8 bytes are fed for all positions at once.  Lexicon membership
    (longest entry starting at each position) uses 64-bit rolling hashes of every window length that
    occurs in a lexicon, looked up in sorted arrays of the entries' hashes.
    """

    def __init__(self, lexicons: dict[str, Lexicon], n_buckets: int):
        self.nb = n_buckets
        self.table = _crc_table()
        self.lexicons = lexicons
        self.hashes: dict[str, dict[int, np.ndarray]] = {}
        for name, lx in lexicons.items():
            by_len: dict[int, list[int]] = {}
            for w in lx.words:
                by_len.setdefault(len(w), []).append(self._hash_word(w))
            self.hashes[name] = {}
            for ln, hs in by_len.items():
                arr = np.unique(np.array(hs, dtype=np.uint64))
                seen = np.zeros(1 << _FILTER_BITS, dtype=bool)
                seen[arr >> np.uint64(64 - _FILTER_BITS)] = True
                self.hashes[name][ln] = (arr, seen)
        self.maxlen = max((lx.maxlen for lx in lexicons.values()), default=0)
        self._ctype_memo: dict[int, int] = {}
        self._bucket_memo: dict[str, int] = {}

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

    def _feed(self, reg: np.ndarray, by: np.ndarray, ln: np.ndarray, idx: np.ndarray) -> np.ndarray:
        """CRC-32 registers after feeding the UTF-8 bytes of the characters at ``idx``."""
        t = self.table
        lens = ln[idx]
        rows = by[idx]
        for k in range(4):
            new = t[(reg ^ rows[:, k]) & 0xFF] ^ (reg >> 8)
            if k == 0:
                reg = new
            else:
                more = lens > k
                if not more.any():
                    break
                reg = np.where(more, new, reg)
        return reg

    def _types(self, cp: np.ndarray) -> np.ndarray:
        """Code points of the character-class letters (:func:`_ctype`) of each character."""
        uniq, inv = np.unique(cp, return_inverse=True)
        memo = self._ctype_memo
        vals = np.empty(len(uniq), dtype=np.uint32)
        for k, u in enumerate(uniq.tolist()):
            v = memo.get(u)
            if v is None:
                v = memo[u] = ord(_ctype(chr(u)))
            vals[k] = v
        return vals[inv]

    def _longest(self, cp: np.ndarray, name: str, windows: dict) -> np.ndarray:
        """Length of the longest entry of lexicon ``name`` starting at each position (0 if none)."""
        n = len(cp)
        best = np.zeros(n, dtype=np.int64)
        for ln in sorted(self.hashes[name], reverse=True):
            if ln > n:
                continue
            h = windows.get(ln)
            if h is None:
                h = windows[ln] = self._windows(cp, ln, windows)
            arr, seen = self.hashes[name][ln]
            cand = np.flatnonzero(seen[h >> np.uint64(64 - _FILTER_BITS)])  # cheap filter first
            if not len(cand):
                continue
            hc = h[cand]
            k = np.searchsorted(arr, hc)
            k[k == len(arr)] = 0
            hit = cand[(arr[k] == hc) & (best[cand] == 0)]
            best[hit] = ln
        return best

    @staticmethod
    def _windows(cp: np.ndarray, ln: int, windows: dict) -> np.ndarray:
        """Rolling hashes of all windows of ``ln`` code points (built from the next shorter one)."""
        if ln == 1:
            return cp.astype(np.uint64)
        prev = windows.get(ln - 1)
        if prev is None:
            prev = windows[ln - 1] = _Vectorized._windows(cp, ln - 1, windows)
        with np.errstate(over="ignore"):
            return prev[:len(cp) - ln + 1] * _HASH_MUL + cp[ln - 1:].astype(np.uint64)

    def scores(self, texts: list[str], rows, bias: np.ndarray) -> np.ndarray:
        """Tag scores per character; ``rows(idx)`` gives the float32 weight rows of buckets ``idx``."""
        pieces, spans = [], []
        p = 0
        for t in texts:
            pieces.append("\x02\x02\x02" + t + "\x03\x03\x03")
            spans.append((p + 3, p + 3 + len(t)))
            p += len(t) + 6
        pad = "".join(pieces)
        cp = np.frombuffer(pad.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        pos = np.concatenate([np.arange(a, b) for a, b in spans]) if spans else np.zeros(0, dtype=np.int64)
        n = len(pos)
        cby, cln = self._utf8(cp)
        tcp = self._types(cp)
        tby, tln = self._utf8(tcp)
        src = {"c": (cby, cln), "t": (tby, tln)}
        cols = np.empty((n, len(_TEMPLATES)), dtype=np.int32)  # buckets < 2**31
        for k, (prefix, parts) in enumerate(_TEMPLATES):
            reg0 = zlib.crc32(prefix.encode("utf-8")) ^ 0xFFFFFFFF
            reg = np.full(n, reg0, dtype=np.uint32)
            for kind, off in parts:
                by, ln = src[kind]
                reg = self._feed(reg, by, ln, pos + off)
            cols[:, k] = (reg ^ np.uint32(0xFFFFFFFF)) % self.nb
        # every character has one feature per template, each of value 1: the sparse product
        # x @ weights is the sum of one weight row per template, added in template order (the
        # order scipy's CSR product adds them, so the float32 sums are the same)
        acc = np.zeros((n, len(bias)), dtype=np.float32)
        for k in range(len(_TEMPLATES)):
            acc += rows(cols[:, k])
        out = acc + bias
        # lexicon marks, counted per position, then added for this (m0), the previous (m-1) and the
        # next character (m1)
        windows: dict = {}
        m = len(cp)
        for name, lx in self.lexicons.items():
            if not lx.maxlen:
                continue
            best = self._longest(cp, name, windows)
            counts: dict[str, np.ndarray] = {}
            starts = np.flatnonzero(best)
            lens = best[starts]
            if name == "sur":
                for ln in np.unique(lens).tolist():
                    c = np.zeros(m, dtype=np.float32)
                    c[starts[lens == ln]] = 1
                    counts[f"sur{ln}"] = c
            else:
                single = lens == 1
                c = np.zeros(m, dtype=np.float32)
                c[starts[single]] = 1
                counts[name + ":S"] = c
                multi = ~single
                s2, l2 = starts[multi], lens[multi]
                c = np.zeros(m, dtype=np.float32)
                c[s2] = 1
                counts[name + ":B"] = c
                # several entries may end at one character (人民政府, 政府)
                counts[name + ":E"] = np.bincount(s2 + l2 - 1, minlength=m).astype(np.float32)
                inner = np.bincount(s2 + 1, minlength=m + 1) - np.bincount(s2 + l2 - 1, minlength=m + 1)
                counts[name + ":I"] = np.cumsum(inner[:m]).astype(np.float32)
            for mark, c in counts.items():
                if not c.any():
                    continue
                for prefix, off in (("m0", 0), ("m-1", -1), ("m1", 1)):
                    v = c[pos + off]
                    hit = np.flatnonzero(v)
                    if len(hit):
                        out[hit] += v[hit, None] * rows(self.bucket(prefix + mark))[None, :]
        return out


def _chunks(text: str, max_len: int):
    """Split at line breaks and, for long lines, after sentence-final punctuation (no entity spans these)."""
    start = 0
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == "\n" or (c in "。！？；!?;" and i + 1 - start >= max_len // 3) or i + 1 - start >= max_len:
            end = i + 1
            if text[start:end].strip():
                yield start, end
            start = end
        i += 1
    if start < n and text[start:].strip():
        yield start, n


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
