"""Figures of session 24: a space grouping thousands (Hong Kong's 3 000公里), points past any hour
(800点), gates and courses counted by 道, districts after 其余, and a 半 or a place name that only
look like part of a figure (5条半日游路线, 九份)."""
from __future__ import annotations

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_a_space_between_groups_of_three_digits_groups_thousands(run):
    # (but a telephone number's two groups of four stay apart, and neither has a classifier)
    got = spans(run("至今已更换及修复约3 000公里老化水管，安装感应器4 500个，可致电热线2824 5000举报。"))
    assert [(s[0], s[1], s[3]) for s in got] == [("约3 000公里", 3000, "公里"), ("4 500个", 4500, "个")], got


def test_points_past_any_hour_and_gates_are_counted(run):
    # (早上8点 stays a clock time; 一道 is "together")
    got = spans(run("长者每月享有800点社福点数，早上8点开门，新设自动通关闸门16道，志愿者一道参与。"))
    assert [(s[0], s[1], s[3], s[4]) for s in got] == [("800点", 800, "点", "count"), ("16道", 16, "道", "count")], got


def test_districts_after_the_rest_are_counted(run):
    got = spans(run("桃园区12条、中坜区7条，其余4区合计5条。"))
    assert ("4区", 4, "区") in [(s[0], s[1], s[3]) for s in got], got


def test_half_opening_the_next_word_and_a_place_name_are_no_part_of_a_figure(run):
    # 半日游 is a half-day tour: five routes, not five and a half; 九份 is a town (a 两年半 stays 2.5)
    got = spans(run("将与瑞芳区的九份、金瓜石串联推出5条半日游路线，工期两年半。"))
    assert [(s[0], s[1], s[3]) for s in got] == [("5条", 5, "条"), ("两年半", 2.5, "年")], got


def test_reservoir_visits_are_counted_by_zuoci(run):
    # (座次: reservoirs times inspections, like 人次 and 艘次)
    got = spans(run("汛前共检查水库1126座次，发现隐患86处。"))
    assert [(s[0], s[3]) for s in got] == [("1126座次", "座次"), ("86处", "处")], got
