"""Validation rules of generalization round 25 (session 24).

Every row is a made-up sentence; the figures are given by hand, so only the validator is tested.
Each fails without its rule; rows marked (guard) hold what the new rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate import make_doc
from test_validate_gen6 import checked, fails, holds
from test_validate_gen8 import c, money
from test_validate_gen19 import pct

PLACES_AFTER_ZAI = "同时，在{names}{n}个市设立区域人才市场分会场，累计吸引外省企业420余家。"


@pytest.mark.parametrize("names, n, items, status", [
    ("襄阳、宜昌、荆州、黄冈", 5, 4, "fail"),
    ("襄阳、宜昌、荆州、黄冈", 4, 4, "pass"),  # (guard)
])
def test_places_named_after_zai_are_the_whole_list_of_the_count(names, n, items, status):
    # 在 opens the list: nothing can stand before its first place, so four names and 5个市 disagree
    doc = checked(PLACES_AFTER_ZAI.format(names=names, n=n), [c(f"{n}个", n, "个"), c("420余家", 420, "家")],
                  "list_count", "q1", [], status)
    assert [x["items"] for x in doc.checks if x["kind"] == "list_count"] == [items]


@pytest.mark.parametrize("text, figures, items, status", [
    # 分别设在 right after the counted noun closes the list as after a comma
    ("4个社区食堂分别设在东湖社区、西岭社区、南塘社区和北苑社区，全年新增助餐点6个。",
     [c("4个", 4, "个"), c("6个", 6, "个")], 4, "pass"),
    ("5个社区食堂分别设在东湖社区、西岭社区、南塘社区和北苑社区，全年新增助餐点6个。",
     [c("5个", 5, "个"), c("6个", 6, "个")], 4, "fail"),
    # long names after 即 that are as many as the count say: the list, even counted by 家
    ("区民政局将中心委托3家机构运营，即武汉康宁养老服务有限公司、湖北福寿康养服务有限公司、江汉区夕阳红养老服务中心。",
     [c("3家", 3, "家")], 3, "pass"),
])
def test_closed_lists_after_the_counted_noun_and_of_long_names(text, figures, items, status):
    doc = checked(text, figures, "list_count", "q1", [], status)
    assert [x["items"] for x in doc.checks if x["kind"] == "list_count"] == [items]


def test_guard_where_the_counted_come_from_is_no_list_of_them():
    # 分别来自 names the places the 17 groups came from, not the groups
    text = "其中本地团体47个，其余17个分别来自内地、香港及葡萄牙。"
    doc = make_doc(text, [c("47个", 47, "个"), c("17个", 17, "个")])
    assert not [x for x in doc.checks if x["kind"] == "list_count"], doc.checks


EXAMS = ("全年累计开展职业技能考试48.0万人次，其中理论考试26.0万人次、实操考试22.0万人次。"
         "全年为外省考生组织补考3.0万人次，占考试总量的{share}%。")


@pytest.mark.parametrize("share, status", [("6.3", "pass"), ("8.0", "fail")])  # (the pass: guard)
def test_a_total_word_names_the_largest_figure_its_stem_is_written_before(share, status):
    # 考试总量 is the 48.0万 of all exams (not 理论考试26.0万, nearer): 3.0 / 48.0 = 6.25%, so 8.0% is a slip
    figures = [c("48.0万人次", 480_000, "人次"), c("26.0万人次", 260_000, "人次"), c("22.0万人次", 220_000, "人次"),
               c("3.0万人次", 30_000, "人次"), pct(f"{share}%", float(share))]
    checked(EXAMS.format(share=share), figures, "percent", "q1", ["q4"], status)


TRADE = ("2023年全市实现进出口总额500.0亿元，同比增长6.0%。其中，出口320.0亿元，进口180.0亿元。\n"
         "从商品结构看，机电产品出口96.0亿元，占全市出口总额的{share}%。")


@pytest.mark.parametrize("share, status", [("30.0", "pass"), ("33.0", "fail")])
def test_a_total_word_names_its_stem_as_a_word_not_inside_a_longer_one(share, status):
    # 出口总额 is 出口320.0亿元, not the 进出口总额 500.0亿元 the stem 出口 stands inside
    figures = [money("500.0亿元", 50_000_000_000), pct("6.0%", 6.0), money("320.0亿元", 32_000_000_000),
               money("180.0亿元", 18_000_000_000), money("96.0亿元", 9_600_000_000), pct(f"{share}%", float(share))]
    checked(TRADE.format(share=share), figures, "percent", "q3", ["q5"], status)


def test_guard_a_total_of_another_years_section_is_no_base():
    # 1955's 经济建设费 is no base of 1956's share of it (the year's total is not stated)
    text = ("1954年国家预算收入272.0亿元。\n一、1954年财政工作\n总支出中，经济建设费支出137.6亿元，比上年增长9.9%。\n"
            "二、1955年预算安排\n1955年国家预算支出中，农业、林业和水利支出为21.8亿元，占经济建设费总数的13.61%，"
            "比上年增长48.3%。")
    doc = make_doc(text, [money("272.0亿元", 27_200_000_000), money("137.6亿元", 13_760_000_000), pct("9.9%", 9.9), money("21.8亿元", 2_180_000_000),
                          pct("13.61%", 13.61), pct("48.3%", 48.3)])
    assert not fails(doc), doc.checks


LEAKS = ("预计至2026年底探测器总数将逾三千个。今年首十一个月，水务署共侦测出政府水管漏水个案{total}宗，当中已完成维修"
         "1298宗，其余36宗正安排维修。")


@pytest.mark.parametrize("total, status", [(1334, "pass"), (1326, "fail")])
def test_dangzhong_opening_a_clause_lists_parts_as_qizhong_does(total, status):
    # 当中 (Hong Kong's 其中): 1298 + 36 of the cases, not of the detectors of the sentence before
    figures = [c("逾三千个", 3000, "个", qualifier="over"), c("十一个月", 11, "个月"), c(f"{total}宗", total, "宗"),
               c("1298宗", 1298, "宗"), c("36宗", 36, "宗")]
    holds(LEAKS.format(total=total), figures, "sum", "q3", ["q4", "q5"], status)


def test_parts_each_larger_than_a_total_are_not_its_parts():
    # the rest (16处) of one list is no total of the 402 and 153 counted after another 其中
    text = ("由社区发展协会设立的据点有298处、宗教团体设立的94处，其余16处由村里办公处设立。据点提供关怀访视等4项基本服务，"
            "其中提供共餐服务的据点有402处；另有153处据点已升级为长照站。")
    doc = make_doc(text, [c("298处", 298, "处"), c("94处", 94, "处"), c("16处", 16, "处"), c("4项", 4, "项"),
                          c("402处", 402, "处"), c("153处", 153, "处")])
    assert not fails(doc), doc.checks


def test_a_word_opening_with_gong_marks_no_total():
    # 共餐服务 is a service (meals shared), not 共 (in all) of the visits and calls before it
    text = "全年共提供关怀访视12.4万人次、电话问安36.8万人次、共餐服务108.6万人次，办理健康促进活动2.3万场次。"
    doc = make_doc(text, [c("12.4万人次", 124_000, "人次"), c("36.8万人次", 368_000, "人次"),
                          c("108.6万人次", 1_086_000, "人次"), c("2.3万场次", 23_000, "场次")])
    assert not fails(doc), doc.checks


PLAN_DONE_REST = "开展集中整治行动48次，查扣非标电动自行车1320辆。全市需淘汰超标电动自行车{total}万辆，目前已完成淘汰2.84万辆，剩余0.86万辆将在年底前完成。"


@pytest.mark.parametrize("total, status", [("3.7", "pass"), ("3.6", "fail")])
def test_the_rest_after_work_done_is_of_the_plan_not_of_a_smaller_figure_before(total, status):
    figures = [c("48次", 48, "次"), c("1320辆", 1320, "辆"), c(f"{total}万辆", float(total) * 10_000, "辆"),
               c("2.84万辆", 28_400, "辆"), c("0.86万辆", 8_600, "辆")]
    holds(PLAN_DONE_REST.format(total=total), figures, "sum", "q3", ["q4", "q5"], status)


def test_a_plan_named_after_its_figure_is_the_base_of_the_completion_rate():
    # 150座目标任务 is the plan: 186 / 150 = 124% (not 150 / 186)
    text = "全年新建改造城市公厕186座，超额完成省里下达的150座目标任务，完成率达124%。"
    holds(text, [c("186座", 186, "座"), c("150座", 150, "座"), pct("124%", 124)], "percent", "q2", ["q1"], "pass")


def test_plain_parts_are_as_precise_as_the_finest_rounded_one():
    # 60万 beside 75.5万 is 60.0万: 60 + 75.5 + 34 = 169.5万 cannot be the 168.5万 stated
    text = "联赛总经费168.5万元，其中县财政补助60万元、企业冠名赞助75.5万元、社会捐助34万元，全部用于场地和直播保障。"
    figures = [money("168.5万元", 1_685_000), money("60万元", 600_000), money("75.5万元", 755_000),
               money("34万元", 340_000)]
    holds(text, figures, "sum", "q1", ["q2", "q3", "q4"], "fail")


def test_a_breakdown_is_checked_against_its_own_sentences_total_before_the_ledes():
    text = ("本届联赛历时52天，来自全县的64支村级球队同场竞技，累计举办比赛186场。\n"
            "64支球队分为16个小组，共进行小组赛96场；淘汰赛及排位赛74场，总决赛阶段16场，合计186场。")
    figures = [c("52天", 52, "天"), c("64支", 64, "支"), c("186场", 186, "场"), c("64支", 64, "支"), c("16个", 16, "个"),
               c("96场", 96, "场"), c("74场", 74, "场"), c("16场", 16, "场"), c("186场", 186, "场")]
    holds(text, figures, "sum", "q9", ["q6", "q7", "q8"], "pass")


def test_a_scope_that_names_what_was_said_before_is_of_that_figure():
    # 上述刷卡人次中 is of the 2186万 swipes a paragraph before (not a list the rest makes of 1452万)
    text = ("全年长者刷卡搭乘公交及出租车累计2186万人次，较前年增加12.4%。\n局长表示，敬老卡每人每月享有800点社福点数。"
            "上述刷卡人次中，搭乘市区公交1452万人次，占66.4%；机场捷运418万人次、出租车226万人次，其余90万人次为搭乘火车。")
    figures = [c("2186万人次", 21_860_000, "人次"), pct("12.4%", 12.4), c("800点", 800, "点"),
               c("1452万人次", 14_520_000, "人次"), pct("66.4%", 66.4), c("418万人次", 4_180_000, "人次"),
               c("226万人次", 2_260_000, "人次"), c("90万人次", 900_000, "人次")]
    holds(text, figures, "sum", "q1", ["q4", "q6", "q7", "q8"], "pass")
