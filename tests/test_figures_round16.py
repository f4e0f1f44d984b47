"""Figures of the sixteenth round (session 15): a time limit in days (15日内) is a figure, a date's
day (9月24日) is not; what a time limit counts is what is to be done within it."""
from __future__ import annotations

import pytest

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)


def spans(doc):
    return [(doc.text[q["start"]:q["end"]], q["value"], q.get("value_max"), q["unit"], q["kind"], q["qualifier"])
            for q in doc.quantities]


def test_a_number_of_days_to_act_in_is_a_figure(run):
    assert spans(run("检查发现问题后，要求企业在15日内完成复检。")) == [("15日内", 15, None, "日", "count", "under")]


def test_a_range_of_days_to_act_in_is_a_figure(run):
    assert spans(run("已责令其在10至15日内完成整改。")) == [("10至15日", 10, 15, "日", "count", "exact")]


def test_a_day_of_a_date_is_no_figure(run):
    # (guard) 24日 is a date's day, 内 or not
    assert spans(run("农业部已于9月24日公告受灾地区。")) == []


@pytest.mark.parametrize("sentence,span,counted", [
    ("检查发现问题后，要求企业在15日内完成复检。", "15日内", "复检"),
    ("山火发生后1小时内即全部扑灭。", "1小时内", "扑灭"),
    # (guard) a label naming a time keeps it
    ("窗口平均等待时间压缩至8分钟以内。", "8分钟以内", "窗口平均等待时间"),
])
def test_a_time_limit_counts_what_is_done_within_it(run, sentence, span, counted):
    doc = run(sentence)
    hits = [q for q in doc.quantities if doc.text[q["start"]:q["end"]] == span]
    assert hits and hits[0]["counted"] == counted, [(doc.text[q["start"]:q["end"]], q["counted"]) for q in doc.quantities]


def test_the_capital_numeral_ending_a_word_opens_no_number(run):
    # 队伍 ends with 伍, the anti-forgery five: 队伍六支 is six teams
    assert spans(run("组建联动处置队伍六支，对网格上报的问题实行快速处置。")) == [("六支", 6, None, "支", "count", "exact")]


def test_a_place_named_by_a_distance_is_no_figure(run):
    assert spans(run("五里牌街道社区卫生服务中心开展义诊。")) == []
