"""Entity rules of session 29; made-up sentences (simplified: the text as normalized)."""
from __future__ import annotations

import pytest

from test_entities import ents
from textmine.extract.entities import find_entities
from textmine.segment import pos_tokens

LOC, ORG = "LOCATION", "ORGANIZATION"


@pytest.mark.parametrize("text, name", [
    ("今年暑期游客登上大巴山观赏云海，人数创新高。", "大巴山"),
    ("渔船停靠高雄港后，渔获当天售完。", "高雄港"),
    ("工作组赴升金湖开展越冬水鸟调查。", "升金湖"),  # jieba's HMM joins a name its dictionary lacks
    ("大别山区群众种植茶叶增收。", "大别山区"),  # the area named after the mountain
])
def test_a_lake_mountain_or_port_jieba_tags_as_a_place_is_one(text, name):
    assert (name, LOC) in ents(text), ents(text)


def test_every_mention_of_a_lake_is_found():
    text = "工作组赴升金湖开展越冬水鸟调查，升金湖水位稳定。"
    assert [e for e in ents(text) if e == ("升金湖", LOC)] == [("升金湖", LOC)] * 2, ents(text)


@pytest.mark.parametrize("text, absent", [
    ("球队在下半场收复半壁江山。", "半壁江山"),  # an idiom jieba tags ns
    ("加快补齐山区小流域监测短板。", "齐山区"),  # 补|齐山区: a one-character stem is no name
    ("鄱阳湖区渔民全面退捕上岸。", "鄱阳湖区"),  # (guard) the gold writes the lake alone
])
def test_idioms_and_cut_words_are_no_landforms(text, absent):
    assert all(name != absent for name, _ in ents(text)), ents(text)


def test_two_places_in_one_word_stay_two():  # (guard) 中国香港 holds two places
    text = "中国香港选手夺得金牌，中国香港的运动员表现出色。"
    assert ("中国香港", LOC) not in ents(text), ents(text)


def test_the_segment_stages_tokens_give_the_same_entities():
    text = "今年暑期游客登上大巴山观赏云海，渔船停靠高雄港后返航。"
    assert find_entities(text, pos_tokens(text, "rjieba")) == find_entities(text)


def test_a_crop_named_like_a_person_before_the_nouns_of_its_trade_is_no_person():
    # 杨 is a surname, but 杨梅产业, 杨梅加工企业: a bayberry, no person (nor 杨梅酒)
    text = "全县杨梅种植面积3万亩，杨梅产业带动农户增收，杨梅加工企业12家，杨梅酒远销各地。"
    assert not [e for e in ents(text) if e[1] == "PERSON"], ents(text)


def test_a_person_once_before_such_a_noun_stays_one():  # (guard) half of two mentions, and 说 after the other
    text = "种植大户李华种植的脐橙获奖。李华说：今年收成好。"
    assert ents(text).count(("李华", "PERSON")) == 2, ents(text)


def test_a_village_name_that_reads_as_a_persons_is_the_place():
    text = "杨家埠的年画闻名全国，杨家埠现有画店80余家。"
    assert ents(text) == [("杨家埠", LOC)] * 2, ents(text)


@pytest.mark.parametrize("text, name", [
    ("博白县积极争取自治区农业农村厅支持，获得资金300万元。", "自治区农业农村厅"),  # 争取 is a verb before 自治
    ("该县积极争取自治州文旅局支持。", "自治州文旅局"),  # (guard: the model finds this one whole)
])
def test_an_autonomous_level_starts_the_body_with_its_zizhi(text, name):
    assert (name, ORG) in ents(text), ents(text)


def test_the_end_of_an_autonomous_regions_full_name_starts_no_body():  # (guard)
    text = "广西壮族自治区来宾市象州县农业农村局近日通报。"
    assert ("广西壮族自治区", LOC) in ents(text), ents(text)
