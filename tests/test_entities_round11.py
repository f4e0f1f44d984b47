"""Entity rules of generalization round 11: list items before a township, a county the model read
as a body, townships and villages the model cut short, policy words that are no places (sentences
written for these tests, not copied from any article)."""
from __future__ import annotations

import pytest

from test_entities import ents


# the first item of a list of townships is one too, though jieba has it as a person's name
def test_a_township_listed_before_another_is_a_township():
    found = ents("企业主要分布在大王镇、稻庄镇和经济开发区。")
    assert ("大王镇", "LOCATION") in found, found


@pytest.mark.parametrize("text,places", [
    ("重点推进城关镇、新兴镇建设。", ["城关镇", "新兴镇"]),   # (guard) both found as before
    ("全县乡镇、街道开展活动。", []),                     # (guard) 乡镇 is no township
    ("深化城镇、乡村改革。", []),                         # (guard) 城镇 neither
    ("要继续办好经济特区、浦东新区。", ["浦东新区"]),       # (guard) 经 opens no 济特区 (经济 is a word)
    ("在2022年龙鹄村、万家村先行试点。", ["万家村"]),         # (guard) 年 after a number opens no 年龙鹄村
])
def test_a_list_of_ordinary_words_names_no_township(text, places):
    found = ents(text)
    assert [w for w, k in found if k == "LOCATION"] == places, found


# a county the model tagged as a body is a place: the body named after it is one name
def test_a_body_after_a_county_read_as_a_body_is_one_name():
    found = ents("信丰县农业农村局关于2024年度全县村级集体经济发展情况的报告")
    assert ("信丰县农业农村局", "ORGANIZATION") in found, found
    assert ("信丰县", "ORGANIZATION") not in found, found


# a township whose three-character stem the model cut after two characters gets the third back,
# and a village named right after its township is a place, its stem an ordinary word or not
def test_a_township_cut_inside_its_stem_and_its_village():
    found = ents("嘉定镇游州村、大塘埠镇胜利村分别以236.8万元、198.5万元位居全县前列。")
    assert ("大塘埠镇", "LOCATION") in found and ("胜利村", "LOCATION") in found, found
    assert ("大塘", "LOCATION") not in found, found


@pytest.mark.parametrize("text", [
    "城关镇行政村实现全覆盖。",       # a kind of village
    "城关镇美丽乡村建设加快。",
    "城关镇村民代表参加会议。",       # 村民 is a word
    "城关镇新建村级活动场所3个。",
])
def test_no_village_from_a_kind_or_a_word_after_a_township(text):
    found = ents(text)
    assert [w for w, k in found if k == "LOCATION"] == ["城关镇"], found


# policy words the model reads as places (普惠 托育, in a longer text) and a slogan's words
@pytest.mark.parametrize("word", ["普惠", "普惠性"])
def test_a_policy_word_the_model_read_as_a_place_is_dropped(word):
    from textmine.extract.entities.cleanup import _filter_spans

    text = f"其中，{word}托育机构148家。"
    a = text.index(word)
    assert _filter_spans(text, [[a, a + len(word), "LOCATION"]]) == []


def test_a_slogan_names_no_place():
    found = ents("践行“绿水青山就是金山银山”理念。")
    assert not [w for w, k in found if "金山" in w], found


# a body the model stopped inside its two-character ending gets the rest of it
def test_a_body_cut_inside_its_ending_is_completed():
    from textmine.extract.entities.cleanup import _complete_endings

    text = "宜昌市科学技术协会\n首页"
    assert _complete_endings(text, [[0, 8, "ORGANIZATION"]]) == [[0, 9, "ORGANIZATION"]]
    assert _complete_endings("某县公安局会同", [[0, 5, "ORGANIZATION"]]) == [[0, 5, "ORGANIZATION"]]  # (guard)
    assert _complete_endings("某某大学校长", [[0, 4, "ORGANIZATION"]]) == [[0, 4, "ORGANIZATION"]]  # (guard)


# a street office (街道) is no street (街) with a stray 道
@pytest.mark.parametrize("text,places", [
    ("教授在西陵区夜明珠街道作专题讲座。", ["西陵区", "夜明珠街道"]),
    ("市民在宏业路散步。", ["宏业路"]),                          # (guard) a road stays a road
    ("力争实现10处镇街道公共电子阅览室全覆盖。", []),               # a classifier after a number opens none
    ("加固5000座病险水库。", []),
])
def test_a_street_office_is_a_township(text, places):
    found = ents(text)
    assert [w for w, k in found if k == "LOCATION"] == places, found


# villages listed after a found one are villages, their stems ordinary words or read as persons
def test_villages_of_a_closed_list_are_places():
    found = ents("今年新评定示范实践站5个，即东龙村、杨依村、大沽村、山堂村、廖家村。")
    for name in ("东龙村", "杨依村", "大沽村", "山堂村", "廖家村"):
        assert (name, "LOCATION") in found, found
    assert not [w for w, k in found if k == "PERSON"], found


# districts of Hong Kong are divisions
def test_hong_kong_districts_are_places():
    found = ents("元朗区推行长者食堂计划。")
    assert ("元朗区", "LOCATION") in found, found


# the author a title opens with is a person (records.md: a PERSON inside a WORK is also reported)
@pytest.mark.parametrize("text,persons", [
    ("以《毛泽东选集》和《邓小平文选》为学习内容。", ["毛泽东", "邓小平"]),
    ("学习《习近平新时代中国特色社会主义思想专题摘编》。", ["习近平"]),
    ("阅读《平凡的世界》和《论持久战》。", []),               # (guard) no name opens these
])
def test_the_author_a_title_opens_with_is_a_person(text, persons):
    found = ents(text)
    assert [w for w, k in found if k == "PERSON"] == persons, found


# a two-character person the model cut before the third gets it back where the second and third
# characters are a name the dictionary knows
@pytest.mark.parametrize("text,person", [
    ("珠泉镇罗建国家庭坚持垃圾分类十余年。", "罗建国"),
    ("县委书记周振华以“深学细悟”为题讲授党课。", "周振华"),
    ("王芳在会上发言。", "王芳"),                       # (guard) a two-character name stays
])
def test_a_given_name_cut_short_is_completed(text, person):
    found = ents(text)
    assert (person, "PERSON") in found, found


def test_no_third_character_that_opens_a_verb():
    from textmine.extract.entities.persons import _given_name_completed

    text = "陈恒指出法拉盛是移民聚居地。"
    assert _given_name_completed(text, [[0, 2, "PERSON"]]) == [[0, 2, "PERSON"]]
