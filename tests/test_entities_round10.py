"""Entity rules of generalization round 10: parks, platforms, credits, township lists, offices of
leading groups, plants, menu phrases (sentences written for these tests, not copied from any
article)."""
from __future__ import annotations

import pytest

from test_entities import ents


# a park or square named after its place, whole, even where the model split it
@pytest.mark.parametrize("text,park", [
    ("市民在湘江滨体育公园晨练。", "湘江滨体育公园"),
    ("岳麓山麓体育公园正式开园。", "岳麓山麓体育公园"),
    ("在城关镇全民健身公园举行启动仪式。", "城关镇全民健身公园"),
    ("群众在天安门广场观看升旗。", "天安门广场"),
])
def test_a_park_named_after_its_place_is_one_place(text, park):
    found = ents(text)
    assert (park, "LOCATION") in found, found


def test_a_verb_and_a_park_word_name_no_park():
    found = ents("全县新建体育公园3个。")
    assert not [w for w, k in found if "公园" in w], found


# online platforms are the companies that run them
def test_online_platforms_are_bodies():
    found = ents("组织农户在抖音、快手开展直播带货，在拼多多开设店铺。")
    for name in ("抖音", "快手", "拼多多"):
        assert (name, "ORGANIZATION") in found, found


# a credited name is a person even where the model read a place name at its start (龙海 is a city)
def test_a_credited_name_holding_a_place_name_is_a_person():
    from textmine.extract.entities.persons import _credit_persons

    text = "（编辑：陈思远　审核：龙海燕）"
    a = text.index("龙海燕")
    spans = _credit_persons(text, [[a, a + 2, "LOCATION"]])
    assert [a, a + 3, "PERSON"] in spans and [a, a + 2, "LOCATION"] not in spans, spans


# an item of a list of townships is a township, though its stem opens with an ordinary word
def test_an_item_between_townships_is_a_township():
    found = ents("梅林镇、汤家坪镇、斑竹园镇、南溪镇4个重点镇开展祭扫。")
    assert ("斑竹园镇", "LOCATION") in found, found
    assert not [w for w, k in found if w.startswith("个")], found


# an office of a leading group or committee is one body
def test_the_office_of_a_leading_group_is_one_body():
    found = ents("中共某某县委农村工作领导小组办公室印发通知。".replace("某某", "丹棱"))
    assert ("中共丹棱县委农村工作领导小组办公室", "ORGANIZATION") in found, found


def test_a_township_government_is_a_body():
    found = ents("县住建局、张场镇政府现场督办。")
    assert ("张场镇政府", "ORGANIZATION") in found, found


# plants named after their place are bodies
def test_a_plant_named_after_its_place_is_a_body():
    found = ents("生活垃圾统一运往眉山市生活垃圾焚烧发电厂处理。")
    assert ("眉山市生活垃圾焚烧发电厂", "ORGANIZATION") in found, found


# a body's team of people is the body
def test_a_team_of_a_body_is_the_body():
    found = ents("邀请安徽农业大学专家团队开展技术指导。")
    assert ("安徽农业大学", "ORGANIZATION") in found, found
    assert not [w for w, k in found if w.endswith("团队")], found


# a name candidate that starts inside an ordinary word, or names a monument, is no person
@pytest.mark.parametrize("text", [
    "持续加强烈士纪念设施保护管理。",
    "瞻仰革命烈士纪念塔，缅怀先烈。",
])
def test_no_person_inside_words_or_monuments(text):
    found = ents(text)
    assert not [w for w, k in found if k == "PERSON"], found


def test_a_title_before_a_compound_surname_reading_keeps_the_name():
    """所长|孙丽萍: 长孙 is a word too, but 所长 closes the title before the name."""
    found = ents("所长孙丽萍告诉记者。中心主任何建平表示。")
    assert ("孙丽萍", "PERSON") in found and ("何建平", "PERSON") in found, found


# a place inside a longer menu item names a section of the site, not the place
def test_a_place_inside_a_menu_item_is_no_mention():
    found = ents("临泉县人民政府\n首页 | 走进临泉 | 政务公开 | 政务服务 | 互动交流\n临泉县开展专项行动。")
    assert [w for w, k in found if w == "临泉"] == [], found
    assert ("临泉县", "LOCATION") in found, found


# a quoted website's name is no place
def test_a_place_inside_a_quoted_website_name_is_no_place():
    found = ents("临泉县将失信企业在“信用临泉”网站予以公示。")
    assert [w for w, k in found if w == "临泉"] == [], found


# districts listed before 等N个城区 are places, one the gazetteer lacks too
def test_districts_listed_before_their_category_are_places():
    found = ents("荷塘区、芦淞区、渌口区等3个城区共接种疫苗7万剂次。")
    assert ("渌口区", "LOCATION") in found, found


# round 10b (the d and e sets)
@pytest.mark.parametrize("text", [
    "全县A级景区21个，其中国家4A级旅游景区5个。",      # 其|中国家: the 中 of 其中 opens no name
    "考核断面9个，其中国控断面2个。",
    "全县共建成城镇污水处理厂12座，其中县城污水处理厂2座。",  # plants of a kind, not named
])
def test_no_name_in_function_words_and_kinds(text):
    found = ents(text)
    assert not [w for w, k in found if w in ("中国", "级旅游景区", "污水处理厂")], found


def test_a_grade_after_a_number_opens_no_place():
    found = ents("新创建4A级旅游景区2个。")
    assert not [w for w, k in found if w.startswith("级")], found


def test_a_body_and_the_verb_hui_tong_are_no_county():
    found = ents("县生态环境分局会同县水利局全面排查入河排污口。")
    assert not [w for w, k in found if w == "会同县"], found


def test_insurers_by_their_short_names_are_bodies():
    found = ents("全市共有人保财险、国寿财险、中原农险等9家机构开展农业保险。")
    for name in ("人保财险", "国寿财险", "中原农险"):
        assert (name, "ORGANIZATION") in found, found


def test_a_district_listed_last_before_the_verb_is_a_place():
    """镜湖区、弋江区和湾沚区布局: 湾沚区 (renamed in 2020) is missing from the gazetteer."""
    found = ents("分别在镜湖区、弋江区、鸠江区和湾沚区布局人才公寓。")
    assert ("湾沚区", "LOCATION") in found, found


def test_a_university_with_its_campus_in_brackets_is_one_body():
    found = ents("聘请中国矿业大学（北京）专家参与检查。")
    assert ("中国矿业大学（北京）", "ORGANIZATION") in found, found
    assert not [w for w, k in found if k == "LOCATION"], found
