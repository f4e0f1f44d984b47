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


@pytest.mark.parametrize("text, places", [
    # a temple, a gate and a flower: in a list of streets they are the streets' names
    ("新开的书房分布在鼓楼、朝天宫、红花等街道，晚上开放。", ["鼓楼", "朝天宫", "红花"]),
    # the word that opens the list is no part of its first item
    ("东区种了300公顷，其余光明、凤山、寿宁等乡镇合计400公顷。", ["光明", "凤山", "寿宁"]),
    # islands of an island county
    ("东吉、西吉、将军等3个离岛的居民每天有船。", ["东吉", "西吉", "将军"]),
])
def test_items_of_a_list_of_streets_townships_or_islands_are_places(text, places):
    found = ents(text)
    for p in places:
        assert (p, "LOCATION") in found, (p, found)


def test_a_list_of_ordinary_words_before_a_place_category_stays_no_place():
    found = ents("活动走进企业、学校等地，发放资料。")
    assert not [x for x in found if x[0] in ("企业", "学校")], found


def test_a_province_before_a_town_in_a_list_item_is_a_chain_of_two_places():
    found = ents("火电站建在北京、太原、江苏望亭等地。")
    assert ("江苏", "LOCATION") in found and ("望亭", "LOCATION") in found, found
