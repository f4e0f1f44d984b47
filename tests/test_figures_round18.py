"""Figures of session 18: flowers counted in 束 and plants in 盆."""
from __future__ import annotations

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_bunches_and_pots_are_classifiers(run):
    got = spans(run("清明期间免费发放鲜花1.8万余束，社区摆放绿植600盆。"))
    assert [(s[0], s[3]) for s in got] == [("1.8万余束", "束"), ("600盆", "盆")], got


def test_two_days_in_a_row_is_a_count_of_days(run):
    got = spans(run("展销会于十月五日及六日一连两日在会展中心举行。"))
    assert [(s[0], s[1], s[3]) for s in got] == [("两日", 2, "日")], got


def test_more_than_so_many_years_of_age_or_history_is_a_span(run):
    got = spans(run("全县树龄最长的古银杏树龄逾1300年，该村已有近2000年历史。"))
    assert [(s[0], s[3]) for s in got] == [("逾1300年", "年"), ("近2000年", "年")], got


def test_more_than_a_years_level_is_no_span_of_years(run):
    # (guard) 超过1979年 compares with that year's level
    assert spans(run("全年粮食产量超过1979年的水平。")) == []
