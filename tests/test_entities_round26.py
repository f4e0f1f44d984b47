"""Entity rules of session 24; made-up sentences (simplified: the text as normalized)."""
from __future__ import annotations

import pytest

from test_entities import ents

ORG, LOC = "ORGANIZATION", "LOCATION"

DISTRICTS = "小黄公车已在复兴、观音、新屋、大园及芦竹等5个行政区开辟路线，并扩大至八德、龟山2区。"
ALIAS = "建设发展办公室（建发办）与轻轨公司今日联合公布运营情况。建发办主任黄文杰介绍，工程进展顺利。"
RESERVOIRS = "水务署表示，两个大型水库，即万宜水库和船湾淡水湖，合共存水约4.1亿立方米。"
FERRY = "接驳车往返和平岛及庙口夜市，并在北埔老街设置服务站。"

# (rule, text, a name found, its type): each row fails without its rule
NAMED = [
    # the items of a list closed by 等N个行政区, or by a count of districts right after them, are places
    ("listed districts", DISTRICTS, "观音", LOC),
    ("listed districts", DISTRICTS, "芦竹", LOC),
    ("listed districts", DISTRICTS, "八德", LOC),
    # a limited-liability company, whole (the model cuts it at 有)
    ("registered company", "与江西省农业信贷融资担保有限责任公司合作发放担保贷款1.8万笔。", "江西省农业信贷融资担保有限责任公司", ORG),
    # a body's short name in bare brackets after its full name, which starts as the short name does
    ("defined alias", ALIAS, "建设发展办公室", ORG),
    ("defined alias", ALIAS, "建发办", ORG),
    # markets, old streets, night markets, reservoirs and clan temples named after their place
    ("sites", RESERVOIRS, "万宜水库", LOC),
    ("sites", RESERVOIRS, "船湾淡水湖", LOC),
    ("sites", "大榄涌水塘等其余15个水塘存水亦维持高水平。", "大榄涌水塘", LOC),
    ("sites", FERRY, "庙口夜市", LOC),
    ("sites", FERRY, "北埔老街", LOC),
    ("sites", "市政署辖下共有9个公共街市，包括下环街市、营地街市等。", "下环街市", LOC),
    # a bank and its branch right after it: one name
    ("bank branch", "惠及植棉农户3.1万户。中国农业发展银行沙雅县支行发放棉花收购贷款12亿元。", "中国农业发展银行沙雅县支行", ORG),
    # a unit named after the body it belongs to and 辖下, with its later mentions
    ("unit under a body", "卫生局今日公布巡查情况。卫生局辖下食品安全中心共巡查饮食场所2.46万次。食品安全中心主任表示，将加强巡查。",
     "食品安全中心", ORG),
]


@pytest.mark.parametrize("rule, text, name, kind", NAMED, ids=[f"{r[0]}:{r[2]}" for r in NAMED])
def test_named(rule, text, name, kind):
    found = ents(text)
    assert (name, kind) in found, found


def test_a_kind_of_reservoir_and_a_grade_of_night_market_are_no_places():
    found = ents("全市共实施病险水库除险加固项目87座，扎实开展水库安全检查和病险水库除险加固。")
    assert not [x for x in found if x[0] == "病险水库"], found
    found = ents("瑞丰夜市、光华夜市等5处夜市获评“优良夜市”，较去年增加2处。")
    assert ("瑞丰夜市", LOC) in found and not [x for x in found if x[0] == "优良夜市"], found


def test_a_kind_of_body_under_another_is_no_name():
    # (the museums of a bureau are a kind, not one body's name)
    found = ents("文化局今日公布，文化局辖下博物馆及文物景点去年接待访客逾386万人次。")
    assert not [x for x in found if x[0] == "博物馆"], found


def test_a_list_joined_by_and_before_a_count_of_provinces_is_no_list_of_places():
    # "美国40多个州和加拿大5个省份": 和 joins two counts, not the last of a list of places
    found = ents("公司在美国40多个州和加拿大5个省份经营业务。")
    assert not [x for x in found if "个州" in x[0]], found


def test_a_classifier_after_a_number_opens_no_name_before_an_honorific():
    # 27位|百岁老人: 位 is the classifier, not the surname, before 老人
    found = ents("镇长许卫东带队走访全镇27位百岁老人。")
    assert ("许卫东", "PERSON") in found and not [x for x in found if x[0].startswith("位")], found


def test_a_name_before_a_familiar_honorific_is_a_person_and_the_honorific_is_not():
    # 阿伯/阿嬷 follow an elder's name (黄阿水: 阿 opens the given name, not a surname)
    found = ents("雾峰区吉峰里的黄阿水阿伯是据点的常客。住在复兴区奎辉里的陈美兰阿嬷说，过去每周两次下山看病。")
    assert ("黄阿水", "PERSON") in found and ("陈美兰", "PERSON") in found, found
    assert not [x for x in found if x[0] in ("阿嬷", "阿伯", "阿水")], found
