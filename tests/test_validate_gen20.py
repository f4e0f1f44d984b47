"""Validation rules of generalization round 20 (session 19).

Every row is a made-up sentence; the figures are given by hand (with what they count where a rule
reads it), so only the validator is tested.  Each fails without its rule; rows marked (guard) hold
what the new rule must keep.
"""
from __future__ import annotations

from test_validate import make_doc
from test_validate_gen6 import holds
from test_validate_gen8 import c, money
from test_validate_gen19 import pct


def test_a_breakdown_divides_the_total_its_kinds_noun_names():
    # 纠纷 names the 4126 received, not the nearer 4068 settled
    text = ("全年共受理矛盾纠纷4126件，调解成功4068件，调解成功率98.6%。按纠纷类型分，婚姻家庭纠纷1084件、"
            "邻里纠纷956件，其他纠纷2096件。")
    figures = [c("4126件", 4126, "件") + ("矛盾纠纷",), c("4068件", 4068, "件") + ("调解成功",),
               pct("98.6%", 98.6) + ("调解成功率",),
               c("1084件", 1084, "件") + ("婚姻家庭纠纷",), c("956件", 956, "件") + ("邻里纠纷",),
               c("2096件", 2096, "件") + ("其他纠纷",)]
    holds(text, figures, "sum", "q1", ["q4", "q5", "q6"], "fail")


def test_what_she_ji_names_is_of_its_own_sentence():
    doc = make_doc("医调委为患者争取赔偿金额326万元。交通事故调委会调解纠纷218起，涉及金额2100余万元。",
                   [money("326万元", 3260000), c("218起", 218, "起"), ("2100余万元", 21000000, "元", "money", "over")])
    assert not [x for x in doc.checks if x.get("whole") == "q1"], doc.checks


def test_a_share_after_a_list_of_parts_may_be_of_the_lists_total():
    text = ("全区现有中小学86所，共有特色学校55所，其中国家级特色学校28所、省级特色学校15所、市级特色学校12所，"
            "占全区中小学总数的64.0%。")
    figures = [c("86所", 86, "所") + ("中小学",), c("55所", 55, "所") + ("特色学校",), c("28所", 28, "所"),
               c("15所", 15, "所"), c("12所", 12, "所"), pct("64.0%", 64.0)]
    holds(text, figures, "percent", "q1", ["q2"], "pass")


def test_guard_the_last_items_share_stays_its_own_when_every_item_has_one():
    doc = make_doc("全县共有企业93家，其中制造业52家，占55.9%；建筑业35家，占37.6%；其他6家，占6.4%。",
                   [c("93家", 93, "家"), c("52家", 52, "家"), pct("55.9%", 55.9), c("35家", 35, "家"),
                    pct("37.6%", 37.6), c("6家", 6, "家"), pct("6.4%", 6.4)])
    assert any(x["kind"] == "percent" and x["parts"] == ["q6"] and x["status"] == "fail" for x in doc.checks), doc.checks


def test_a_rate_raised_from_last_years_level_is_of_this_years_figures():
    text = "参加体质健康测试的学生6.82万人，达标6.45万人，达标率由上年的91.2%提高到94.6%。"
    figures = [c("6.82万人", 68200, "人"), c("6.45万人", 64500, "人"), pct("91.2%", 91.2), pct("94.6%", 94.6)]
    doc = make_doc(text, figures)
    assert any(x["kind"] == "percent" and x["whole"] == "q1" and x["parts"] == ["q2"] and x.get("percent") == "q4"
               and x["status"] == "pass" for x in doc.checks), doc.checks


def test_a_base_taken_by_its_place_gives_way_to_one_the_rate_agrees_with():
    text = "全年累计供水2386.5万吨。全年售水量2062.8万吨，漏损水量323.7万吨，综合漏损率13.6%。"
    figures = [c("2386.5万吨", 23865000, "吨", "measure"), c("2062.8万吨", 20628000, "吨", "measure"),
               c("323.7万吨", 3237000, "吨", "measure"), pct("13.6%", 13.6)]
    doc = make_doc(text, figures)
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks
    assert any(x["kind"] == "percent" and x["whole"] == "q1" and x["status"] == "pass" for x in doc.checks), doc.checks


BLOOD = ("全年献血12.36万人次\n\n全年共有12.36万人次参加无偿献血。从献血类型看，全血献血11.42万人次、机采血小板献血0.94万人次。"
         "全血献血者中，单次献血400毫升的有6.85万人次。从献血者构成看，首次献血者4.62万人次，重复献血者7.84万人次。"
         "团体献血3.71万人次，占献血总人次的30.0%。")
BLOOD_FIGURES = [c("12.36万人次", 123600, "人次"), c("12.36万人次", 123600, "人次"), c("11.42万人次", 114200, "人次"),
                 c("0.94万人次", 9400, "人次"), c("6.85万人次", 68500, "人次"), c("4.62万人次", 46200, "人次"),
                 c("7.84万人次", 78400, "人次"), c("3.71万人次", 37100, "人次"), pct("30.0%", 30.0)]


def _has(doc, kind, whole, parts, status):
    return any(x["kind"] == kind and x.get("whole") == whole and x.get("parts") == parts and x["status"] == status
               for x in doc.checks)


def test_a_second_breakdown_of_a_closed_pair_divides_the_first_ones_total():
    doc = make_doc(BLOOD, BLOOD_FIGURES)
    assert _has(doc, "sum", "q2", ["q6", "q7"], "fail"), doc.checks


def test_a_scope_named_by_the_people_of_a_deed_is_of_the_deeds_count():
    doc = make_doc(BLOOD, BLOOD_FIGURES)
    assert _has(doc, "part_of", "q3", ["q5"], "pass"), doc.checks


def test_a_share_of_a_total_named_in_another_sentence_is_of_the_body_figure_it_agrees_with():
    doc = make_doc(BLOOD, BLOOD_FIGURES)
    assert any(x["kind"] == "percent" and x["whole"] == "q2" and x["parts"] == ["q8"] and x["status"] == "pass"
               for x in doc.checks), doc.checks


def test_a_full_rate_of_all_of_a_set_is_no_share_of_the_total_before():
    doc = make_doc("街道共建成老年助餐点16个，其中社区长者食堂5个、企业助餐点11个，助餐服务覆盖辖区全部12个社区，社区覆盖率达100%。",
                   [c("16个", 16, "个"), c("5个", 5, "个"), c("11个", 11, "个"), c("12个", 12, "个"), pct("100%", 100)])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_works_started_and_finished_are_compared_one_by_one():
    doc = make_doc("区内共有205幢楼宇合资格参与，当中163幢已展开工程，97幢已完成工程。",
                   [c("205幢", 205, "幢"), c("163幢", 163, "幢"), c("97幢", 97, "幢")])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks
    assert _has(doc, "part_of", "q1", ["q3"], "pass"), doc.checks


def test_a_cap_per_case_is_no_total():
    doc = make_doc("每宗资助上限为8万港元，过去一年共有146名长者业主受惠，涉及资助额约860万港元。",
                   [c("8万港元", 80000, "港元", "money"), c("146名", 146, "名"),
                    ("约860万港元", 8600000, "港元", "money", "about")])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_a_headline_figure_the_body_restates_is_compared_with_nothing_else():
    # (the whole pipeline: the labels the restatement rules compare come from the figures stage)
    from textmine.document import Document
    from textmine.pipeline import load_pipeline

    doc = load_pipeline(None).run(Document(doc_id="t", source="t", original=(
        "九龙城区312宗楼宇更新资助申请获批　民政处加强支援旧楼管理\n\n在楼宇维修资助方面，市区重建局推行的"
        "「楼宇更新大行动2.0」在区内共接获申请386宗，当中已批出312宗，其余74宗仍在审批中。")))
    assert _has(doc, "restated", "q1", ["q3"], "pass"), doc.checks
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_an_open_list_after_a_de_phrase_counts_the_items_after_it():
    doc = make_doc("其中对涡河、铁底河沿线的王集泵站、芝麻洼泵站、朱口泵站等5座中型泵站实施了更新改造。",
                   [c("5座", 5, "座")])
    assert any(x["kind"] == "list_count" and x["items"] == 3 for x in doc.checks), doc.checks


def test_an_average_broken_down_into_the_averages_of_its_parts_is_their_total():
    doc = make_doc("全年载客量约14亿人次，日均载客382万人次，当中九巴265万人次、城巴91万人次、龙运14万人次、屿巴12万人次。",
                   [("约14亿人次", 1400000000, "人次", "count", "about"), c("382万人次", 3820000, "人次"),
                    c("265万人次", 2650000, "人次"), c("91万人次", 910000, "人次"), c("14万人次", 140000, "人次"),
                    c("12万人次", 120000, "人次")])
    assert _has(doc, "sum", "q2", ["q3", "q4", "q5", "q6"], "pass"), doc.checks


def test_guard_one_year_singled_out_of_an_average_is_no_part_of_it():
    doc = make_doc("从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。",
                   [c("2040亿元", 204000000000, "元", "money"), c("2573亿元", 257300000000, "元", "money")])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_a_share_of_one_kind_of_vehicle_is_no_share_of_another_kind():
    doc = make_doc("全年淘汰柴油货车1530辆，新增新能源公交车320辆，全市公交车新能源占比达到96.5%。",
                   [c("1530辆", 1530, "辆") + ("柴油货车",), c("320辆", 320, "辆") + ("新能源公交车",),
                    pct("96.5%", 96.5) + ("公交车新能源占比",)])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_a_coverage_rate_of_the_count_before_over_an_earlier_total_of_its_kind():
    from textmine.document import Document
    from textmine.pipeline import load_pipeline

    doc = load_pipeline(None).run(Document(doc_id="t", source="t", original=(
        "截至12月底，全县共建成农家书屋312个，实现行政村全覆盖，其中省级示范农家书屋48个，其余264个均达到标准化"
        "建设要求。全年为书屋补充更新图书5.6万册。依托县图书馆推行总分馆制，已建成数字农家书屋286个，覆盖率达到"
        "91.7%，群众用手机扫码即可免费阅读电子图书。")))
    q = {x["id"]: doc.text[x["start"]:x["end"]] for x in doc.quantities}
    assert any(x["kind"] == "percent" and q.get(x.get("whole")) == "312个" and [q[p] for p in x["parts"]] == ["286个"]
               and x["status"] == "pass" for x in doc.checks), doc.checks


def test_a_task_set_from_above_is_the_plan_of_the_work_done():
    doc = make_doc("市局下达我县食品安全监督抽检任务3600批次，全年实际完成3860批次，任务完成率107.2%。",
                   [c("3600批次", 3600, "批次"), c("3860批次", 3860, "批次"), pct("107.2%", 107.2)])
    assert _has(doc, "percent", "q1", ["q2"], "pass"), doc.checks


def test_the_villages_a_project_involves_are_no_projects():
    doc = make_doc("全年实施高标准农田建设项目2个，项目区涉及刘庄、郑村、王营、郭屯、东洪5个行政村。",
                   [c("2个", 2, "个") + ("高标准农田建设项目",), c("5个", 5, "个") + ("行政村",)])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_a_headline_restated_as_a_total_is_not_compared_with_its_parts():
    from textmine.document import Document
    from textmine.pipeline import load_pipeline

    doc = load_pipeline(None).run(Document(doc_id="t", source="t", original=(
        "2024芜湖马拉松鸣枪开跑 2.5万名跑者竞逐江城\n\n本届赛事设全程马拉松、半程马拉松和健康跑3个项目，报名人数"
        "突破8万人，经抽签确定来自国内外的参赛选手2.5万名，其中全程马拉松8000名、半程马拉松12000名、健康跑5000名。")))
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_bing_opens_another_statement_after_a_list_of_villages_and_communities():
    doc = make_doc("镇党委将全镇划分为126个网格，其中村级网格108个、社区网格16个，并细分微网格590余个。",
                   [c("126个", 126, "个"), c("108个", 108, "个"), c("16个", 16, "个"), ("590余个", 590, "个", "count", "over")])
    assert _has(doc, "sum", "q1", ["q2", "q3"], "fail"), doc.checks


def test_the_cases_of_a_sum_are_no_part_of_a_count_sentences_before():
    doc = make_doc("审结电信网络诈骗案件168件，追赃挽损2360余万元。审结案件涉案标的额48.6亿元，其中金融借款合同纠纷2860件、"
                   "劳动争议612件。",
                   [c("168件", 168, "件"), ("2360余万元", 23600000, "元", "money", "over"), money("48.6亿元", 4860000000),
                    c("2860件", 2860, "件"), c("612件", 612, "件")])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_a_headline_figure_is_compared_with_a_body_figure_of_its_order_of_magnitude():
    doc = make_doc("全县撬动消费2.36亿元\n\n县里安排撬动消费的消费券资金1500万元。截至9月底，直接带动消费2.63亿元。",
                   [money("2.36亿元", 236000000), money("1500万元", 15000000), money("2.63亿元", 263000000)])
    fails = [(x["whole"], x["parts"]) for x in doc.checks if x["status"] == "fail" and x["kind"] == "restated"]
    assert fails == [("q1", ["q3"])], doc.checks
