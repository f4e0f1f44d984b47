"""Validation rules of generalization round 13 (session 12).

Every row is a made-up sentence; the figures are given by hand, so only the validator is tested.
Each row fails without its rule; rows marked (guard) hold what the new rule must keep.
"""
from __future__ import annotations

import pytest

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
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0][:60] for r in ROWS])
def test_round13_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)
