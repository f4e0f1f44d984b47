"""What a figure counts (``counted``): wordings of the eighteenth round (session 18).

Each row is a sentence written for this file in the style of the genre named, and fails without
the rule its comment names (rows marked guard hold what a rule must keep).
"""
from __future__ import annotations

import pytest

from test_counted import counted_of, run  # noqa: F401  (run: the fixture, text -> a document through the figures stage)


# (genre, sentence, figure, what it counts, exactly)
COUNTED_EXACT = [
    # a change verb after a level (由A提升至B) is what happened to what the level before counts
    ("transport bureau report", "全市出租车服务满意率由年初的84.2%提升至91.5%。", "91.5%", "出租车服务满意率"),
    # ... and so is the change in points in the next clause
    ("sanitation report", "垃圾分类准确率由上年的76.4%提高至88.1%，提升11.7个百分点。", "11.7个百分点", "垃圾分类准确率"),
    # a daily or monthly mean after a total counts what the total counts
    ("water utility report", "全年供应自来水4380万吨，日均12万吨。", "12万吨", "供应自来水"),
    ("post office report", "全年投递邮件318万件，月均26.5万件。", "26.5万件", "投递邮件"),
    # bodies named by what they do, after a count of them in 家
    ("heating report", "入冬前，全县9家供热企业完成管网检修。", "9家", "供热企业"),
    # a headline's wide space parts two phrases: visits ending it with a verb of taking part count that
    ("culture bureau release", "市民文化节圆满落幕　逾28万人次参与\n\n本届文化节历时一个月。", "逾28万人次", "参与"),
    # people no noun names are counted by the short deed that ends their clause
    ("legal publicity report", "线上知识竞赛期间，近8万人参与答题。", "近8万人", "参与答题"),
    # (guard) ... but not when a verb before brought them in: the people
    ("culture report", "吸引3万余人参加。", "3万余人", "人"),
    # 另有 ("besides") opens a count of the noun after it
    ("quality bureau report", "甲公司获省长质量奖，另有4家企业获评市长质量奖。", "4家", "企业"),
    # a place word after a count of places is the noun (约N个场地)
    ("sports bureau release", "暑期活动共使用全市约150个场地。", "约150个", "场地"),
]


@pytest.mark.parametrize("genre,sentence,span,counted", COUNTED_EXACT, ids=[f"{c[0]}:{c[2]}" for c in COUNTED_EXACT])
def test_counted_exactly(run, genre, sentence, span, counted):
    assert counted_of(run, sentence, span) == counted


def test_guard_a_change_verb_far_from_the_level_before_is_not_given_its_noun(run):
    # the level and the change are more than a clause apart: the change's own words stand
    got = counted_of(run, "全县森林覆盖率达到62.3%，各乡镇持续开展植树造林活动，古树名木保护力度不断加大，"
                          "全年林业产值提升3.2%。", "3.2%")
    assert got != "全县森林覆盖率", got
