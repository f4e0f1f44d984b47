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
