"""Validation rules of generalization round 15 (session 14).

Every row is a made-up sentence; the figures are given by hand, so only the validator is tested.
Each row fails without its rule; rows marked (guard) hold what the new rule must keep.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from test_validate import make_doc
from test_validate_gen6 import holds
from test_validate_gen8 import c, money


ROWS = [
    # (id, text, figures, kind, whole, parts, status)
    ("what should be insured (应参保) is a rate's base; its part the total insured a sentence before",
     "全县参保总人数达62.40万人，其中职工参保5.10万人。按照全县应参保人数64.00万人计算，参保率达98.8%。",
     [c("62.40万人", 624000, "人"), c("5.10万人", 51000, "人"), c("64.00万人", 640000, "人"),
      c("98.8%", "98.8", "%", "percent")],
     "percent", "q3", ["q1"], "fail"),
    ("... and passes when the rate agrees",
     "全县参保总人数达62.40万人，其中职工参保5.10万人。按照全县应参保人数64.00万人计算，参保率达97.5%。",
     [c("62.40万人", 624000, "人"), c("5.10万人", 51000, "人"), c("64.00万人", 640000, "人"),
      c("97.5%", "97.5", "%", "percent")],
     "percent", "q3", ["q1"], "pass"),
    ("the number due after the part in one sentence is the base too",
     "全镇适龄儿童已接种1150名，应接种儿童1200名，接种率为93.1%。",
     [c("1150名", 1150, "名"), c("1200名", 1200, "名"), c("93.1%", "93.1", "%", "percent")],
     "percent", "q2", ["q1"], "fail"),
    ("a level risen to from a level its clause states, and the increase the next clause opens with",
     "全县文化驿站由上年的186个增至240个，新增54个，覆盖所有乡镇。",
     [c("186个", 186, "个"), c("240个", 240, "个"), c("54个", 54, "个")],
     "sum", "q2", ["q1", "q3"], "pass"),
    ("... which must add up (净增, rounded figures within rounding)",
     "全市注册志愿者由2022年的3.2万名增加到4.1万名，净增1.2万名。",
     [c("3.2万名", 32000, "名"), c("4.1万名", 41000, "名"), c("1.2万名", 12000, "名")],
     "sum", "q2", ["q1", "q3"], "fail"),
    ("branches counted in 个 and then in 馆 are the same things",
     "全市设有1座总馆及44个分馆，分馆中已有31馆完成空间改造。",
     [c("1座", 1, "座"), c("44个", 44, "个"), c("31馆", 31, "馆")],
     "part_of", "q2", ["q3"], "pass"),
    ("items named one per figure before 分别为 add up to the total the clause before states",
     "全年图书馆整体经费达1.2亿元，中央补助与市府自筹分别为4800万元、7200万元。",
     [c("1.2亿元", 120_000_000, "元", "money"), c("4800万元", 48_000_000, "元", "money"),
      c("7200万元", 72_000_000, "元", "money")],
     "sum", "q1", ["q2", "q3"], "pass"),
    ("a threshold (超过100毫米的有) describes the part after it, no part itself",
     "全县86个区域自动站中，过程累计雨量超过100毫米的有42个，最大雨量出现在沙溪镇。",
     [c("86个", 86, "个"), c("超过100毫米", 100, "毫米", "measure", "over"), c("42个", 42, "个")],
     "part_of", "q1", ["q3"], "pass"),
    ("a share of 全市…总量 is of the list's total, not of its nearest item with the same stem",
     "全市图书馆全年借阅量达1286万册。\n从借阅载体来看，纸本图书借阅1100万册，电子书借阅186万册。"
     "从行政区来看，北屯区、西屯区两区借阅量合计428.5万册，占全市借阅总量的33.3%。",
     [c("1286万册", 12_860_000, "册"), c("1100万册", 11_000_000, "册"), c("186万册", 1_860_000, "册"),
      c("428.5万册", 4_285_000, "册"), c("33.3%", "33.3", "%", "percent")],
     "percent", "q1", ["q4"], "pass"),
    ("a rate right after a total and a part that names the total's noun and the rate's stem fails too",
     "全市在校学生50.2万人，参加课后服务的学生46.3万人，参与率达93.6%。",
     [c("50.2万人", 502_000, "人"), c("46.3万人", 463_000, "人"), c("93.6%", "93.6", "%", "percent")],
     "percent", "q1", ["q2"], "fail"),
    ("a rate of a count whose base the clause before states in another classifier (人 and 具)",
     "全年全县死亡人口3254人，遗体火化3012具，火化率达到92.6%。",
     [c("3254人", 3254, "人"), c("3012具", 3012, "具"), c("92.6%", "92.6", "%", "percent")],
     "percent", "q1", ["q2"], "pass"),
    ("the work done, then the year's target, then the completion rate (which may pass 100%)",
     "全年在公共场所累计布设除颤器132台，年度目标120台，完成率达110%。",
     [c("132台", 132, "台"), c("120台", 120, "台"), c("110%", "110", "%", "percent")],
     "percent", "q2", ["q1"], "pass"),
    ("a breakdown after a heading divides the total of the list before it, not the list's last item",
     "全年新设立市场主体8.73万户。从主体类型看，新设企业2.61万户，新设个体工商户6.03万户，新设农民专业合作社约900户。\n"
     "二、新设主体结构持续优化\n从产业结构看，第一产业新设市场主体0.32万户，第二产业1.05万户，第三产业7.36万户。",
     [c("8.73万户", 87300, "户"), c("2.61万户", 26100, "户"), c("6.03万户", 60300, "户"),
      c("约900户", 900, "户", "count", "about"), c("0.32万户", 3200, "户"), c("1.05万户", 10500, "户"),
      c("7.36万户", 73600, "户")],
     "sum", "q1", ["q5", "q6", "q7"], "pass"),
    ("... also when the list is a breakdown paragraph of its own after the total's paragraph",
     "全市实有市场主体52.68万户。全年新设立市场主体8.73万户，日均新设239户。\n从主体类型看，新设企业2.61万户，"
     "新设个体工商户6.03万户，新设农民专业合作社约900户。\n二、新设主体结构持续优化\n从产业结构看，第一产业新设市场主体"
     "0.32万户，第二产业1.05万户，第三产业7.36万户。",
     [c("52.68万户", 526800, "户"), c("8.73万户", 87300, "户"), c("239户", 239, "户"), c("2.61万户", 26100, "户"),
      c("6.03万户", 60300, "户"), c("约900户", 900, "户", "count", "about"), c("0.32万户", 3200, "户"),
      c("1.05万户", 10500, "户"), c("7.36万户", 73600, "户")],
     "sum", "q2", ["q7", "q8", "q9"], "pass"),
    ("a share's subject names the figure labelled by the name alone, before a nearer one of a kind",
     "全市实有市场主体52.68万户，其中个体工商户35.92万户。全年新设个体工商户6.03万户。个体工商户占全市市场主体总量的68.2%。",
     [c("52.68万户", 526800, "户"), c("35.92万户", 359200, "户"), c("6.03万户", 60300, "户"),
      c("68.2%", "68.2", "%", "percent")],
     "percent", "q1", ["q2"], "pass"),
    ("after 其中, a count of another kind with no total of its own says where the part was done",
     "全年普及培训群众3.2万人次；其中，进校园活动覆盖全县中小学42所，培训师生1.1万人次。",
     [c("3.2万人次", 32000, "人次"), c("42所", 42, "所"), c("1.1万人次", 11000, "人次")],
     "part_of", "q1", ["q3"], "pass"),
    ("shares in a bracket right after a share break it down",
     "提取金额中，住房消费提取占82.3%（购买自住住房占41.5%，偿还购房贷款本息占35.6%，租赁住房占5.2%）。",
     [c("82.3%", "82.3", "%", "percent"), c("41.5%", "41.5", "%", "percent"), c("35.6%", "35.6", "%", "percent"),
      c("5.2%", "5.2", "%", "percent")],
     "sum", "q1", ["q2", "q3", "q4"], "pass"),
    ("... and must add up to it",
     "住房消费提取占82.3%（购买自住住房占41.5%，偿还购房贷款本息占35.6%，租赁住房占6.2%）。",
     [c("82.3%", "82.3", "%", "percent"), c("41.5%", "41.5", "%", "percent"), c("35.6%", "35.6", "%", "percent"),
      c("6.2%", "6.2", "%", "percent")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("items done with the total's verb after a breakdown opening the sentence are all of it (合计…)",
     "从调处层级看，镇人民调解委员会直接调处42件，村（社区）人民调解委员会调处268件，合计调处成功318件。",
     [c("42件", 42, "件"), c("268件", 268, "件"), c("318件", 318, "件")],
     "sum", "q3", ["q1", "q2"], "fail"),
    ("an outcome and its negation after a total split all of it",
     "全年受理审查逮捕案件186件，经审查批准逮捕132件，不批准逮捕54件。",
     [c("186件", 186, "件"), c("132件", 132, "件"), c("54件", 54, "件")],
     "sum", "q1", ["q2", "q3"], "pass"),
    ("... and must add up to it",
     "共抽检食品3200批次，合格3150批次，不合格40批次。",
     [c("3200批次", 3200, "批次"), c("3150批次", 3150, "批次"), c("40批次", 40, "批次")],
     "sum", "q1", ["q2", "q3"], "fail"),
    ("同比 inside an item's label (同比增长的企业) makes it no comparison aside",
     "全县规模以上工业企业186家，其中产值实现同比增长的企业121家，其余65家产值持平或下降。",
     [c("186家", 186, "家"), c("121家", 121, "家"), c("65家", 65, "家")],
     "sum", "q1", ["q2", "q3"], "pass"),
    ("items named before 分别 and joined by 、 are counted one by one",
     "全年新分配公租房2140套，西陵区、伍家岗区、夷陵区分别分配860套、720套、560套。",
     [c("2140套", 2140, "套"), c("860套", 860, "套"), c("720套", 720, "套"), c("560套", 560, "套")],
     "sum", "q1", ["q2", "q3", "q4"], "pass"),
    ("上述…合计 sums the items of the sentence before (with how many it says)",
     "全年养老服务支出4280万元，社区服务支出540万元，助残服务3345万元。上述三项合计8165万元。",
     [money("4280万元", 42_800_000), money("540万元", 5_400_000), money("3345万元", 33_450_000),
      c("三项", 3, "项"), money("8165万元", 81_650_000)],
     "sum", "q5", ["q1", "q2", "q3"], "pass"),
    ("a total that names each kind, the next one after a joiner and a short qualifier, is all of its parts",
     "全年共发放困难残疾人生活补贴和重度残疾人护理补贴3286.4万元，其中生活补贴1208.6万元、护理补贴2067.8万元。",
     [money("3286.4万元", 32_864_000), money("1208.6万元", 12_086_000), money("2067.8万元", 20_678_000)],
     "sum", "q1", ["q2", "q3"], "fail"),
    ("a 合计 subtotal sums the items its words name, and its share is of the list's total",
     "全县共有非遗代表性项目112项，其中国家级项目2项、省级项目9项、市级项目27项，其余74项为县级项目；"
     "国家级和省级项目合计11项，占项目总数的9.8%。",
     [c("112项", 112, "项"), c("2项", 2, "项"), c("9项", 9, "项"), c("27项", 27, "项"), c("74项", 74, "项"),
      c("11项", 11, "项"), c("9.8%", "9.8", "%", "percent")],
     "percent", "q1", ["q6"], "pass"),
    ("a list after 包括 joined by 、 ends at a semicolon",
     "其中，储备粮油286吨，包括大米210吨、食用油76吨；猪肉近40吨，蔬菜150吨左右，可满足节日需求。",
     [c("286吨", 286, "吨", "measure"), c("210吨", 210, "吨", "measure"), c("76吨", 76, "吨", "measure"),
      c("近40吨", 40, "吨", "measure", "under"), c("150吨左右", 150, "吨", "measure", "about")],
     "sum", "q1", ["q2", "q3"], "pass"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0][:60] for r in ROWS])
def test_round15_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)


def test_the_number_due_is_never_the_part_of_its_rate():
    doc = make_doc("按照全县应参保人数64.00万人计算，参保率达98.8%。",
                   [c("64.00万人", 640000, "人"), c("98.8%", "98.8", "%", "percent")])
    assert not [x for x in doc.checks if x["kind"] == "percent" and x["parts"] == ["q1"]], doc.checks


@pytest.mark.parametrize("text,figures", [
    # "资助困难职工子女" counts the workers' children: the headline's noun (帮扶困难职工) is only a modifier
    # there, no slip of the same count
    ("某市总工会全年帮扶困难职工3862名\n全年帮扶困难职工3862名。“金秋助学”活动资助困难职工子女两千三百名。",
     [c("3862名", 3862, "名"), c("3862名", 3862, "名"), c("两千三百名", 2300, "名")]),
    # the part right before the rate shares the total's noun but not the rate's stem (死亡): a rate of
    # a part the text does not state
    ("收治病人100人，治愈病人80人，死亡率5%。",
     [c("100人", 100, "人"), c("80人", 80, "人"), c("5%", "5", "%", "percent")]),
    # pass-only: a count of another classifier found by the numbers that does not agree may count
    # other things
    ("全年全县死亡人口3254人，遗体火化3012具，火化率达到95.6%。",
     [c("3254人", 3254, "人"), c("3012具", 3012, "具"), c("95.6%", "95.6", "%", "percent")]),
    # a count with its rate of a stem stated; a later rate of that stem names a subgroup of its own
    ("全区常住人口139.8万人，签约居民51.6万人，签约率36.9%，较上年提高2.4个百分点；重点人群签约率达82.3%。",
     [c("139.8万人", 1_398_000, "人"), c("51.6万人", 516_000, "人"), c("36.9%", "36.9", "%", "percent"),
      c("2.4个百分点", "2.4", "百分点", "percent"), c("82.3%", "82.3", "%", "percent")]),
    # a count with its share stated; after a semicolon a share of something else begins
    ("全县187个行政村中已有179个建成健身工程，覆盖率达95.7%；经常参加体育锻炼人数比例达到41.2%。",
     [c("187个", 187, "个"), c("179个", 179, "个"), c("95.7%", "95.7", "%", "percent"), c("41.2%", "41.2", "%", "percent")]),
])
def test_no_false_failures_round15(text, figures):
    doc = make_doc(text, figures)
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


@pytest.mark.parametrize("text,figures", [
    # (guard) items before 分别为 that do not add up to the total before may be of another set
    ("全年图书馆整体经费达1.5亿元，中央补助与市府自筹分别为4800万元、7200万元。",
     [c("1.5亿元", 150_000_000, "元", "money"), c("4800万元", 48_000_000, "元", "money"),
      c("7200万元", 72_000_000, "元", "money")]),
    # (guard) an open total (以上) is no sum of named items (and below: a rate of another part)
    ("全年粮食产量7000万吨以上，早稻与晚稻分别为2.48亿吨、1988万吨。",
     [c("7000万吨", 70_000_000, "吨", "measure", "over"), c("2.48亿吨", 248_000_000, "吨", "measure"),
      c("1988万吨", 19_880_000, "吨", "measure")]),
])
def test_no_sum_of_named_items_that_do_not_add_up(text, figures):
    doc = make_doc(text, figures)
    assert not [x for x in doc.checks if x["kind"] == "sum"], doc.checks


@pytest.mark.parametrize("text,figures,items,status", [
    # items longer than a short name, all ending in the same noun, are names of one kind
    ("今年新认定县级非遗工坊6家，即桑园镇杂技道具制作工坊、铁城镇手工布鞋工坊、宋门乡宫灯扎制工坊、梁集镇面塑工坊、"
     "安陵镇柳编工坊，吸纳群众就业430余人。", [c("6家", 6, "家"), c("430余人", 430, "人", "count", "over")], 5, "fail"),
    ("新签约亿元以上项目3个，即年产5万吨食品级纸基材料项目、智能装备精密零部件项目和竹木精深加工项目。",
     [c("3个", 3, "个"), c("5万吨", 50000, "吨", "measure")], 3, "pass"),
])
def test_a_closed_list_of_long_names_of_one_kind(text, figures, items, status):
    doc = make_doc(text, figures)
    got = [x for x in doc.checks if x["kind"] == "list_count" and x["whole"] == "q1"]
    assert got and got[0]["items"] == items and got[0]["status"] == status, doc.checks


def test_a_long_explanation_after_ji_is_no_list():
    """(guard) items of different kinds after 即 are an explanation, not names to count: never a
    failure (since session 15 a count of kinds its long items agree with is reported as agreeing)."""
    doc = make_doc("重点抓好两项工作，即全面推进农村人居环境整治提升行动、持续巩固拓展脱贫攻坚成果同乡村振兴有效衔接。",
                   [c("两项", 2, "项")])
    assert all(x["status"] == "pass" and x["items"] == 2 for x in doc.checks if x["kind"] == "list_count"), doc.checks
    doc = make_doc("重点抓好三项工作，即全面推进农村人居环境整治提升行动、持续巩固拓展脱贫攻坚成果同乡村振兴有效衔接。",
                   [c("三项", 3, "项")])
    assert not [x for x in doc.checks if x["kind"] == "list_count"], doc.checks


def test_a_count_of_another_kind_after_qizhong_joins_no_total_of_its_family():
    """(guard) "16项民生工程…其中，…新建管网12.5公里，解决了两个镇约1.8万人的饮水难题": the 两个镇 after
    the skipped measure counts towns, not the projects (项) of the total."""
    doc = make_doc("县政府确定实施16项民生工程。其中，供水工程新建管网12.5公里，解决了两个镇约1.8万人的饮水难题。",
                   [c("16项", 16, "项"), c("12.5公里", "12.5", "公里", "measure"), c("两个", 2, "个"),
                    c("约1.8万人", 18000, "人", "count", "about")])
    assert not [x for x in doc.checks if x["whole"] == "q1"], doc.checks


def test_a_scope_names_the_item_of_a_fenbie_list_that_counts_it():
    """"A和B分别完成9.86亿元和6.42亿元…。A中，税收收入6.73亿元，占比68.3%": the figures stage says which
    item counts A (the whole pipeline runs: the validator reads what each figure counts)."""
    from textmine.document import Document
    from textmine.pipeline import load_pipeline

    doc = load_pipeline().run(Document(doc_id="t", source="t", original=(
        "全县一般公共预算收入和政府性基金收入分别完成9.86亿元和6.42亿元，合计16.28亿元。"
        "一般公共预算收入中，税收收入6.73亿元，占比68.3%。")))
    shares = [x for x in doc.checks if x["kind"] == "percent"]
    assert shares and shares[0]["whole"] == "q1" and shares[0]["parts"] == ["q4"] and shares[0]["status"] == "pass"


def test_names_listed_before_zhan_take_the_shares_after_fenbie_in_order():
    """"第一产业和第三产业增加值占地区生产总值的比重分别为14.6%和49.7%": the first name is completed with
    the head the last one shows (第一产业 + 增加值); each share is of its own item (the whole pipeline runs)."""
    from textmine.document import Document
    from textmine.pipeline import load_pipeline

    doc = load_pipeline().run(Document(doc_id="t", source="t", original=(
        "前三季度全县实现地区生产总值215.36亿元。分产业看，第一产业增加值31.47亿元，增长3.9%；第二产业增加值"
        "76.85亿元，增长7.6%；第三产业增加值107.04亿元，增长5.8%。第一产业和第三产业增加值占地区生产总值的比重"
        "分别为14.6%和49.7%。")))
    shares = {(x["whole"], tuple(x["parts"]), x["status"]) for x in doc.checks if x["kind"] == "percent"}
    assert ("q1", ("q2",), "pass") in shares and ("q1", ("q6",), "pass") in shares, doc.checks


def test_a_number_of_yi_and_wan_is_written_to_its_wan():
    """"2亿6,893万元" (Taiwan's and Hong Kong's way) is shown whole and rounded to the 万, not to the 亿."""
    from textmine.validate.quantities import _written

    assert _written("2亿6,893万元") == (0, Decimal(10000), False, "2亿6893万")
    assert _written("2.5亿元") == (1, Decimal(10) ** 8, False, "2.5亿")


def test_a_heji_total_equal_to_a_total_whose_clause_opens_with_gong_restates_it():
    """"全年共争取…资金1.82亿元 … 上述工程分别完成投资…，合计1.82亿元": the sum is the funds stated before
    (the parts' own disagreement is reported as well)."""
    doc = make_doc("全年共争取上级资金和整合涉农资金1.82亿元，重点实施三类工程。上述工程分别完成投资8600万元、5400万元"
                   "和3900万元，合计1.82亿元。",
                   [money("1.82亿元", 182_000_000), c("三类", 3, "类"), money("8600万元", 86_000_000),
                    money("5400万元", 54_000_000), money("3900万元", 39_000_000), money("1.82亿元", 182_000_000)])
    assert any(x["kind"] == "restated" and x["whole"] == "q1" and x["parts"] == ["q6"] for x in doc.checks), doc.checks


def test_a_rate_of_an_outcome_after_its_negation_pair_is_of_the_total():
    """"受理…418人，经审查，批准逮捕297人，不批准逮捕121人，不捕率为28.9%": the outcomes split the 418 (a clause
    without figures between), and the rate of one of them is over the 418, not the other outcome."""
    doc = make_doc("全年共受理审查逮捕案件312件418人，经审查，批准逮捕297人，不批准逮捕121人，不捕率为28.9%。",
                   [c("312件", 312, "件"), c("418人", 418, "人"), c("297人", 297, "人"), c("121人", 121, "人"),
                    c("28.9%", "28.9", "%", "percent")])
    assert any(x["kind"] == "sum" and x["whole"] == "q2" and x["parts"] == ["q3", "q4"] and x["status"] == "pass"
               for x in doc.checks), doc.checks
    assert any(x["kind"] == "percent" and x["whole"] == "q2" and x["parts"] == ["q4"] and x["status"] == "pass"
               for x in doc.checks), doc.checks
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks
