"""Segmentation: jieba tokens with offsets, POS tags, and Chinese sentences.

jieba keeps global state (a default tokenizer, a logger that prints).  We keep
one :class:`jieba.Tokenizer` per process, built lazily with the package's user
dictionary, and never touch the module-level global -- so a user's own jieba
setup in the same process is not disturbed, and worker processes each build
their own after fork or spawn.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
import threading
from functools import lru_cache
from importlib import resources
from itertools import accumulate, islice
from operator import itemgetter
from pathlib import Path

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
    """POS tagger sharing :func:`tokenizer`'s dictionary.

    Importing jieba.posseg already reads the default dictionary's word tags for its global
    tagger; ``POSTokenizer(tk)`` would read the same file again (about a second and 40 MB).
    We copy that table instead -- a copy, so the global tagger is never changed.
    """
    import jieba.posseg

    tk = tokenizer()
    if tk.dictionary == jieba.posseg.dt.tokenizer.dictionary and hasattr(jieba.posseg.dt, "word_tag_tab"):
        pt = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        pt.tokenizer = tk
        pt.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
        return pt
    return jieba.posseg.POSTokenizer(tk)


def _rjieba_class():
    """``rjieba.Jieba`` without running ``rjieba/__init__.py``, which builds a module-level default
    tokenizer (another 25 MB and 0.1 s per process) that we never use.

    The compiled module is registered as ``rjieba.rjieba``, so a later ``import rjieba`` (the
    user's, or a test's) finds it there and works as usual.  Any surprise in the package layout
    falls back to the plain import.
    """
    import importlib.util
    import sys

    mod = sys.modules.get("rjieba.rjieba")
    if mod is None and "rjieba" not in sys.modules:
        try:
            spec = importlib.util.find_spec("rjieba")
            folder = list(spec.submodule_search_locations or [])[0] if spec else None
            so = next((os.path.join(folder, f) for f in os.listdir(folder)
                       if f.startswith("rjieba.") and f.endswith(".so")), None) if folder else None
            ext = importlib.util.spec_from_file_location("rjieba.rjieba", so) if so else None
            if ext is not None and ext.loader is not None:
                mod = importlib.util.module_from_spec(ext)
                sys.modules["rjieba.rjieba"] = mod
                ext.loader.exec_module(mod)
        except Exception:  # pragma: no cover - unexpected packaging: use the normal import
            sys.modules.pop("rjieba.rjieba", None)
            mod = None
    if mod is None:
        import rjieba  # noqa: F401  (import error surfaces as a clear message in the stage)

        return rjieba.Jieba
    return mod.Jieba


@lru_cache(maxsize=1)
def _rjieba():
    """The process's jieba-rs tokenizer with the same user dictionary as :func:`tokenizer`.

    rjieba has no ``load_userdict``; jieba's file format is ``word [freq] [tag]`` per line,
    which is exactly what ``Jieba.add_word(word, freq, tag)`` takes.
    """
    tk = _rjieba_class()()
    with open(userdict_path(), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts or parts[0].startswith("#"):
                continue
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
            tk.add_word(parts[0], freq, tag)
    return tk


def _jieba_dict_path() -> str:
    """jieba's default dictionary file, found without importing jieba (which imports pkg_resources)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("jieba is not installed")
    return os.path.join(list(spec.submodule_search_locations)[0], "dict.txt")


_WORD_TABLE_FORMAT = b"textmine word table 1"  # change it when _read_word_table changes


def cache_dir() -> Path | None:
    """Where textmine keeps files it can rebuild: ``$TEXTMINE_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/textmine``, else ``~/.cache/textmine``; ``None`` when there is no home
    (then nothing is cached).  Only the user's own folder is used, never a shared temporary one:
    a cache file is trusted input."""
    env = os.environ.get("TEXTMINE_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "textmine" if os.path.isabs(base) else None


@lru_cache(maxsize=1)
def _word_table() -> tuple[dict[str, str], dict[str, int]]:
    """:func:`_read_word_table`, kept in :func:`cache_dir` as a ``marshal`` file.

    Parsing the 349k lines of ``dict.txt`` costs every process ~0.6 s CPU (every batch worker, every
    ``textmine extract``); loading the marshalled tables ~0.25 s.  The file's name is a hash of both
    dictionary files and the table format, so an upgraded jieba or user dictionary gets a new file;
    an unreadable or damaged file, or an unwritable folder, only means the table is parsed again.
    """
    # (marshal's format belongs to the Python version that wrote it)
    digest = hashlib.sha256(_WORD_TABLE_FORMAT + f" {sys.version_info[:2]} {marshal.version}".encode())
    for path in (_jieba_dict_path(), userdict_path()):
        with open(path, "rb") as fh:
            digest.update(hashlib.sha256(fh.read()).digest())
    folder = cache_dir()
    path = folder / f"words-{digest.hexdigest()[:24]}.marshal" if folder else None
    if path is not None:
        try:
            table = marshal.loads(path.read_bytes())
            if isinstance(table, tuple) and len(table) == 2 and all(isinstance(t, dict) for t in table):
                return table
        except (OSError, ValueError, EOFError, TypeError):
            pass
    table = _read_word_table()
    if path is not None:
        tmp = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".words-", delete=False) as fh:
                tmp = fh.name
                fh.write(marshal.dumps(table))
            os.replace(tmp, path)  # atomic: a concurrent worker reads the old file or the new one
        except OSError:
            log.debug("word table not cached in %s", folder, exc_info=True)
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
    return table


def _read_word_table() -> tuple[dict[str, str], dict[str, int]]:
    """jieba's dictionary as ``word -> POS tag`` and, for keys of one or two characters, its ``FREQ``.

    The later stages only look words up (is it a dictionary word, which tag; how common is a
    two-character word; does some word start with this pair), so they need neither a jieba
    ``Tokenizer`` (whose ``FREQ`` holds every word and prefix: ~65 MB and a second to load) nor
    ``jieba.posseg`` (another table of the same words, ~50 MB).  Reading ``dict.txt`` once keeps
    a worker on the rjieba path free of jieba.  The tags are exactly jieba.posseg's default
    table (the user dictionary's tags are not in it, as with rjieba before); the short table
    equals the tokenizer's ``FREQ`` (user words included) on every key of one or two
    characters: words with their frequency, two-character prefixes of longer words with 0.
    """
    tags: dict[str, str] = {}
    short: dict[str, int] = {}
    tag_names: dict[str, str] = {}

    def add(word: str, freq: int) -> None:
        if len(word) <= 2:
            short[word] = freq
        short.setdefault(word[0], 0)  # prefixes, as jieba's FREQ holds them (never overwriting)
        short.setdefault(word[:2], 0)

    with open(_jieba_dict_path(), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 2:
                continue
            word = parts[0]
            if len(parts) > 2:
                tags[word] = tag_names.setdefault(parts[2], parts[2])
            add(word, int(parts[1]))
    with open(userdict_path(), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) > 1 and not parts[0].startswith("#") and parts[1].isdigit():
                add(parts[0], int(parts[1]))
    return tags, short


def word_tags() -> dict[str, str]:
    """Dictionary word -> jieba.posseg's tag for it (jieba's default dictionary)."""
    return _word_table()[0]


def short_freq() -> dict[str, int]:
    """jieba's ``FREQ`` on keys of one or two characters: a word's frequency, 0 for a pair that
    only starts longer words; a pair that starts no word is absent."""
    return _word_table()[1]


# jieba's HMM splits a run of non-Han characters with this pattern (jieba.finalseg.re_skip);
# jieba-rs keeps runs such as ``2005-2023`` or ``qq.com`` whole.  Re-splitting them restores
# jieba's tokens exactly (tests/test_segment_parity.py).
_ASCII_RUN = regex.compile(r"[\x21-\x7e]+")
_JIEBA_SKIP = regex.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")


def _jieba_split(word: str) -> list[str]:
    if len(word) > 1 and _ASCII_RUN.fullmatch(word) and not _JIEBA_SKIP.fullmatch(word):
        return [w for w in _JIEBA_SKIP.split(word) if w]
    return [word]


def cut(text: str, backend: str = "jieba") -> list[str]:
    """Words of ``text``; ``backend="rjieba"`` is the fast jieba-rs path with the same dictionary."""
    if backend == "rjieba":
        return [p for w in _rjieba().cut(text) for p in _jieba_split(w)]
    return tokenizer().lcut(text)


def _tagged(text: str, backend: str):
    if backend == "rjieba":
        return _rjieba().tag(text)
    return ((p.word, p.flag) for p in pos_tokenizer().cut(text))


def pos_tokens(text: str, backend: str = "jieba") -> list[tuple[str, int, int, str]]:
    """``(word, start, end, pos)`` for every word of ``text``; offsets into ``text``.

    ``backend="rjieba"`` tags with jieba-rs (about 20x faster); its tags differ from
    jieba.posseg's on some words (see tests/test_segment_parity.py).
    """
    tagged = _tagged(text, backend)
    if backend != "rjieba":
        tagged = list(tagged)
    return _with_offsets(text, list(map(itemgetter(0), tagged)), map(itemgetter(1), tagged))


def _with_offsets(text: str, words: list[str], flags) -> list[tuple[str, int, int, str]]:
    """Tokens with offsets.  jieba keeps every character, so the words concatenate to ``text``
    and the offsets are running sums of their lengths, built in C in one pass: ``bounds`` holds
    every word's start and, one further on, its end (no per-word Python, no extra lists).  The
    search below only runs if a tokenizer ever drops characters.  ``flags`` may be an iterator."""
    if "".join(words) == text:
        bounds = list(accumulate(map(len, words), initial=0))
        return list(zip(words, bounds, islice(bounds, 1, None), flags))
    out = []
    pos = 0
    for w, flag in zip(words, flags):
        start = text.find(w, pos) if not text.startswith(w, pos) else pos
        if start < 0:
            continue
        out.append((w, start, start + len(w), flag))
        pos = start + len(w)
    return out


# sentence ends: Chinese and ASCII terminal punctuation, with any closing quotes
# or brackets that follow; newlines; a bullet starts a new sentence
_TERMINAL, _CLOSERS, _BULLETS = "。！？!?", "”’」』）)\\]】", "●■◆▲★•"
# str.isspace's characters (what sentences are trimmed of) as a character-class body, so the
# pattern below trims exactly the same ones (a test checks it against every code point)
_SPACES = "\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_NORMAL = rf"[^{_TERMINAL}\n{_BULLETS}]"  # neither a sentence end nor a bullet
_SOLID = rf"[^{_TERMINAL}\n{_BULLETS}{_SPACES}]"  # ... and not whitespace
# one trimmed sentence: it starts with a bullet or a character that is neither whitespace nor an
# end, runs to its last such character before the next end, newline or bullet, and keeps its
# terminal punctuation and closers; or it is terminal punctuation alone
# (the standard library's re: twice as fast as regex on this pattern)
_SENTENCE = re.compile(
    rf"(?:[{_BULLETS}]|{_SOLID})(?:{_NORMAL}*{_SOLID})?(?:{_NORMAL}*[{_TERMINAL}]+[{_CLOSERS}]*)?"
    rf"|[{_TERMINAL}]+[{_CLOSERS}]*")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``[start, end)`` with surrounding whitespace trimmed.

    Sentences end after terminal punctuation (with the closing quotes or brackets that follow) and
    at newlines; a bullet starts a new one.  One pattern finds the trimmed sentences directly, so
    no Python code runs per character or boundary (tests/test_segment_sentences.py holds the plain
    definition, cut then trim, that it must equal).
    """
    return [m.span() for m in _SENTENCE.finditer(text)]


def segment(doc: Document, *, backend: str = "jieba", pos: bool = True) -> Document:
    """Fill ``doc.sentences`` and ``doc.tokens`` (normalized coordinates)."""
    if backend not in ("jieba", "rjieba"):
        raise ValueError(f"unknown segmentation backend {backend!r} (jieba or rjieba)")
    doc.sentences = [{"start": s, "end": e, "activities": []} for s, e in split_sentences(doc.text)]
    if pos:
        doc.tokens = pos_tokens(doc.text, backend)
    else:
        words = cut(doc.text, backend)
        ends = list(accumulate(map(len, words)))
        doc.tokens = list(zip(words, [0, *ends[:-1]], ends, [""] * len(words)))
    return doc


def worker_init(backend: str = "jieba") -> None:
    """Warm the tokenizer in a fresh worker process (batch runners call this)."""
    if backend == "rjieba":
        _rjieba()
    else:
        tokenizer()
