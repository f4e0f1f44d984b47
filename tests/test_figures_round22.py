"""Figures of session 22: batches of classes (梯次), animal vaccinations (头次), pressure (兆帕), and
numbers of a travel-time slogan or before the island's name that are no figures."""
from __future__ import annotations

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_batches_of_classes_vaccinations_and_pressure_have_their_classifiers(run):
    got = spans(run("暑期共开设312梯次，全年免疫牲畜72.3万头次，加注压力为35兆帕。"))
    assert [(s[0], s[1], s[3], s[4]) for s in got] == [("312梯次", 312, "梯次", "count"),
                                                       ("72.3万头次", 723000, "头次", "count"),
                                                       ("35兆帕", 35, "兆帕", "measure")], got


def test_a_travel_time_circle_and_a_year_before_taiwan_are_no_figures(run):
    got = spans(run("融入大湾区“2小时经济圈”。3月举办2024台湾国际兰展，新增数控机床24台。"))
    assert [(s[0], s[3]) for s in got] == [("24台", "台")], got
