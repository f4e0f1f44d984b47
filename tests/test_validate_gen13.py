"""Validation rules of generalization round 13 (session 12).

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
    ("a noun before 中 that names a total stated before, after 本次/上述 (本次参演人员中，…其余)",
     "参演人员1280人，演练全程约2小时。本次参演人员中，消防人员420人、官兵360人、医护人员150人，其余350人为志工。",
     [c("1280人", 1280, "人"), c("约2小时", 2, "小时"), c("420人", 420, "人"), c("360人", 360, "人"),
      c("150人", 150, "人"), c("350人", 350, "人")],
     "sum", "q1", ["q3", "q4", "q5", "q6"], "pass"),
    ("(guard) the same without 本次",
     "参演人员1280人，演练全程约2小时。参演人员中，消防人员420人、官兵360人、医护人员150人，其余350人为志工。",
     [c("1280人", 1280, "人"), c("约2小时", 2, "小时"), c("420人", 420, "人"), c("360人", 360, "人"),
      c("150人", 150, "人"), c("350人", 350, "人")],
     "sum", "q1", ["q3", "q4", "q5", "q6"], "pass"),
    ("an item named 其余 whose label holds brackets and quotes makes a 其中 list all of its total",
     "全年培训干部38.6万人次。其中，省管干部2140人次，县处级干部2.46万人次，其余一般干部和村(社区)“两委”干部26.2万人次。",
     [c("38.6万人次", 386000, "人次"), c("2140人次", 2140, "人次"), c("2.46万人次", 24600, "人次"),
      c("26.2万人次", 262000, "人次")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("work done against a plan is still the total a later share names",
     "培训干部38.6万人次，完成年度计划的103.2%。参训干部中，年轻干部15.8万人次，占培训总人次的40.9%。",
     [c("38.6万人次", 386000, "人次"), c("103.2%", "103.2", "%", "percent"), c("15.8万人次", 158000, "人次"),
      c("40.9%", "40.9", "%", "percent")],
     "percent", "q1", ["q3"], "pass"),
    ("a completion rate after the plan and the work done, in that order, even over 100%",
     "全年计划抽检食品3740批次，实际完成3860批次，任务完成率103.2%。",
     [c("3740批次", 3740, "批次"), c("3860批次", 3860, "批次"), c("103.2%", "103.2", "%", "percent")],
     "percent", "q1", ["q2"], "pass"),
    ("(guard) ... and one that does not match",
     "计划培训1000人，实际完成900人，完成率95%。",
     [c("1000人", 1000, "人"), c("900人", 900, "人"), c("95%", "95", "%", "percent")],
     "percent", "q1", ["q2"], "fail"),
    ("the work done stays a total a later rate names",
     "全年计划抽检食品3740批次，实际完成3860批次，任务完成率103.2%。全年共检出不合格样品59批次，总体不合格率1.53%。",
     [c("3740批次", 3740, "批次"), c("3860批次", 3860, "批次"), c("103.2%", "103.2", "%", "percent"),
      c("59批次", 59, "批次"), c("1.53%", "1.53", "%", "percent")],
     "percent", "q2", ["q4"], "pass"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0][:60] for r in ROWS])
def test_round13_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)


@pytest.mark.parametrize("text,figures", [
    # a rate per head that is not whole is no total of the 其中 list after it
    ("全年完成抽检3860批次，千人抽检量达到4.1批次。其中，监督抽检3120批次、风险监测580批次、评价性抽检160批次。",
     [c("3860批次", 3860, "批次"), c("4.1批次", "4.1", "批次"), c("3120批次", 3120, "批次"),
      c("580批次", 580, "批次"), c("160批次", 160, "批次")]),
    # an amount per person is no total of the year's spending a later sentence's 其中 list states
    ("每年可获发敬老金9000澳门元。全年共有108214名长者获发敬老金，其中11684名以支票方式领取，涉及金额约9.74亿澳门元。",
     [c("9000澳门元", 9000, "澳门元", "money"), c("108214名", 108214, "名"), c("11684名", 11684, "名"),
      c("约9.74亿澳门元", 974000000, "澳门元", "money")]),
])
def test_no_false_failures_round13(text, figures):
    doc = make_doc(text, figures)
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks
