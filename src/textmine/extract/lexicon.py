"""The figures lexicons: units, qualifiers and non-figure terms, read once from data files.

Everything a linguist may want to extend lives in ``textmine/data/figures/``
(quantulum3 keeps its units in ``units.json`` for the same reason); this
module only parses those files and compiles the alternations the figures
regex is built from.  Surfaces pass through the document normalizer's
script folding so nobody hand-writes a normalized form.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import regex

__all__ = ["Unit", "Lexicon", "lexicon"]


@dataclass(frozen=True)
class Unit:
    surface: str
    unit: str
    kind: str
    scale: Decimal


@dataclass(frozen=True)
class Lexicon:
    units: dict[str, Unit]
    leads: dict[str, tuple[str, bool]]  # surface -> (qualifier, in_span)
    mids: dict[str, str]
    tails: dict[str, str]
    nonfigures: tuple[str, ...]
    rank_context: tuple[str, ...]
    ordinal_units: dict[str, str]
    kind_overrides: tuple[tuple[str, "regex.Pattern[str]", str], ...]
    verbs: dict[str, str]  # word -> role ("verb", "status", "change", "fate", "modifier", "gather" or "noun"), see verbs.tsv
    set_phrase_nouns: tuple[str, ...]  # 一个新台阶: 一 + classifier before these is no figure

    def alternation(self, words) -> str:
        """Longest-first regex alternation of literal ``words``."""
        return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))

    def trie(self, words) -> str:
        """The same as :meth:`alternation`, as a trie: ``个(?:百分点|月|)`` for 个 个月 个百分点.

        At a position it tries the words that match there in the same order, longest first
        (words of one length cannot both match), so it matches and backtracks as the
        alternation does; but an engine tries the words one by one, and the trie only tries
        the words that start with the character there -- a unit among a hundred and fifty.
        Branches at a node start with different characters and exclude each other; the empty
        branch (the word ending there) comes last."""
        root: dict = {}
        for w in set(words):
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = {}

        def pattern(node: dict) -> str:
            branches = [regex.escape(ch) + pattern(node[ch]) for ch in sorted(node) if ch]
            if not branches:
                return ""
            if len(branches) == 1 and "" not in node:
                return branches[0]
            return "(?:" + "|".join(branches) + ("|)" if "" in node else ")")

        return pattern(root)


def _lines(name: str) -> list[list[str]]:
    text = resources.files("textmine.data").joinpath("figures", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The figures lexicon, loaded once per process."""
    units = {}
    for row in _lines("units.tsv"):
        surface, unit, kind, scale = row
        units[surface] = Unit(surface, unit, kind, Decimal(scale))
    leads, mids, tails = {}, {}, {}
    for surface, where, qual, in_span in _lines("qualifiers.tsv"):
        if where == "lead":
            leads[surface] = (qual, in_span == "1")
        elif where == "mid":
            mids[surface] = qual
        else:
            tails[surface] = qual
    nonfig = tuple(r[0] for r in _lines("nonfigures.txt"))
    rank = tuple(r[0] for r in _lines("rank_context.txt"))
    ords = {r[0]: r[1] for r in _lines("ordinal_units.tsv")}
    overrides = tuple((r[0], regex.compile(r[1]), r[2]) for r in _lines("kind_overrides.tsv"))
    verbs = {r[0]: r[1] for r in _lines("verbs.tsv")}
    set_nouns = tuple(r[0] for r in _lines("set_phrase_nouns.txt"))
    return Lexicon(units, leads, mids, tails, nonfig, rank, ords, overrides, verbs, set_nouns)
