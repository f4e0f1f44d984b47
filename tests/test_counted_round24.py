"""What a figure counts (``counted``): wordings of the twenty-fourth round (session 25).

Each row is a sentence written for this file in the style of the genre named, and fails without
the rule its comment names (rows marked guard hold what a rule must keep).
"""
from __future__ import annotations

import pytest

from test_counted import counted_of, run  # noqa: F401  (run: the fixture, text -> a document through the figures stage)

NETWORK = ("全年完成5G网络建设投资10.2亿元，其中中国移动岳阳分公司4.6亿元、中国电信岳阳分公司2.7亿元、"
           "中国联通岳阳分公司1.9亿元。")

FILMS = "全年在全市2357个行政村（社区）放映公益电影24316场，观影群众达183.6万人次。\n\n分县区看，金安区放映3862场、裕安区4127场。"

# (genre, sentence, figure, what it counts, exactly)
COUNTED_EXACT = [
    # items after 其中 named by a company alone are its share of what the total counts
    ("city 5G build-out", NETWORK, "4.6亿元", "5G网络建设投资"),
    ("city 5G build-out", NETWORK, "1.9亿元", "5G网络建设投资"),
    # (guard) ... and the total keeps its own noun
    ("city 5G build-out", NETWORK, "10.2亿元", "5G网络建设投资"),
    # the noun after a count that closes a list of names is what it counts (组别 tagged a verb, 单项 a
    # modifier by the dictionary), not the list's last names
    ("county tournament", "个人赛设男子单打、女子单打、男子双打、女子双打和混合双打5个单项，团体赛分组进行。", "5个", "单项"),
    ("dragon boat race", "赛事设标准龙舟组、小龙舟组和女子组3个组别，其中标准龙舟组18支。", "3个", "组别"),
    # a place doing the verb of the paragraph before, right after a breakdown cue, counts that verb's object
    # there (放映公益电影24316场), with its classifier
    ("rural film screenings", FILMS, "3862场", "公益电影"),
    # (guard) the rate after the verb (签约率达98%) is no object of it
    ("housing relocation", "片区共签约3086户，签约率达98.2%。\n分片区看，甲片区签约1046户、乙片区868户。", "1046户",
     "甲片区签约"),
]


@pytest.mark.parametrize("genre,sentence,span,counted", COUNTED_EXACT, ids=[f"{r[0]}:{r[2]}" for r in COUNTED_EXACT])
def test_counted_exactly(run, genre, sentence, span, counted):
    assert counted_of(run, sentence, span) == counted
