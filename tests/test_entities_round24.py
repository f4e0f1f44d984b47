"""Entity rules of session 22: a clause verb after a place or body is never inside a name;
made-up sentences (simplified: the text as normalized)."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, name, kept", [
    # the place and what it set up are two things, not one body named 某镇设立…工作站
    ("区法院在东坑镇、西岭镇设立环境资源巡回审判工作站，就地办案。", "西岭镇", "LOCATION"),
    ("县残联在青山镇试点建设残疾人托养服务中心，提供日间照料。", "青山镇", "LOCATION"),
    # a body that commissions another: two bodies
    ("根据县民政局委托省社会科学院开展的评估，满意度超过九成。", "县民政局", "ORGANIZATION"),
    ("他建议卫生署研究在新屋邨增设诊所。", "卫生署", "ORGANIZATION"),
])
def test_a_clause_verb_after_a_place_or_body_ends_its_name(text, name, kept):
    found = ents(text)
    assert (name, kept) in found, found
    assert not [x for x in found if x[0].startswith(name) and len(x[0]) > len(name) + 4], found
