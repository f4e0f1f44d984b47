"""The word lists and rules every entity pass reads, and the character tests they share.

The lists live in ``textmine/data/gazetteer`` (one word a line in ``*.txt``; the closed word classes
in ``rules.toml``) and are read once per process.  jieba's dictionary is consulted only to tell an
ordinary word (its POS tags and frequencies), never trusted as a name tagger.  This is the bottom of
the package: every other module imports from it and it imports none of them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from textmine.extract import ner_model as nm
from textmine.segment import short_freq, word_tags


@lru_cache(maxsize=1)
def _lex() -> dict:
    base = nm.data_dir() / "gazetteer"
    words = {name: set(nm.read_wordlist(base / fn)) for name, fn in {
        "surnames": "surnames.txt", "titles": "titles.txt", "titles_after": "titles_after.txt",
        "admin": "admin_divisions.txt", "admin_short": "admin_short.txt",
        "admin_suffixes": "admin_suffixes.txt", "org_suffixes": "org_suffixes.txt",
        "org_breakers": "org_breakers.txt", "leading": "leading_function_chars.txt",
        "stop": "stop_names.txt", "loc_suffixes": "loc_suffixes.txt", "admin_recent": "admin_recent.txt",
        "special_region_bodies": "special_region_bodies.txt", "taiwan_bodies": "taiwan_bodies.txt",
    }.items()}
    words["org_suffixes"] |= set(_rules()["rule_endings"])  # rule-only endings (not model features)
    # rule-only divisions (not model features)
    words["admin"] |= words["admin_recent"] | set(_rules()["special_region_districts"]) \
        | set(_rules()["taiwan_divisions"]) | set(_rules()["taiwan_districts"])
    words["admin_short"] |= {w[:-1] for w in _rules()["taiwan_divisions"]}
    # an autonomous county or prefecture by its short name and its level (漾濞彝族自治县 -> 漾濞县, as
    # reports write it; 德宏傣族景颇族自治州 -> 德宏州)
    words["admin"] |= {w[:k] + w[-1] for w in words["admin"] if w.endswith(("自治县", "自治州"))
                       for k in range(2, 5) if w[:k] in words["admin_short"]}
    # (Hong Kong's districts by their longer short names: 黄大仙, 深水埗 -- not 中西 or 西贡, words of
    # their own)
    words["admin_short"] |= {w[:-1] for w in _rules()["special_region_districts"] if len(w) >= 4 and w.endswith("区")
                             and not w.endswith("堂区")}
    words["org_suffixes_sorted"] = sorted(words["org_suffixes"], key=len, reverse=True)
    words["admin_suffixes_sorted"] = tuple(sorted(words["admin_suffixes"], key=len, reverse=True))
    words["titles_sorted"] = sorted(words["titles"], key=len, reverse=True)
    words["titles_after_sorted"] = sorted(words["titles_after"], key=len, reverse=True)
    # (lengths and first characters: a lookup tries only the lengths a word can have)
    words["org_suffix_lengths"] = sorted({len(w) for w in words["org_suffixes"]}, reverse=True)
    words["title_heads"] = {w[:2] for w in words["titles"]}
    words["title_words"] = words["titles"] | words["titles_after"]
    words["breaker_firsts"] = {w[0] for w in words["org_breakers"]}
    # (characters no proper-name stem holds: one-character breakers and function characters)
    words["breaker_or_leading_chars"] = {w for w in words["org_breakers"] | words["leading"] if len(w) == 1}
    return words


@lru_cache(maxsize=1)
def _rules() -> dict:
    """The closed word classes of ``rules.toml``, flattened to one name -> list/set mapping."""
    import tomllib

    raw = tomllib.loads((nm.data_dir() / "gazetteer" / "rules.toml").read_text(encoding="utf-8"))
    out = {}
    for section in raw.values():
        for key, val in section.items():
            # suffix lists keep their order (longest first where it matters); tag lists become sets;
            # tables stay tables
            out[key] = (dict(val) if isinstance(val, dict)
                        else sorted(val, key=len, reverse=True) if key.endswith("suffixes") else set(val))
    out["ethnic_peoples"] = sorted(out["ethnic_peoples"], key=len, reverse=True)
    ethnic = {p + s for p in out["ethnic_peoples"] for s in "乡镇"}
    out["township_suffixes"] = sorted({*out["township_suffixes"], *ethnic}, key=lambda w: (-len(w), w))
    return out


@lru_cache(maxsize=None)
def _ordered(key: str) -> tuple[str, ...]:
    """The list ``key`` of ``rules.toml`` as a tuple, in its order, for :func:`_ending` and :func:`_opening`."""
    return tuple(_rules()[key])


def _ending(text: str, s: int, e: int, options: str | tuple[str, ...]) -> str | None:
    """The first of ``options`` (a ``rules.toml`` key or a tuple) that ``text[s:e]`` ends with, or None.

    Most spans end with none of a hundred township suffixes, so one ``str.endswith`` of the whole
    tuple (a loop in C) answers first; only a span that ends with one looks for which, in order."""
    opts = _ordered(options) if isinstance(options, str) else options
    if not text.endswith(opts, s, e):
        return None
    return next(x for x in _by_last(opts)[text[e - 1]] if text.endswith(x, s, e))


@lru_cache(maxsize=64)
def _by_last(options: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Last character -> the options ending with it, in their order (what :func:`_ending` scans)."""
    out: dict[str, list[str]] = {}
    for x in options:
        out.setdefault(x[-1], []).append(x)
    return {c: tuple(xs) for c, xs in out.items()}


def _opening(text: str, i: int, options: str | tuple[str, ...]) -> str | None:
    """The first of ``options`` (a ``rules.toml`` key or a tuple) that starts at ``text[i]``, or None
    (one ``str.startswith`` of the whole tuple first, as :func:`_ending`)."""
    opts = _ordered(options) if isinstance(options, str) else options
    if not text.startswith(opts, i):
        return None
    return next(x for x in opts if text.startswith(x, i))


def _word_tags() -> dict:
    """jieba's dictionary word -> POS tag (used only to recognise ordinary words).

    Read once per process by :func:`textmine.segment.word_tags` straight from jieba's dictionary
    file, so a worker segmenting with rjieba never loads jieba.posseg or a jieba tokenizer.
    """
    return word_tags()


def _word_freq() -> dict:
    """jieba's word -> frequency for words of one or two characters (all :func:`_more_common` compares)."""
    return short_freq()


def _more_common(word: str, other: str) -> bool:
    """``word`` is a dictionary word used more often than ``other`` (市场 over 县市, 政务 over 县政)."""
    freq = _word_freq()
    return bool(freq.get(word)) and freq.get(word, 0) > freq.get(other, 0) \
        and _word_tags().get(word, "")[:1] == "n"  # a noun (市场, 政务), not 地级


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


_NOT_HAN = re.compile("[^\u4e00-\u9fff\u3400-\u4dbf]")


def _all_han(w: str) -> bool:
    """Every character of ``w`` is Han (:func:`_is_han`; one regex search, not a test per character)."""
    return _NOT_HAN.search(w) is None


@lru_cache(maxsize=1)
def _admin_lengths() -> dict[str, tuple[int, ...]]:
    """First character -> lengths of the administrative names starting with it, longest first."""
    return nm.Lexicon.of(_lex()["admin"]).lengths
