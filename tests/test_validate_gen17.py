"""Validation rules of generalization round 17 (session 16).

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
    ("a 'N个X中' list ending with 其余 is all of the total",
     "全年共查处违法人员38名。查处的38名违法人员中，本县籍21名，其余为外县籍人员15名。",
     [c("38名", 38, "名"), c("38名", 38, "名"), c("21名", 21, "名"), c("15名", 15, "名")],
     "sum", "q2", ["q3", "q4"], "fail"),
    ("(guard) ... and agrees when the rest completes it",
     "全年共查处违法人员38名。查处的38名违法人员中，本县籍21名，其余为外县籍人员17名。",
     [c("38名", 38, "名"), c("38名", 38, "名"), c("21名", 21, "名"), c("17名", 17, "名")],
     "sum", "q2", ["q3", "q4"], "pass"),
    ("three kinds of one noun a little short of their total: a sum that does not add up",
     "全年培训农村实用人才842名，其中种植能手305名、养殖能手279名、加工能手246名。",
     [c("842名", 842, "名"), c("305名", 305, "名"), c("279名", 279, "名"), c("246名", 246, "名")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("... and so for kinds whose words differ only inside brackets",
     "全县共有水池64座，其中大(一)型水池8座、小(一)型水池22座、小(二)型水池33座。",
     [c("64座", 64, "座"), c("8座", 8, "座"), c("22座", 22, "座"), c("33座", 33, "座")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("... and for names before 分别",
     "全年送戏下乡324场，其中县黄梅戏剧团、县曲艺团和各镇业余剧团分别演出112场、96场和110场。",
     [c("324场", 324, "场"), c("112场", 112, "场"), c("96场", 96, "场"), c("110场", 110, "场")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("(guard) kinds well short of the total are a part of it",
     "全年培训农村实用人才842名，其中种植能手305名、养殖能手279名、加工能手146名。",
     [c("842名", 842, "名"), c("305名", 305, "名"), c("279名", 279, "名"), c("146名", 146, "名")],
     "part_of", "q1", ["q2", "q3", "q4"], "pass"),
    ("(guard) two kinds a little short are a part: a pair leaves room for a third",
     "全年培训农村实用人才842名，其中种植能手535名、养殖能手279名。",
     [c("842名", 842, "名"), c("535名", 535, "名"), c("279名", 279, "名")],
     "part_of", "q1", ["q2", "q3"], "pass"),
    ("(guard) items of progress, not kinds of one noun, a little short are a part",
     "全省共有民生实事45个事项。其中24个事项已完成全年任务，9个事项超序时进度，11个事项按序时推进。",
     [c("45个", 45, "个"), c("24个", 24, "个"), c("9个", 9, "个"), c("11个", 11, "个")],
     "part_of", "q1", ["q2", "q3", "q4"], "pass"),
    ("(guard) an approximate total leaves the gap open",
     "全年培训农村实用人才840余名，其中种植能手305名、养殖能手279名、加工能手246名。",
     [c("840余名", 840, "名", "count", "over"), c("305名", 305, "名"), c("279名", 279, "名"), c("246名", 246, "名")],
     "part_of", "q1", ["q2", "q3", "q4"], "pass"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0] for r in ROWS])
def test_round17_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)
