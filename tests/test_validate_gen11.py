"""Validation rules of generalization round 11 (session 10).

Every row is a made-up sentence; the figures are given by hand, so only the validator is tested.
Each row fails without its rule; rows marked (guard) hold what the new rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate import make_doc
from test_validate_gen6 import fails, holds
from test_validate_gen8 import c

ROWS = [
    # (id, text, figures, kind, whole, parts, status)
    ("a count right before the noun 分别 follows is not the total of the figures; the 合计 after them is",
     "两个乡镇分别新建文化广场3个、5个，合计8个。",
     [c("两个", 2, "个"), c("3个", 3, "个"), c("5个", 5, "个"), c("8个", 8, "个")],
     "sum", "q4", ["q2", "q3"], "pass"),
    ("(guard) a total with 中 before the items' noun still breaks down",
     "300名学员中男女学员分别为180名、120名。",
     [c("300名", 300, "名"), c("180名", 180, "名"), c("120名", 120, "名")],
     "sum", "q1", ["q2", "q3"], "pass"),
    ("(guard) a total right before 分别 and its verb still breaks down",
     "县财政投入资金500万元分别用于村道硬化300万元、路灯安装200万元。",
     [c("500万元", 5000000, "元", "money"), c("300万元", 3000000, "元", "money"), c("200万元", 2000000, "元", "money")],
     "sum", "q1", ["q2", "q3"], "pass"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0][:60] for r in ROWS])
def test_round11_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)


@pytest.mark.parametrize("text,figures", [
    # the figures distributed over N subjects ("两个乡镇分别…") are no breakdown of N
    ("两个乡镇分别新建文化广场3个、5个。", [c("两个", 2, "个"), c("3个", 3, "个"), c("5个", 5, "个")]),
    # (guards: another classifier; five subjects and five items)
    ("3家企业分别新增就业岗位20个、35个和12个。",
     [c("3家", 3, "家"), c("20个", 20, "个"), c("35个", 35, "个"), c("12个", 12, "个")]),
    # an aside with a figure in an item's label (长者义工(60岁以上)58名) does not end a 其中 list
    ("计划共招募社区义工312名，其中青年义工(18至35岁)176名、长者义工(60岁以上)58名，其余78名为其他年龄层居民。",
     [c("312名", 312, "名"), c("18至35岁", 18, "岁", "measure"), c("176名", 176, "名"), c("60岁以上", 60, "岁", "measure"),
      c("58名", 58, "名"), c("78名", 78, "名")]),
    ("全县5所学校分别建成标准化实验室2所、3所、1所、2所和4所。",
     [c("5所", 5, "所"), c("2所", 2, "所"), c("3所", 3, "所"), c("1所", 1, "所"), c("2所", 2, "所"), c("4所", 4, "所")]),
])
def test_no_false_failures_round11(text, figures):
    doc = make_doc(text, figures)
    assert not fails(doc), doc.checks


@pytest.mark.parametrize("text, figures, items, status", [
    # short names opening their clause after 由 are the whole list: one fewer than the count is a slip
    ("并由林草、应急、公安、气象、消防救援6个部门组成联合值守专班。", [c("6个", 6, "个")], 5, "fail"),
    # an open list whose noun stands between 等 and the count (等特色产业基地8个)
    ("沿线培育金银花、龙牙百合、辣椒、小沙江药材等特色产业基地8个。", [c("8个", 8, "个")], 4, "pass"),
    # names in 「」 side by side before 个 + the kind they are
    ("围绕「健康生活」「家居安全」「长者理财防骗」「亲子沟通」「环境保护」五个主题邀请专家授课。",
     [c("五个", 5, "个")], 5, "pass"),
])
def test_list_counts_round11(text, figures, items, status):
    doc = make_doc(text, figures)
    found = [x for x in doc.checks if x["kind"] == "list_count"]
    assert len(found) == 1 and found[0]["items"] == items and found[0]["status"] == status, doc.checks


@pytest.mark.parametrize("text, figures", [
    # (guards) a count of the things of the kinds named is no list count; nor a phrase with a verb
    ("栽植樟子松、油松、落叶松、山杏等苗木逾400万株。", [c("400万株", 4000000, "株")]),
    ("在教育、医疗等方面投入资金5000万元。", [c("5000万元", 50000000, "元", "money")]),
    # (guard) a list that may go on before its clause compares only more names than the count
    ("走访慰问了社区、学校、医院、企业5个。", [c("5个", 5, "个")]),
])
def test_no_list_count_round11(text, figures):
    doc = make_doc(text, figures)
    assert not [x for x in doc.checks if x["kind"] == "list_count"], doc.checks
