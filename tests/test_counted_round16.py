"""What a figure counts (``counted``): wordings of the sixteenth round (session 15).

Each row is a sentence written for this file in the style of the genre named, and fails without
the rule its comment names.
"""
from __future__ import annotations

import pytest

from test_counted import counted_of, run  # noqa: F401  (run: the fixture, text -> a document through the figures stage)


# (genre, sentence, figure, what it counts, exactly)
COUNTED_EXACT = [
    # a verb that makes a compound noun with the noun after it governs nothing (健身/v 路径)
    ("sports bureau report", "全市新建健身路径120条。", "120条", "健身路径"),
    ("transport bureau report", "全市新增停车泊位680个。", "680个", "停车泊位"),
    ("employment report", "全县新建就业服务站62个。", "62个", "就业服务站"),
    # 新建 read as a place name (新建/ns, a district of Nanchang) still governs the noun after it
    ("water bureau report", "全县新建高位水池23座。", "23座", "高位水池"),
    # ... but not when another verb is joined to it (新建和更新…: the cut is after 更新)
    ("sports bureau report", "新建和更新健身路径350条。", "350条", "健身路径"),
    # 新 opens a place's name (新昌县), no frame word: the place keeps it
    ("sports bureau report", "新建健身路径350条，分别为越城区62条、新昌县23条。", "23条", "新昌县健身路径"),
    # what befell people, counted by people: the verb is what is counted
    ("fire brigade report", "全年发生火灾1054起，亡2人、伤5人。", "2人", "亡"),
    ("fire brigade report", "其中成功营救遇险人员412人，疏散874人。", "874人", "疏散"),
    # a rate's per-unit inside the noun: the noun without it (the rate is the figure's)
    ("typhoon relief release", "柑橘每公顷救助6万元，短期叶菜类每公顷3万元。", "6万元", "柑橘救助"),
    ("pension report", "城乡居民基础养老金最低标准由每人每月208元提高到238元。", "208元", "城乡居民基础养老金最低标准"),
    # (guard) ... not after 平均/人均, which belong to the noun
    ("road maintenance news", "护路员人均每月增收600元左右。", "600元左右", "护路员人均每月增收"),
    # places before 分别 + a verb said in the sentence before: the verb's object there
    ("transport bureau report", "全年新开通城乡公交线路12条。其中，南康区、于都县分别新开通5条、7条。", "7条", "城乡公交线路"),
    # 以及 opening a list's last item is no part of its label
    ("Macao sports release", "共借用62个场地，分别为体育设施41个，以及学校和社团场地21个。", "21个", "学校和社团场地"),
    # a monthly amount is in 元/月
    ("civil affairs report", "城市低保标准由780元/月提高到820元/月。", "820元/月", "城市低保标准"),
]


@pytest.mark.parametrize("genre,sentence,span,counted", COUNTED_EXACT, ids=[f"{c[0]}:{c[2]}" for c in COUNTED_EXACT])
def test_counted_exactly(run, genre, sentence, span, counted):
    assert counted_of(run, sentence, span) == counted


def test_a_monthly_amount_has_the_unit_yuan_per_month(run):
    doc = run("城市低保标准由780元/月提高到820元/月。")
    assert [(q["unit"], q["kind"]) for q in doc.quantities] == [("元/月", "money"), ("元/月", "money")]


def test_an_estimate_word_after_a_figure_is_not_what_it_counts(run):
    # 预计 after a sum says when it is expected; an ordinal before it names no noun it could pass on
    doc = run("首批救助资金3.2亿元已核定，涉及农户6318户；第二批约2.4亿元预计月底拨付。")
    money = [q for q in doc.quantities if doc.text[q["start"]:q["end"]] == "约2.4亿元"]
    assert money and money[0]["counted"] not in ("预计", "农户"), money


def test_a_level_after_a_change_word_counts_what_the_level_before_counts(run):
    # 由…减至…: the leftover 减 names nothing; both levels count the label before 由
    doc = run("轮候服务的长者人数由去年同期约4900人减至约3600人。")
    first, second = (q["counted"] for q in doc.quantities)
    assert second == first and "长者人数" in first, doc.quantities


def test_a_lone_frame_character_is_no_noun(run):
    doc = run("另有两间位于黄大仙区的中心正进行装修工程。")
    assert doc.quantities and doc.quantities[0]["counted"] != "另", doc.quantities


def test_duo_of_duochu_is_no_qualifier_of_the_figure_before(run):
    doc = run("全县耕地面积138.25万亩，比上级下达的耕地保有量任务136.8万亩多出1.45万亩。")
    got = [(doc.text[q["start"]:q["end"]], q["qualifier"]) for q in doc.quantities]
    assert ("136.8万亩", "exact") in got, got
