"""What a figure counts (``counted``): wordings of the twenty-second round (session 23).

Each row is a sentence written for this file in the style of the genre named, and fails without
the rule its comment names (rows marked guard hold what a rule must keep).
"""
from __future__ import annotations

import pytest

from test_counted import counted_of, run  # noqa: F401  (run: the fixture, text -> a document through the figures stage)


# (genre, sentence, figure, what it counts, exactly)
COUNTED_EXACT = [
    # the rest is what 为 names, where the tokenizer glues 为 to the classifier (269家为|县级…)
    ("tea industry report", "合作社发展到326家，其中国家级示范社4家、省级示范社18家，其余304家为县级及一般合作社。",
     "304家", "县级及一般合作社"),
    ("typhoon response report", "共转移群众12630人，其中渔排养殖人员4380人，其余8250人为沿海低洼地带群众，渔船全部回港。",
     "8250人", "沿海低洼地带群众"),
    # people arrested are counted by the arrest, as people killed by the death (拘捕286人)
    ("customs release", "季内海关共侦破走私案件1,862宗，拘捕286人，检获物品总值约9.46亿港元。", "286人", "拘捕"),
]


@pytest.mark.parametrize("genre,sentence,span,counted", COUNTED_EXACT, ids=[f"{r[0]}:{r[2]}" for r in COUNTED_EXACT])
def test_counted_exactly(run, genre, sentence, span, counted):
    assert counted_of(run, sentence, span) == counted
