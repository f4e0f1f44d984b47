"""Entity rules of generalization round 6 (errors found on a fresh unseen set of six reports):
one table per rule, sentences written for these tests (not copied from any article)."""
from __future__ import annotations

import pytest

from test_entities import ents


# the people's organizations by their usual short names are bodies (县残联, 镇科协, 市妇联)
@pytest.mark.parametrize("text,body", [
    ("按照省残联统一安排，全县开展助残日活动。", "省残联"),
    ("青石镇科协组织农技人员下乡服务12次。", "青石镇科协"),
    ("去年，县妇联走访困难家庭300户。", "县妇联"),
    ("由市文联主办的书画展开幕。", "市文联"),
])
def test_peoples_organization_short_names(text, body):
    found = ents(text)
    assert (body, "ORGANIZATION") in found, found


# county-level cities made from counties recently are places under their new name
@pytest.mark.parametrize("text,place", [
    ("全省新增示范县2个，即邵东市、隆回县。", "邵东市"),
    ("来自射洪市的企业代表参加了洽谈会。", "射洪市"),
])
def test_recent_county_level_cities(text, place):
    found = ents(text)
    assert (place, "LOCATION") in found, found


# two bodies joined by 联合 / 会同 are two names, also when the model's span stopped inside the
# second one
@pytest.mark.parametrize("text,first,second", [
    ("今年以来，青石镇科协联合镇农业服务中心举办培训班。", "青石镇科协", "镇农业服务中心"),
    ("县教育局联合县卫生健康局开展专项检查。", "县教育局", "县卫生健康局"),
])
def test_bodies_joined_by_a_verb_are_two(text, first, second):
    found = ents(text)
    assert (first, "ORGANIZATION") in found, found
    assert (second, "ORGANIZATION") in found, found


# a found place, a short description and a site head are one LOCATION (flat longest mention)
@pytest.mark.parametrize("text,site", [
    ("全镇建成示范基地3个，其中桃源村中药材种植基地面积最大。", "桃源村中药材种植基地"),
    ("桐庐县电商产业园已入驻企业40家。", "桐庐县电商产业园"),
])
def test_place_with_site_head_is_one_site(text, site):
    found = ents(text)
    assert (site, "LOCATION") in found, found


# a clause after the place is no site: a verb starts the description
@pytest.mark.parametrize("text,place", [
    ("桃源村建成种植基地一处。", "桃源村"),
])
def test_place_before_a_verb_keeps_its_name(text, place):
    found = ents(text)
    assert (place, "LOCATION") in found, found
    assert not any(s.endswith("基地") for s, _ in found), found


# a three-character name before a verb of saying keeps its last character even where that
# character and the verb's first one form a word (某某华|表示, not 华表)
@pytest.mark.parametrize("text,name", [
    ("镇党委书记刘建华表示，将继续加大投入。", "刘建华"),
    ("站长王振华指出，今年雨水偏多。", "王振华"),
])
def test_name_before_a_verb_of_saying(text, name):
    found = ents(text)
    assert (name, "PERSON") in found, found


# a body and one of its sections (科, 股, 室) is one name: the model's span is not cut back to the body
@pytest.mark.parametrize("text,body", [
    ("县农业农村局植保科科长到田间查看病虫害。", "县农业农村局植保科"),
    ("市商务局外贸科负责人介绍了有关情况。", "市商务局外贸科"),
])
def test_body_with_its_section_is_one_name(text, body):
    found = ents(text)
    assert (body, "ORGANIZATION") in found, found


# a conjunction before an ordinary word and an honorific is no surname (X和|留守老人)
@pytest.mark.parametrize("text", [
    "关爱儿童和留守老人，镇上开展了送温暖活动。",
    "走访困难群众与空巢老人30户。",
])
def test_conjunction_is_no_surname(text):
    found = ents(text)
    assert not any(t == "PERSON" for _, t in found), found


# 国家组织 / 上级组织 before a clause is the verb 组织 (organize), not a body
@pytest.mark.parametrize("text", [
    "落实国家组织药品集中采购政策，患者负担明显减轻。",
    "按照上级组织开展的专项行动部署，全面排查隐患。",
])
def test_organize_after_national_prefix_is_a_verb(text):
    found = ents(text)
    assert not any(s.endswith("组织") for s, _ in found), found


# 中心工作 / 中心任务 after a body is a noun (central task): the body ends before it, staff of a
# 中心 (中心|工作人员) still ends at 中心
@pytest.mark.parametrize("text,absent,present", [
    ("各部门围绕市政府中心工作，狠抓落实。", "市政府中心", None),
    ("县档案局紧扣县委中心任务开展工作。", "县委中心", "县档案局"),
    ("县政务服务中心工作人员上门办理。", None, "县政务服务中心"),
])
def test_central_task_is_no_ending(text, absent, present):
    found = ents(text)
    if absent:
        assert not any(s == absent for s, _ in found), found
    if present:
        assert (present, "ORGANIZATION") in found, found


# the items of a list closed by a count and a township category right after the last item
# (甲、乙、丙3个镇) are places, also an item the model read as a body
@pytest.mark.parametrize("text,places", [
    ("会后，仙桥、龙潭、枫溪3个乡作了交流发言。", ["仙桥", "龙潭", "枫溪"]),
    ("据预报，清华、高岭2个镇将有大暴雨。", ["清华", "高岭"]),
])
def test_items_before_a_count_of_townships(text, places):
    found = ents(text)
    for p in places:
        assert (p, "LOCATION") in found, found


def test_count_of_townships_without_a_list_adds_nothing():
    assert ents("全县有12个乡镇开展了活动。") == []


# a word for people (职工, 老干部) right after the place, before any ending, names whom the body
# serves: it does not end the name as a title would
@pytest.mark.parametrize("text,body", [
    ("今年，县职工法律援助工作站接待来访120人次。", "县职工法律援助工作站"),
    ("市职工服务中心开展技能培训。", "市职工服务中心"),
])
def test_people_word_after_place_is_inside_the_body(text, body):
    found = ents(text)
    assert (body, "ORGANIZATION") in found, found


def test_title_after_a_complete_body_still_ends_it():
    found = ents("县委书记李明主持会议。")
    assert ("李明", "PERSON") in found, found
    assert not any(s.startswith("县委书") for s, _ in found), found


# a level abbreviation right after a two-character verb starts a body (依托|县某某中心), unless the
# verb's last character and the abbreviation form a word
@pytest.mark.parametrize("text,body", [
    ("依托县残疾人康复中心，开展康复训练。", "县残疾人康复中心"),
    ("积极对接市农业农村局，争取项目资金。", "市农业农村局"),
])
def test_body_after_a_verb(text, body):
    found = ents(text)
    assert (body, "ORGANIZATION") in found, found


# a government portal named after its body (某县人民政府网站) is one name, not the body with the
# site left over (the same name as a page's banner line is no mention: test_entities_round9)
@pytest.mark.parametrize("text,portal", [
    ("来源：桐庐县人民政府网站　发布时间：2024-01-02", "桐庐县人民政府网站"),
    ("信息在桐庐县人民政府门户网站公开。", "桐庐县人民政府门户网站"),
])
def test_portal_named_after_its_body(text, portal):
    found = ents(text)
    assert (portal, "ORGANIZATION") in found, found
