"""Validation rules of generalization round 12 (session 11).

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
    ("a rate after a total and its done part, with a clause of the total's change between",
     "全年共受理各类案件12846件，同比上升6.3%；审结、执结11972件，结案率93.2%。",
     [c("12846件", 12846, "件"), c("6.3%", "6.3", "%", "percent"), c("11972件", 11972, "件"),
      c("93.2%", "93.2", "%", "percent")],
     "percent", "q1", ["q3"], "pass"),
    ("(guard) the same with no clause between",
     "全年共受理各类案件12846件，审结11972件，结案率93.2%。",
     [c("12846件", 12846, "件"), c("11972件", 11972, "件"), c("93.2%", "93.2", "%", "percent")],
     "percent", "q1", ["q2"], "pass"),
    ("a total that says how many comma-separated items it sums is their sum, also when it differs",
     "甲景区接待游客68.5万人次，乙景区接待游客59.2万人次，丙景区接待游客62.3万人次，三家景区合计接待189.0万人次。",
     [c("68.5万人次", 685000, "人次"), c("59.2万人次", 592000, "人次"), c("62.3万人次", 623000, "人次"),
      c("三家", 3, "家"), c("189.0万人次", 1890000, "人次")],
     "sum", "q5", ["q1", "q2", "q3"], "fail"),
    ("a subtotal with a verb after its mark (合计接待) ends a 其中 list and sums its items",
     "5A级景区接待游客526.4万人次。其中，甲景区接待游客68.5万人次，乙景区接待游客59.2万人次，丙景区接待游客62.3万人次，三家景区合计接待189.0万人次。",
     [c("526.4万人次", 5264000, "人次"), c("68.5万人次", 685000, "人次"), c("59.2万人次", 592000, "人次"),
      c("62.3万人次", 623000, "人次"), c("三家", 3, "家"), c("189.0万人次", 1890000, "人次")],
     "sum", "q6", ["q2", "q3", "q4"], "fail"),
    ("... also when the total names two classifiers (14家…526.4万人次): the count before 合计 is no pair's half",
     "甲、乙等14家景区累计接待游客526.4万人次。其中，甲景区接待游客68.5万人次，乙景区接待游客59.2万人次，丙景区接待游客62.3万人次，三家景区合计接待189.0万人次。",
     [c("14家", 14, "家"), c("526.4万人次", 5264000, "人次"), c("68.5万人次", 685000, "人次"), c("59.2万人次", 592000, "人次"),
      c("62.3万人次", 623000, "人次"), c("三家", 3, "家"), c("189.0万人次", 1890000, "人次")],
     "sum", "q7", ["q3", "q4", "q5"], "fail"),
]


@pytest.mark.parametrize("text,figures", [
    # (guard) a count that is not the number of items leaves a differing comma chain unreported
    ("甲景区接待游客68.5万人次，乙景区接待游客59.2万人次，丙景区接待游客62.3万人次，两家景区合计接待189.0万人次。",
     [c("68.5万人次", 685000, "人次"), c("59.2万人次", 592000, "人次"), c("62.3万人次", 623000, "人次"),
      c("两家", 2, "家"), c("189.0万人次", 1890000, "人次")]),
])
def test_no_false_failures_round12(text, figures):
    doc = make_doc(text, figures)
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0][:60] for r in ROWS])
def test_round12_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)


@pytest.mark.parametrize("text, figures, items, status", [
    # a 和 before the last 、 is inside an item: one country, one bureau (Chinese joins only the
    # last item with 和)
    ("先后同安提瓜和巴布达、安哥拉、科特迪瓦、乌拉圭等4个国家建立了外交关系。", [c("4个", 4, "个")], 4, "pass"),
    ("市住房和城乡建设局、市自然资源和规划局、市交通运输局等3个部门联合检查。", [c("3个", 3, "个")], 3, "pass"),
    # (guards) the 和 after the last 、 still joins the last item; one 和 alone joins two
    ("活动涵盖读书、观影、宣讲和义诊等3项内容。", [c("3项", 3, "项")], 4, "fail"),
    ("组织党员和群众等2类人员参加。", [c("2类", 2, "类")], 2, "pass"),
])
def test_list_counts_round12(text, figures, items, status):
    doc = make_doc(text, figures)
    found = [x for x in doc.checks if x["kind"] == "list_count"]
    assert len(found) == 1 and found[0]["items"] == items and found[0]["status"] == status, doc.checks
