"""Character-level statistical NER: feature extraction, scoring and Viterbi decoding.

The model is a linear classifier over hashed character-window features (trained with
scikit-learn by ``scripts/train_ner.py``) whose per-character tag scores are decoded with
Viterbi under BIOES constraints plus counted transition scores, so every output is a
well-formed span.  Inference needs only numpy and scipy: the weights ship as an ``.npz``
file (int8-quantized, one scale per tag) and the feature configuration as JSON, so the model
does not depend on the scikit-learn version that trained it.

Features for character ``i`` (all hashed with CRC-32 into ``n_buckets``):
  * characters at offsets -3..+3, bigrams and trigrams in a +-2 window, the -1/+1 skip pair;
  * character classes (Han, digit, Chinese numeral, Latin, punctuation) in a +-1 window;
  * lexicon membership (surnames, titles, administrative names, administrative/place/organization
    suffixes) as B/I/E/S position of the longest match covering ``i`` and its neighbours.
Feature *names* are computed by :func:`char_features`, the single definition used by both
training and inference.
"""
from __future__ import annotations

import json
import logging
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import scipy.sparse as sp

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

    @classmethod
    def of(cls, words) -> "Lexicon":
        ws = frozenset(w for w in words if w)
        return cls(ws, max((len(w) for w in ws), default=0))

    def matches(self, text: str):
        """Yield ``(start, end)`` of the longest entry starting at each position (overlaps allowed)."""
        n = len(text)
        words = self.words
        for i in range(n):
            for ln in range(min(self.maxlen, n - i), 0, -1):
                if text[i:i + ln] in words:
                    yield i, i + ln
                    break


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


def feature_matrix(texts, lex, n_buckets: int, words: bool = False) -> sp.csr_matrix:
    """Stack the hashed features of several texts into one CSR matrix (one row per character)."""
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


def tags_to_spans(tags) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` spans of a well-formed BIOES tag sequence (tag names or indexes)."""
    spans, start = [], None
    for i, t in enumerate(tags):
        t = TAGS[t] if not isinstance(t, str) else t
        p, _, y = t.partition("-")
        if p == "S":
            spans.append((i, i + 1, y))
            start = None
        elif p == "B":
            start = i
        elif p == "E" and start is not None:
            spans.append((start, i + 1, y))
            start = None
        elif p == "O":
            start = None
    return spans


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

    def __init__(self, weights: np.ndarray, bias: np.ndarray, trans: np.ndarray, config: dict,
                 lexicons: dict[str, Lexicon]):
        self.weights = weights  # (n_buckets, n_tags) float32
        self.bias = bias
        self.trans = trans
        self.config = config
        self.lexicons = lexicons
        self.n_buckets = int(config["n_buckets"])

    @classmethod
    def load(cls, folder: Path | None = None) -> "NerModel":
        folder = Path(folder) if folder else data_dir() / "ner"
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        if tuple(config["tags"]) != TAGS:
            raise ValueError(f"model tags {config['tags']} do not match this code's {TAGS}")
        z = np.load(folder / config.get("weights_file", "model.npz"))
        w = z["weights_q"].astype(np.float32) * z["scales"].astype(np.float32)[None, :]
        allowed = allowed_transitions()
        trans = np.where(allowed, z["trans"].astype(np.float32), -1e9)
        return cls(w, z["bias"].astype(np.float32), trans, config, load_lexicons())

    def scores(self, text: str) -> np.ndarray:
        """Per-character tag scores (n x n_tags)."""
        if not text:
            return np.zeros((0, len(TAGS)), dtype=np.float32)
        x = feature_matrix([text], self.lexicons, self.n_buckets, bool(self.config.get("jieba_features")))
        return np.asarray(x @ self.weights) + self.bias

    def predict_tags(self, text: str) -> np.ndarray:
        return viterbi(self.scores(text), self.trans)

    def predict(self, text: str) -> list[tuple[int, int, str]]:
        """Spans ``(start, end, 'PER'|'LOC'|'ORG')`` in ``text``, decoded per line/sentence chunk."""
        spans = []
        for s, e in _chunks(text, int(self.config.get("max_chunk", 300))):
            for a, b, y in tags_to_spans(self.predict_tags(text[s:e])):
                spans.append((a + s, b + s, y))
        return spans


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
