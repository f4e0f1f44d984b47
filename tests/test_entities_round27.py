"""Entity rules of session 25; made-up sentences (simplified: the text as normalized)."""
from __future__ import annotations

import pytest

from test_entities import ents

ORG, LOC = "ORGANIZATION", "LOCATION"

BEACHES = "今年康文署在香港浅水湾泳滩、石澳泳滩及长沙泳滩加派救生员。"
SQUARES = "澳门的主场地包括议事亭前地、妈阁庙前地及圣方济各堂前地。"
OFFICES = "台湾高雄市动物保护处与高雄市公车处合作推出认养专车。"
TRAILS = "香港远足径长约500公里，当中包括麦理浩径、卫奕信径、港岛径及凤凰径4条长途远足径。"
AGENCY = "台湾食品样品486件送卫生福利部食品药物管理署认证的实验室检验。"

# (rule, text, a name found, its type): each row fails without its rule
NAMED = [
    # Hong Kong's gazetted beaches and Macao's squares before a temple or church
    ("sites", BEACHES, "浅水湾泳滩", LOC),
    ("sites", BEACHES, "石澳泳滩", LOC),
    ("sites", SQUARES, "妈阁庙前地", LOC),
    # a Taiwan city right before an office of its government: one name
    ("city office", OFFICES, "高雄市动物保护处", ORG),
    ("city office", OFFICES, "高雄市公车处", ORG),
    # a ministry and its agency, though the model's span cut the ministry's name
    ("ministry and agency", AGENCY, "卫生福利部食品药物管理署", ORG),
    # Taiwan's welfare associations
    ("association", "由花莲县听障福利协进会统筹北区派案。", "花莲县听障福利协进会", ORG),
    # Hong Kong's hiking trails, three or more in a list
    ("listed trails", TRAILS, "麦理浩径", LOC),
    ("listed trails", TRAILS, "凤凰径", LOC),
    # Macao's pharmaceutical administration and its short name
    ("Macao body", "澳门药物监督管理局今日公布，药监局上半年巡查药房652间次。", "药监局", ORG),
]


@pytest.mark.parametrize("rule, text, name, kind", NAMED, ids=[f"{r[0]}:{r[2]}" for r in NAMED])
def test_named(rule, text, name, kind):
    found = ents(text)
    assert (name, kind) in found, found


def test_an_adverb_ending_in_qiandi_is_no_square():
    # 空前地 is "unprecedentedly": only a temple's, church's or pavilion's 前地 is a square
    found = ents("人民群众建设家乡的热情空前地高涨。")
    assert not [x for x in found if x[1] == LOC], found


def test_a_kind_of_park_is_no_park():
    # 郊野公园 and 海岸公园 are kinds of Hong Kong park (全港24个郊野公园), not one park's name
    found = ents("去年全港24个郊野公园及22个特别地区共录得游人约1320万人次，渔护署郊野公园及海岸公园助理署长黄志伟表示。")
    assert not [x for x in found if x[0] in ("郊野公园", "海岸公园")], found
