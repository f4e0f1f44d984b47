"""Validation rules of generalization round 16 (session 15).

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
    ("a total that says how many batches (批) it sums takes them from its sentence, across ；",
     "首批救灾资金3.2亿元已核定，涉及农户6318户；第二批约2.4亿元预计月底拨付，两批合计约5.6亿元。",
     [money("3.2亿元", 320_000_000), c("6318户", 6318, "户"), c("第二批", 2, "批", "ordinal"),
      c("约2.4亿元", 240_000_000, "元", "money", "about"), c("两批", 2, "批"),
      c("约5.6亿元", 560_000_000, "元", "money", "about")],
     "sum", "q6", ["q1", "q4"], "pass"),
    ("kinds the total names after its number: a 其中 list of them in the next sentence is all of it",
     "全县18个省控、市控水质监测点位中，达标点位16个。其中，省控点位8个；市控点位11个。",
     [c("18个", 18, "个"), c("16个", 16, "个"), c("8个", 8, "个"), c("11个", 11, "个")],
     "sum", "q1", ["q3", "q4"], "fail"),
    ("... and agrees when the kinds add up",
     "全县18个省控、市控水质监测点位中，达标点位16个。其中，省控点位8个，水质全部达标；市控点位10个。",
     [c("18个", 18, "个"), c("16个", 16, "个"), c("8个", 8, "个"), c("10个", 10, "个")],
     "sum", "q1", ["q3", "q4"], "pass"),
    ("kinds set apart by ；, then a clause of another noun: more about the last kind, not the next kind",
     "全县18个省控、市控水质监测点位中，达标点位15个。其中，省控点位8个；市控点位10个，水质达标7个，达标比例为70%。",
     [c("18个", 18, "个"), c("15个", 15, "个"), c("8个", 8, "个"), c("10个", 10, "个"), c("7个", 7, "个"),
      c("70%", "70", "%", "percent")],
     "percent", "q4", ["q5"], "pass"),
    ("a count of days (优良天数为N天) is a count: its 其中 kinds add up to it",
     "全年有效监测天数365天，空气质量优良天数为330天。其中，优级天数144天，良级天数186天。",
     [c("365天", 365, "天"), c("330天", 330, "天"), c("144天", 144, "天"), c("186天", 186, "天")],
     "sum", "q2", ["q3", "q4"], "pass"),
    ("... and a rate of the days",
     "全年有效监测天数365天，空气质量优良天数为330天，优良天数比例为91.2%。",
     [c("365天", 365, "天"), c("330天", 330, "天"), c("91.2%", "91.2", "%", "percent")],
     "percent", "q1", ["q2"], "fail"),
    ("a share after an item names the total it is of (总数): the list goes on",
     "全年共办理案件520件。其中，民事案件310件，占案件总数的59.6%；行政案件90件；其余120件为刑事案件。",
     [c("520件", 520, "件"), c("310件", 310, "件"), c("59.6%", "59.6", "%", "percent"), c("90件", 90, "件"),
      c("120件", 120, "件")],
     "sum", "q1", ["q2", "q4", "q5"], "pass"),
    ("kinds named before 分别 and ending with 其他 are all of the total a breakdown divides",
     "全年共受理投诉2210件。按投诉类型分，商品质量、售后服务、合同纠纷和其他投诉分别为980件、640件、410件和230件。",
     [c("2210件", 2210, "件"), c("980件", 980, "件"), c("640件", 640, "件"), c("410件", 410, "件"),
      c("230件", 230, "件")],
     "sum", "q1", ["q2", "q3", "q4", "q5"], "fail"),
    ("a figure without a classifier whose label names the classifier restates the earlier figure",
     "全年参与市民达156.3万人次，同比增长8.1%。主任表示，全年活动参与人次达156.3万，创历史新高。",
     [c("156.3万人次", 1_563_000, "人次"), c("8.1%", "8.1", "%", "percent"), c("156.3万", 1_563_000, "")],
     "restated", "q1", ["q3"], "pass"),
    ("a total after the count of what it sums (三镇合计) adds up the 分别 items before it",
     "甲镇、乙镇、丙镇拆除面积分别为8640平方米、5120平方米和3875平方米，三镇合计拆除违法建筑19635平方米。",
     [c("8640平方米", 8640, "平方米", "measure"), c("5120平方米", 5120, "平方米", "measure"),
      c("3875平方米", 3875, "平方米", "measure"), c("19635平方米", 19635, "平方米", "measure")],
     "sum", "q4", ["q1", "q2", "q3"], "fail"),
    ("items named before 分别 that repeat the total's verb (布设…分别布设) are all of it",
     "全县布设应急供应网点65个，城区、集镇和中心村分别布设21个、36个、9个。",
     [c("65个", 65, "个"), c("21个", 21, "个"), c("36个", 36, "个"), c("9个", 9, "个")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("共…各学段 is all stages (a total), not each stage: its 其中 list adds up",
     "全县共招收各学段新生12600名，其中小学一年级4300名、初中七年级4800名，其余3500名为幼儿园小班新生。",
     [c("12600名", 12600, "名"), c("4300名", 4300, "名"), c("4800名", 4800, "名"), c("3500名", 3500, "名")],
     "sum", "q1", ["q2", "q3", "q4"], "pass"),
    ("a clause opening with the noun of an earlier total and 中 scopes its share to that total",
     "今年全县补充新教师326名。新教师中本科及以上学历285名，占84.4%。",
     [c("326名", 326, "名"), c("285名", 285, "名"), c("84.4%", "84.4", "%", "percent")],
     "percent", "q1", ["q2"], "fail"),
    ("a count of the places an item was done in is no item and ends no list",
     "全年共完成抽检18652批次。其中，市本级完成4386批次，全市13个县市区完成14266批次。",
     [c("18652批次", 18652, "批次"), c("4386批次", 4386, "批次"), c("13个", 13, "个"), c("14266批次", 14266, "批次")],
     "sum", "q1", ["q2", "q4"], "pass"),
    ("a scope noun naming a total and an item of its list alike (网格员中) is of the total",
     "全街道共配备网格员305名，其中专职网格员95名、兼职网格员210名；网格员中党员128名，占42.0%。",
     [c("305名", 305, "名"), c("95名", 95, "名"), c("210名", 210, "名"), c("128名", 128, "名"),
      c("42.0%", "42.0", "%", "percent")],
     "percent", "q1", ["q4"], "pass"),
    ("a rate naming its base before its stem (常住人口签约率) is of the figure counting that noun",
     "全市常住人口503.8万人。\n全市家庭医生签约211.6万人，常住人口签约率45.0%。",
     [c("503.8万人", 5_038_000, "人"), c("211.6万人", 2_116_000, "人"), c("45.0%", "45.0", "%", "percent")],
     "percent", "q1", ["q2"], "fail"),
    ("a count in either classifier (件/套) is no rate: its 其中 part has the share stated",
     "全县国有馆藏可移动文物3816件/套，其中珍贵文物217件/套，占馆藏总量的6.7%。",
     [c("3816件/套", 3816, "件/套"), c("217件/套", 217, "件/套"), c("6.7%", "6.7", "%", "percent")],
     "percent", "q1", ["q2"], "fail"),
    ("a level raised to, and the new ones the next clause opens with (今年新设的)",
     "全市日间照顾中心由去年底的73处增至78处，今年新设的6处。",
     [c("73处", 73, "处"), c("78处", 78, "处"), c("6处", 6, "处")],
     "sum", "q2", ["q1", "q3"], "fail"),
    ("a rate after 以…N计算 is over N, of the count before it",
     "全市长照服务使用人数达4万3,218人；以长照需要人口推估约6万3,100人计算，服务涵盖率达78.5%。",
     [c("4万3,218人", 43218, "人"), c("约6万3,100人", 63100, "人", "count", "about"),
      c("78.5%", "78.5", "%", "percent")],
     "percent", "q2", ["q1"], "fail"),
    ("items after 分别为： (a colon) add up to the total the clause before states",
     "全年支出71.2万元，分别为：道路维护18.6万元、公益事业23.5万元、村干部报酬16.8万元、办公经费9.7万元。",
     [money("71.2万元", 712_000), money("18.6万元", 186_000), money("23.5万元", 235_000),
      money("16.8万元", 168_000), money("9.7万元", 97_000)],
     "sum", "q1", ["q2", "q3", "q4", "q5"], "fail"),
    ("a subtotal of a 其中 list's items is no outer total of the list's own total",
     "全县一般公共预算支出完成38.72亿元。民生支出31.26亿元，占一般公共预算支出的80.7%。其中，教育、卫生健康两项"
     "重点支出分别为7.85亿元、3.47亿元，合计11.32亿元。",
     [money("38.72亿元", 3_872_000_000), money("31.26亿元", 3_126_000_000), c("80.7%", "80.7", "%", "percent"),
      c("两项", 2, "项"), money("7.85亿元", 785_000_000), money("3.47亿元", 347_000_000),
      money("11.32亿元", 1_132_000_000)],
     "percent", "q1", ["q2"], "pass"),
    ("a label of up to twelve characters without a verb names a 分别 item",
     "今年计划共借用全澳62个场地，分别为体育局辖下体育设施41个，以及学校和社团场地22个。",
     [c("62个", 62, "个"), c("41个", 41, "个"), c("22个", 22, "个")],
     "sum", "q1", ["q2", "q3"], "fail"),
    ("income, spending and the balance 收支相抵 leaves add up",
     "村集体经济收入86.4万元。\n全年支出71.2万元。收支相抵，年末结余16.2万元。",
     [money("86.4万元", 864_000), money("71.2万元", 712_000), money("16.2万元", 162_000)],
     "sum", "q1", ["q2", "q3"], "fail"),
    ("... a total income, not the carried-over part before it",
     "本年收入合计27203319000元，加上上年结转收入3154657000元，全年收入总数30357976000元。本年支出合计"
     "29346938000元。收支相抵，年终结余1011038000元。",
     [money("27203319000元", 27203319000), money("3154657000元", 3154657000), money("30357976000元", 30357976000),
      money("29346938000元", 29346938000), money("1011038000元", 1011038000)],
     "sum", "q3", ["q4", "q5"], "pass"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0] for r in ROWS])
def test_round16_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)


def test_a_closed_list_whose_items_own_the_counted_noun():
    # 即A、B和C的<noun>: three items named, the text says four
    doc = make_doc("今年完成4个区域性医疗服务中心改造，即龙泉镇、石门镇和白沙乡的区域性医疗服务中心，改造后均可开展二级手术。", [c("4个", 4, "个")])
    lists = [x for x in doc.checks if x["kind"] == "list_count" and x["whole"] == "q1"]
    assert lists and lists[0]["status"] == "fail" and lists[0]["items"] == 3, doc.checks


def test_a_count_of_periods_is_no_count_of_the_items_summed():
    # (guard) 期 is not among the units that count the items a mark sums: no list_count claims the
    # two periods are two figures (that is for 批/笔 and the kinds: 项, 类)
    doc = make_doc("首期补贴资金2.6亿元已下达各区，惠及商户4200户；第二期约1.9亿元将于年底前拨付，两期合计约4.5亿元。",
                   [money("2.6亿元", 260_000_000), c("4200户", 4200, "户"), c("第二期", 2, "期", "ordinal"),
                    c("约1.9亿元", 190_000_000, "元", "money", "about"), c("两期", 2, "期"),
                    c("约4.5亿元", 450_000_000, "元", "money", "about")])
    assert not [x for x in doc.checks if x["kind"] == "list_count"], doc.checks


@pytest.mark.parametrize("text,figures", [
    # a sentence opening with 此外 is about something besides the total before it
    ("发现违规发放补贴等问题，涉及金额分别为62.4万元、18.9万元，合计81.3万元。此外，个别单位未经集体决策，涉及资金约2300万元。",
     [money("62.4万元", 624_000), money("18.9万元", 189_000), money("81.3万元", 813_000),
      c("约2300万元", 23_000_000, "元", "money", "about")]),
    # a list after 涉及 ends at ；: the figures after it are another statement
    ("首批资金3.2亿元已核定，涉及农户6318户，月初拨付到户；第二批资金约5.4亿元预计年底拨付。",
     [money("3.2亿元", 320_000_000), c("6318户", 6318, "户"), c("约5.4亿元", 540_000_000, "元", "money", "about")]),
])
def test_no_false_failures_round16(text, figures):
    doc = make_doc(text, figures)
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_a_number_written_to_its_units_after_wan_keeps_them():
    # 4万3,218 is written to the unit (its message shows it so), 12万6千余 to the thousand
    from textmine.validate.quantities import _written

    assert _written("4万3,218人")[1:] == (Decimal(1), False, "4万3218")
    assert _written("12万6千余人次")[1:] == (Decimal(1000), True, "12万6千余")


def test_long_items_after_ji_agree_with_a_count_of_kinds():
    # a count of kinds (三项) and as many long items after 即: agreement is reported (never a failure:
    # a long explanation after 即 may be no list)
    doc = make_doc("抓好三项政策落实，即小规模纳税人增值税减免、小型微利企业所得税优惠和“六税两费”减半征收。",
                   [c("三项", 3, "项")])
    lists = [x for x in doc.checks if x["kind"] == "list_count"]
    assert lists and lists[0]["status"] == "pass" and lists[0]["items"] == 3, doc.checks


def test_a_list_opened_by_a_colon_keeps_items_set_apart_by_semicolons():
    # (guard) "包括：A类N个；B类M个": the semicolon cut of 涉及/包括 lists stops at a colon
    doc = make_doc("全市共有重点项目20个，包括：交通类12个；水利类8个。",
                   [c("20个", 20, "个"), c("12个", 12, "个"), c("8个", 8, "个")])
    found = [x for x in doc.checks if x["whole"] == "q1" and set(x["parts"]) == {"q2", "q3"}]
    assert found and found[0]["status"] == "pass", doc.checks
