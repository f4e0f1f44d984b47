"""What a figure counts (``counted``): wordings of the twenty-eighth round (session 30).

Each row is a sentence written for this file in the style of the genre named, and fails without
the rule its comment names (rows marked guard hold what a rule must keep).
"""
from __future__ import annotations

import pytest

from test_counted import counted_of, run  # noqa: F401  (run: the fixture, text -> a document through the figures stage)

# (genre, sentence, figure, what it counts)
COUNTED_EXACT = [
    # a multiple "X是/为Y的N倍" counts X, named before 是
    ("quiz contest news", "吸引近12万人参与答题，参与人数是去年的1.5倍。", "1.5倍", "参与人数"),
    ("craft tourism", "文创伴手礼营收是2020年的2.4倍。", "2.4倍", "文创伴手礼营收"),
    # ... and "，是上年的N倍" what the clause before counts
    ("e-commerce report", "全县电商销售额1.2亿元，是上年的1.5倍。", "1.5倍", "电商销售额"),
    ("market-regulation news", "全年受理投诉举报41件，为去年的1.3倍。", "1.3倍", "受理投诉举报"),
    # people named by what they do and the suffix 者 (露宿|者: a verb and 者)
    ("street-sleeper outreach", "登记册上共有1,426名露宿者，较去年减少127名。", "1,426名", "露宿者"),
    # a modal the tagger reads as a noun after the figure (126家|须) names nothing: the noun before
    ("tofu workshops", "按照改造计划，全县小作坊126家须全部完成提升改造。", "126家", "小作坊"),
    # (guard) a noun of one character after the figure stays the noun
    ("hog farming", "全镇新建猪舍12栋，存栏3000头猪。", "3000头", "猪"),
]


@pytest.mark.parametrize("genre,sentence,span,counted", COUNTED_EXACT, ids=[f"{r[0]}:{r[2]}" for r in COUNTED_EXACT])
def test_counted_exactly(run, genre, sentence, span, counted):
    assert counted_of(run, sentence, span) == counted
