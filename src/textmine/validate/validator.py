"""The validator of one document: the figures near a cue, the groups found so far, and the order
the rule families run in."""
from __future__ import annotations

import operator
from bisect import bisect_left, bisect_right
from typing import Any

from ..document import Document
from .lists import ListRules
from .patterns import _CJK, cues, _MODIFIER, _MORE_BESIDES, _SECOND, _SUMMABLE
from .percents import PercentRules
from .quantities import Fig, Group
from .restated import RestatedRules
from .subsets import SubsetRules
from .text import _Text
from .totals import TotalRules


class _Validator(SubsetRules, TotalRules, PercentRules, RestatedRules, ListRules):
    """One document's figures and the rules that relate them (each family of rules is a mixin)."""

    def __init__(self, doc: Document, tx: _Text, figs: list[Fig], back: int):
        self.doc, self.tx, self.figs, self.back = doc, tx, figs, back
        self.t = doc.text
        self.c = cues()
        self.groups: list[Group] = []
        self.checks: list[dict[str, Any]] = []
        self.seen: set[tuple] = set()
        # figures by paragraph and by position, so a rule looks only at the figures near its cue
        self.by_para: dict[int, list[Fig]] = {}
        for f in figs:
            self.by_para.setdefault(f.para, []).append(f)
        self.fig_starts = [f.start for f in figs]
        self.in_order = all(map(operator.le, self.fig_starts, self.fig_starts[1:]))
        self._token_starts: list[int] | None = None

    # -- helpers -------------------------------------------------------
    def summable(self, f: Fig) -> bool:
        return f.kind in _SUMMABLE and not f.per and not f.aside

    def same_family(self, a: Fig, b: Fig) -> bool:
        return a.family == b.family and a.kind == b.kind

    def more_besides(self, last: Fig) -> bool:
        """Does the sentence after the last item of a list name more without a figure (其余为意见建议类,
        其余都正在设计)?  Then the items are not all of their total."""
        return _MORE_BESIDES.search(self.t, last.end, self.tx.sent_span(last.start)[1]) is not None

    def bracket_holds(self, whole: Fig, part: Fig) -> bool:
        """Is the part counted by the second classifier written in brackets beside the total's
        (4826套(间) … 508间; 535家(户) over 356户)? Read by the sums and by the 其中 breakdowns alike."""
        return bool(whole.also) and part.family == whole.also and part.kind == whole.kind

    def lede_para(self) -> int | None:
        """The report's opening paragraph: the first that states a figure, past the headline (its totals
        are the ones later sections divide and shares name)."""
        return min((x.para for x in self.figs if not x.headline), default=None)

    def before(self, pos: int, *, para: int, sents: int | None = None) -> list[Fig]:
        """Figures ending before ``pos`` in the same paragraph, nearest first."""
        sents = self.back if sents is None else sents
        cur = self.tx.sent(pos)
        out = [f for f in self.by_para.get(para, ()) if f.end <= pos and cur - f.sent <= sents]
        return sorted(out, key=lambda f: -f.start)

    def starting(self, lo: int, hi: int) -> list[Fig]:
        """Figures starting in ``[lo, hi)``, in their order (a slice when they are in text order)."""
        if self.in_order:
            return self.figs[bisect_left(self.fig_starts, lo):bisect_left(self.fig_starts, hi)]
        return [f for f in self.figs if lo <= f.start < hi]

    def starts_predicate(self, pos: int, *, lead: bool = False, adverbs: bool = False) -> bool:
        """Does the clause at ``pos`` open with a verb ("；新增公路60.9万公里") rather than a label
        ("；举报类480件", a verb read as a category by the classifier after it)?

        ``lead``: skip a leading 其中 and adverbial words first ("其中，当场调解1900件", 直接, 今年);
        ``adverbs``: skip adverbs only ("；同步采集…"), not those of progress (已整改, 正在: how far the
        things counted before have come, which a list of them may go on to say)."""
        toks = self.doc.tokens
        if not toks or not toks[0][3]:
            return False
        progress = self.c["done"]["words"] + self.c["pending"]["words"] if adverbs else ()
        i = bisect_right(self.token_starts(), pos - 1)
        while i < len(toks) and (not _CJK.match(toks[i][0])
                                 or lead and (toks[i][0] == "其中" or toks[i][3] in ("d", "ad", "t", "s"))
                                 or adverbs and toks[i][3] in ("d", "ad") and toks[i][0] not in progress):
            i += 1
        if i >= len(toks) or not (toks[i][3].startswith("v") or toks[i][0] in self.c["predicate"]["verbs"]):
            return False
        return not (i + 1 < len(toks) and toks[i + 1][3] == "q")

    def modifier(self, f: Fig) -> bool:
        """A count that says where the next figure's things are ("A镇等3个乡镇的11座桥梁"): the
        noun after it ends in 的 right before another number, so it is no part of anything."""
        return bool(_MODIFIER.match(self.t, f.end, f.end + 9))

    def register(self, g: Group) -> None:
        """Keep ``g``: the group of each of its parts and the total of its whole."""
        for p in g.parts:
            p.group = g
        g.whole.total = g
        self.groups.append(g)

    def climb(self, f: Fig) -> Fig:
        """A part of a known total stands for that total when a later list refers back."""
        seen = set()
        while f.group is not None and f.group.exhaustive and id(f) not in seen:
            seen.add(id(f))
            f = f.group.whole
        return f

    def total_of(self, f: Fig) -> Fig:
        """The total a figure before a done part or a rest stands for: itself, or the total of the
        list it is an item of ("其中县道11座、乡道21座。已完工29座…其余3座": the 32, not the 21)."""
        f = self.climb(f)
        return f.group.whole if f.group is not None and f.group.whole is not f else f

    def first_statement(self, f: Fig) -> Fig:
        """The earliest figure the text restates ``f`` by (23件 after 23项): checks name the first."""
        for x in self.figs:
            if x.start >= f.start:
                break
            if (x.family == f.family and x.kind == f.kind and x.exact and f.exact and x.value == f.value
                    and x.delta == f.delta and x.noun_after and f.noun_after and x.after == f.after
                    and x.group is None and not x.headline):
                return x
        return f

    def add(self, check: dict[str, Any]) -> None:
        key = (check["kind"], check.get("whole"), tuple(sorted(check.get("parts") or [])), check.get("percent"),
               check.get("items"))
        if key in self.seen:
            return
        self.seen.add(key)
        self.checks.append(check)

    def covered(self, whole: Fig, parts: list[Fig]) -> bool:
        ids = {p.id for p in parts}
        return any(c.get("whole") == whole.id and set(c.get("parts") or []) == ids for c in self.checks)

    # -- run -----------------------------------------------------------
    def run(self) -> list[dict[str, Any]]:
        self.subset_lists()
        self.rest_and_pending()
        for g in self.groups:
            # (a list scoped by its total's own noun, "在档困难职工中，…", keeps that total)
            if not g.exhaustive and g.whole.group is not None and g.whole.group.exhaustive and g.whole.group is not g \
                    and g.cue != "中" and not (g.cue == "看" and self.counted_by_items_verb(g.whole, g.parts[0])):
                g.whole.total = None
                g.whole = self.climb(g.whole)
                g.whole.total = g
        self.each_lists()
        self.totals_after()
        self.outcome_pairs()
        self.emit_groups()
        self.unmarked_breakdowns()
        self.respective_items()
        self.all_done()
        self.done_of_total()
        self.stage_pairs()
        self.section_totals()
        self.percents()
        self.shares_to_hundred()
        self.ratio_lists()
        self.paren_breakdowns()
        self.restated()
        self.raised_levels()
        self.changes_from_stated_bases()
        self.lists()
        self.lede_totals()
        self.balances()
        self.drop_misread_shares()
        # a percent check first: a reader (and the scorer) looking up a whole and its part
        # finds the share before the plainer part_of of the same pair
        order = {"percent": 0, "sum": 1, "part_of": 2, "restated": 3, "list_count": 4}
        return sorted(self.checks, key=lambda c: order.get(c["kind"], 9))

    def token_starts(self) -> list[int]:
        """The start offsets of the document's tokens, in order (built on first use)."""
        if self._token_starts is None:
            self._token_starts = list(map(_SECOND, self.doc.tokens))
        return self._token_starts
