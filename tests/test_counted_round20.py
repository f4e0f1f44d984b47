"""What a figure counts (``counted``): wordings of the twentieth round (session 20).

Each row is a sentence written for this file in the style of the genre named, and fails without
the rule its comment names (rows marked guard hold what a rule must keep).
"""
from __future__ import annotations

import pytest

from test_counted import counted_of, run  # noqa: F401  (run: the fixture, text -> a document through the figures stage)


# (genre, sentence, figure, what it counts, exactly)
COUNTED_EXACT = [
    # names of one kind opening the clause before a 分别为 list, with no intro word: the i-th is the
    # i-th figure's (the last one cut where the shared ending ends)
    ("metro holiday report", "国庆假期，4号线、2号线和6号线客运量位居前三，分别为210.5万人次、188.2万人次、150.3万人次。",
     "188.2万人次", "2号线"),
    ("metro holiday report", "国庆假期，4号线、2号线和6号线客运量位居前三，分别为210.5万人次、188.2万人次、150.3万人次。",
     "150.3万人次", "6号线"),
]


@pytest.mark.parametrize("genre,sentence,span,counted", COUNTED_EXACT, ids=[f"{r[0]}:{r[2]}" for r in COUNTED_EXACT])
def test_counted_exactly(run, genre, sentence, span, counted):
    assert counted_of(run, sentence, span) == counted
