"""What a figure counts (``counted``): wordings of the twenty-third round (session 24).

Each row is a sentence written for this file in the style of the genre named, and fails without
the rule its comment names (rows marked guard hold what a rule must keep).
"""
from __future__ import annotations

import pytest

from test_counted import counted_of, run  # noqa: F401  (run: the fixture, text -> a document through the figures stage)

TOILETS = ("全年新建改造城市公厕186座，超额完成省里下达的150座目标任务，完成率达124%。\n"
           "分区域看，雁峰区38座、石鼓区35座、蒸湘区44座、珠晖区41座、南岳区28座。")
INSPECTED = "全市检查生产经营单位3268家，其中镜湖区605家、弋江区512家、鸠江区736家、湾沚区428家、繁昌区396家、无为市591家。"

# (genre, sentence, figure, what it counts, exactly)
COUNTED_EXACT = [
    # places' shares count what the earlier figure they add up to counts (186座 of 城市公厕), not the
    # nearer figure of that classifier (150座目标任务)
    ("city toilet renovation", TOILETS, "38座", "雁峰区城市公厕"),
    ("city toilet renovation", TOILETS, "28座", "南岳区城市公厕"),
    # (guard) ... and the total of their own sentence before them stays theirs
    ("safety inspection campaign", INSPECTED, "605家", "镜湖区检查生产经营单位"),
    # a list said in order (依次为) names the figures 分别 + a verb gives after it
    ("Hong Kong pools release", "最受欢迎的三个泳池依次为九龙公园游泳池、维多利亚公园游泳池及沙田赛马会游泳池，"
     "分别录得18.2万人次、15.6万人次及13.4万人次。", "15.6万人次", "维多利亚公园游泳池"),
    # the amount after a count of loans (…笔、金额…) is of those loans
    ("rural credit report", "全年累计发放农户小额信用贷款41.2万笔、金额398.6亿元，新增首贷户11.6万户。", "398.6亿元",
     "农户小额信用贷款"),
    # (guard) ... not after a count of people: the amount involved
    ("court enforcement report", "兑现涉民生案件138件，涉及群众1100余人，金额1360万元。", "1360万元", "金额"),
]


@pytest.mark.parametrize("genre,sentence,span,counted", COUNTED_EXACT, ids=[f"{r[0]}:{r[2]}" for r in COUNTED_EXACT])
def test_counted_exactly(run, genre, sentence, span, counted):
    assert counted_of(run, sentence, span) == counted
