"""Validation rules of generalization round 22 (session 21).

Every row is a made-up sentence; the figures are given by hand (with what they count where a rule
reads it), so only the validator is tested.  Each fails without its rule; rows marked (guard) hold
what the new rule must keep.
"""
from __future__ import annotations

from test_validate import make_doc
from test_validate_gen6 import checked, holds
from test_validate_gen8 import c, money
from test_validate_gen19 import pct

KINDS = ("全区普查登记可移动文物8620件。全区可移动文物分为书画及碑帖、陶瓷器、金银器及铜器3个门类，"
         "分别为3100件、2900件、2620件。其中陶瓷器占总数的33.6%。")


def kinds_figures(second=2900):
    return [c("8620件", 8620, "件") + ("可移动文物",), c("3个", 3, "个") + ("门类",),
            c("3100件", 3100, "件") + ("书画及碑帖",), c(f"{second}件", second, "件") + ("陶瓷器",),
            c("2620件", 2620, "件") + ("金银器及铜器",), pct("33.6%", 33.6) + ("总数",)]


def test_names_with_a_joiner_inside_agree_with_the_count_of_kinds_after_them():
    # 及 joins words inside a name here: three names, 3个门类
    holds(KINDS, kinds_figures(), "list_count", "q2", [], "pass")


def test_a_respectively_list_after_a_count_of_kinds_breaks_down_the_noun_its_sentence_opens_with():
    # 分别为 after 3个门类: each kind's figure, all of the 可移动文物 counted the sentence before
    holds(KINDS, kinds_figures(), "sum", "q1", ["q3", "q4", "q5"], "pass")
    text = KINDS.replace("2900件", "2990件")
    holds(text, kinds_figures(2990), "sum", "q1", ["q3", "q4", "q5"], "fail")


def test_a_share_named_by_a_kind_is_of_the_figure_that_kind_is_counted_by():
    holds(KINDS, kinds_figures(), "percent", "q1", ["q4"], "pass")


def test_guard_a_list_of_places_before_what_was_built_there_is_no_closed_count():
    # 等 leaves the list open, and a verb in the last item reads it as where the work was done
    doc = make_doc("在甲镇、乙镇、丙镇等乡镇举办惠民书市4期，让利约15万元。",
                   [c("4期", 4, "期"), c("约15万元", 150000, "元", "money", "approx")])
    assert not [x for x in doc.checks if x["kind"] == "list_count" and not x.get("open_list")], doc.checks


def test_a_rate_the_total_has_under_the_same_name_is_no_base_of_a_subgroups_rate():
    # 参保率 of the county is 58.36 over 59.68; the poor households' 参保率100% is over their own number
    text = "全县应参保人口59.68万人，实际参保58.36万人，参保率97.8%。其中，脱贫人口参保4.21万人，参保率100%。"
    figures = [c("59.68万人", 596800, "人"), c("58.36万人", 583600, "人"), pct("97.8%", 97.8),
               c("4.21万人", 42100, "人"), pct("100%", 100)]
    holds(text, figures, "percent", "q1", ["q2"], "pass")
    doc = make_doc(text, figures)
    assert not [x for x in doc.checks if x["kind"] == "percent" and x.get("parts") == ["q4"]
                and x["status"] == "fail"], doc.checks


def test_a_headlines_open_bound_is_restated_by_the_one_body_figure_just_past_it():
    # 逾3千只 over 3124只: the only body figure of 只 within a fifth past 3000, whatever its words
    text = "全市去年送养流浪动物逾3千只\n\n全年共收容犬猫3856只，经认养送出3124只，认养率81.0%。"
    figures = [c("逾3千只", 3000, "只", qualifier="over"), c("3856只", 3856, "只"), c("3124只", 3124, "只"),
               pct("81.0%", 81.0)]
    holds(text, figures, "restated", "q1", ["q3"], "pass")


def test_guard_two_body_figures_past_the_bound_leave_the_headline_unmatched():
    text = "全市去年送养流浪动物逾3千只\n\n全年共收容犬猫3356只，经认养送出3124只。"
    doc = make_doc(text, [c("逾3千只", 3000, "只", qualifier="over"), c("3356只", 3356, "只"), c("3124只", 3124, "只")])
    assert not [x for x in doc.checks if x["kind"] == "restated"], doc.checks


def test_a_bound_right_after_a_figure_stands_for_it_as_a_total():
    # 首次突破2400家 describes the 2416家 before it: the parts after 其中 are of 2416
    text = "有效期内高新技术企业达2416家，首次突破2400家，其中当年新认定812家、重新认定536家。"
    figures = [c("2416家", 2416, "家"), c("突破2400家", 2400, "家", qualifier="over"), c("812家", 812, "家"),
               c("536家", 536, "家")]
    holds(text, figures, "part_of", "q1", ["q3", "q4"], "pass")


def test_a_target_of_another_value_restates_no_figure_of_what_was_done():
    # 突破2400家 would hold 2700; a target is another figure -- but the same value again is a restatement
    text = "全市高新技术企业首次突破2400家。力争明年全市高新技术企业数量达到2700家，将在高新技术企业突破2400家的基础上再培育一批。"
    doc = make_doc(text, [c("突破2400家", 2400, "家", qualifier="over"), c("2700家", 2700, "家"),
                          c("突破2400家", 2400, "家", qualifier="over")])
    restated = [(x["whole"], x["parts"]) for x in doc.checks if x["kind"] == "restated"]
    assert ("q1", ["q2"]) not in restated and ("q1", ["q3"]) in restated, doc.checks


def test_three_sources_of_a_fund_a_little_short_of_it_do_not_add_up():
    # 40 + 20 + 6 = 66 of 68万元; 1.52 + 0.78 + 0.46 = 2.76 of 2.86亿元 (4% short): slips, not parts
    holds("全年发放救助金68万元，其中争取项目资金40万元、县级财政配套20万元、爱心企业捐赠6万元。",
          [c("68万元", 680000, "元", "money"), c("40万元", 400000, "元", "money"), c("20万元", 200000, "元", "money"),
           c("6万元", 60000, "元", "money")], "sum", "q1", ["q2", "q3", "q4"], "fail")
    holds("全年投入资金2.86亿元，其中基地建设1.52亿元、冷链物流0.78亿元、平价商店补贴0.46亿元。",
          [c("2.86亿元", 286000000, "元", "money"), c("1.52亿元", 152000000, "元", "money"),
           c("0.78亿元", 78000000, "元", "money"), c("0.46亿元", 46000000, "元", "money")], "sum", "q1", ["q2", "q3", "q4"], "fail")


def test_guard_a_rest_named_without_a_figure_keeps_the_list_a_part():
    holds("共受理诉求12687件。从诉求类型看，咨询类6031件、投诉类3927件、求助类1854件、举报类412件，其余为意见建议类。",
          [c("12687件", 12687, "件"), c("6031件", 6031, "件"), c("3927件", 3927, "件"), c("1854件", 1854, "件"),
           c("412件", 412, "件")], "part_of", "q1", ["q2", "q3", "q4", "q5"], "pass")


def test_a_share_of_the_people_of_a_named_kind_is_over_that_kind_not_the_lists_total():
    # 占乳腺癌筛查人数的8.0%: the 12920 of 乳腺癌筛查, though 筛查中 makes 1036 a part of all 26180 screened
    text = ("全年完成两癌免费筛查26180人。分项目看，宫颈癌筛查13260人，乳腺癌筛查12920人。"
            "筛查中，乳腺超声检查发现异常1036人，占乳腺癌筛查人数的8.0%。")
    figures = [c("26180人", 26180, "人"), c("13260人", 13260, "人"), c("12920人", 12920, "人"),
               c("1036人", 1036, "人"), pct("8.0%", 8.0)]
    holds(text, figures, "percent", "q3", ["q4"], "pass")


def test_a_scope_opened_by_a_time_frame_names_the_total_its_noun_counts():
    # 全年村级电站收益中 names 村级电站收益8860万元 of the paragraph before; its three uses fall 200万 short
    text = ("从收益构成看，村级电站收益8860万元，户用电站收益2960万元。\n\n"
            "全年村级电站收益中，支付公益岗位工资5120万元，用于村内小型公益事业2150万元，开展奖励补助1390万元。")
    figures = [money("8860万元", 88600000), money("2960万元", 29600000), money("5120万元", 51200000),
               money("2150万元", 21500000), money("1390万元", 13900000)]
    holds(text, figures, "sum", "q1", ["q3", "q4", "q5"], "fail")


def test_a_rate_after_a_count_of_some_of_what_an_earlier_figure_counts_is_over_it():
    # 到达的楼宇火警召唤有9081宗 are some of the 9734 楼宇火警召唤: 93.3%, not the 94.3% written
    text = ("火警方面，火警召唤较上年下跌3.1%，其中楼宇火警召唤9734宗。"
            "在承诺时间内到达的楼宇火警召唤有9081宗，达标率为94.3%。")
    figures = [pct("3.1%", 3.1), c("9734宗", 9734, "宗"), c("9081宗", 9081, "宗"), pct("94.3%", 94.3)]
    holds(text, figures, "percent", "q2", ["q3"], "fail")


def test_a_share_of_the_whole_of_a_kind_is_over_the_figure_of_that_kind():
    # 占整体紧急救护召唤的: 整体 scopes like 全部 or 所有
    text = "在救护召唤中，紧急救护召唤占745318宗。涉及长者的紧急救护召唤有344337宗，占整体紧急救护召唤的46.2%。"
    figures = [c("745318宗", 745318, "宗"), c("344337宗", 344337, "宗"), pct("46.2%", 46.2)]
    holds(text, figures, "percent", "q1", ["q2"], "pass")


def test_a_clause_opening_with_the_rest_is_the_rest_in_every_measure_it_counts():
    # 其余5家雪场合计接待24.7万人次: the 合计 sums the rest, one more part of the 156.3万
    text = ("本雪季各雪场累计接待滑雪者156.3万人次，其中长白山国际度假区接待98.4万人次、万峰滑雪场接待31.2万人次，"
            "其余5家雪场合计接待24.7万人次。")
    figures = [c("156.3万人次", 1563000, "人次"), c("98.4万人次", 984000, "人次"), c("31.2万人次", 312000, "人次"),
               c("5家", 5, "家"), c("24.7万人次", 247000, "人次")]
    holds(text, figures, "sum", "q1", ["q2", "q3", "q5"], "fail")
    doc = make_doc(text, figures)
    assert not [x for x in doc.checks if x["whole"] == "q5"], doc.checks


def test_items_done_and_under_way_are_all_of_their_total_and_the_rate_is_of_the_done_one():
    # 已完工 438 and 施工中 72 are the stages of the 520 cases; 完工率 is of the 438
    text = "全年核定民宅补助案件520件；其中已完工并联438件、施工中72件，完工率84.2%。"
    figures = [c("520件", 520, "件"), c("438件", 438, "件"), c("72件", 72, "件"), pct("84.2%", 84.2)]
    holds(text, figures, "sum", "q1", ["q2", "q3"], "fail")
    checked(text, figures, "percent", "q1", ["q2"], "pass")  # (the sum's failure is in the same document)


def test_guard_stages_with_a_rest_named_without_a_figure_are_a_part():
    text = "协助建设的141个项目中，已完工的有17项；正在施工的有34项；其余都正在设计。"
    doc = make_doc(text, [c("141个", 141, "个"), c("17项", 17, "项"), c("34项", 34, "项")])
    assert not [x for x in doc.checks if x["kind"] == "sum"], doc.checks


def test_a_headline_is_not_held_against_next_years_target():
    # 明年将再培训2000人次以上 is a plan: no figure the headline's 1860 is said otherwise as
    text = ("全县多措并举建强乡村医生队伍　全年培训乡村医生1860人次\n\n"
            "今年共举办培训班6期，累计培训1820人次。明年全县将再培训乡村医生2000人次以上。")
    doc = make_doc(text, [c("1860人次", 1860, "人次"), c("6期", 6, "期"), c("1820人次", 1820, "人次"),
                          c("2000人次以上", 2000, "人次", qualifier="over")])
    assert not [x for x in doc.checks if x["kind"] == "restated" and x["parts"] == ["q4"]], doc.checks


def test_a_rates_base_may_be_a_rounded_figure_stated_before():
    # 116.8万亩 is rounded to its last digit, no approximation: the 机收率 of 115.2万亩 is over it
    text = "全县116.8万亩秋粮已全部收获，其中玉米86.5万亩。全县机收面积达115.2万亩，综合机收率98.6%。"
    figures = [c("116.8万亩", 1168000, "亩", "measure"), c("86.5万亩", 865000, "亩", "measure"),
               c("115.2万亩", 1152000, "亩", "measure") + ("机收面积",), pct("98.6%", 98.6)]
    holds(text, figures, "percent", "q1", ["q3"], "pass")


def test_a_rates_base_found_in_the_headline_is_named_by_the_bodys_statement_of_it():
    # the headline's 1260户 and the body's: the check names the body's (already the part of its own rate)
    text = ("全区完成困难老年人家庭适老化改造1260户\n\n全区完成适老化改造1260户，为年度目标1200户的105%。"
            "区民政局逐户验收，一次验收合格1238户，一次验收合格率98.3%。")
    figures = [c("1260户", 1260, "户"), c("1260户", 1260, "户"), c("1200户", 1200, "户"), pct("105%", 105),
               c("1238户", 1238, "户") + ("一次验收合格",), pct("98.3%", 98.3)]
    holds(text, figures, "percent", "q2", ["q5"], "pass")


def test_a_completion_rate_after_a_plan_is_of_the_work_done_stated_before():
    # 完成计划的108.1% follows the plan 450公里; the 486.3公里 done is stated a sentence before
    text = "三年累计改造供水管网486.3公里。攻坚行动计划改造管网450公里，实际完成计划的108.1%。"
    figures = [c("486.3公里", 486.3, "公里", "measure"), c("450公里", 450, "公里", "measure"), pct("108.1%", 108.1)]
    holds(text, figures, "percent", "q2", ["q1"], "pass")
