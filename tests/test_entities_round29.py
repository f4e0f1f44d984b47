"""Entity rules of session 27; made-up sentences (simplified: the text as normalized)."""
from __future__ import annotations

import pytest

from test_entities import ents

ORG, LOC = "ORGANIZATION", "LOCATION"

COURTS = "据统计，台中地方检察署全年起诉酒驾案件1200件，台北地方法院判决800件。"
PEOPLES = "全县在钟英傈僳族彝族乡建成核桃基地3个，岔河彝族苗族乡、新街回族乡推广种植2000亩。"

# (rule, text, a name found, its type): each row fails without its rule
NAMED = [
    # Taiwan's district courts and prosecutors' offices are named by a city jieba cuts in two (台|中):
    # the closed list names them whole, and 地方检察署 alone marks a text as Taiwan's
    ("Taiwan courts", COURTS, "台中地方检察署", ORG),
    ("Taiwan courts", COURTS, "台北地方法院", ORG),  # (guard: the model finds this one whole)
    # an ethnic township of two peoples names both after its stem
    ("two peoples", PEOPLES, "钟英傈僳族彝族乡", LOC),
    ("two peoples", PEOPLES, "岔河彝族苗族乡", LOC),
    # (guard) one people
    ("two peoples", PEOPLES, "新街回族乡", LOC),
]


@pytest.mark.parametrize("rule, text, name, kind", NAMED, ids=[f"{r[0]}:{r[2]}" for r in NAMED])
def test_named(rule, text, name, kind):
    found = ents(text)
    assert (name, kind) in found, found
