"""Entity rules from the i set (unseen local news, session 9): made-up sentences, one rule each."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, names", [
    # a list of villages none of which is known: all of them, and a later mention of one
    ("镇里在人员流动较大的5个村打造示范村，分别是坝下村、紫泽村、仙水村、溪口村和霞美村，其中坝下村入选。",
     ["坝下村", "紫泽村", "仙水村", "溪口村", "霞美村"]),
    ("今年以东石村、西湾村、北岭村为试点推进改厕。", ["东石村", "西湾村", "北岭村"]),
])
def test_a_list_of_villages_names_places(text, names):
    found = ents(text)
    assert all((n, "LOCATION") in found for n in names), found


@pytest.mark.parametrize("text, word", [
    ("全县建成示范村、重点村、中心村等一批村庄。", "示范村"),  # kinds of villages (guard)
    ("各村、各社区、全村都参加了。", "各村"),  # no stems (guard)
    ("先后走访了3个村、5个社区和8个自然村。", "个村"),  # counts (guard)
    ("推进新农村、美丽乡村、和美乡村建设。", "新农村"),  # ordinary words (guard)
])
def test_lists_of_kinds_or_counts_of_villages_name_no_place(text, word):
    assert not any(word in w for w, _ in ents(text))


HK = "香港黄大仙区社区中心今日表示，长者外展队上门探访慈云山、竹园一带的独居长者。住在横头磡的梁婆婆说，黄大仙的居民很满意。"


@pytest.mark.parametrize("name", ["慈云山", "竹园", "横头磡", "黄大仙"])
def test_areas_of_hong_kong_are_places_in_a_text_about_hong_kong(name):
    assert (name, "LOCATION") in ents(HK)
    assert (name, "PERSON") not in ents(HK)  # (黄 is a surname)


def test_areas_of_hong_kong_are_read_only_where_hong_kong_is_named():
    """Guard: 竹园 is a bamboo garden and 观塘 a pond elsewhere."""
    assert not ents("村里的竹园很美，观塘很远。")


def test_an_area_that_opens_a_longer_name_is_left_to_it():
    """Guard: 观塘道 is a road, 黄大仙区 the district."""
    found = ents("香港黄大仙区的居民说，观塘道交通繁忙。")
    assert ("观塘", "LOCATION") not in found and ("黄大仙", "LOCATION") not in found


@pytest.mark.parametrize("text, body", [
    ("福建省仙游县榜头镇开展反诈宣传。在榜头中学，民警上了一堂课。", "榜头中学"),
    ("仙游县榜头镇开展反诈宣传。榜头派出所所长黄志斌介绍了情况。", "榜头派出所"),
    ("榜头镇开展宣传。他们向榜头中学捐书。", "榜头中学"),
    ("大塘镇的孩子在大塘小学读书。", "大塘小学"),
])
def test_a_body_named_by_a_found_townships_stem_is_one_body(text, body):
    assert (body, "ORGANIZATION") in ents(text)


def test_a_townships_stem_inside_a_longer_name_opens_no_body():
    """Guard: 新榜头派出所 is not 榜头派出所 (the name starts before the stem)."""
    assert not any(w == "榜头派出所" for w, _ in ents("榜头镇开展宣传。新榜头派出所今天开张。"))


def test_a_body_named_after_a_doctrine_is_one_body():
    """学校马克思主义学院: not the person 马克思 and a body 主义学院."""
    found = ents("学校马克思主义学院的教师参加了活动。")
    assert ("马克思主义学院", "ORGANIZATION") in found and ("主义学院", "ORGANIZATION") not in found
    assert ("马克思", "PERSON") not in found
