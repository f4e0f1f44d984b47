"""What a figure counts (``counted``): wordings of the twenty-sixth round (session 27).

Each row is a sentence written for this file in the style of the genre named, and fails without
the rule its comment names (rows marked guard hold what a rule must keep).
"""
from __future__ import annotations

import pytest

from test_counted import counted_of, run  # noqa: F401  (run: the fixture, text -> a document through the figures stage)

STATIONS = "全市换电站达1046座，其中睿能创意公司设置812座、光阳工业设置196座，其他业者设置38座。"
FARMS = "全县现有规模奶牛养殖场58个，其中存栏1000头以上的21个、500至999头的19个，其余16个为家庭牧场。"

# (genre, sentence, figure, what it counts, exactly)
COUNTED_EXACT = [
    # a company or a trade's firms setting things up, in a 其中 list, count their share of the total's noun
    ("battery-swap stations", STATIONS, "812座", "换电站"),
    ("battery-swap stations", STATIONS, "196座", "换电站"),
    ("battery-swap stations", STATIONS, "38座", "换电站"),
    # a size class before a count says which of the total's things it counts ...
    ("dairy farms", FARMS, "21个", "规模奶牛养殖场"),
    ("dairy farms", FARMS, "19个", "规模奶牛养殖场"),
    # ... and a size class after a count of another classifier is of the size class before it (guard: it was
    # so before the rule above gave the count before it the farms)
    ("dairy farms", FARMS, "500至999头", "存栏"),
    # (guard) a company's own money keeps its label (企业自筹 says whose money it is)
    ("project funds", "项目总投资8000万元，其中省级补助3000万元、企业自筹5000万元。", "5000万元", "企业自筹"),
]


@pytest.mark.parametrize("genre,sentence,span,counted", COUNTED_EXACT, ids=[f"{r[0]}:{r[2]}" for r in COUNTED_EXACT])
def test_counted_exactly(run, genre, sentence, span, counted):
    assert counted_of(run, sentence, span) == counted
