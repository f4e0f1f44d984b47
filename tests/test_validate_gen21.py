"""Validation rules of generalization round 21 (session 20).

Every row is a made-up sentence; the figures are given by hand (with what they count where a rule
reads it), so only the validator is tested.  Each fails without its rule; rows marked (guard) hold
what the new rule must keep.
"""
from __future__ import annotations

from test_validate import make_doc
from test_validate_gen6 import holds
from test_validate_gen8 import c, money
from test_validate_gen19 import pct


def test_a_unit_with_a_second_classifier_in_brackets_sums_with_the_first():
    # the figures stage writes 套(间) as the unit 套间; its parts are counted in 套
    text = "全区已筹集保障性租赁住房9640套(间)。其中新建项目提供5230套，改建2160套，城中村改造2250套(间)。"
    figures = [c("9640套(间)", 9640, "套间"), c("5230套", 5230, "套"), c("2160套", 2160, "套"),
               c("2250套(间)", 2250, "套间")]
    holds(text, figures, "sum", "q1", ["q2", "q3", "q4"], "pass")


def test_places_counted_after_their_names_close_the_list():
    # each name is one district: four names against 五区 is a slip, three against 三市 agree
    holds("新建单位分布于东涌、屯门、元朗及观塘五区，当中2100个为简约单位。",
          [c("五区", 5, "区"), c("2100个", 2100, "个")], "list_count", "q1", [], "fail")
    holds("赣州、宜春、吉安三市增速较快。", [c("三市", 3, "市")], "list_count", "q1", [], "pass")


def test_a_rate_of_one_of_two_sibling_kinds_is_of_the_one_its_stem_names():
    # 集中供养率 is of 集中供养, not of the nearer 分散供养 of the same clause
    text = "全县共有特困供养人员2500人，其中集中供养700人、分散供养1800人，集中供养率28.0%。"
    figures = [c("2500人", 2500, "人") + ("特困供养人员",), c("700人", 700, "人") + ("集中供养",),
               c("1800人", 1800, "人") + ("分散供养",), pct("28.0%", 28.0) + ("集中供养率",)]
    holds(text, figures, "percent", "q1", ["q2"], "pass")


def test_a_scope_of_people_named_by_their_verb_is_the_earlier_count_of_them():
    # 选聘人员中 names the 920 selected before: the share of the part is over them
    text = "全年共选聘生态护林员920名，其中续聘700名。选聘人员中，脱贫人口828名，占90.0%。"
    figures = [c("920名", 920, "名") + ("生态护林员",), c("700名", 700, "名") + ("续聘",),
               c("828名", 828, "名") + ("脱贫人口",), pct("90.0%", 90.0)]
    holds(text, figures, "percent", "q1", ["q3"], "pass")


def test_a_total_naming_items_of_the_sentence_before_sums_them():
    text = ("毕业生中，协议就业3600人、国内升学870人、出国(境)深造150人。国内升学和出国(境)深造合计1020人，"
            "升学率17.5%。")
    figures = [c("3600人", 3600, "人") + ("协议就业",), c("870人", 870, "人") + ("国内升学",),
               c("150人", 150, "人") + ("出国(境)深造",), c("1020人", 1020, "人") + ("国内升学和出国(境)深造",),
               pct("17.5%", 17.5) + ("升学率",)]
    holds(text, figures, "sum", "q4", ["q2", "q3"], "pass")


def test_guard_another_group_after_a_subtotal_is_no_rest_of_a_smaller_figure():
    # 另有 adds people of another kind: 870 is no total of 1020 and 60
    text = ("毕业生中，协议就业3600人、国内升学870人、出国(境)深造150人。国内升学和出国(境)深造合计1020人。"
            "另有60人参加基层项目。")
    figures = [c("3600人", 3600, "人") + ("协议就业",), c("870人", 870, "人") + ("国内升学",),
               c("150人", 150, "人") + ("出国(境)深造",), c("1020人", 1020, "人") + ("国内升学和出国(境)深造",),
               c("60人", 60, "人")]
    holds(text, figures, "sum", "q4", ["q2", "q3"], "pass")


def test_shares_of_kinds_named_but_not_counted_are_no_shares_of_the_figure_before():
    # 国有企业和民营企业 are named without counts: 47家 (500强) is neither
    doc = make_doc("全年签约用人单位1300家，其中世界500强企业47家，国有企业和民营企业分别占24.3%和64.2%。",
                   [c("1300家", 1300, "家"), c("47家", 47, "家"), pct("24.3%", 24.3), pct("64.2%", 64.2)])
    assert not [x for x in doc.checks if x["kind"] == "percent" and x["status"] == "fail"], doc.checks


def test_guard_shares_after_the_counted_parts_of_the_clause_before_stay_theirs():
    text = "营业收入400亿元，其中甲类、乙类企业分别实现营业收入300亿元和100亿元，分别占营业收入总额的75%和25%。"
    figures = [money("400亿元", 40000000000), money("300亿元", 30000000000), money("100亿元", 10000000000),
               pct("75%", 75), pct("25%", 25)]
    holds(text, figures, "percent", "q1", ["q2"], "pass")


def test_the_rest_completes_an_open_list_of_its_sentence():
    # 民营企业 opens the 其中 list; 外商投资企业 and 其余 complete it: 1300 + 400 + 150 = 1850, not 1840
    text = "全市外贸企业1840家。其中，民营企业1300家，进出口178.5亿元；外商投资企业400家，其余150家为国有企业。"
    figures = [c("1840家", 1840, "家"), c("1300家", 1300, "家"), money("178.5亿元", 17850000000),
               c("400家", 400, "家"), c("150家", 150, "家")]
    holds(text, figures, "sum", "q1", ["q2", "q4", "q5"], "fail")


def test_guard_work_done_and_the_rest_count_the_listed_things_again():
    text = "共发现隐患3600处，其中重大隐患20处；已整改3400处，其余200处正在整改。"
    figures = [c("3600处", 3600, "处"), c("20处", 20, "处"), c("3400处", 3400, "处"), c("200处", 200, "处")]
    holds(text, figures, "sum", "q1", ["q3", "q4"], "pass")


def test_a_trade_balance_after_exports_and_imports_is_no_item_of_their_total():
    text = "全市外贸进出口总值300亿元。其中，出口170亿元，增长11.2%；进口130亿元；贸易顺差40亿元。"
    figures = [money("300亿元", 30000000000), money("170亿元", 17000000000), pct("11.2%", 11.2),
               money("130亿元", 13000000000), money("40亿元", 4000000000)]
    holds(text, figures, "sum", "q1", ["q2", "q4"], "pass")


def test_a_bound_describing_the_item_is_no_item_of_the_list():
    text = "打造寄递服务项目8个，其中年寄递量超过10万件的项目3个。"
    figures = [c("8个", 8, "个"), c("超过10万件", 100000, "件", "count", "over"), c("3个", 3, "个")]
    holds(text, figures, "part_of", "q1", ["q3"], "pass")



def test_a_share_of_exports_is_not_of_imports_and_exports():
    # 出口总值 inside 进出口总值 is no name of it (进出 is a word): the base is 出口168.3亿元
    text = ("今年一季度，江苏省连云港市外贸进出口总值312.6亿元。其中，出口168.3亿元；进口144.3亿元。"
            "从商品结构看，出口机电产品96.4亿元，占出口总值的57.3%。")
    figures = [money("312.6亿元", 31260000000), money("168.3亿元", 16830000000), money("144.3亿元", 14430000000),
               money("96.4亿元", 9640000000), pct("57.3%", 57.3)]
    holds(text, figures, "percent", "q2", ["q4"], "pass")


def test_a_share_named_by_the_headline_is_of_the_bodys_statement_of_it():
    # the headline's 超1800亿元 is stated in the body as 1862.4亿元: the share is of that
    text = ("南通外贸进出口超1800亿元\n今年前三季度，全市货物贸易进出口总值1862.4亿元。"
            "一般贸易进出口1326.7亿元，占全市外贸总值的71.2%。")
    figures = [("超1800亿元", 180000000000, "元", "money", "over"), money("1862.4亿元", 186240000000),
               money("1326.7亿元", 132670000000), pct("71.2%", 71.2)]
    holds(text, figures, "percent", "q2", ["q3"], "pass")


def test_a_each_list_after_what_was_done_with_the_total_breaks_it_down():
    text = "全市已有智慧停车场40座实现统一接入，分别为甲区14座、乙区9座、丙区11座、丁区8座。"
    figures = [c("40座", 40, "座"), c("14座", 14, "座"), c("9座", 9, "座"), c("11座", 11, "座"), c("8座", 8, "座")]
    holds(text, figures, "sum", "q1", ["q2", "q3", "q4", "q5"], "fail")


def test_a_sum_of_money_before_its_noun_is_the_total_its_each_list_breaks_down():
    text = "全年13亿元停车设施投资分别为政府专项债券5.6亿元、城投集团自筹4.2亿元、社会资本投入3.2亿元。"
    figures = [money("13亿元", 1300000000), money("5.6亿元", 560000000), money("4.2亿元", 420000000),
               money("3.2亿元", 320000000)]
    holds(text, figures, "sum", "q1", ["q2", "q3", "q4"], "pass")


def test_siblings_named_like_the_first_item_go_on_after_a_semicolon():
    text = "水鸟中，国家重点保护鸟类16种，其中国家一级保护鸟类5种，即白鹤、黑鹳、青头潜鸭、东方白鹳和中华秋沙鸭；国家二级保护鸟类11种。"
    figures = [c("16种", 16, "种"), c("5种", 5, "种"), c("11种", 11, "种")]
    holds(text, figures, "sum", "q1", ["q2", "q3"], "pass")


def test_a_citys_urban_districts_and_counties_are_all_of_it():
    text = "累计建成换电站50座，其中城区换电站32座、县域换电站12座。"
    figures = [c("50座", 50, "座"), c("32座", 32, "座") + ("城区换电站",), c("12座", 12, "座") + ("县域换电站",)]
    holds(text, figures, "sum", "q1", ["q2", "q3"], "fail")


def test_a_rate_stem_cut_inside_a_word_is_read_with_the_word():
    # 乡镇公共充|电站覆盖率 names 充电站, not the 换电站 of the county count before it
    doc = make_doc("建成换电站46座，其中城区换电站34座、县域换电站12座，实现全覆盖；乡镇公共充电站覆盖率达100%。",
                   [c("46座", 46, "座"), c("34座", 34, "座"), c("12座", 12, "座"), pct("100%", 100)])
    assert not [x for x in doc.checks if x["kind"] == "percent" and x["status"] == "fail"], doc.checks


def test_he_gong_marks_a_total_that_says_how_many_items_it_sums():
    text = "婚姻诉讼申请占最多，共4200宗，其次为人身伤亡索偿申请2100宗及雇佣申索申请1400宗，三类合共7700宗。"
    figures = [c("4200宗", 4200, "宗"), c("2100宗", 2100, "宗"), c("1400宗", 1400, "宗"), c("三类", 3, "类"),
               c("7700宗", 7700, "宗")]
    holds(text, figures, "sum", "q5", ["q1", "q2", "q3"], "pass")


def test_guard_a_total_smaller_than_an_item_is_no_total_of_them():
    doc = make_doc("名册上现有律师2156名及大律师1038名，去年新加入名册的共218名。",
                   [c("2156名", 2156, "名"), c("1038名", 1038, "名"), c("218名", 218, "名")])
    assert not [x for x in doc.checks if x["kind"] == "sum"], doc.checks


def test_the_newly_found_are_the_next_item_not_a_count_of_their_own():
    text = "全县共登记不可移动文物1500处，其中复查已登录文物1280处，新发现不可移动文物220处。"
    figures = [c("1500处", 1500, "处"), c("1280处", 1280, "处"), c("220处", 220, "处")]
    holds(text, figures, "sum", "q1", ["q2", "q3"], "pass")



def test_each_items_words_run_from_the_item_before_it():
    # through the default pipeline: the second item's words are 县域换电站, not everything since 其中
    from textmine.document import Document
    from textmine.pipeline import load_pipeline

    text = ("配套设施加快完善。全年新建公共充电桩6820个，累计建成公共充电桩2.15万个、换电站46座，"
            "其中城区换电站32座、县域换电站12座，实现全市10个县（区）换电服务全覆盖。")
    doc = load_pipeline(None).run(Document(doc_id="t", source="t", original=text))
    sums = [x for x in doc.checks if x["kind"] == "sum"]
    assert [x["status"] for x in sums] == ["fail"], doc.checks


def test_a_breakdown_with_no_total_of_its_unit_in_its_paragraph_divides_an_earlier_one():
    # 及其他水鸟 names what the kinds are (水鸟): the 52000只 of the first paragraph, not the 种 of this one
    text = ("全县共记录越冬水鸟60种52000只。\n"
            "从种类看，记录到国家重点保护鸟类14种。从数量看，雁鸭类38000只、鹭类2000只、鹤鹳类及其他水鸟5000只。")
    figures = [c("60种", 60, "种"), c("52000只", 52000, "只") + ("越冬水鸟",), c("14种", 14, "种"),
               c("38000只", 38000, "只"), c("2000只", 2000, "只"), c("5000只", 5000, "只")]
    holds(text, figures, "sum", "q2", ["q4", "q5", "q6"], "fail")


def test_a_part_counted_by_the_bracketed_classifier_is_an_item_of_the_total():
    text = "全年筹集保障性租赁住房4800套(间)，其中新建项目3100套、改建项目1200套、盘活存量房源500间。"
    figures = [c("4800套(间)", 4800, "套间"), c("3100套", 3100, "套"), c("1200套", 1200, "套"), c("500间", 500, "间")]
    holds(text, figures, "sum", "q1", ["q2", "q3", "q4"], "pass")
