"""Entity rules of generalization round 8 (errors found on two fresh unseen sets of six reports):
sentences written for these tests (not copied from any article)."""
from __future__ import annotations

import pytest

from test_entities import ents


# a name-like stem right before a place or site ending is part of a place, not a person
@pytest.mark.parametrize("text,stem", [
    ("以欧阳海水库为主要水源，保障城区供水。", "欧阳海"),
    ("调度张家湾水库、李家坝水库加大下泄流量。", "李家坝"),
])
def test_a_name_before_a_site_ending_is_no_person(text, stem):
    found = ents(text)
    assert (stem, "PERSON") not in found, found


# ... but a name before a title, a verb that starts with the ending's character, or a former home stays
@pytest.mark.parametrize("text,name,kind", [
    ("村民代表王家富镇长一同参加。", "王家富", "PERSON"),
    ("张建国路过村口时看到了火情。", "张建国", "PERSON"),
    ("组织党员参观李立三故居。", "李立三故居", "LOCATION"),
])
def test_names_before_titles_verbs_and_former_homes_stay(text, name, kind):
    found = ents(text)
    assert (name, kind) in found, found


# a national company's prefix opens the name of its local branch, as 国家 opens a national body's
@pytest.mark.parametrize("text,body", [
    ("国网平江县供电公司组织抢修队伍连夜作业。", "国网平江县供电公司"),
    ("在国网岳阳供电公司统一调度下完成迎峰度夏任务。", "国网岳阳供电公司"),
])
def test_a_national_company_prefix_opens_the_branch_name(text, body):
    found = ents(text)
    assert (body, "ORGANIZATION") in found, found


# offices of local chronicles and central-bank branches are bodies
@pytest.mark.parametrize("text,body", [
    ("常德市地方志编纂室组织专家审读志稿。", "常德市地方志编纂室"),
    ("人行宜昌市中心支行牵头推进普惠金融。", "人行宜昌市中心支行"),
])
def test_chronicle_offices_and_bank_branches(text, body):
    found = ents(text)
    assert (body, "ORGANIZATION") in found, found


# a kind of book ending a title is no name; a name a title ends with stays
def test_a_book_kind_ending_a_title_is_no_person():
    found = ents("《华容县志》《君山区志》等5部已出版发行。")
    assert not [w for w, k in found if k == "PERSON"], found


# report words that look like names: a county's short name used as a word, leaflets, road campaigns
@pytest.mark.parametrize("text", [
    "全面落实惠民殡葬政策，发放政策明白卡5000份。",
    "全县农村公路优良路率为68.5%，建设美丽农村路20公里。",
])
def test_report_words_are_no_names(text):
    assert ents(text) == [], ents(text)
