"""Figures of session 26: classifiers and units met in new reports (尾 of fish fry, 局 of games in
digits, 立方公尺 and energy in Latin letters: GWh, MW), a round 百亿/千亿 after a qualifier, a part of
districts after 其中, and words whose numerals count nothing (长江十年禁渔, 两局合办)."""
from __future__ import annotations

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_fish_fry_games_and_volumes_keep_their_units(run):
    got = spans(run("全年增殖放流鱼苗1120万尾，联赛共对弈4860局，水库蓄水约1260万立方公尺。"))
    assert [(s[0], s[1], s[3]) for s in got] == [
        ("1120万尾", 11200000, "尾"), ("4860局", 4860, "局"), ("约1260万立方公尺", 12600000, "立方公尺")], got


def test_energy_in_latin_letters_is_a_measure(run):
    got = spans(run("全市锂电池产能达到120GWh，光伏装机50MW。"))
    assert [(s[0], s[1], s[3]) for s in got] == [("120GWh", 120, "GWh"), ("50MW", 50, "MW")], got


def test_a_round_ten_billion_after_a_qualifier_is_a_figure(run):
    got = spans(run("集聚区营收均超百亿元，龙头企业产值近千亿元。"))
    assert [(s[0], s[1], s[5]) for s in got] == [("超百亿元", 10**10, "over"), ("近千亿元", 10**11, "under")], got


def test_districts_after_qizhong_are_a_part(run):
    got = spans(run("全港18区均设有服务点，其中16区已设立社区据点。"))
    assert [(s[0], s[1]) for s in got] == [("18区", 18), ("16区", 16)], got


def test_words_whose_numerals_count_nothing(run):
    # 十年禁渔: a policy's name; 两局: two bureaus (局 counts games only in digits)
    got = spans(run("我县落实长江十年禁渔，社工局和教青局两局合办活动34项。"))
    assert [(s[0], s[3]) for s in got] == [("34项", "项")], got
