"""Figures of the seventeenth round (session 16): party lessons are counted in 讲."""
from __future__ import annotations

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_party_lessons_counted_in_jiang_are_figures(run):
    assert spans(run("各级党组织书记讲授廉政党课126讲，其中县领导带头讲授24讲。")) == [
        ("126讲", 126, None, "讲", "count", "exact"), ("24讲", 24, None, "讲", "count", "exact")]


def test_a_lecture_numbered_or_a_verb_after_a_numeral_is_no_count_in_jiang(run):
    # (guard) 第一讲 is a lecture's number, 三讲 a fixed term
    got = spans(run("开展“三讲”教育，第一讲由县委书记主讲。"))
    assert not [s for s in got if s[3] == "讲" and s[4] == "count"], got
