"""Validation rules of generalization round 23 (session 22).

Every row is a made-up sentence; the figures are given by hand, so only the validator is tested.
Each fails without its rule; rows marked (guard) hold what the new rule must keep.
"""
from __future__ import annotations

from test_validate import make_doc
from test_validate_gen6 import checked, holds
from test_validate_gen8 import c, money
from test_validate_gen19 import pct

OUTPUT = ("全市茶产业综合产值达64.0亿元，同比增长8%。从结构看，一产产值21.0亿元、二产产值30.0亿元、三产产值13.0亿元；"
          "规模以上企业实现产值28.0亿元，占全市茶产业综合产值的{share}%。")


def output_figures(share):
    return [money("64.0亿元", 6_400_000_000), pct("8%", 8), money("21.0亿元", 2_100_000_000),
            money("30.0亿元", 3_000_000_000), money("13.0亿元", 1_300_000_000),
            money("28.0亿元", 2_800_000_000), pct(f"{share}%", share)]


def test_a_share_named_by_the_whole_words_of_one_earlier_figure_is_of_it_and_may_fail():
    # 28.0 / 64.0 = 43.75%: of the 综合产值 named scope and all, not of the 二产产值 nearer by
    holds(OUTPUT.format(share="43.8"), output_figures(43.8), "percent", "q1", ["q6"], "pass")
    checked(OUTPUT.format(share="48.6"), output_figures(48.6), "percent", "q1", ["q6"], "fail")


def test_guard_a_base_named_by_words_two_figures_carry_stays_pass_only():
    # two figures are written right after 全市茶产业综合产值 (last year's and this year's): which the
    # share is of, the words do not tell -- no failure is reported
    text = ("去年全市茶产业综合产值为58.0亿元。今年全市茶产业综合产值达64.0亿元，同比增长10%。"
            "规模以上企业实现产值28.0亿元，占全市茶产业综合产值的48.6%。")
    doc = make_doc(text, [money("58.0亿元", 5_800_000_000), money("64.0亿元", 6_400_000_000), pct("10%", 10),
                          money("28.0亿元", 2_800_000_000), pct("48.6%", 48.6)])
    assert not [x for x in doc.checks if x["kind"] == "percent" and x["status"] == "fail"], doc.checks


COVER = ("全镇累计完成机械化插秧9.6万亩，其中早稻机插3.1万亩、晚稻机插6.5万亩。全镇早稻种植面积4.0万亩，"
         "早稻机插覆盖率达到{rate}%。")


def cover_figures(rate):
    return [c("9.6万亩", 96000, "亩", "measure"), c("3.1万亩", 31000, "亩", "measure"),
            c("6.5万亩", 65000, "亩", "measure"), c("4.0万亩", 40000, "亩", "measure"), pct(f"{rate}%", rate)]


def test_a_coverage_rate_is_of_the_part_its_name_gives_over_the_base_right_before_it():
    # 3.1 / 4.0 = 77.5%
    holds(COVER.format(rate="77.5"), cover_figures(77.5), "percent", "q4", ["q2"], "pass")
    checked(COVER.format(rate="82.5"), cover_figures(82.5), "percent", "q4", ["q2"], "fail")


SITES = "全区建成村级寄递物流服务站点186个，186个站点中依托村邮站建设72个、依托农村超市建设91个、依托电商服务站建设{last}个。"


def test_a_figure_its_noun_and_zhong_open_the_parts_that_follow():
    figs = lambda last: [c("186个", 186, "个"), c("186个", 186, "个"), c("72个", 72, "个"), c("91个", 91, "个"),
                         c(f"{last}个", last, "个")]
    holds(SITES.format(last=23), figs(23), "sum", "q2", ["q3", "q4", "q5"], "pass")
    checked(SITES.format(last=32), figs(32), "sum", "q2", ["q3", "q4", "q5"], "fail")


def test_guard_a_figure_before_a_clause_with_zhong_inside_a_word_opens_no_parts():
    # 集中 (together) and 骚乱中 after a preposition: no scope of the figure before
    text = "县医保局联合县税务局等12个部门开展集中宣传，全县21个乡镇、268个村均设立服务点。共有9人在骚乱中受伤，9人获救。"
    doc = make_doc(text, [c("12个", 12, "个"), c("21个", 21, "个"), c("268个", 268, "个"), c("9人", 9, "人"),
                          c("9人", 9, "人")])
    assert not [x for x in doc.checks if x["kind"] in ("sum", "part_of")], doc.checks


LINES = "全县开通公交接驳线路{total}条，其中城区环线{a}条、城乡专线{b}条，发车间隔15分钟。"


def lines_figures(total, a, b):
    return [c(f"{total}条", total, "条"), c(f"{a}条", a, "条"), c(f"{b}条", b, "条")]


def test_two_kinds_a_little_short_of_their_total_do_not_add_up():
    # 40 + 56 = 96 of 100: a list this near its total is all of it, the gap a slip
    checked(LINES.format(total=100, a=40, b=56), lines_figures(100, 40, 56), "sum", "q1", ["q2", "q3"], "fail")


def test_guard_two_kinds_well_short_of_their_total_are_a_partial_list():
    # 40 + 50 = 90 of 100: two kinds named, the rest left out
    holds(LINES.format(total=100, a=40, b=50), lines_figures(100, 40, 50), "part_of", "q1", ["q2", "q3"], "pass")


def test_a_part_of_the_sum_that_confirms_a_headline_is_no_other_statement_of_it():
    text = ("全区送戏送电影1260场\n全区共开展惠民演出和公益电影放映1260场，覆盖12个街道。"
            "全年开展戏曲演出420场、综艺演出186场、公益电影放映654场。")
    doc = make_doc(text, [c("1260场", 1260, "场"), c("1260场", 1260, "场"), c("12个", 12, "个"), c("420场", 420, "场"),
                          c("186场", 186, "场"), c("654场", 654, "场")])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_a_respectively_list_after_a_count_of_places_is_of_the_total_its_sentence_opens_with():
    text = "全县建成专业村46个，分布在甲镇、乙镇、丙镇3个乡镇，分别为20个、15个、{last}个。"
    figs = lambda last: [c("46个", 46, "个") + ("专业村",), c("3个", 3, "个") + ("乡镇",), c("20个", 20, "个"), c("15个", 15, "个"),
                         c(f"{last}个", last, "个")]
    holds(text.format(last=11), figs(11), "sum", "q1", ["q3", "q4", "q5"], "pass")
    checked(text.format(last=9), figs(9), "sum", "q1", ["q3", "q4", "q5"], "fail")


def test_a_clause_opening_with_a_year_ends_a_list_of_kinds():
    # the 9 built in 2023 are some of all 38, no third kind
    text = "全市已建成加氢站38座，其中油氢合建站21座、独立加氢站17座，2023年新建加氢站9座。"
    holds(text, [c("38座", 38, "座"), c("21座", 21, "座"), c("17座", 17, "座"), c("9座", 9, "座")],
          "sum", "q1", ["q2", "q3"], "pass")


TRAVEL = ("一年来，该站累计发送旅客186.4万人次、到达旅客171.2万人次，日均发送旅客5100余人次。"
          "在累计发送的旅客中，前往省外方向的98.6万人次；前往省内方向的61.3万人次；其余{rest}万人次为中转旅客。")


def travel_figures(rest):
    return [c("186.4万人次", 1864000, "人次"), c("171.2万人次", 1712000, "人次"),
            c("5100余人次", 5100, "人次", qualifier="over") + ("日均发送旅客",),
            c("98.6万人次", 986000, "人次"), c("61.3万人次", 613000, "人次"), c(f"{rest}万人次", int(float(rest) * 10000), "人次")]


def test_a_scope_named_by_words_is_of_the_figure_whose_label_shares_them_and_a_direction_is_no_object():
    # 在累计发送的旅客中: of the 186.4万 sent, not of the 171.2万 arriving nor of the daily 5100;
    # 前往省外方向的98.6万人次 counts travellers (方向 holds no preposition 向)
    holds(TRAVEL.format(rest="26.5"), travel_figures("26.5"), "sum", "q1", ["q4", "q5", "q6"], "pass")
    checked(TRAVEL.format(rest="25.5"), travel_figures("25.5"), "sum", "q1", ["q4", "q5", "q6"], "fail")


def test_a_figure_whose_share_of_the_confirming_figure_is_stated_is_no_other_statement_of_the_headline():
    text = ("全县生猪年出栏突破80万头\n全年出栏生猪82.6万头，同比增长4.7%。"
            "全年规模养殖场出栏生猪64.8万头，规模化率达到78.5%。")
    doc = make_doc(text, [c("突破80万头", 800000, "头", qualifier="over"), c("82.6万头", 826000, "头"), pct("4.7%", 4.7),
                          c("64.8万头", 648000, "头"), pct("78.5%", 78.5)])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_a_rate_per_hectare_after_a_list_of_funds_is_no_part_of_it():
    text = ("县府投入的4380万元中，验证费补助1260万元、肥料补助1850万元、设备补助1270万元，"
            "有机稻作每公顷另补助3万元。")
    holds(text, [money("4380万元", 43_800_000), money("1260万元", 12_600_000), money("1850万元", 18_500_000),
                 money("1270万元", 12_700_000), money("3万元", 30_000)], "sum", "q1", ["q2", "q3", "q4"], "pass")


SECTIONS = ("全年资助本地团体60个，支持举办剧场演出和电影放映活动500场。\n"
            "剧场演出方面，资助团体35个，全年演出共{a}场，观众约4万人次。\n"
            "电影放映方面，资助机构25个，放映活动{b}场。")


def sections_figures(a, b):
    return [c("60个", 60, "个"), c("500场", 500, "场"), c("35个", 35, "个"), c(f"{a}场", a, "场"),
            c("约4万人次", 40000, "人次", qualifier="approx"), c("25个", 25, "个"), c(f"{b}场", b, "场")]


def test_sections_the_totals_sentence_names_together_are_all_of_its_totals():
    holds(SECTIONS.format(a=300, b=200), sections_figures(300, 200), "sum", "q2", ["q4", "q7"], "pass")
    holds(SECTIONS.format(a=300, b=200), sections_figures(300, 200), "sum", "q1", ["q3", "q6"], "pass")
    checked(SECTIONS.format(a=310, b=200), sections_figures(310, 200), "sum", "q2", ["q4", "q7"], "fail")


def test_guard_sections_a_sentence_touches_one_by_one_are_topics_not_kinds():
    text = ("合办培训课程共126班，报读学员累计2860名，义工服务时数逾4万小时。\n"
            "培训课程方面，职业技能类课程学员共485名。\n学员方面，全年报读的2860名学员中，新来港妇女600名。")
    doc = make_doc(text, [c("126班", 126, "班"), c("2860名", 2860, "名"), c("逾4万小时", 40000, "小时", qualifier="over"),
                          c("485名", 485, "名"), c("2860名", 2860, "名"), c("600名", 600, "名")])
    assert not [x for x in doc.checks if x["kind"] == "sum" and x["whole"] == "q2"], doc.checks
