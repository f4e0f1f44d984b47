"""What a figure counts (``counted``): wordings of the nineteenth round (session 19).

Each row is a sentence written for this file in the style of the genre named, and fails without
the rule its comment names (rows marked guard hold what a rule must keep).
"""
from __future__ import annotations

import pytest

from test_counted import counted_of, run  # noqa: F401  (run: the fixture, text -> a document through the figures stage)


# (genre, sentence, figure, what it counts, exactly)
COUNTED_EXACT = [
    # 新增 after the noun is a change verb, no part of the noun (not 充电站新)
    ("energy report", "全市充电站新增17座，累计建成124座。", "17座", "充电站"),
    ("market report", "上半年全县市场主体新增4500户。", "4500户", "市场主体"),
    # places listed before 分别 + a verb: each figure is its place's share of the total said before
    ("health campaign report", "全县新增省级卫生村42个。其中，甲街道、乙街道、丙镇分别新增8个、7个、6个。",
     "8个", "甲街道省级卫生村"),
    # ... and the rest after them is the rest of that total, not of the last place
    ("health campaign report", "全县新增省级卫生村42个。其中，甲街道、乙街道、丙镇分别新增8个、7个、6个，其余21个分布在其他乡镇。",
     "21个", "省级卫生村"),
    # verbs jieba tags inside compound nouns (实践活动, 避险明白卡) govern nothing
    ("civilization practice report", "全县共开展各类文明实践活动2100余场次。", "2100余场次", "各类文明实践活动"),
    ("flood season report", "汛期发放防汛避险明白卡1.5万份。", "1.5万份", "防汛避险明白卡"),
    # people a governing verb right before acts on are counted by the noun after them, which may open
    # with a verb (就业困难人员) or an adjective before a noun jieba tags a verb (优秀选手)
    ("employment report", "通过开发公益性岗位，累计帮助186名就业困难人员实现再就业。", "186名", "就业困难人员"),
    ("labour union news", "大赛还推荐8名优秀选手参加全省决赛。", "8名", "优秀选手"),
    # (guard) ... people named by what they did (返乡|青年) stay so after a governing verb
    ("e-commerce report", "县商务局组织两百余名返乡青年参加电商直播培训。", "两百余名", "返乡青年"),
    ("expert service news", "县里聘请12名专家开展技术指导。", "12名", "专家"),
    # 及 joining the last item of a list is no part of its name; 及以上 is
    ("health report", "为60周岁及以上老年人接种5.31万剂次。", "5.31万剂次", "及以上老年人接种"),
    # the noun of a scope 在N…中 whatever the tags read
    ("energy report", "从设备类型看，在1260根公共充电桩中，直流快充桩480根。", "1260根", "公共充电桩"),
    # a bound before the figure is no part of its noun
    ("education report", "确保每年交流比例不低于15%。", "15%", "每年交流比例"),
    # 比赛 (a contest) holds no comparison 比
    ("school sports report", "96支队伍参赛，共进行比赛412场。", "412场", "比赛"),
    # (guard) there being so many (已有587户) makes no object of them: what they did is no noun of theirs
    ("village report", "全村已有587户完成庭院改造。", "587户", "户"),
    # a part's share said with 占 after 其中 counts the part; so does 约占
    ("irrigation report", "全县有效灌溉面积126万亩，其中纯井灌区占64%。", "64%", "纯井灌区"),
    ("irrigation report", "全县有效灌溉面积126万亩，其中纯井灌区约占六成四。", "六成四", "纯井灌区"),
    # the rest of the money named by where it comes from
    ("funding report", "总投资1亿元，其中争取上级资金5800万元，其余4200万元由社会资本投入。", "4200万元", "社会资本投入"),
    # (guard) the rest of the events stays what the total counts
    ("culture report", "全年完成送戏下乡演出386场，其中县豫剧团演出142场，其余244场由民营剧团承担。", "244场", "完成送戏下乡演出"),
]


@pytest.mark.parametrize("genre,sentence,span,counted", COUNTED_EXACT, ids=[f"{c[0]}:{c[2]}" for c in COUNTED_EXACT])
def test_counted_exactly(run, genre, sentence, span, counted):
    assert counted_of(run, sentence, span) == counted


def test_ji_joining_the_last_item_is_no_part_of_its_name():
    # (the default pipeline: with its word tags the last item's clause opens with 及)
    from textmine.document import Document
    from textmine.pipeline import load_pipeline

    doc = load_pipeline(None).run(Document(doc_id="t", source="t", original="参与的单位中，市直单位38家、企业26家及社会组织12家。"))
    got = [q["counted"] for q in doc.quantities if doc.text[q["start"]:q["end"]] == "12家"]
    assert got == ["社会组织"], got
