"""Entity rules of session 24; made-up sentences (simplified: the text as normalized)."""
from __future__ import annotations

import pytest

from test_entities import ents

ORG, LOC = "ORGANIZATION", "LOCATION"

# (rule, text, a name found, its type): each row fails without its rule
NAMED = [
    # the items of a list closed by 等N个行政区, or by a count of districts right after them, are places
    ("listed districts", "小黄公车已在复兴、观音、新屋、大园及芦竹等5个行政区开辟路线，并扩大至八德、龟山2区。", "观音", LOC),
    ("listed districts", "小黄公车已在复兴、观音、新屋、大园及芦竹等5个行政区开辟路线，并扩大至八德、龟山2区。", "芦竹", LOC),
    ("listed districts", "小黄公车已在复兴、观音、新屋、大园及芦竹等5个行政区开辟路线，并扩大至八德、龟山2区。", "八德", LOC),
    # a limited-liability company, whole (the model cuts it at 有)
    ("registered company", "与江西省农业信贷融资担保有限责任公司合作发放担保贷款1.8万笔。", "江西省农业信贷融资担保有限责任公司", ORG),
    # a body's short name in bare brackets after its full name, which starts as the short name does
    ("defined alias", "建设发展办公室（建发办）与轻轨公司今日联合公布运营情况。建发办主任黄文杰介绍，工程进展顺利。",
     "建设发展办公室", ORG),
    ("defined alias", "建设发展办公室（建发办）与轻轨公司今日联合公布运营情况。建发办主任黄文杰介绍，工程进展顺利。", "建发办", ORG),
    # a unit named after the body it belongs to and 辖下, with its later mentions
    ("unit under a body", "卫生局今日公布巡查情况。卫生局辖下食品安全中心共巡查饮食场所2.46万次。食品安全中心主任表示，将加强巡查。",
     "食品安全中心", ORG),
]


@pytest.mark.parametrize("rule, text, name, kind", NAMED, ids=[f"{r[0]}:{r[2]}" for r in NAMED])
def test_named(rule, text, name, kind):
    found = ents(text)
    assert (name, kind) in found, found


def test_a_kind_of_reservoir_is_no_place():
    found = ents("全市共实施病险水库除险加固项目87座，扎实开展水库安全检查和病险水库除险加固。")
    assert not [x for x in found if x[0] == "病险水库"], found


def test_a_kind_of_body_under_another_is_no_name():
    # (the museums of a bureau are a kind, not one body's name)
    found = ents("文化局今日公布，文化局辖下博物馆及文物景点去年接待访客逾386万人次。")
    assert not [x for x in found if x[0] == "博物馆"], found


def test_a_list_joined_by_and_before_a_count_of_provinces_is_no_list_of_places():
    # "美国40多个州和加拿大5个省份": 和 joins two counts, not the last of a list of places
    found = ents("公司在美国40多个州和加拿大5个省份经营业务。")
    assert not [x for x in found if "个州" in x[0]], found
