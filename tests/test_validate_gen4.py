"""Validation rules of generalization round 4 (unseen county reports: police, transport, social security,
forestry, women's federation, housing, statistics communiqués).

Every row is a made-up sentence in the phrasing of a genre named in its id (no article's text); the
figures are given by hand, so only the validator is tested.  Each row fails without its rule.
"""
from __future__ import annotations

import pytest

from test_validate import find, make_doc

# ------------------------------------------------------------------ totals after their parts
TOTALS_AFTER = [
    # (source, text, figures, kind, whole, parts, status)
    ("women's federation news phrasing: 共计 opens the total's clause, verb before the noun",
     "评选表彰“巾帼标兵”20名、“优秀志愿者”30名、“红旗手”10名，共计表彰先进个人60名。",
     [("20名", 20, "名", "count"), ("30名", 30, "名", "count"), ("10名", 10, "名", "count"), ("60名", 60, "名", "count")],
     "sum", "q4", ["q1", "q2", "q3"], "pass"),
    ("women's federation news phrasing: the same, not adding up",
     "评选表彰“巾帼标兵”20名、“优秀志愿者”30名、“红旗手”10名，共计表彰先进个人70名。",
     [("20名", 20, "名", "count"), ("30名", 30, "名", "count"), ("10名", 10, "名", "count"), ("70名", 70, "名", "count")],
     "sum", "q4", ["q1", "q2", "q3"], "fail"),
    ("housing bureau phrasing: parallel items after a comma, N项合计",
     "争取中央补助资金1.46亿元、省级补助资金0.52亿元，市级配套资金0.9亿元，三项合计3.18亿元。",
     [("1.46亿元", 146000000, "元", "money"), ("0.52亿元", 52000000, "元", "money"), ("0.9亿元", 90000000, "元", "money"),
      ("三项", 3, "项", "count"), ("3.18亿元", 318000000, "元", "money")],
     "sum", "q5", ["q1", "q2", "q3"], "fail"),
    ("budget report phrasing: parallel items after commas, 合计 right before the total",
     "拨付县级资金200万元，乡镇资金150万元，合计350万元。",
     [("200万元", 2000000, "元", "money"), ("150万元", 1500000, "元", "money"), ("350万元", 3500000, "元", "money")],
     "sum", "q3", ["q1", "q2"], "pass"),
    ("forestry report phrasing: the done total of its own 其中 list is part of the plan",
     "今年计划完成营造林任务15万亩，截至5月已完成9.6万亩，完成率为64%；其中人工造林3.2万亩、封山育林4.1万亩、退化林修复2.3万亩。",
     [("15万亩", 150000, "亩", "measure"), ("9.6万亩", 96000, "亩", "measure"), ("64%", 64, "%", "percent"),
      ("3.2万亩", 32000, "亩", "measure"), ("4.1万亩", 41000, "亩", "measure"), ("2.3万亩", 23000, "亩", "measure")],
     "part_of", "q1", ["q2"], "pass"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", TOTALS_AFTER, ids=[r[0] for r in TOTALS_AFTER])
def test_totals_and_parts(source, text, figures, kind, whole, parts, status):
    doc = make_doc(text, figures)
    c = find(doc, kind, whole, parts)
    assert c is not None, doc.checks
    assert c["status"] == status, c


def test_parallel_items_need_a_shared_head_noun():
    """budget report phrasing: a comma-separated figure naming another thing is no item of the list."""
    doc = make_doc("拨付县级资金200万元，建成道路150万元，合计350万元。",
                   [("200万元", 2000000, "元", "money"), ("150万元", 1500000, "元", "money"),
                    ("350万元", 3500000, "元", "money")])
    assert find(doc, "sum", "q3", ["q1", "q2"]) is None, doc.checks


def test_count_of_items_before_heji_is_checked():
    """housing bureau phrasing: 三项合计 counts the figures listed before it."""
    doc = make_doc("争取中央补助资金1.46亿元、省级补助资金0.52亿元，市级配套资金0.9亿元，三项合计2.88亿元。",
                   [("1.46亿元", 146000000, "元", "money"), ("0.52亿元", 52000000, "元", "money"),
                    ("0.9亿元", 90000000, "元", "money"), ("三项", 3, "项", "count"), ("2.88亿元", 288000000, "元", "money")])
    c = next((c for c in doc.checks if c["kind"] == "list_count"), None)
    assert c is not None and (c["whole"], c["items"], c["status"]) == ("q4", 3, "pass"), doc.checks
    assert find(doc, "sum", "q5", ["q1", "q2", "q3"])["status"] == "pass"


def test_sum_total_restates_an_earlier_total():
    """housing bureau phrasing: 总投资X ... 三项合计X is the same total said twice."""
    doc = make_doc("项目总投资3.18亿元。争取中央补助资金1.46亿元、省级补助资金0.52亿元，市级配套资金1.2亿元，三项合计3.18亿元。",
                   [("3.18亿元", 318000000, "元", "money"), ("1.46亿元", 146000000, "元", "money"),
                    ("0.52亿元", 52000000, "元", "money"), ("1.2亿元", 120000000, "元", "money"), ("三项", 3, "项", "count"),
                    ("3.18亿元", 318000000, "元", "money")])
    c = find(doc, "restated", "q1", ["q6"])
    assert c is not None and c["status"] == "pass", doc.checks


# ------------------------------------------------------------------ shares
PERCENTS = [
    # (source, text, figures, whole, part, percent, status)
    ("sports meet news phrasing: X中 names the people a figure's label opens with",
     "1520名运动员同台竞技。参赛运动员中，女性运动员608名，占比达40.5%。",
     [("1520名", 1520, "名", "count"), ("608名", 608, "名", "count"), ("40.5%", 40.5, "%", "percent")],
     "q1", "q2", "q3", "fail"),
    ("statistical communiqué phrasing: 城镇化率 is the share of the urban population",
     "年末常住人口45.62万人，其中城镇人口18.47万人，乡村人口27.15万人，常住人口城镇化率40.49%。",
     [("45.62万人", 456200, "人", "count"), ("18.47万人", 184700, "人", "count"), ("27.15万人", 271500, "人", "count"),
      ("40.49%", 40.49, "%", "percent")],
     "q1", "q2", "q4", "pass"),
    ("forestry report phrasing: 完成率 of a plan whose done part has a list of its own",
     "今年计划完成营造林任务15万亩，截至5月已完成9.6万亩，完成率为64%；其中人工造林3.2万亩、封山育林4.1万亩、退化林修复2.3万亩。",
     [("15万亩", 150000, "亩", "measure"), ("9.6万亩", 96000, "亩", "measure"), ("64%", 64, "%", "percent"),
      ("3.2万亩", 32000, "亩", "measure"), ("4.1万亩", 41000, "亩", "measure"), ("2.3万亩", 23000, "亩", "measure")],
     "q1", "q2", "q3", "pass"),
]


@pytest.mark.parametrize("source,text,figures,whole,part,percent,status", PERCENTS, ids=[r[0] for r in PERCENTS])
def test_percentages(source, text, figures, whole, part, percent, status):
    doc = make_doc(text, figures)
    c = next((c for c in doc.checks if c["kind"] == "percent" and c.get("percent") == percent), None)
    assert c is not None, doc.checks
    assert (c["whole"], c["parts"], c["status"]) == (whole, [part], status), c


def test_rates_per_thousand_are_no_shares_of_each_other():
    """statistical communiqué phrasing: two counts, each with its own ‰ rate -- no fail."""
    doc = make_doc("全年出生人口3516人，人口出生率7.69‰；死亡人口3287人，人口死亡率7.19‰。",
                   [("3516人", 3516, "人", "count"), ("7.69‰", 7.69, "‰", "percent"),
                    ("3287人", 3287, "人", "count"), ("7.19‰", 7.19, "‰", "percent")])
    assert not [c for c in doc.checks if c["status"] == "fail"], doc.checks


def test_share_in_thousandths_is_compared_as_such():
    """statistical communiqué phrasing: 5000 of 10万 is 50‰ (not 50%)."""
    doc = make_doc("年末常住人口10万人，其中80岁以上人口5000人，占常住人口的50‰。",
                   [("10万人", 100000, "人", "count"), ("5000人", 5000, "人", "count"), ("50‰", 50, "‰", "percent")])
    c = next((c for c in doc.checks if c["kind"] == "percent"), None)
    assert c is not None and (c["whole"], c["parts"], c["status"]) == ("q1", ["q2"], "pass"), doc.checks


def test_rate_per_thousand_against_a_year_end_total_is_pass_only():
    """statistical communiqué phrasing: 出生率 is of the mean population, not of the year-end total."""
    doc = make_doc("年末常住人口45.62万人。全年出生人口3516人，人口出生率7.69‰。",
                   [("45.62万人", 456200, "人", "count"), ("3516人", 3516, "人", "count"), ("7.69‰", 7.69, "‰", "percent")])
    assert not [c for c in doc.checks if c["status"] == "fail"], doc.checks


# ------------------------------------------------------------------ lists
LISTS = [
    # (source, text, figure, items, status)
    ("activity news phrasing: 共设置 + list names fewer than N kinds",
     "活动共设置宣讲、阅读、沙龙、故事会五项内容。", ("五项", 5, "项", "count"), 4, "fail"),
    ("activity news phrasing: 共设置 + list names N kinds",
     "活动共设置宣讲、阅读、沙龙、故事会四项内容。", ("四项", 4, "项", "count"), 4, "pass"),
    ("veterans affairs phrasing: a slogan list inside one pair of quotes",
     "围绕“送政策、送岗位、送温暖”三项服务，举办专场招聘会。", ("三项", 3, "项", "count"), 3, "pass"),
]


@pytest.mark.parametrize("source,text,figure,items,status", LISTS, ids=[r[0] for r in LISTS])
def test_list_counts(source, text, figure, items, status):
    doc = make_doc(text, [figure])
    c = next((c for c in doc.checks if c["kind"] == "list_count"), None)
    assert c is not None, doc.checks
    assert (c["whole"], c["items"], c["open_list"], c["status"]) == ("q1", items, False, status), c


@pytest.mark.parametrize("text", [
    # without 共 the list may have begun before the verb's object: fewer named is no contradiction
    "活动设置宣讲、阅读、沙龙、故事会五项内容。",
    # a quoted list that does not count N items is left alone (a quoted title may hold a 、)
    "围绕“送政策、送岗位”三项服务，举办专场招聘会。",
])
def test_lists_that_may_be_partial_are_not_failed(text):
    """activity news phrasing (made up)."""
    n = 5 if "五项" in text else 3
    doc = make_doc(text, [("五项" if n == 5 else "三项", n, "项", "count")])
    assert not [c for c in doc.checks if c["status"] == "fail"], doc.checks


# ------------------------------------------------------------------ rates with one figure stated
def test_rate_of_an_unstated_outcome_implies_the_part():
    """veterans affairs / petition office phrasing: 受理N件，办结率X% -- the cases closed are not stated."""
    doc = make_doc("共受理各类诉求218件，办结率97.2%。",
                   [("218件", 218, "件", "count"), ("97.2%", 97.2, "%", "percent")])
    c = next((c for c in doc.checks if c["kind"] == "percent"), None)
    assert c is not None, doc.checks
    assert (c["whole"], c["parts"], c["status"], c["implied_part"]) == ("q1", [], "unverifiable", 212), c


def test_rate_named_by_its_count_implies_the_base():
    """social security phrasing: 参保人数N，参保率X% -- the insured over a base the text does not state."""
    doc = make_doc("全县城乡居民基本养老保险参保人数达到41.2万人，参保率98.6%。",
                   [("41.2万人", 412000, "人", "count"), ("98.6%", 98.6, "%", "percent")])
    c = next((c for c in doc.checks if c["kind"] == "percent"), None)
    assert c is not None, doc.checks
    assert (c["whole"], c["parts"], c["status"], c["implied_total"]) == (None, ["q1"], "unverifiable", 417850), c


def test_rate_of_no_outcome_implies_nothing():
    """training report phrasing: 就业率 after a count of trainees names no finished work of that count."""
    doc = make_doc("共培训农民工500人，就业率85%。", [("500人", 500, "人", "count"), ("85%", 85, "%", "percent")])
    assert not [c for c in doc.checks if c["kind"] == "percent" and c["whole"] == "q1"], doc.checks


# ------------------------------------------------------------------ stages of one kind of work
@pytest.mark.parametrize("text,figures,found", [
    # police work summary phrasing: cases solved of the cases filed
    ("全县共立刑事案件312起，同比下降14.3%；破获刑事案件207起。",
     [("312起", 312, "起", "count"), ("14.3%", 14.3, "%", "percent"), ("207起", 207, "起", "count")], True),
    # more solved than filed (cases of earlier years solved now): no relation asserted, never a fail
    ("全县共立刑事案件312起；破获刑事案件330起。",
     [("312起", 312, "起", "count"), ("330起", 330, "起", "count")], False),
    # another thing counted: no relation
    ("全县共立刑事案件312起；破获犯罪团伙20起。",
     [("312起", 312, "起", "count"), ("20起", 20, "起", "count")], False),
])
def test_outcome_count_is_part_of_intake_count(text, figures, found):
    doc = make_doc(text, figures)
    n = len(figures)
    c = find(doc, "part_of", "q1", [f"q{n}"])
    assert (c is not None) == found, doc.checks
    assert not [c for c in doc.checks if c["status"] == "fail"]
    if found:
        assert c["status"] == "pass"


@pytest.mark.parametrize("text,figures", [
    # national work report phrasing: 共 opens the clause of the first figure, not of the last
    ("共淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨、水泥产能7.75亿吨。",
     [("1.17亿吨", 117000000, "吨", "measure"), ("7800万吨", 78000000, "吨", "measure"), ("7.75亿吨", 775000000, "吨", "measure")]),
    # a comma list whose earlier items have longer labels: the items found are not all of it
    ("文化教育卫生体育方面的300个，城市公用事业方面的118个，其他方面的160个，全部单位共有578个。",
     [("300个", 300, "个", "count"), ("118个", 118, "个", "count"), ("160个", 160, "个", "count"), ("578个", 578, "个", "count")]),
])
def test_no_false_sum_from_a_partial_list(text, figures):
    doc = make_doc(text, figures)
    assert not [c for c in doc.checks if c["status"] == "fail"], doc.checks


@pytest.mark.parametrize("text,figures,found", [
    # transport bureau phrasing: lines opened this year are among the lines there are now
    ("全年新开通城乡公交线路6条，目前全县共有公交线路38条。",
     [("6条", 6, "条", "count"), ("38条", 38, "条", "count")], True),
    # another thing in stock: no relation
    ("全年新开通城乡公交线路6条，目前全县共有公交站点38条。",
     [("6条", 6, "条", "count"), ("38条", 38, "条", "count")], False),
])
def test_added_things_are_part_of_the_stock(text, figures, found):
    doc = make_doc(text, figures)
    c = find(doc, "part_of", "q2", ["q1"])
    assert (c is not None) == found, doc.checks
    assert not [c for c in doc.checks if c["status"] == "fail"]
