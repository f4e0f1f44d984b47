"""Validation rules of generalization round 5 (unseen county reports: water resources, libraries and
museums, disaster relief, tax service, rural revitalization).

Every row is a made-up sentence in the phrasing of a genre named in its id (no article's text); the
figures are given by hand, so only the validator is tested.  Each row fails without its rule.
"""
from __future__ import annotations

import pytest

from test_validate import find, make_doc

# ------------------------------------------------------------------ a 其中 list that is all of its total
ALL_OF_IT = [
    # (source, text, figures, kind, whole, parts, status)
    ("culture bureau phrasing: kinds of the total's noun by venue, adding up",
     "全年招募讲解员150名，其中纪念馆讲解员90名、美术馆讲解员60名。",
     [("150名", 150, "名", "count", "exact", "讲解员"), ("90名", 90, "名", "count"), ("60名", 60, "名", "count")],
     "sum", "q1", ["q2", "q3"], "pass"),
    ("tax service phrasing: online and on-site sessions are all of them",
     "开展纳税辅导36场，其中线上辅导20场、线下辅导14场。",
     [("36场", 36, "场", "count", "exact", "纳税辅导"), ("20场", 20, "场", "count"), ("14场", 14, "场", "count")],
     "sum", "q1", ["q2", "q3"], "fail"),
    ("disaster relief phrasing: resettled together or apart are all who were resettled",
     "累计安置受灾群众980人，其中集中安置300人、分散安置650人。",
     [("980人", 980, "人", "count", "exact", "受灾群众"), ("300人", 300, "人", "count"), ("650人", 650, "人", "count")],
     "sum", "q1", ["q2", "q3"], "fail"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ALL_OF_IT, ids=[r[0] for r in ALL_OF_IT])
def test_breakdowns_that_are_all_of_the_total(source, text, figures, kind, whole, parts, status):
    doc = make_doc(text, figures)
    c = find(doc, kind, whole, parts)
    assert c is not None, doc.checks
    assert c["status"] == status, c


NOT_ALL_OF_IT = [
    # (source, text, figures) -- a 其中 list that may leave kinds out: never a failed sum
    ("water bureau phrasing: kinds of the total's noun by size may be only the main ones",
     "全县现有水闸57座，其中大型水闸2座、中型水闸11座、小(一)型水闸40座。",
     [("57座", 57, "座", "count", "exact", "水闸"), ("2座", 2, "座", "count"), ("11座", 11, "座", "count"),
      ("40座", 40, "座", "count")]),
    ("disabled persons' federation phrasing: kinds of disability, not all of them listed",
     "全县持证残疾人9600名，其中肢体残疾5100名、视力残疾1200名、听力残疾900名。",
     [("9600名", 9600, "名", "count", "exact", "持证残疾人"), ("5100名", 5100, "名", "count"),
      ("1200名", 1200, "名", "count"), ("900名", 900, "名", "count")]),
    ("culture bureau phrasing: tiers of the total's noun name only the top ones",
     "全县共有非遗项目120个，其中国家级非遗项目3个、省级非遗项目15个。",
     [("120个", 120, "个", "count", "exact", "非遗项目"), ("3个", 3, "个", "count"), ("15个", 15, "个", "count")]),
    ("village work team phrasing: two groups of households sharing only 户",
     "全村共有农户530户，其中脱贫户86户、监测户9户。",
     [("530户", 530, "户", "count", "exact", "农户"), ("86户", 86, "户", "count"), ("9户", 9, "户", "count")]),
    ("budget report phrasing: the items share a verb, not the total's noun",
     "各项收入共收到9800万元；其中房产税收到2100万元、印花税收到900万元。",
     [("9800万元", 98000000, "元", "money", "exact", "各项收入"), ("2100万元", 21000000, "元", "money"),
      ("900万元", 9000000, "元", "money")]),
]


@pytest.mark.parametrize("source,text,figures", NOT_ALL_OF_IT, ids=[r[0] for r in NOT_ALL_OF_IT])
def test_breakdowns_that_may_leave_kinds_out(source, text, figures):
    doc = make_doc(text, figures)
    assert not [c for c in doc.checks if c["status"] == "fail"], doc.checks
    c = find(doc, "part_of", "q1", [f"q{i}" for i in range(2, len(figures) + 1)])
    assert c is not None and c["status"] == "pass", doc.checks


# ------------------------------------------------------------------ where a 其中 list ends
def test_an_item_added_with_ling_is_outside_the_list():
    """river chief phrasing: 另聘 adds people outside the three levels the total counts."""
    doc = make_doc("设立镇村两级河长86名，其中镇级河长12名、村级河长74名，另聘请民间河长20名。",
                   [("86名", 86, "名", "count", "exact", "河长"), ("12名", 12, "名", "count"), ("74名", 74, "名", "count"),
                    ("20名", 20, "名", "count")])
    assert find(doc, "sum", "q1", ["q2", "q3"]) is not None, doc.checks
    assert not [c for c in doc.checks if "q4" in (c.get("parts") or [])], doc.checks


def test_a_subtotal_of_the_items_is_no_item_and_a_part_of_the_total():
    """tax service phrasing: 二者合计 sums the items before it; its share is of the list's total."""
    doc = make_doc("享受优惠的纳税人共5000户，其中小型微利企业1200户、个体工商户3300户，二者合计4500户，占总数的90%。",
                   [("5000户", 5000, "户", "count", "exact", "纳税人"), ("1200户", 1200, "户", "count"),
                    ("3300户", 3300, "户", "count"), ("4500户", 4500, "户", "count"), ("90%", 90, "%", "percent")])
    c = find(doc, "sum", "q4", ["q2", "q3"])
    assert c is not None and c["status"] == "pass", doc.checks
    assert not [c for c in doc.checks if c["kind"] == "sum" and c.get("whole") == "q1"], doc.checks
    p = next((c for c in doc.checks if c["kind"] == "percent" and c.get("percent") == "q5"), None)
    assert p is not None and (p["whole"], p["parts"], p["status"]) == ("q1", ["q4"], "pass"), doc.checks


def test_a_per_head_amount_is_no_part_of_a_total_after_it():
    """trade union phrasing: 每人4000元 is a rate; 共发放51.4万元 is 96 x 4000 + 52 x 2500, not a sum of rates."""
    doc = make_doc("资助困难职工子女148名，其中大学新生96名、每人4000元，高中生52名、每人2500元，共发放助学金51.4万元。",
                   [("148名", 148, "名", "count"), ("96名", 96, "名", "count"), ("4000元", 4000, "元", "money"),
                    ("52名", 52, "名", "count"), ("2500元", 2500, "元", "money"), ("51.4万元", 514000, "元", "money")])
    assert not [c for c in doc.checks if c.get("whole") == "q6"], doc.checks


# ------------------------------------------------------------------ more phrasings of totals and shares
def test_a_labeled_fenbie_list_after_its_total_adds_up():
    """disabled persons' federation phrasing: 共N件，分别为A x件、B y件 names every item."""
    doc = make_doc("全年发放辅助器具900件，分别为轮椅300件、助听器250件、盲杖和助行器200件、其他辅具150件。",
                   [("900件", 900, "件", "count"), ("300件", 300, "件", "count"), ("250件", 250, "件", "count"),
                    ("200件", 200, "件", "count"), ("150件", 150, "件", "count")])
    c = find(doc, "sum", "q1", ["q2", "q3", "q4", "q5"])
    assert c is not None and c["status"] == "pass", doc.checks


def test_a_proportion_word_is_no_comparison():
    """employment report phrasing: 按比例就业 is a kind of job, not 比 (compared with) anything."""
    doc = make_doc("全年新增残疾人就业190人，其中按比例就业40人、集中就业30人、灵活就业120人。",
                   [("190人", 190, "人", "count"), ("40人", 40, "人", "count"), ("30人", 30, "人", "count"),
                    ("120人", 120, "人", "count")])
    c = find(doc, "sum", "q1", ["q2", "q3", "q4"])
    assert c is not None and c["status"] == "pass", doc.checks


def test_a_share_of_the_years_target_after_the_work_done():
    """housing phrasing: 改造N户，为年度任务M户的X% -- the work done over the target."""
    doc = make_doc("全年完成无障碍改造240户，为年度任务200户的120%。",
                   [("240户", 240, "户", "count"), ("200户", 200, "户", "count"), ("120%", 120, "%", "percent")])
    p = next((c for c in doc.checks if c["kind"] == "percent"), None)
    assert p is not None and (p["whole"], p["parts"], p["status"]) == ("q2", ["q1"], "pass"), doc.checks


def test_a_rate_named_by_a_sum_of_money_is_of_the_sum_before_it():
    """commerce phrasing: 发放消费券X元，核销Y元，核销率Z% -- redeemed over issued."""
    doc = make_doc("发放消费券500万元，累计核销420万元，核销率90%。",
                   [("500万元", 5000000, "元", "money"), ("420万元", 4200000, "元", "money"), ("90%", 90, "%", "percent")])
    p = next((c for c in doc.checks if c["kind"] == "percent"), None)
    assert p is not None and (p["whole"], p["parts"], p["status"]) == ("q1", ["q2"], "fail"), doc.checks


def test_a_change_of_money_is_no_part_of_a_rate():
    """budget phrasing: 赤字规模比上年减少X元，赤字率Y% -- the change is not the deficit."""
    doc = make_doc("继续代地方发债2000亿元，赤字规模比上年预算减少1500亿元，赤字率下降到2%左右。",
                   [("2000亿元", 200000000000, "元", "money"), ("1500亿元", 150000000000, "元", "money"),
                    ("2%左右", 2, "%", "percent", "about")])
    assert not [c for c in doc.checks if c["status"] == "fail"], doc.checks


def test_a_rate_of_money_is_of_the_first_sum_of_its_sentence():
    """audit report phrasing: 送审A，审定B，审减C，审减率X% -- the reduction over the amount submitted."""
    doc = make_doc("审计投资项目送审金额2亿元，审定金额1.8亿元，审减金额2000万元，审减率10%。",
                   [("2亿元", 200000000, "元", "money"), ("1.8亿元", 180000000, "元", "money"),
                    ("2000万元", 20000000, "元", "money"), ("10%", 10, "%", "percent")])
    p = next((c for c in doc.checks if c["kind"] == "percent"), None)
    assert p is not None and (p["whole"], p["parts"], p["status"]) == ("q1", ["q3"], "pass"), doc.checks


def test_a_new_verb_after_a_semicolon_ends_a_qizhong_list():
    """justice bureau phrasing: …；办理农民工讨薪案件N件 is another count, not a third kind of case."""
    doc = make_doc("全年受理法律援助案件800件，其中民事案件500件、刑事案件200件；办理农民工讨薪案件150件。",
                   [("800件", 800, "件", "count"), ("500件", 500, "件", "count"), ("200件", 200, "件", "count"),
                    ("150件", 150, "件", "count")], pos=True)
    assert not [c for c in doc.checks if c["status"] == "fail"], doc.checks


def test_a_headline_confirmed_beside_another_count_is_no_slip():
    """fire brigade phrasing: 排查整改隐患3300余处 over 发现隐患3420处，督促整改3317处."""
    doc = make_doc("一季度排查整改火灾隐患3300余处\n今年一季度，大队检查单位1286家次，发现火灾隐患3420处，督促整改3317处。",
                   [("3300余处", 3300, "处", "count", "over"), ("1286家次", 1286, "家次", "count"),
                    ("3420处", 3420, "处", "count"), ("3317处", 3317, "处", "count")])
    assert not [c for c in doc.checks if c["status"] == "fail"], doc.checks


def test_a_share_named_by_its_total_finds_the_figure_written_after_that_name():
    """housing fund phrasing: 提取额占当年缴存额的X% -- 缴存额, not the 缴存余额 stated nearer."""
    doc = make_doc("全年缴存额60亿元，同比增长7%。年末缴存余额200亿元。职工提取住房公积金45亿元，提取额占当年缴存额的75%。",
                   [("60亿元", 6000000000, "元", "money"), ("7%", 7, "%", "percent"), ("200亿元", 20000000000, "元", "money"),
                    ("45亿元", 4500000000, "元", "money"), ("75%", 75, "%", "percent")])
    p = next((c for c in doc.checks if c["kind"] == "percent" and c.get("percent") == "q5"), None)
    assert p is not None and (p["whole"], p["parts"], p["status"]) == ("q1", ["q4"], "pass"), doc.checks


def test_a_breakdown_by_kind_of_loans_adds_up():
    """housing fund phrasing: 发放贷款N笔 … 按套数分，首套A笔，二套B笔 (a guard: figures given by hand)."""
    doc = make_doc("发放个人住房贷款9300笔。按套数分，首套住房贷款8164笔，二套住房贷款1136笔。",
                   [("9300笔", 9300, "笔", "count"), ("8164笔", 8164, "笔", "count"), ("1136笔", 1136, "笔", "count")])
    c = find(doc, "sum", "q1", ["q2", "q3"])
    assert c is not None and c["status"] == "pass", doc.checks


def test_a_plan_measured_against_is_no_total_of_the_list_after_it():
    """youth league phrasing: 发展N名，完成计划M名的X%。其中… -- the parts are of N, not of the plan."""
    doc = make_doc("全年发展新团员1050名，完成年度计划1000名的105%。其中，中学团员900名；农村青年团员100名；机关团员60名。",
                   [("1050名", 1050, "名", "count"), ("1000名", 1000, "名", "count"), ("105%", 105, "%", "percent"),
                    ("900名", 900, "名", "count"), ("100名", 100, "名", "count"), ("60名", 60, "名", "count")])
    c = find(doc, "sum", "q1", ["q4", "q5", "q6"])
    assert c is not None and c["status"] == "fail", doc.checks  # 1060 members of 1050
    assert not [c for c in doc.checks if c.get("whole") == "q2" and c["kind"] != "percent"], doc.checks


def test_a_list_joined_by_dun_ends_at_a_semicolon():
    """hospital phrasing: 其中门诊A、急诊B；出院患者C -- the discharges are no third kind of visit."""
    doc = make_doc("完成门急诊服务28.6万人次，其中门诊24.9万人次、急诊3.7万人次；出院患者1.42万人次。",
                   [("28.6万人次", 286000, "人次", "count"), ("24.9万人次", 249000, "人次", "count"),
                    ("3.7万人次", 37000, "人次", "count"), ("1.42万人次", 14200, "人次", "count")])
    c = find(doc, "sum", "q1", ["q2", "q3"])
    assert c is not None and c["status"] == "pass", doc.checks


def test_the_wei_of_fenbiewei_names_no_item():
    """land bureau phrasing: 分别为8个、4个、2个，覆盖9个乡镇 -- the townships are no fourth item."""
    doc = make_doc("实施整治项目14个，甲、乙、丙项目分别为8个、4个、2个，覆盖9个乡镇。",
                   [("14个", 14, "个", "count"), ("8个", 8, "个", "count"), ("4个", 4, "个", "count"),
                    ("2个", 2, "个", "count"), ("9个", 9, "个", "count")])
    c = find(doc, "sum", "q1", ["q2", "q3", "q4"])
    assert c is not None and c["status"] == "pass", doc.checks


def test_parts_reaching_a_rounded_totals_upper_end_exceed_it():
    """investment phrasing: 总投资7.2亿元，分别为3.5亿元、2.1亿元和1.8亿元 -- at least 7.25亿 would read 7.3亿."""
    doc = make_doc("协议总投资7.2亿元，协议投资额分别为3.5亿元、2.1亿元和1.8亿元。",
                   [("7.2亿元", 720000000, "元", "money"), ("3.5亿元", 350000000, "元", "money"),
                    ("2.1亿元", 210000000, "元", "money"), ("1.8亿元", 180000000, "元", "money")])
    c = find(doc, "sum", "q1", ["q2", "q3", "q4"])
    assert c is not None and c["status"] == "fail", doc.checks


def test_a_measure_attached_to_a_figure_is_no_list_of_its_parts():
    """petition bureau phrasing: 来访856件、涉及2310人次 -- the people a count of visits involves."""
    doc = make_doc("受理信访事项2000件。按渠道分，来访800件、涉及2100人次，来信400件，网上信访800件，网上信访占信访总量的40.0%。",
                   [("2000件", 2000, "件", "count"), ("800件", 800, "件", "count"), ("2100人次", 2100, "人次", "count"),
                    ("400件", 400, "件", "count"), ("800件", 800, "件", "count"), ("40.0%", 40, "%", "percent")])
    assert not [c for c in doc.checks if c["status"] == "fail"], doc.checks
    p = next((c for c in doc.checks if c["kind"] == "percent"), None)
    assert p is not None and p["whole"] == "q1", doc.checks


def test_a_breakdown_after_a_semicolon_starts_its_own_list():
    """hotline phrasing: 其中电话渠道A；按处置方式分，直接答复B，转办C -- two breakdowns of one total."""
    doc = make_doc("共受理群众诉求60万件，其中电话渠道受理50万件；按处置方式分，直接答复解决35万件，转办派单25万件。",
                   [("60万件", 600000, "件", "count"), ("50万件", 500000, "件", "count"), ("35万件", 350000, "件", "count"),
                    ("25万件", 250000, "件", "count")])
    assert not [c for c in doc.checks if c["status"] == "fail"], doc.checks
    c = find(doc, "sum", "q1", ["q3", "q4"])
    assert c is not None and c["status"] == "pass", doc.checks


def test_a_figure_of_another_statement_is_no_set_a_total_was_picked_from():
    """Red Cross phrasing: 捐献2例；…实现A例、B例、C例，合计D例 -- the 2 cases are another kind of donation."""
    doc = make_doc("实现造血干细胞捐献2例；实现遗体捐献5例、角膜捐献7例、器官捐献3例，合计捐献15例。",
                   [("2例", 2, "例", "count"), ("5例", 5, "例", "count"), ("7例", 7, "例", "count"),
                    ("3例", 3, "例", "count"), ("15例", 15, "例", "count")])
    assert not [c for c in doc.checks if c["status"] == "fail"], doc.checks
