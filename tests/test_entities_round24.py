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


@pytest.mark.parametrize("text, name", [
    ("今年京沪高铁和兰新铁路沿线的车站都加开了列车。", "京沪高铁"),
    ("今年京沪高铁和兰新铁路沿线的车站都加开了列车。", "兰新铁路"),
    ("列车从合肥南站开出，经停六安西站。", "合肥南站"),
    ("列车从合肥南站开出，经停六安西站。", "六安西站"),
])
def test_rail_lines_and_stations_are_places(text, name):
    assert (name, "LOCATION") in ents(text)


def test_building_a_rail_line_is_no_line_name():
    found = ents("县里计划新建高铁站房，方便群众乘坐高铁出行。")
    assert not [x for x in found if "高铁" in x[0]], found


def test_a_body_speaking_of_itself_and_urban_villages_are_no_names():
    found = ents("本局上半年检查客船120艘，本局亦处理投诉23宗；剧团深入城中村演出。")
    assert not [x for x in found if x[0] in ("本局", "城中村")], found


@pytest.mark.parametrize("text, body", [
    ("据县植保植检站测算，亩均节约农药两成。", "县植保植检站"),
    ("镇农机站和县气象站联合发布了农事提示。", "镇农机站"),
    ("镇农机站和县气象站联合发布了农事提示。", "县气象站"),
])
def test_technical_stations_of_a_county_or_township_are_bodies(text, body):
    assert (body, "ORGANIZATION") in ents(text)


def test_a_body_working_with_another_ends_before_its_clause_verb():
    found = ents("县发展和改革局会同县商务局落实政府储备冻猪肉600吨。")
    assert ("县商务局", "ORGANIZATION") in found, found


def test_a_place_listed_after_a_time_word_is_a_place():
    assert ("东莞", "LOCATION") in ents("旅客经码头往来东莞、深圳，较去年增加两成。")


def test_tunnels_bridges_and_piers_are_places_and_so_are_their_short_names():
    found = ents("运输署公布红磡海底隧道（红隧）及西区海底隧道（西隧）的行车量。红隧每日行车10万架次，"
                 "旅客也可经港珠澳大桥或外港客运码头出入境。")
    for name in ("红磡海底隧道", "西区海底隧道", "港珠澳大桥", "外港客运码头"):
        assert (name, "LOCATION") in found, (name, found)
    assert sum(1 for x in found if x == ("红隧", "LOCATION")) == 2, found


def test_a_kind_of_tunnel_and_a_kind_of_road_are_no_names():
    found = ents("运输署公布过海隧道的行车量。县里打造3条“美丽农村路”示范线，全县农村公路优良路率为68.5%。")
    assert not [x for x in found if x[0] in ("过海隧道", "美丽农村路", "优良路")], found


def test_a_township_the_model_began_one_character_late_after_a_mark_gets_it_back():
    # 丰镇 is a city of its own; after the full stop, 乾丰镇 is the township listed with 宝泉镇
    found = ents("人均增收1.8万元。乾丰镇、宝泉镇等5个乡镇建成养殖小区11个。")
    assert ("乾丰镇", "LOCATION") in found and ("丰镇", "LOCATION") not in found, found


def test_a_contact_lines_three_character_name_is_whole():
    found = ents("发布单位:农业处 联络人:黄怡婷 电话:03-8227171")
    assert ("黄怡婷", "PERSON") in found, found


def test_stops_of_a_route_in_brackets_are_places():
    found = ents("北海航线（赤崁—吉贝）开航2104航次，东海航线（马公—虎井—桶盘）开航832航次。")
    for name in ("赤崁", "吉贝", "马公", "虎井", "桶盘"):
        assert (name, "LOCATION") in found, (name, found)


def test_a_macao_bureau_joining_two_nouns_with_ji_is_one_body():
    found = ents("澳门海事及水务局今日公布数据，本局将与治安警察局加强协调。")
    assert ("海事及水务局", "ORGANIZATION") in found, found


def test_a_place_named_alone_before_its_township_suffix_is_the_township_and_its_office_a_body():
    found = ents("望安、将军、七美等5个离岛的居民。七美乡乡长洪志明说，并与县警察局、望安乡公所及七美乡公所加强管理。")
    assert ("七美乡", "LOCATION") in found and ("望安乡公所", "ORGANIZATION") in found, found


def test_a_kind_of_company_after_the_word_that_counts_it_is_no_name():
    found = ents("目前共有甲飞航、乙飞航等4间船务公司经营客运航线。本局已将意见转交船务公司跟进。"
                 "我市取得经营许可的网约车平台公司21家。\n中金公司预计物价回落。")
    assert not [x for x in found if x[0] in ("船务公司", "平台公司")], found
    assert ("中金公司", "ORGANIZATION") in found, found
