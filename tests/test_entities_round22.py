"""Entity rules of session 20: a clause before 与 is no field of a school's name, an ending whose last
character opens a verb with the next (中心组|织) gives way to the shorter ending; made-up sentences
(simplified: the text as normalized), guards marked."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, name, kind", [
    # a clause (time word, adverb) before 与 and a college is no field joined to the college's name
    ("去年首次与江西第二师范学院签订定向培养协议。", "江西第二师范学院", "ORGANIZATION"),
    ("本月起与四川农业大学动物医学院共建实训基地。", "四川农业大学动物医学院", "ORGANIZATION"),
    # (guard) two fields joined by 与 are one school's name
    ("另有一队；土木工程与建筑学院师生参加。", "土木工程与建筑学院", "ORGANIZATION"),
    # a centre that organizes something: 中心|组织, not the study group 中心组
    ("参加由宁乡市卫生健康发展中心组织的业务培训。", "宁乡市卫生健康发展中心", "ORGANIZATION"),
    # (guard) the study group keeps its 组
    ("县委理论学习中心组召开专题学习会。", "县委理论学习中心组", "ORGANIZATION"),
])
def test_round22_names(text, name, kind):
    assert (name, kind) in ents(text), ents(text)


@pytest.mark.parametrize("text, name, kind", [
    # a national body named with its city in brackets
    ("中国(宁波)知识产权保护中心全年完成预审案件500件。", "中国(宁波)知识产权保护中心", "ORGANIZATION"),
    # an airport named after its city and another place
    ("连接市区与西安咸阳国际机场的14号线客流增长。", "西安咸阳国际机场", "LOCATION"),
    # (guard) a province before its city's airport stays a place of its own
    ("旅客从青海西宁曹家堡机场出发。", "青海", "LOCATION"),
    # a place's name and 站 where metro or rail traffic is spoken of is a station, a place
    ("客流较大的车站中，北大街站、钟楼站进出站量均超过40万人次。", "钟楼站", "LOCATION"),
    # a body's short name after a verb the model began inside (留|意房委会)
    ("他提醒轮候家庭留意房委会发出的编配信。", "房委会", "ORGANIZATION"),
    # a clause verb before a national body where a longer word (联合国) would leave a stray character
    ("在县人社局部署下，联合国家税务总局临湘市税务局、农商银行开展征缴。", "国家税务总局临湘市税务局", "ORGANIZATION"),
    # (guard) ... but 联合国 before a word of its own stays the United Nations' name
    ("联合国教科文组织发布报告。", "联合国教科文组织", "ORGANIZATION"),
    # (guard) a body's station of work stays a body
    ("全镇退役军人服务站在车站开展志愿服务。", "镇退役军人服务站", "ORGANIZATION"),
])
def test_round22_facility_names(text, name, kind):
    assert (name, kind) in ents(text), ents(text)
