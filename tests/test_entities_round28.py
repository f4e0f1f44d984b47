"""Entity rules of session 26; made-up sentences (simplified: the text as normalized)."""
from __future__ import annotations

import pytest

from test_entities import ents

ORG, LOC = "ORGANIZATION", "LOCATION"

MAKERS = "全市引进华为、阿里巴巴、比亚迪等头部企业12家，格力电器和宁德时代的项目已开工。"

# (rule, text, a name found, its type): each row fails without its rule
NAMED = [
    # manufacturers and technology companies named by their short names are companies, not persons
    ("companies", MAKERS, "华为", ORG),
    ("companies", MAKERS, "阿里巴巴", ORG),
    ("companies", MAKERS, "比亚迪", ORG),
    ("companies", MAKERS, "格力电器", ORG),
    ("companies", MAKERS, "宁德时代", ORG),
    # Taiwan's central bodies named bare, and a district prosecutors' office after its city
    # ((guard) the full name the model finds here; the list keeps it whole where the model cut its first
    # character: 原|住民族委员会)
    ("Taiwan bodies", "台东县政府表示，部落学校获原住民族委员会补助经费，原民会表示，交通部观光署统计显示。", "原住民族委员会", ORG),
    ("Taiwan bodies", "台东县政府表示，部落学校获原住民族委员会补助经费，原民会表示，交通部观光署统计显示。", "原民会", ORG),
    ("Taiwan bodies", "台东县政府表示，部落学校获原住民族委员会补助经费，原民会表示，交通部观光署统计显示。", "交通部观光署", ORG),
    ("prosecutors", "酒驾者依公共危险罪移送新竹地方检察署侦办者487件。", "新竹地方检察署", ORG),
    # a hi-tech zone named 新技术开发区 is one zone (东湖新技术开发区), not its stem alone
    ("zones", "东湖新技术开发区、武汉经济技术开发区率先开展园区碳排放核算。", "东湖新技术开发区", LOC),
    # theatres named by their place, and Macao's arts venues, are places
    ("venues", "今届文化节的主场地包括岗顶剧院及塔石广场，摄影展在塔石艺文馆开幕。", "岗顶剧院", LOC),
    ("venues", "今届文化节的主场地包括岗顶剧院及塔石广场，摄影展在塔石艺文馆开幕。", "塔石艺文馆", LOC),
    # deserts are sites (the model reads the stem alone as the place)
    ("deserts", "治沙区位于腾格里沙漠南缘，年均降水量不足200毫米。", "腾格里沙漠", LOC),
]


@pytest.mark.parametrize("rule, text, name, kind", NAMED, ids=[f"{r[0]}:{r[2]}" for r in NAMED])
def test_named(rule, text, name, kind):
    found = ents(text)
    assert (name, kind) in found, found


def test_a_grain_named_like_a_maker_is_no_company():
    # (guard) 小米 is millet in a farm report: the list leaves out makers' names that are ordinary words
    found = ents("全县种植小米、高粱等杂粮3.2万亩。")
    assert not [x for x in found if x[0] == "小米"], found


def test_an_adverb_and_a_verb_after_a_zone_name_no_park():
    # 武汉经济技术开发区|率先开展|园区碳排放核算: an adverb opens a clause; 园区 there names no park
    found = ents("东湖新技术开发区、武汉经济技术开发区率先开展园区碳排放核算。")
    assert ("武汉经济技术开发区", LOC) in found, found
