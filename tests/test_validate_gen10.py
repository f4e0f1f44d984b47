"""Validation rules of generalization round 10 (the i set, session 9: county culture, emergency
drills, anti-fraud publicity, summer social practice, a Hong Kong health centre, a job fair).

Every row is a made-up sentence in the phrasing of a genre named in its id (no article's text); the
figures are given by hand, so only the validator is tested.  Each row fails without its rule;
rows marked (guard) hold what a neighbouring new rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate import make_doc
from test_validate_gen6 import fails, holds
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
    holds(text, figures, kind, whole, parts, status)


@pytest.mark.parametrize("text,figures", [
    # (o set) two items of one list are not a total and its part, whatever follows (另有)
    ("评选表彰全县“最美家庭”100户、“五好家庭”60户，另有4户家庭获评市级“最美家庭”。",
     [c("100户", 100, "户"), c("60户", 60, "户"), c("4户", 4, "户")]),
    # a part that states a total of its own in a later sentence (其中…共抽检) counts something else
    ("213批次不合格样品中，食用农产品96批次，餐饮食品41批次，其余76批次分布在其他类别中。其中，食用农产品共抽检5210批次。",
     [c("213批次", 213, "批次"), c("96批次", 96, "批次"), c("41批次", 41, "批次"), c("76批次", 76, "批次"),
      c("5210批次", 5210, "批次")]),
    # a share of a part named after 其中 is not a share of the total right before it
    ("全镇计划春播3.6万亩。今年早稻、春玉米、花生春播面积分别为21500亩、4800亩、7900亩，合计34200亩，"
     "其中早稻面积占春播总面积的63.2%。",
     [c("3.6万亩", 36000, "亩", "measure"), c("21500亩", 21500, "亩", "measure"), c("4800亩", 4800, "亩", "measure"),
      c("7900亩", 7900, "亩", "measure"), c("34200亩", 34200, "亩", "measure"), c("63.2%", 63.2, "%", "percent")]),
    # a figure that opens a list of its own ("320家中小企业中，") ends the 其中 list before it (the
    # rule of session 5, silently off in session 9 when a second pattern took its module-level name)
    ("全县共有企业500家，其中规上企业200家、320家中小企业中，已有150家完成改造。",
     [c("500家", 500, "家"), c("200家", 200, "家"), c("320家", 320, "家"), c("150家", 150, "家")]),
])
def test_no_false_failures_of_the_o_set(text, figures):
    doc = make_doc(text, figures)
    assert not fails(doc), doc.checks
