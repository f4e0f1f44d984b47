"""Figures of session 21: points of a points scheme (积分制) are scores in 分, counted like them."""
from __future__ import annotations

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_points_of_a_points_scheme_are_scores(run):
    got = spans(run("推行积分制管理，每户基础分100分，全年发放积分8.6万分，兑换积分5.2万分。"))
    assert [(s[0], s[1], s[3]) for s in got] == [("100分", 100, "分"), ("8.6万分", 86000, "分"),
                                                 ("5.2万分", 52000, "分")], got


def test_a_score_with_a_decimal_is_kept_and_counted_as_no_physical_measure(run):
    got = spans(run("全县群众安全感测评得分96.8分。"))
    assert [(s[0], s[4]) for s in got] == [("96.8分", "count")], got
