"""Figures of session 20: scores in 分 after a word for a score, and only there."""
from __future__ import annotations

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_scores_after_a_word_for_a_score(run):
    got = spans(run("全市营商环境评估得分91.5分，学生体质测试平均分提高了近8分。"))
    assert [(s[0], s[1], s[3], s[5]) for s in got] == [("91.5分", 91.5, "分", "exact"),
                                                       ("近8分", 8, "分", "under")], got


def test_guard_fen_as_minutes_very_or_a_verb_is_no_score(run):
    # (guard) a time of minutes and seconds, 十分 (very), 分 opening a word, no score word before
    assert spans(run("考核用时3分20秒。成绩十分理想，评分分类进行。每人1分钱。")) == []


def test_ordinals_of_sites_and_firsts(run):
    got = spans(run("建成全市第3座污水处理厂，成为全省第一家示范馆。"))
    assert [(s[0], s[1], s[4]) for s in got] == [("第3座", 3, "ordinal"), ("第一家", 1, "ordinal")], got
