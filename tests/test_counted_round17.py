"""What a figure counts (``counted``): wordings of the seventeenth round (session 16).

Each row is a sentence written for this file in the style of the genre named, and fails without
the rule its comment names (rows marked guard hold what a rule must keep).
"""
from __future__ import annotations

import pytest

from test_counted import counted_of, run  # noqa: F401  (run: the fixture, text -> a document through the figures stage)


# (genre, sentence, figure, what it counts, exactly)
COUNTED_EXACT = [
    # a place's rank is its place in the evaluation named around it (在…考评中)
    ("civilization office report", "在全省年度文明城市测评中，东阳市位列全省第4名。", "第4名", "全省年度文明城市测评"),
    ("market regulation report", "在全市市场监管系统年度综合考评中，西湖区排名第二。", "第二", "全市市场监管系统年度综合考评"),
    ("civilization office report", "在全市县区创建考核中，甲县位列第1名，乙县、丙区分列第2位、第3位。", "第3位",
     "全市县区创建考核"),
    # ... the frame alone before the rank
    ("street office report", "在全区街道年度考评中位列第２名。", "第2名", "全区街道年度考评"),
    # ... what is ranked, named before the evaluation, stays
    ("housing bureau report", "住房保障工作在全省年度考核中位列第二。", "第二", "住房保障工作"),
    # (guard) ... and when named after it
    ("sanitation report", "在省住建厅组织的年度考核中，我市生活垃圾分类工作位列全省第二。", "第二", "生活垃圾分类工作"),
    # people named by a verb and a noun of people after 的: 抓获的26名犯罪|嫌疑人
    ("anti-drug report", "全年破获毒品案件12起。抓获的31名犯罪嫌疑人中，本地籍19名。", "31名", "犯罪嫌疑人"),
    # levels named before 分别 and closed by their count (四级): each figure is its level's
    ("rural sanitation report", "全年中央、省、市、县四级分别投入3260万元、2180万元、1150万元、8910万元。", "2180万元", "省级"),
    ("rural sanitation report", "全年中央、省、市、县四级分别投入3260万元、2180万元、1150万元、8910万元。", "3260万元", "中央"),
    # a share of a whole whose size is given in brackets (占…人口（约97万人）的): the whole before the aside
    ("volunteer report", "全县注册志愿者达到11.5万名，占全县常住人口（约92万人）的12.5%。", "12.5%", "常住人口"),
    # ... and the figure in the brackets counts it too, with no bracket in its label
    ("volunteer report", "全县注册志愿者达到11.5万名，占全县常住人口（约92万人）的12.5%。", "约92万人", "常住人口"),
    # a figure after another's aside: no closing bracket or joiner opens its label
    ("Hong Kong training release", "学员以观塘区（412名）及元朗区（355名）最多。", "355名", "元朗区"),
    # visits (人次) after a verb of service count the service; after a verb that brings people in,
    # the people (guard: as before the rule)
    ("elderly care report", "上半年上门服务中，助洁1.36万人次、助浴0.38万人次。", "0.38万人次", "助浴"),
    ("library report", "全年线上直播讲座12场，累计观看2.6万人次。", "2.6万人次", "观看"),
    ("health centre release", "去年举办健康讲座128场，吸引3640人次参加。", "3640人次", "人"),
    # a span (为期N个月的X) counts the campaign named after it, quotes and all
    ("market regulation report", "市市场监管局在全市开展为期6个月的食品安全“护苗行动”。", "6个月", "食品安全“护苗行动”"),
    # 当中 (Hong Kong usage) frames a part as 其中 does: the part counts what the total counts
    ("Hong Kong training release", "学员共530名，当中468名考获相关证书。", "468名", "学员"),
    # (session 17) figures after 分别 + a verb, the noun after the last one only: it is every one's
    ("Hong Kong housing release", "三个新屋苑分别提供1,260个、980个及2,040个单位。", "980个", "单位"),
    ("Hong Kong housing release", "三个新屋苑分别提供1,260个、980个及2,040个单位。", "1,260个", "单位"),
]


@pytest.mark.parametrize("genre,sentence,span,counted", COUNTED_EXACT, ids=[f"{c[0]}:{c[2]}" for c in COUNTED_EXACT])
def test_counted_exactly(run, genre, sentence, span, counted):
    assert counted_of(run, sentence, span) == counted


def test_a_noun_the_dictionary_tags_as_a_verb_is_the_noun_after_a_figure(run):
    # 选手 is 选手/v in jieba's dictionary: the people the figure counts, not the verb before it
    got = counted_of(run, "成功举办职业技能大赛，吸引近三百名选手同台竞技。", "近三百名")
    assert got is not None and got.startswith("选手"), got
