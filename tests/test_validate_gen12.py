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
]


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
