"""Segmentation: jieba tokens with offsets, POS tags, and Chinese sentences.

jieba keeps global state (a default tokenizer, a logger that prints).  We keep
one :class:`jieba.Tokenizer` per process, built lazily with the package's user
dictionary, and never touch the module-level global -- so a user's own jieba
setup in the same process is not disturbed, and worker processes each build
their own after fork or spawn.
"""
from __future__ import annotations

import logging
import os
import threading
from functools import lru_cache
from importlib import resources

import regex

from .document import Document

log = logging.getLogger(__name__)
_lock = threading.Lock()


def userdict_path() -> str:
    """The package's user dictionary (terms of government reports jieba splits badly)."""
    return str(resources.files("textmine.data").joinpath("userdict.txt"))


@lru_cache(maxsize=1)
def tokenizer():
    """The process's jieba tokenizer, initialised once with the user dictionary."""
    import jieba

    with _lock:
        tk = jieba.Tokenizer()
        # jieba logs its cache building at DEBUG through its own logger; leave it to the app
        tk.initialize()
        tk.load_userdict(userdict_path())
    return tk


@lru_cache(maxsize=1)
def pos_tokenizer():
    """POS tagger sharing :func:`tokenizer`'s dictionary."""
    import jieba.posseg

    return jieba.posseg.POSTokenizer(tokenizer())


@lru_cache(maxsize=1)
def _rjieba():
    import rjieba  # noqa: F401  (import error surfaces as a clear message in the stage)

    return rjieba


def cut(text: str, backend: str = "jieba") -> list[str]:
    """Words of ``text``; ``backend="rjieba"`` is the fast jieba-rs path with the same dictionary."""
    if backend == "rjieba":
        return list(_rjieba().cut(text))
    return tokenizer().lcut(text)


def pos_tokens(text: str) -> list[tuple[str, int, int, str]]:
    """``(word, start, end, pos)`` for every word of ``text``; offsets into ``text``."""
    out = []
    pos = 0
    for pair in pos_tokenizer().cut(text):
        w, flag = pair.word, pair.flag
        start = text.find(w, pos) if not text.startswith(w, pos) else pos
        if start < 0:  # jieba never drops characters, but be safe
            continue
        out.append((w, start, start + len(w), flag))
        pos = start + len(w)
    return out


# sentence ends: Chinese and ASCII terminal punctuation, with any closing quotes
# or brackets that follow; newlines; a bullet starts a new sentence
_SENT_END = regex.compile(r"[。！？!?]+[”’」』）)\]】]*|\n+|(?=[●■◆▲★•])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``[start, end)`` with surrounding whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group() and not m.group().startswith("\n") else m.start()
        _add(text, pos, end, spans)
        pos = m.end() if m.group() else m.start()
    _add(text, pos, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def segment(doc: Document, *, backend: str = "jieba", pos: bool = True) -> Document:
    """Fill ``doc.sentences`` and ``doc.tokens`` (normalized coordinates)."""
    if backend not in ("jieba", "rjieba"):
        raise ValueError(f"unknown segmentation backend {backend!r} (jieba or rjieba)")
    doc.sentences = [{"start": s, "end": e, "activities": []} for s, e in split_sentences(doc.text)]
    if pos:
        doc.tokens = pos_tokens(doc.text)
    else:
        words = cut(doc.text, backend)
        toks, at = [], 0
        for w in words:
            toks.append((w, at, at + len(w), ""))
            at += len(w)
        doc.tokens = toks
    return doc


def worker_init() -> None:
    """Warm the tokenizer in a fresh worker process (batch runners call this)."""
    os.environ.setdefault("PYTHONHASHSEED", "0")
    tokenizer()
