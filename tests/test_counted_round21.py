"""What a figure counts (``counted``): wordings of the twenty-first round (session 21).

Each row is a sentence written for this file in the style of the genre named, and fails without
the rule its comment names (rows marked guard hold what a rule must keep).
"""
from __future__ import annotations

import pytest

from test_counted import counted_of, run  # noqa: F401  (run: the fixture, text -> a document through the figures stage)


# (genre, sentence, figure, what it counts, exactly)
COUNTED_EXACT = [
    # a clause that opens with the people is named by their deed, not by the clause before it
    ("youth programme release", "实习期间另举办分享会5场，逾600人次参与。", "逾600人次", "参与"),
    ("fire services release", "全年发生三级火警4宗，火警导致12人死亡、208人受伤。", "208人", "受伤"),
    # (guard) a noun of people before them names them
    ("job fair report", "举办专场招聘会12场，1200余名求职者参加。", "1200余名", "求职者"),
]


@pytest.mark.parametrize("genre,sentence,span,counted", COUNTED_EXACT, ids=[f"{r[0]}:{r[2]}" for r in COUNTED_EXACT])
def test_counted_exactly(run, genre, sentence, span, counted):
    assert counted_of(run, sentence, span) == counted
