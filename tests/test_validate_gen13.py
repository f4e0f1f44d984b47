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
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0][:60] for r in ROWS])
def test_round13_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)
