"""Entity rules of session 18: a body name begun inside its stem rejoined with its county, a name
stopped inside a three-character ending, a township read as a person in a list, a district before a
university, Hong Kong town halls and pools named after their park; made-up sentences (simplified: the
text as normalized), guards marked."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, name, kind", [
    # the committee for the next generation, cut at its verb 关心: one name with its county
    ("桃源县关心下一代工作委员会组织“五老”开展宣讲。", "桃源县关心下一代工作委员会", "ORGANIZATION"),
    ("会上，县关心下一代工作委员会作交流发言。", "县关心下一代工作委员会", "ORGANIZATION"),
    # short names of committees ending in a three-character word the model stops inside
    ("经南阳市爱卫办组织暗访，全县达标。", "南阳市爱卫办", "ORGANIZATION"),
    # a surname-like township stem in a list of townships, before 分别
    ("其中，城关镇、双河镇、李家铺镇分别新增5个、4个、3个。", "李家铺镇", "LOCATION"),
    # a district before a university: the district, then the university
    ("成果展于北屯区东海大学举办。", "北屯区", "LOCATION"),
    ("成果展于北屯区东海大学举办。", "东海大学", "ORGANIZATION"),
    # (guard) the district's own college for the old keeps its name whole
    ("西湖区老年大学举办书画展。", "西湖区老年大学", "ORGANIZATION"),
    # Hong Kong's town halls and pools named after the park they are in
    ("其中沙田大会堂、屯门大会堂均有演出。", "屯门大会堂", "LOCATION"),
    ("训练班在九龙公园游泳池举行。", "九龙公园游泳池", "LOCATION"),
])
def test_round20_names(text, name, kind):
    assert (name, kind) in ents(text), ents(text)


def test_guard_a_title_after_a_name_keeps_the_person():
    assert ("王建国", "PERSON") in ents("会上，王建国镇长讲话。"), ents("会上，王建国镇长讲话。")


@pytest.mark.parametrize("text, word", [
    # kinds of rural road and of site counted, no names
    ("民营企业积极参与村内道路、饮水设施建设，新修产业路、入户路38公里，资助困难学生260名。", "入户路"),
    ("民营企业积极参与村内道路、饮水设施建设，新修产业路、入户路38公里，资助困难学生260名。", "新修产业路"),
    ("在江湾镇等地新建古树公园3个。", "古树公园"),
    # councils every village has, teams sent out for a task
    ("各村配备红白理事会，婚丧事宜由红白理事会帮着操办。", "红白理事会"),
    ("自10月起，县城管局会同县应急管理局、县市场监督管理局组成联合检查组，对全县燃气经营企业开展排查。", "检查组"),
])
def test_round20_no_names(text, word):
    assert word not in [name for name, _ in ents(text)], ents(text)


def test_guard_a_park_with_a_name_stays():
    assert ("人民公园", "LOCATION") in ents("活动在人民公园举行。"), ents("活动在人民公园举行。")
