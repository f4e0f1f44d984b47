"""Validation rules of generalization round 14 (session 13).

Every row is a made-up sentence; the figures are given by hand, so only the validator is tested.
Each row fails without its rule; rows marked (guard) hold what the new rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate import make_doc
from test_validate_gen6 import holds
from test_validate_gen8 import c


ROWS = [
    # (id, text, figures, kind, whole, parts, status)
    ("新增 with nothing compared counts the new ones: parts of a 其中 list, not changes",
     "全年新增床位320张，其中县人民医院新增200张、县妇幼保健院新增60张，其余60张分布在乡镇卫生院。",
     [c("320张", 320, "张"), c("200张", 200, "张"), c("60张", 60, "张"), c("60张", 60, "张")],
     "sum", "q1", ["q2", "q3", "q4"], "pass"),
    ("(guard) the same list that does not add up still fails",
     "全年新增床位320张，其中县人民医院新增200张、县妇幼保健院新增60张，其余70张分布在乡镇卫生院。",
     [c("320张", 320, "张"), c("200张", 200, "张"), c("60张", 60, "张"), c("70张", 70, "张")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("the rest of a 其中 list completes the total before 其中, its items said as changes",
     "全年新增床位320张，其中县人民医院增加200张、县妇幼保健院增加60张，其余60张分布在乡镇卫生院。",
     [c("320张", 320, "张"), c("200张", 200, "张"), c("60张", 60, "张"), c("60张", 60, "张")],
     "sum", "q1", ["q2", "q3", "q4"], "pass"),
    ("a share of 全村总户数 is of the households a sentence before states (全村 a scope like 全县)",
     "该村共有农户539户。截至年底，入社农户达到386户，占全村总户数的71.6%。",
     [c("539户", 539, "户"), c("386户", 386, "户"), c("71.6%", "71.6", "%", "percent")],
     "percent", "q1", ["q2"], "pass"),
    ("... and its part is the figure in 户 of a 户、人 pair",
     "该村共有农户539户、1862人。截至年底，入社农户达到386户、1217人，占全村总户数的71.6%。",
     [c("539户", 539, "户"), c("1862人", 1862, "人"), c("386户", 386, "户"), c("1217人", 1217, "人"),
      c("71.6%", "71.6", "%", "percent")],
     "percent", "q1", ["q3"], "pass"),
    ("a comma before three digits is no clause end: the 学员 the scope names are the 2,915 who 完成培训",
     "全年共有3,862名青年报名，其中2,915名学员完成培训。在完成培训的学员中，成功获聘的有2,146名。",
     [c("3,862名", 3862, "名"), c("2,915名", 2915, "名"), c("2,146名", 2146, "名")],
     "part_of", "q2", ["q3"], "pass"),
    ("a head its own clause describes is what 在…的X中 names (no comma inside the figures)",
     "全年有2915名学员完成培训。在完成培训的学员中，成功获聘的有2146名。",
     [c("2915名", 2915, "名"), c("2146名", 2146, "名")],
     "part_of", "q1", ["q2"], "pass"),
    ("a breakdown opening its paragraph after a heading divides the last paragraph's total",
     "全市共破获诈骗案件1286起，同比上升21.4%。\n重拳出击\n从案件类型看，刷单返利类412起，虚假投资理财类365起，"
     "冒充客服类298起，其余211起为其他类型。",
     [c("1286起", 1286, "起"), c("21.4%", "21.4", "%", "percent"), c("412起", 412, "起"), c("365起", 365, "起"),
      c("298起", 298, "起"), c("211起", 211, "起")],
     "sum", "q1", ["q3", "q4", "q5", "q6"], "pass"),
    ("分别为 after a clause saying how the total changed lists the total's kinds",
     "全省共排查发现问题3126个，同比下降12.5%，分别为乱占问题1048个、乱采问题215个、乱堆问题1139个、乱建问题724个。",
     [c("3126个", 3126, "个"), c("12.5%", "12.5", "%", "percent"), c("1048个", 1048, "个"), c("215个", 215, "个"),
      c("1139个", 1139, "个"), c("724个", 724, "个")],
     "sum", "q1", ["q3", "q4", "q5", "q6"], "pass"),
    ("(guard) a plan with an aside on its classifier before 的 and a share is no total of a breakdown",
     "全区已筹集保障性租赁住房12640套(间)，完成年度计划15000套(间)的84.3%。\n从筹集渠道看，新建项目提供房源5230套，"
     "改建3160套，城中村改造4250套(间)。",
     [c("12640套", 12640, "套"), c("15000套", 15000, "套"), c("84.3%", "84.3", "%", "percent"), c("5230套", 5230, "套"),
      c("3160套", 3160, "套"), c("4250套", 4250, "套")],
     "sum", "q1", ["q4", "q5", "q6"], "pass"),
    ("a share of a measure's noun (播种面积) is of the figure its classifier measures (玉米播种328.5万亩)",
     "其中，玉米播种328.5万亩，大豆播种21.4万亩。今年保护性耕作实施面积达到218万亩，占玉米播种面积的66.4%。",
     [c("328.5万亩", 3285000, "亩", "measure"), c("21.4万亩", 214000, "亩", "measure"),
      c("218万亩", 2180000, "亩", "measure"), c("66.4%", "66.4", "%", "percent")],
     "percent", "q1", ["q3"], "pass"),
    ("X中 right before 已 and a verb of work done opens the part (2846名退役士兵中已上岗2790名)",
     "各类退役军人1.26万名，包括退役士兵2846名、退役军官315名、自主就业9439名。安排工作的2846名退役士兵中已上岗2790名，"
     "上岗率98.0%。",
     [c("1.26万名", 12600, "名"), c("2846名", 2846, "名"), c("315名", 315, "名"), c("9439名", 9439, "名"),
      c("2846名", 2846, "名"), c("2790名", 2790, "名"), c("98.0%", "98.0", "%", "percent")],
     "percent", "q5", ["q6"], "pass"),
    ("a level raised to X with the increase Y after it is the level stated before plus Y",
     "计划首年共提供4500个培训名额。第二期名额增至6,000个，较首年增加1,500个。",
     [c("4500个", 4500, "个"), c("6,000个", 6000, "个"), c("1,500个", 1500, "个")],
     "sum", "q2", ["q1", "q3"], "pass"),
    ("a rate after the part a scope made: of the total the scope names",
     "全年有2915名学员完成培训。在完成培训的学员中，成功获聘的有2146名，就业率为73.6%。",
     [c("2915名", 2915, "名"), c("2146名", 2146, "名"), c("73.6%", "73.6", "%", "percent")],
     "percent", "q1", ["q2"], "pass"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0][:60] for r in ROWS])
def test_round14_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)


@pytest.mark.parametrize("text,figure,items,status", [
    # "A、B、C、D及E": 及 joins the last item of a list with two or more 、 (five named, not four)
    ("县府推出六项服务，即到宅沐浴车、夜间喘息服务、口腔照护、交通接送及家庭照顾者支持团体。", c("六项", 6, "项"), 5, "fail"),
    # (guard) a tail after 及 (及相关配套) is no item of its own
    ("县府推出三项服务，即到宅沐浴车、夜间喘息服务、口腔照护及相关配套。", c("三项", 3, "项"), 3, "pass"),
])
def test_the_last_item_joined_by_ji_counts_in_a_closed_list(text, figure, items, status):
    doc = make_doc(text, [figure])
    got = [x for x in doc.checks if x["kind"] == "list_count"]
    assert got and got[0]["items"] == items and got[0]["status"] == status, doc.checks


@pytest.mark.parametrize("text,figures", [
    # a rate per head (not whole) is no total of the rest of a list after it
    ("全县实有床位4286张，每千人口床位数达到4.52张。全年新增床位320张，其中县人民医院增加200张，其余120张分布在乡镇卫生院。",
     [c("4286张", 4286, "张"), c("4.52张", "4.52", "张"), c("320张", 320, "张"), c("200张", 200, "张"),
      c("120张", 120, "张")]),
    # (guard) a scoped rate that does not agree is not reported as a failure (it may be of another base)
    ("全年有2915名学员完成培训。在完成培训的学员中，成功获聘的有2146名，就业率为80.6%。",
     [c("2915名", 2915, "名"), c("2146名", 2146, "名"), c("80.6%", "80.6", "%", "percent")]),
    # an item's share of "the budget" is of its own budget, not the year's stated a sentence before, nor
    # the total of the list it is in (a budget report with thousands separators)
    ("本年收入完成预算的96.98%，比预算数28,049,780,000元少846,461,000元。各项税收共收到12,745,390,000元，"
     "完成预算数的92.49%；其中工商税收到8,725,483,000元，完成预算数的87.25%。",
     [c("96.98%", "96.98", "%", "percent"), c("28,049,780,000元", 28049780000, "元", "money"),
      c("846,461,000元", 846461000, "元", "money"), c("12,745,390,000元", 12745390000, "元", "money"),
      c("92.49%", "92.49", "%", "percent"), c("8,725,483,000元", 8725483000, "元", "money"),
      c("87.25%", "87.25", "%", "percent")]),
    ("决算支出占预算数的98.41%，比预算数29,821,828,000元少支474,890,000元。其中，经济建设费支出13,762,090,000元，"
     "占预算数的96.99%；社会文教费支出3,189,270,000元，占预算数的82.82%。",
     [c("98.41%", "98.41", "%", "percent"), c("29,821,828,000元", 29821828000, "元", "money"),
      c("474,890,000元", 474890000, "元", "money"), c("13,762,090,000元", 13762090000, "元", "money"),
      c("96.99%", "96.99", "%", "percent"), c("3,189,270,000元", 3189270000, "元", "money"),
      c("82.82%", "82.82", "%", "percent")]),
    ("预算收入中，各项税收为13,980,000,000元，占本年预算收入的47.02%。各项税收中，工商税收为9,970,000,000元，"
     "占本年收入的33.53%。",
     [c("13,980,000,000元", 13980000000, "元", "money"), c("47.02%", "47.02", "%", "percent"),
      c("9,970,000,000元", 9970000000, "元", "money"), c("33.53%", "33.53", "%", "percent")]),
    # (guard) an earlier level that does not agree is no failure: it may be of another base
    ("计划首年共提供4000个培训名额。第二期名额增至6,000个，较首年增加1,500个。",
     [c("4000个", 4000, "个"), c("6,000个", 6000, "个"), c("1,500个", 1500, "个")]),
    # a closed list after a nearer count is that count's (五间中心位于三个地区，即A、B及C)
    ("新增的五间资助独立幼儿中心位于三个地区，即葵青区、屯门区及元朗区。",
     [c("五间", 5, "间"), c("三个", 3, "个")]),
    # "全部" after a total restated by its value: the total, not the nearest part of the same noun
    ("覆盖学校146所。其中，小学112所、初中28所、九年一贯制学校6所。全县146所学校全部采取食堂供餐模式。",
     [c("146所", 146, "所"), c("112所", 112, "所"), c("28所", 28, "所"), c("6所", 6, "所"), c("146所", 146, "所")]),
    # (guard) a change against last year stays a change: no total of levels
    ("全县共有床位4286张，比上年新增320张。",
     [c("4286张", 4286, "张"), c("320张", 320, "张")]),
])
def test_no_false_failures_round14(text, figures):
    doc = make_doc(text, figures)
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_a_clause_opening_with_a_verb_after_a_named_item_ends_the_list():
    """"营救被困人员1426人，其中儿童和老人387人，疏散遇险群众5800余人": after a 其中 item named by a noun,
    a clause opening with a verb (疏散) that the total cannot hold is the next statement, no item
    (the rule reads the words' tags)."""
    doc = make_doc("营救被困人员1426人，其中儿童和老人387人，疏散遇险群众5800余人。",
                   [c("1426人", 1426, "人"), c("387人", 387, "人"), c("5800余人", 5800, "人", "count", "over")], pos=True)
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks
    assert any(x["kind"] == "part_of" and x["parts"] == ["q2"] for x in doc.checks), doc.checks
