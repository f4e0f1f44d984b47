"""Entity rules of generalization round 9: media outlets, social-media accounts and site banners
(sentences written for these tests, not copied from any article)."""
from __future__ import annotations

import pytest

from test_entities import ents


# a place's channel, newspaper or media group is one body, not a place mention
@pytest.mark.parametrize("text,outlet", [
    ("专题片在湖南卫视黄金时段播出。", "湖南卫视"),
    ("与长兴传媒集团签订战略合作协议。", "长兴传媒集团"),
    ("多篇稿件被宜昌日报社采用。", "宜昌日报社"),
])
def test_a_place_before_an_outlet_ending_names_the_outlet(text, outlet):
    found = ents(text)
    assert (outlet, "ORGANIZATION") in found, found
    assert not [w for w, k in found if k == "LOCATION"], found


# the quoted name of an account is no place, whatever the account is called after
@pytest.mark.parametrize("text", [
    "“宁乡发布”政务微博粉丝突破50万。",
    "依托“浏阳发布”微信公众号推送政策解读120条。",
    "“平江头条”客户端全年推送稿件3000余条。",
])
def test_a_place_inside_a_quoted_account_name_is_no_place(text):
    found = ents(text)
    assert not [w for w, k in found if k == "LOCATION"], found


# ... but a quoted place that is no account's name stays a place
def test_a_quoted_place_without_an_account_word_stays():
    found = ents("来自“宁乡”的客人参观了展馆。")
    assert ("宁乡", "LOCATION") in found, found


# a portal's name alone on its line is the page's banner; named as a source, it is a body
@pytest.mark.parametrize("text,banner", [
    ("平江县人民政府门户网站\n首页 | 政务公开 | 新闻中心\n全县召开会议。", True),
    ("来源：平江县人民政府网  发布时间：2023-09-20\n全县召开会议。", False),
])
def test_a_portal_banner_line_is_no_mention(text, banner):
    found = ents(text)
    portals = [w for w, k in found if k == "ORGANIZATION" and w.endswith(("网", "网站"))]
    assert (not portals) if banner else portals, found


# an office's short name whose one-character ending forms a word with the character before it
# (人防|办, though 防办 is a dictionary word) is still one body with its place
@pytest.mark.parametrize("text,body", [
    ("滁州市人防办组织开展防空警报试鸣。", "滁州市人防办"),
    ("岳阳市人防办、市应急管理局联合开展演练。", "岳阳市人防办"),
])
def test_a_short_office_name_after_a_place_is_one_body(text, body):
    found = ents(text)
    assert (body, "ORGANIZATION") in found, found


def test_a_portal_banner_before_menu_items_is_no_mention():
    found = ents("平江县人民政府门户网站 | 无障碍浏览 | 长者模式 | 登录\n当前位置：首页 > 政务公开")
    assert not [w for w, k in found if k == "ORGANIZATION" and w.endswith("网站")], found


# a port's area or a border crossing after its place is one place (the model stops at the place)
@pytest.mark.parametrize("text,place", [
    ("分港区看，如皋港区、海门港区分别完成吞吐量1200万吨和900万吨。", "如皋港区"),
    ("南通如皋港区完成吞吐量1200万吨。", "如皋港区"),
    ("罗湖口岸、皇岗口岸客流持续增长。", "罗湖口岸"),
])
def test_port_areas_and_border_crossings_are_places(text, place):
    found = ents(text)
    assert (place, "LOCATION") in found, found


# national companies named by brand are bodies, not 中国 and a word
def test_national_brands_are_bodies():
    found = ents("中国移动、中国电信、中国联通分别新建5G基站300个、200个和150个。")
    assert [w for w, k in found if k == "ORGANIZATION"] == ["中国移动", "中国电信", "中国联通"], found
    assert ("中国", "LOCATION") not in found, found


# a branch company ends the name, though jieba knows 分公司 as a word
def test_a_branch_company_is_one_body():
    found = ents("中国电信衡阳分公司加快建设千兆光网。")
    assert ("中国电信衡阳分公司", "ORGANIZATION") in found, found


# a school or hospital named by its number alone keeps 第N
@pytest.mark.parametrize("text,body", [
    ("第一实验小学、城关中心小学等9所小学实行网上报名。", "第一实验小学"),
    ("第三人民医院新增床位120张。", "第三人民医院"),
])
def test_a_body_named_by_its_number_keeps_it(text, body):
    found = ents(text)
    assert (body, "ORGANIZATION") in found, found


# a place whose first character the model left off starts where the dictionary's place name does
@pytest.mark.parametrize("text,place", [
    ("全县设立筛查点12个，其中城关镇5个、城南庄镇4个。", "城南庄镇"),
    ("6月12日至14日强降雨期间，松阴溪县城段于13日9时出现最高水位。", "松阴溪"),
])
def test_a_place_keeps_its_first_character(text, place):
    found = ents(text)
    assert (place, "LOCATION") in found, found


# ... but not a joining word or 原 before it
def test_a_joining_character_is_no_place_head():
    found = ents("我国同亚非国家的友好合作不断加强。")
    assert ("同亚非", "LOCATION") not in found, found


# a word for people that an organization ending follows is the body's field, not a title ending it
@pytest.mark.parametrize("text,body", [
    ("双流区慈善志愿者协会开展助残活动。", "双流区慈善志愿者协会"),
    ("县青年志愿者协会组织活动。", "县青年志愿者协会"),
])
def test_a_people_word_before_an_ending_stays_in_the_body(text, body):
    found = ents(text)
    assert (body, "ORGANIZATION") in found, found


# a verb that opens a set phrase (出入|境, 出入境 tagged l) does not end a body after a body
def test_a_set_phrase_after_a_body_continues_its_name():
    found = ents("市公安局出入境管理支队昨日公布。")
    assert ("市公安局出入境管理支队", "ORGANIZATION") in found, found


# a democratic party's short name opens the name of its local committee, as 国家 opens a national body's
def test_a_party_short_name_opens_its_local_committee():
    found = ents("其中，民建常德市委会提出的《关于深化集成改革的提案》推动新增事项15项。")
    assert ("民建常德市委会", "ORGANIZATION") in found, found
