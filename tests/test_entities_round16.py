"""Entity rules of session 13: a three-character name before a common verb stays whole, a cadre's
duty (包村) is no name, unnamed teams are no bodies, a ministry's departments (司) after it;
made-up sentences (simplified: the text as normalized), guards marked."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, name, kind", [
    # 朱长林|带领: a verb more common than the word across the name's end (林带) keeps the name whole
    ("龙口村党支部书记朱长林带领村里党员坚守在堤坝上。", "朱长林", "PERSON"),
    # (guard) a word that opens at the name's last character still cuts a name the model ran on
    ("县长陈冲报告了工作。", "陈冲", "PERSON"),
    # a ministry's department after the ministry
    ("教育部基础教育司印发通知。", "教育部基础教育司", "ORGANIZATION"),
    # (guard) a named team keeps its body
    ("县委宣讲团深入基层宣讲。", "县委宣讲团", "ORGANIZATION"),
])
def test_names_round16(text, name, kind):
    assert (name, kind) in ents(text), ents(text)


@pytest.mark.parametrize("text, word", [
    # a cadre answering for a village or a group (包村, 包组) is a duty, not a person surnamed 包
    ("实行乡干部包村、村干部包组、党员包户的责任制。", "包村"),
    ("实行乡干部包村、村干部包组、党员包户的责任制。", "包组"),
    # a kind of team, named by no place or body, is no body
    ("全县组建了3支宣讲队伍，即县委宣讲团、“百姓名嘴”宣讲队。", "宣讲队"),
])
def test_no_such_name_round16(text, word):
    assert not any(w == word for w, _ in ents(text)), ents(text)
