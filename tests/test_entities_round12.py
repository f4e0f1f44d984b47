"""Entity rules from the i set (unseen local news, session 9): made-up sentences, one rule each."""
from __future__ import annotations

import pytest

from textmine.extract.entities import find_entities


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[e["start"]:e["end"]], e["type"]) for e in find_entities(text)}


@pytest.mark.parametrize("text, names", [
    # a list of villages none of which is known: all of them, and a later mention of one
    ("镇里在人员流动较大的5个村打造示范村，分别是坝下村、紫泽村、仙水村、溪口村和霞美村，其中坝下村入选。",
     ["坝下村", "紫泽村", "仙水村", "溪口村", "霞美村"]),
    ("今年以东石村、西湾村、北岭村为试点推进改厕。", ["东石村", "西湾村", "北岭村"]),
])
def test_a_list_of_villages_names_places(text, names):
    found = _found(text)
    assert all((n, "LOCATION") in found for n in names), found


@pytest.mark.parametrize("text, word", [
    ("全县建成示范村、重点村、中心村等一批村庄。", "示范村"),  # kinds of villages (guard)
    ("各村、各社区、全村都参加了。", "各村"),  # no stems (guard)
    ("先后走访了3个村、5个社区和8个自然村。", "个村"),  # counts (guard)
    ("推进新农村、美丽乡村、和美乡村建设。", "新农村"),  # ordinary words (guard)
])
def test_lists_of_kinds_or_counts_of_villages_name_no_place(text, word):
    assert not any(word in w for w, _ in _found(text))
