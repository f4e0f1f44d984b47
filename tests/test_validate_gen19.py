"""Validation rules of generalization round 19 (session 18).

Every row is a made-up sentence; the figures are given by hand, so only the validator is tested.
Each row fails without its rule; rows marked (guard) hold what the new rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate import make_doc
from test_validate_gen6 import holds
from test_validate_gen8 import c


def pct(surface, value, qualifier="exact"):
    return surface, value, "%", "percent", qualifier


ROWS = [
    # (id, text, figures, kind, whole, parts, status)
    ("town and country residents are all of a total: a short sum of them fails",
     "全年共救助困难群众1850名，其中城镇居民720名、农村居民1100名。",
     [c("1850名", 1850, "名"), c("720名", 720, "名"), c("1100名", 1100, "名")],
     "sum", "q1", ["q2", "q3"], "fail"),
    ("(guard) ... and passes when it adds up",
     "全年共救助困难群众1820名，其中城镇居民720名、农村居民1100名。",
     [c("1820名", 1820, "名"), c("720名", 720, "名"), c("1100名", 1100, "名")],
     "sum", "q1", ["q2", "q3"], "pass"),
    ("after a semicolon, a figure larger than the total alone is the next statement, not an item",
     "全年共走访慰问老人860名，其中高龄老人312名；助餐服务惠及群众逾2.4万名。",
     [c("860名", 860, "名"), c("312名", 312, "名"), c("逾2.4万名", 24000, "名", qualifier="over")],
     "part_of", "q1", ["q2"], "pass"),
    ("the rest named by its kinds before 等 completes a 其中 list",
     "全年共受理申请152件，其中低保申请96件、临时救助41件，其余特困供养、医疗救助等17件。",
     [c("152件", 152, "件"), c("96件", 96, "件"), c("41件", 41, "件"), c("17件", 17, "件")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("(guard) ... that adds up",
     "全年共受理申请152件，其中低保申请96件、临时救助41件，其余特困供养、医疗救助等15件。",
     [c("152件", 152, "件"), c("96件", 96, "件"), c("41件", 41, "件"), c("15件", 15, "件")],
     "sum", "q1", ["q2", "q3", "q4"], "pass"),
    ("the items of the rest's sentence and the rest add up to a total stated a paragraph before",
     "全市共建成社区食堂45个。\n\n各食堂由街道办运营18个、社会组织及爱心企业联合运营16个，其余11个由村集体运营。",
     [c("45个", 45, "个"), c("18个", 18, "个"), c("16个", 16, "个"), c("11个", 11, "个")],
     "sum", "q1", ["q2", "q3", "q4"], "pass"),
    ("a rate of a count in one classifier over the count of the clause before it in another (具 of 人)",
     "县殡仪馆全年火化遗体1986具，同比增长3.1%；全县全年登记死亡人数2210人，火化率达89.9%。",
     [c("1986具", 1986, "具"), pct("3.1%", 3.1), c("2210人", 2210, "人"), pct("89.9%", 89.9)],
     "percent", "q3", ["q1"], "pass"),
    ("a rate after two counts of the same thing with a clause of how between them",
     "全年申报市级文明村48个，经市文明办实地测评，命名市级文明村36个，创建成功率75%。",
     [c("48个", 48, "个"), c("36个", 36, "个"), pct("75%", 75)],
     "percent", "q1", ["q2"], "pass"),
    ("a scope before a part names the earlier total the share is of",
     "全县与128个村建立结对关系。结对村中，脱贫村48个，占37.5%。",
     [c("128个", 128, "个"), c("48个", 48, "个"), pct("37.5%", 37.5)],
     "percent", "q1", ["q2"], "pass"),
    ("a rate whose stem is told after the count of the clause before it",
     "全年救治受伤野生动物160只。经精心救护，152只野生动物顺利康复，康复率达95%。",
     [c("160只", 160, "只"), c("152只", 152, "只"), pct("95%", 95)],
     "percent", "q1", ["q2"], "pass"),
    ("items that each state two figures: the second ones are parts of the total's second figure",
     "暑期共举办青少年活动1,520项，合共6,300节。\n\n其中体育活动1,100项、4,500节；艺术活动420项、1,900节。",
     [c("1,520项", 1520, "项"), c("6,300节", 6300, "节"), c("1,100项", 1100, "项"), c("4,500节", 4500, "节"),
      c("420项", 420, "项"), c("1,900节", 1900, "节")],
     "sum", "q2", ["q4", "q6"], "fail"),
    ("(guard) ... and they pass when they add up",
     "暑期共举办青少年活动1,520项，合共6,400节。\n\n其中体育活动1,100项、4,500节；艺术活动420项、1,900节。",
     [c("1,520项", 1520, "项"), c("6,400节", 6400, "节"), c("1,100项", 1100, "项"), c("4,500节", 4500, "节"),
      c("420项", 420, "项"), c("1,900节", 1900, "节")],
     "sum", "q2", ["q4", "q6"], "pass"),
    ("three exact parts of other heads within 1.5% short of the total: a slip, not a partial list",
     "全年共投入资金1200万元，其中中央补助资金520万元、县级配套480万元、社会捐资184万元。",
     [c("1200万元", 12000000, "元", "money"), c("520万元", 5200000, "元", "money"),
      c("480万元", 4800000, "元", "money"), c("184万元", 1840000, "元", "money")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("(guard) ... further short, they may be a part of it",
     "全年共投入资金1200万元，其中中央补助资金520万元、县级配套480万元、社会捐资140万元。",
     [c("1200万元", 12000000, "元", "money"), c("520万元", 5200000, "元", "money"),
      c("480万元", 4800000, "元", "money"), c("140万元", 1400000, "元", "money")],
     "part_of", "q1", ["q2", "q3", "q4"], "pass"),
    ("a rate over the same outcome at the stage before, stated between the part and the rate",
     "其中面试合格1240名，笔试合格1860名，面试合格率66.7%。",
     [c("1240名", 1240, "名"), c("1860名", 1860, "名"), pct("66.7%", 66.7)],
     "percent", "q2", ["q1"], "pass"),
    ("a rate over the count of the stage before, which has a rate of its own, a sentence before",
     "全县共有3260名考生参加笔试，笔试合格1580名，合格率48.5%。经面试考核，1422名考生面试合格，面试合格率90%。",
     [c("3260名", 3260, "名"), c("1580名", 1580, "名"), pct("48.5%", 48.5), c("1422名", 1422, "名"),
      pct("90%", 90)],
     "percent", "q2", ["q4"], "pass"),
    ("覆盖…的X% is a share of the count after 覆盖, as 占…的 is",
     "全县建成村级综合服务站286个，覆盖全县341个行政村的83.9%。",
     [c("286个", 286, "个"), c("341个", 341, "个"), pct("83.9%", 83.9)],
     "percent", "q2", ["q1"], "pass"),
    ("(guard) ... and a failure when it does not agree",
     "全县建成村级综合服务站286个，覆盖全县341个行政村的88.9%。",
     [c("286个", 286, "个"), c("341个", 341, "个"), pct("88.9%", 88.9)],
     "percent", "q2", ["q1"], "fail"),
    ("a share of the students after the same count of schools again is of the students stated before",
     "全区共有幼儿园86所，其中公办52所、民办34所，在园幼儿2.15万人。今年86所幼儿园全部开展延时服务，"
     "参加延时服务幼儿1.72万人，幼儿参与率达82.5%。",
     [c("86所", 86, "所"), c("52所", 52, "所"), c("34所", 34, "所"), c("2.15万人", 21500, "人"),
      c("86所", 86, "所"), c("1.72万人", 17200, "人"), pct("82.5%", 82.5)],
     "percent", "q4", ["q6"], "fail"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0] for r in ROWS])
def test_round19_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)


def test_parts_that_add_up_to_their_own_total_are_no_short_breakdown_of_a_larger_one():
    doc = make_doc("全县共有文物保护单位236处，其中不可移动文物231处、可移动文物5处；按级别分，国家级12处、省级47处、"
                   "县级172处，合计231处。",
                   [c("236处", 236, "处"), c("231处", 231, "处"), c("5处", 5, "处"), c("12处", 12, "处"),
                    c("47处", 47, "处"), c("172处", 172, "处"), c("231处", 231, "处")])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks
    assert any(x["kind"] == "sum" and x["parts"] == ["q4", "q5", "q6"] and x["status"] == "pass"
               for x in doc.checks), doc.checks


def test_a_share_raised_to_a_bound_is_a_target_not_a_share_of_the_counts_before():
    doc = make_doc("全县已建成养老服务站24个，今年再新建10个；推动护理型床位占比提高到55%以上。",
                   [c("24个", 24, "个"), c("10个", 10, "个"), pct("55%以上", 55, "over")])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_guard_the_rest_after_a_done_part_of_a_total_is_not_summed_with_that_total():
    doc = make_doc("全县共有学科类培训机构40家。督查组交办的12项问题已完成整改10项，剩余2项正在整改。",
                   [c("40家", 40, "家"), c("12项", 12, "项"), c("10项", 10, "项"), c("2项", 2, "项")])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks
    assert any(x["kind"] == "sum" and x["whole"] == "q2" and x["status"] == "pass" for x in doc.checks), doc.checks


def test_a_headline_figure_the_body_states_with_the_same_value_is_restated():
    doc = make_doc("市图书馆“书香暑期”活动落幕　逾3.6万人次参与\n\n今年暑期，市图书馆共举办阅读活动210场，吸引读者逾3.6万人次。",
                   [c("逾3.6万人次", 36000, "人次", qualifier="over"), c("210场", 210, "场"),
                    c("逾3.6万人次", 36000, "人次", qualifier="over")])
    assert any(x["kind"] == "restated" and x["whole"] == "q1" and x["parts"] == ["q3"] and x["status"] == "pass"
               for x in doc.checks), doc.checks


def test_guard_a_small_headline_figure_is_not_matched_by_value_alone():
    doc = make_doc("我市新建口袋公园12个\n\n今年，全市共有环卫工作站12个。",
                   [c("12个", 12, "个"), c("12个", 12, "个")])
    assert not [x for x in doc.checks if x["kind"] == "restated"], doc.checks


def test_a_rate_whose_clause_before_opens_with_its_base_and_ends_with_the_count_done_over_it():
    # (tagged: the verb between the two counts tells them apart from a list)
    figures = [c("214个", 214, "个"), c("201个", 201, "个"), pct("93.9%", 93.9)]
    doc = make_doc("全县214个行政村已建成村级寄递服务点201个，覆盖率达到93.9%。", figures, pos=True)
    assert any(x["kind"] == "percent" and x["whole"] == "q1" and x["parts"] == ["q2"] and x["status"] == "pass"
               for x in doc.checks), doc.checks
    # (guard) found by place only: a rate that does not agree is not reported as a failure of these two
    doc = make_doc("全县214个行政村已建成村级寄递服务点201个，覆盖率达到97.9%。", figures[:2] + [pct("97.9%", 97.9)],
                   pos=True)
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks
