"""Entity rules of generalization round 7 (errors found on a fresh unseen set of six reports):
one table per rule, sentences written for these tests (not copied from any article)."""
from __future__ import annotations

import pytest

from test_entities import ents


# a department name holding 和, or a body that lost its first word (住房|公积金…), starts at its stem
@pytest.mark.parametrize("text,body", [
    ("依据财政部和住房和城乡建设部联合印发的办法执行。", "住房和城乡建设部"),
    ("（三）住房公积金管理中心。中心下设办公室。", "住房公积金管理中心"),
    ("会议听取了住房公积金管理委员会的报告。", "住房公积金管理委员会"),
])
def test_body_name_stems_are_not_cut(text, body):
    found = ents(text)
    assert (body, "ORGANIZATION") in found, found


# a place cut inside its township ending gets it back; a short place before 中路/东路 is the road
@pytest.mark.parametrize("text,place", [
    ("联系地址：青田县鹤城街道瓯江东路8号", "鹤城街道"),
    ("地址：江西省九江市浔阳区湓浦街道庐山中路", "庐山中路"),
])
def test_cut_township_and_road_endings(text, place):
    found = ents(text)
    assert (place, "LOCATION") in found, found


# 街|道路: the commoner word 道路 is read, no township is made
def test_street_before_road_word_is_not_a_township():
    found = ents("新修步行街道路两侧栽种树木。")
    assert not any(w.endswith("街道") for w, _ in found), found


# a county made a district after the gazetteer was compiled: short name + 区 is the new district
@pytest.mark.parametrize("text,place", [
    ("全市新增示范点12个，龙海区4个，长泰区3个。", "龙海区"),
    ("全市新增示范点12个，其中龙海区4个，长泰区3个。", "长泰区"),  # (after 其中, a word)
])
def test_renamed_districts(text, place):
    found = ents(text)
    assert (place, "LOCATION") in found, found


# a short name + 区域/市场 is no district
def test_short_name_before_area_word_is_no_district():
    found = ents("加强长泰区域内河道管理。")
    assert ("长泰区", "LOCATION") not in found, found


# bare county names as the items of a list of places are places; a list's shared ending on the
# last item is left off (甲、乙、丙管理部 -> 丙)
@pytest.mark.parametrize("text,places", [
    ("全市设5个服务站，即涪城、游仙、三台、盐亭、梓潼服务站。", ["游仙", "三台", "盐亭", "梓潼"]),
    ("调研组先后到江油、北川、安州等地检查。", ["江油", "北川", "安州"]),
])
def test_bare_county_names_in_a_list_of_places(text, places):
    found = ents(text)
    for p in places:
        assert (p, "LOCATION") in found, found
    assert not any(t == "ORGANIZATION" for _, t in found), found


# a body after another kind of place keeps its name (西柏坡、某某法治宣教中心)
def test_long_body_after_a_site_in_a_list_keeps_its_name():
    found = ents("组织党员赴红旗渠、安阳法治教育中心等基地参观学习。")
    assert ("安阳", "LOCATION") not in found, found


# 产业|兴县, 科技|强县: a one-character stem after a noun is a slogan, not the county
@pytest.mark.parametrize("text", [
    "坚持“生态立县、产业兴县”发展思路。",
    "深入实施科教兴县战略。",
])
def test_slogan_is_no_county(text):
    found = ents(text)
    assert ("兴县", "LOCATION") not in found, found


def test_county_after_a_verb_is_still_found():
    found = ents("调研组前往兴县考察。")
    assert ("兴县", "LOCATION") in found, found


# the person a doctrine is named after is a PERSON
@pytest.mark.parametrize("text,person", [
    ("全院干警深入学习习近平新时代中国特色社会主义思想。", "习近平"),
    ("坚持以邓小平理论为指导。", "邓小平"),
])
def test_person_before_doctrine(text, person):
    found = ents(text)
    assert (person, "PERSON") in found, found


# 解放思想: an ordinary word before 思想 is no person
def test_ordinary_word_before_doctrine_word():
    found = ents("进一步解放思想，推动高质量发展。")
    assert not any(t == "PERSON" for _, t in found), found
