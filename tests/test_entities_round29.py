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


TAIWAN = "县府结合枋山地区农会、枋寮地区农会推出行销活动，海洋保育署补助新台币680万元，海巡署派员巡护。"
PARKS = "大熊猫国家公园宝兴管护总站组织巡护120次，大熊猫国家公园四川省管理局表示，三江源国家公园面积12万平方公里。"
NAMED += [
    # a province before a city's or county's body is a place of its own (as the annotators write it) ...
    ("province apart", "据山东省临沂市农业农村局统计，全市种植板栗30万亩。", "山东省", LOC),
    ("province apart", "据山东省临沂市农业农村局统计，全市种植板栗30万亩。", "临沂市农业农村局", ORG),
    # ... and one name with a body of its own named after a place of it
    ("province's body", "联合云南省德宏热带农业科学研究所开展技术培训。", "云南省德宏热带农业科学研究所", ORG),
    # Taiwan's farmers' associations named by their area, and the ocean agencies named bare
    ("Taiwan bodies", TAIWAN, "枋山地区农会", ORG),
    ("Taiwan bodies", TAIWAN, "枋寮地区农会", ORG),
    ("Taiwan bodies", TAIWAN, "海洋保育署", ORG),
    ("Taiwan bodies", TAIWAN, "海巡署", ORG),
    # head stations of a province or a park
    ("head stations", "县自然资源局联合陕西省地质环境监测总站开展排查。", "陕西省地质环境监测总站", ORG),
    # the national parks, and the bodies that run parts of them
    ("national parks", PARKS, "大熊猫国家公园宝兴管护总站", ORG),
    ("national parks", PARKS, "大熊猫国家公园四川省管理局", ORG),
    ("national parks", PARKS, "三江源国家公园", LOC),
    # an autonomous county by its short name and 县 (漾濞彝族自治县)
    ("autonomous county", "漾濞县投入资金500万元，发展核桃产业。", "漾濞县", LOC),
]


@pytest.mark.parametrize("rule, text, name, kind", NAMED, ids=[f"{r[0]}:{r[2]}" for r in NAMED])
def test_named(rule, text, name, kind):
    found = ents(text)
    assert (name, kind) in found, found
