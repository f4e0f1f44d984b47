"""Figures of session 30: units met in new reports (千升 of wine, 团 of tour groups, 大系列 of products),
bounds written 倍多 and 破 (a headline's 突破), spans of years and of days that are no dates, towns named
by a numeral and a classifier, and a text ending in 成."""
from __future__ import annotations

import pytest

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_kilolitres_tour_groups_and_product_ranges_keep_their_units(run):
    got = spans(run("全年酒类产量达9.2万千升，接待进香团2,300余团，产品形成4大系列。"))
    assert [(s[0], s[1], s[3]) for s in got] == [
        ("9.2万千升", 92000, "千升"), ("2,300余团", 2300, "团"), ("4大系列", 4, "大系列")], got


def test_more_than_so_many_times_is_a_bound(run):
    got = spans(run("亩均纯收入是单种小麦的3倍多。"))
    assert [(s[0], s[5]) for s in got] == [("3倍多", "over")], got


@pytest.mark.parametrize("text, expected", [
    ("年产值破15亿元 外销占比逾七成", [("破15亿元", "over"), ("逾七成", "over")]),
    # a record broken, cases solved, a level fallen below: no bound
    ("今年侦破盗窃案件532起，打破3项纪录。", [("532起", "exact"), ("3项", "exact")]),
])
def test_po_before_a_figure_is_a_headlines_tupo(run, text, expected):
    got = spans(run(text))
    assert [(s[0], s[5]) for s in got] == expected, got


def test_more_than_so_many_years_is_a_span_not_a_year(run):
    got = spans(run("文港镇素有“中国毛笔之乡”之称，制笔历史已有1600多年。"))
    assert [(s[0], s[1], s[3], s[5]) for s in got] == [("1600多年", 1600, "年", "over")], got


def test_days_before_a_deadline_are_a_count_not_a_date(run):
    got = spans(run("车主于通知张贴后七日限期内自行移走车辆的有669宗。"))
    assert [(s[0], s[3]) for s in got] == [("七日", "日"), ("669宗", "宗")], got


def test_a_town_named_by_a_numeral_and_a_classifier_is_no_figure(run):
    # in a list of towns, and before 河镇 with the town's own figure after it
    got = spans(run("协会联合浔中镇、龙浔镇、三班镇开展培训十二场。其中六道河镇13个、北营房镇9个。"))
    assert [s[0] for s in got] == ["十二场", "13个", "9个"], got


def test_three_batches_of_township_cadres_still_count(run):  # (guard)
    got = spans(run("全县三批乡镇干部参加培训，覆盖三个乡镇。"))
    assert [s[0] for s in got] == ["三批", "三个"], got


def test_a_text_ending_in_tenths_is_read(run):
    # (the character after 成 was read past the end of the text)
    got = spans(run("外销占比逾七成"))
    assert [(s[0], s[1]) for s in got] == [("逾七成", 70)], got


def test_pairs_and_a_tenth_in_digits_after_cheng(run):
    got = spans(run("全市年产袜子约220亿双，活鱼外销比例约2成5。"))
    assert [(s[0], s[1], s[3]) for s in got] == [("约220亿双", 22000000000, "双"), ("约2成5", 25, "%")], got


def test_a_tenth_in_digits_is_no_start_of_a_count(run):  # (guard) 2成|5个: the 5 counts something else
    got = spans(run("占比约2成5个区域"))
    assert [(s[0], s[1]) for s in got] == [("约2成", 20), ("5个", 5)], got
