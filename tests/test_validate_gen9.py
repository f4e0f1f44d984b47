"""Validation rules of generalization round 9 (unseen local news: a party school's lecture team, a
village's rural revitalization, farm-technology extension, reading promotion, blood donation and
free clinics, environmental-inspection rectification).

Every row is a made-up sentence in the phrasing of a genre named in its id (no article's text); the
figures are given by hand, so only the validator is tested.  Each row fails without its rule;
rows marked (guard) hold what a neighbouring new rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate import find, make_doc
from test_validate_gen6 import fails, holds
from test_validate_gen8 import c, money


def restated(doc) -> list[dict]:
    return [x for x in doc.checks if x["kind"] == "restated"]


ROWS = [
    # (id, text, figures, kind, whole, parts, status)
    ("lectures: 以上 + the items' name + 合计 after a 分别 list sums it, a slip included",
     "甲镇党委、乙镇党委和丙镇党委分别承接集中宣讲9场、8场、6场，以上重点乡镇合计开展集中宣讲25场。",
     [c("9场", 9, "场"), c("8场", 8, "场"), c("6场", 6, "场"), c("25场", 25, "场")],
     "sum", "q4", ["q1", "q2", "q3"], "fail"),
    ("village: a share of 总户数 is of the households the village was said to have (共有)",
     "凤鸣村共有600户2100人。新修产业路6.8公里。全村已有540户完成庭院改造，占总户数的90.0%。",
     [c("600户", 600, "户"), c("2100人", 2100, "人"), c("6.8公里", 6.8, "公里", "measure"), c("540户", 540, "户"),
      c("90.0%", 90, "%", "percent")],
     "percent", "q1", ["q4"], "pass"),
    ("village: gifts made with the total's verb (捐资, 捐出) add up to it, each with what it was for",
     "在外经商的张某捐资20万元修建村史馆，退休教师李某捐出8万元设立奖学金，返乡创业的王某捐资5万元用于"
     "老年食堂运营，乡贤们累计捐资33万元。",
     [money("20万元", 200_000), money("8万元", 80_000), money("5万元", 50_000), money("33万元", 330_000)],
     "sum", "q4", ["q1", "q2", "q3"], "pass"),
    ("farm extension: 分别 after two totals in two clauses divides the one in the clause before it",
     "核心示范面积1.2万亩，示范推广小麦、玉米、大豆新品种5.6万亩，分别为3.8万亩、1.2万亩、0.9万亩。",
     [c("1.2万亩", 12000, "亩", "measure"), c("5.6万亩", 56000, "亩", "measure"), c("3.8万亩", 38000, "亩", "measure"),
      c("1.2万亩", 12000, "亩", "measure"), c("0.9万亩", 9000, "亩", "measure")],
     "sum", "q2", ["q3", "q4", "q5"], "fail"),
    ("inspection: a breakdown of 上述 cases names all of the total stated before, though it exceeds it",
     "共收到信访件86件。从问题类型看，上述交办件反映大气污染31件、水污染24件、噪声污染19件、土壤污染11件、"
     "生态破坏3件。",
     [c("86件", 86, "件"), c("31件", 31, "件"), c("24件", 24, "件"), c("19件", 19, "件"), c("11件", 11, "件"),
      c("3件", 3, "件")],
     "sum", "q1", ["q2", "q3", "q4", "q5", "q6"], "fail"),
    ("inspection: a rate of work done is of the done part, with the rest stated between them",
     "转办我县的86件信访件中，已办结72件，其余14件正按整改方案序时推进，整改完成率83.7%。",
     [c("86件", 86, "件"), c("72件", 72, "件"), c("14件", 14, "件"), c("83.7%", 83.7, "%", "percent")],
     "percent", "q1", ["q2"], "pass"),
    ("lectures: 场 counts the sessions a 场次 total counts",
     "开展宣讲186场次，受众1.2万余人次。其中，进机关52场、进村97场、进企业和校园41场。",
     [c("186场次", 186, "场次"), c("1.2万余人次", 12000, "人次", "count", "over"), c("52场", 52, "场"),
      c("97场", 97, "场"), c("41场", 41, "场")],
     "sum", "q1", ["q3", "q4", "q5"], "fail"),
    ("veterans: 分别为 right after a total lists all of it, so items that fall short are a slip",
     "走访慰问对象共1286户，分别为重点优抚对象612户、困难退役军人459户、烈属203户。",
     [c("1286户", 1286, "户"), c("612户", 612, "户"), c("459户", 459, "户"), c("203户", 203, "户")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("(guard) highways: work done and the rest, after a 其中 list, are of the plan's total",
     "年初计划实施危桥改造32座，其中县道桥梁11座、乡村道桥梁21座。截至12月底，已完工29座，其余3座正在施工。",
     [c("32座", 32, "座"), c("11座", 11, "座"), c("21座", 21, "座"), c("29座", 29, "座"), c("3座", 3, "座")],
     "sum", "q1", ["q4", "q5"], "pass"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0] for r in ROWS])
def test_round9_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)


def test_gifts_that_do_not_add_up_report_nothing():
    """pass-only: items linked by the verb alone may be some of the gifts."""
    doc = make_doc("张某捐资20万元修建村史馆，李某捐出8万元设立奖学金，乡贤们累计捐资30万元。",
                   [money("20万元", 200_000), money("8万元", 80_000), money("30万元", 300_000)])
    assert not fails(doc), doc.checks


def test_a_share_of_all_households_that_disagrees_reports_nothing():
    """pass-only: 总户数 may be of a scope the text does not state."""
    doc = make_doc("凤鸣村共有600户2100人。新修产业路6.8公里。全村已有540户完成庭院改造，占总户数的95.0%。",
                   [c("600户", 600, "户"), c("2100人", 2100, "人"), c("6.8公里", 6.8, "公里", "measure"),
                    c("540户", 540, "户"), c("95.0%", 95, "%", "percent")])
    assert not fails(doc), doc.checks


@pytest.mark.parametrize("text,figures", [
    # neighbouring items of one list are two things, equal or not
    ("甲镇、乙镇、丙镇分别承接集中宣讲9场、6场、6场。", [c("9场", 9, "场"), c("6场", 6, "场"), c("6场", 6, "场")]),
    ("今年全省炼铁1亿吨、炼钢5500万吨，分别淘汰300万吨、200万吨。",
     [c("1亿吨", 100_000_000, "吨", "measure"), c("5500万吨", 55_000_000, "吨", "measure"),
      c("300万吨", 3_000_000, "吨", "measure"), c("200万吨", 2_000_000, "吨", "measure")]),
])
def test_items_of_one_list_restate_nothing(text, figures):
    doc = make_doc(text, figures)
    assert restated(doc) == [], doc.checks


def test_awards_after_a_breakdown_of_another_total_are_no_rest_of_it():
    """另有 adds a second award to the first; the volunteers counted sentences before are another set."""
    doc = make_doc("注册志愿者已达638名，其中医护人员476名。医院有3名职工获评金奖，另有15名职工获银奖或铜奖。",
                   [c("638名", 638, "名"), c("476名", 476, "名"), c("3名", 3, "名"), c("15名", 15, "名")])
    assert not fails(doc), doc.checks
    assert find(doc, "sum", "q1", ["q3", "q4"]) is None, doc.checks


def test_three_totals_and_two_items_pair_with_none():
    """(guard) the nearest of several totals is the items' only when it stands in a clause of its own."""
    doc = make_doc("今年全省炼铁1亿吨、炼钢5500万吨、炼焦3000万吨，分别淘汰300万吨、200万吨。",
                   [c("1亿吨", 100_000_000, "吨", "measure"), c("5500万吨", 55_000_000, "吨", "measure"),
                    c("3000万吨", 30_000_000, "吨", "measure"), c("300万吨", 3_000_000, "吨", "measure"),
                    c("200万吨", 2_000_000, "吨", "measure")])
    assert [x for x in doc.checks if x["kind"] in ("sum", "part_of")] == [], doc.checks


def list_count(doc) -> list[tuple[int, str]]:
    return [(x["items"], x["status"]) for x in doc.checks if x["kind"] == "list_count"]


@pytest.mark.parametrize("text,figures,expected", [
    # 及 joins the last of names of one kind (both end alike)
    ("区内三间资助安老院舍，即宝达护老院、颐康护理安老院及福乐安老院，共接收长者112名。",
     [c("三间", 3, "间"), c("112名", 112, "名")], [(3, "pass")]),
    # a 及 that may join the last item does where the count says so (bare place names)
    ("区内现有5间长者食堂，分别设于秀茂坪、蓝田、牛头角、翠屏及顺利。", [c("5间", 5, "间")], [(5, "pass")]),
    # names after 分别是 are the closed list the count names
    ("全县共有4个示范村，分别是甲村、乙村和丙村。", [c("4个", 4, "个")], [(3, "fail")]),
    # (guard) 分别为 + figures names no list; the kinds before the count still do
    ("示范推广小麦、玉米、大豆3类作物新品种5.6万亩，分别为3.8万亩、1.2万亩、0.6万亩。",
     [c("3类", 3, "类"), c("5.6万亩", 56000, "亩", "measure"), c("3.8万亩", 38000, "亩", "measure"),
      c("1.2万亩", 12000, "亩", "measure"), c("0.6万亩", 6000, "亩", "measure")], [(3, "pass")]),
    # quoted names side by side before a count of kinds; after 即 a count that differs is a slip
    # (and the 即 list with a count of its own is no list of the 30 households)
    ("评选出最美家庭30户，即“书香家庭”“绿色家庭”“平安家庭”“孝老爱亲家庭”4类。",
     [c("30户", 30, "户"), c("4类", 4, "类")], [(4, "pass")]),
    ("评选出最美家庭30户，即“书香家庭”“绿色家庭”“平安家庭”5类。", [c("30户", 30, "户"), c("5类", 5, "类")], [(3, "fail")]),
    ("开展“送政策”“送岗位”3项活动。", [c("3项", 3, "项")], []),  # (guard) not closed, not equal: nothing
    # (guard) a 及 inside one item's name: "茶叶及相关制品" is one kind
    ("抽检三类食品，即蔬菜制品、茶叶及相关制品、酒类。", [c("三类", 3, "类")], [(3, "pass")]),
])
def test_closed_lists_of_names(text, figures, expected):
    doc = make_doc(text, figures)
    assert list_count(doc) == expected, doc.checks
