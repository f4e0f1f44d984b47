"""Validation rules of generalization round 10 (the i set, session 9: county culture, emergency
drills, anti-fraud publicity, summer social practice, a Hong Kong health centre, a job fair).

Every row is a made-up sentence in the phrasing of a genre named in its id (no article's text); the
figures are given by hand, so only the validator is tested.  Each row fails without its rule;
rows marked (guard) hold what a neighbouring new rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate import make_doc
from test_validate_gen6 import checked, fails
from test_validate_gen8 import c

ROWS = [
    # (id, text, figures, kind, whole, parts, status)
    ("emergency drills: a breakdown that adds up ends with its last item; the next sentence's done "
     "part and rate are of its total",
     "排查各类隐患4322处，其中重大事故隐患7处、一般事故隐患4315处。截至6月底，已整改到位4198处，整改率97.1%。",
     [c("4322处", 4322, "处"), c("7处", 7, "处"), c("4315处", 4315, "处"), c("4198处", 4198, "处"),
      c("97.1%", 97.1, "%", "percent")],
     "percent", "q1", ["q4"], "pass"),
    ("emergency drills: ... and so is the done part alone",
     "排查各类隐患4322处，其中重大事故隐患7处、一般事故隐患4315处。截至6月底，已整改到位4198处。",
     [c("4322处", 4322, "处"), c("7处", 7, "处"), c("4315处", 4315, "处"), c("4198处", 4198, "处")],
     "part_of", "q1", ["q4"], "pass"),
    ("(guard) emergency drills: a done part in the breakdown's own sentence is of its last item",
     "排查各类隐患4322处，其中重大事故隐患7处、一般事故隐患4315处，已整改4190处。",
     [c("4322处", 4322, "处"), c("7处", 7, "处"), c("4315处", 4315, "处"), c("4190处", 4190, "处")],
     "part_of", "q3", ["q4"], "pass"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0][:60] for r in ROWS])
def test_round10_relations(source, text, figures, kind, whole, parts, status):
    doc = checked(text, figures, kind, whole, parts, status)
    if status == "pass":
        assert not fails(doc), doc.checks
