"""Entity rules of session 23; made-up sentences (simplified: the text as normalized)."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, name", [
    # a unit named right before its own head's title: the model reads its ending as the title's
    ("执行率81.7%。工商旅游处处长李佩珊表示，将加强联合稽查。", "工商旅游处"),
    ("“客人吃得也放心。”食品卫生处处长林建宏指出，下半年继续抽检。", "食品卫生处"),
    # with the body right before it: one name
    ("调查里程4600余公里。江西省林业局野生动植物保护处处长吴志强说，数量稳定。", "江西省林业局野生动植物保护处"),
    ("据市市场监管局登记注册处处长王明介绍，新设企业增加。", "市市场监管局登记注册处"),
])
def test_a_unit_before_its_heads_title_is_a_body(text, name):
    found = ents(text)
    assert (name, "ORGANIZATION") in found, found


def test_a_time_word_before_a_unit_is_no_part_of_it():
    found = ents("今年农业处处长王五说，产量稳定。")
    assert ("农业处", "ORGANIZATION") in found, found


@pytest.mark.parametrize("text, name", [
    # Macao names a bureau after its government in full: one name
    ("【本报讯】澳门特别行政区政府旅游局昨日公布，黄金周入境旅客103.6万人次。", "澳门特别行政区政府旅游局"),
    ("澳门特别行政区政府文化局今日公布，去年博物馆接待访客386万人次。", "澳门特别行政区政府文化局"),
])
def test_a_government_in_full_and_its_bureau_are_one_body(text, name):
    found = ents(text)
    assert (name, "ORGANIZATION") in found, found


@pytest.mark.parametrize("text, name", [
    # border control points, reserves and parks named after their place, venues: places
    ("海关在落马洲管制站、深圳湾管制站增派人手。", "落马洲管制站"),
    ("在各监测点中，鄱阳湖国家级自然保护区记录水鸟21.5万只。", "鄱阳湖国家级自然保护区"),
    ("新竹科学园区的竹南园区、龙潭园区及宜兰园区去年营业额合计2236亿元。", "龙潭园区"),
    ("比赛终点设在岳阳市体育中心。", "岳阳市体育中心"),
    ("招聘会在滨湖国际会展中心举行。", "滨湖国际会展中心"),
])
def test_crossings_reserves_parks_and_venues_are_places(text, name):
    found = ents(text)
    assert (name, "LOCATION") in found, found


def test_a_district_ending_in_a_park_word_stays_a_district_when_counted():
    found = ents("发现问题4212个，其中梁园区1620个、睢阳区1486个。")
    assert ("梁园区", "LOCATION") in found, found


def test_a_name_found_elsewhere_is_not_read_across_a_pronoun_and_the_next_word():
    text = "县茶叶品牌入选中国茶叶区域公用品牌价值榜。全县有加工企业486家，其中国家级龙头企业3家。"
    found = ents(text)
    assert found.count(("中国", "LOCATION")) == 1, found  # 入选中国…, not 其中|国家级


@pytest.mark.parametrize("text, places", [
    ("中心为直属市政府的事业单位，下设吴兴、南浔、德清、长兴、安吉5个分中心。", ["吴兴", "南浔"]),
    ("按照要求，对铜陵、陈城、康美等3个重点渔港的渔船实行定人定港。", ["陈城"]),
])
def test_names_listed_among_places_are_places(text, places):
    found = ents(text)
    for p in places:
        assert (p, "LOCATION") in found, (p, found)


def test_people_listed_together_stay_people():
    found = ents("获奖者张伟、李娜、王芳分别来自三个乡镇。")
    assert [x for x in found if x[1] == "PERSON"], found
    assert not [x for x in found if x[0] in ("张伟", "李娜", "王芳") and x[1] == "LOCATION"], found


@pytest.mark.parametrize("text, name", [
    # a registered company after 是 (单是…就), whole
    ("单是晶创微电子股份有限公司就取得美国专利126件。", "晶创微电子股份有限公司"),
    # a body listed after another starts at the mark, not at its second word
    ("与国立清华大学、国立阳明交通大学及工业技术研究院合作开设专班18班。", "工业技术研究院"),
])
def test_listed_bodies_and_companies_are_whole(text, name):
    found = ents(text)
    assert (name, "ORGANIZATION") in found, found


@pytest.mark.parametrize("text, name", [
    # a fishing port named by its stem, a historic site named after its place
    ("副县长带队夜查码头和澳角渔港，现场检查渔船30余艘。", "澳角渔港"),
    ("清明节期间在砖桥镇王大湾会议旧址组织祭扫活动三十余场。", "王大湾会议旧址"),
])
def test_fishing_ports_and_historic_sites_are_places(text, name):
    found = ents(text)
    assert (name, "LOCATION") in found, found
