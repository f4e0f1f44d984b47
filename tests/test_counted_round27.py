"""What a figure counts (``counted``): wordings of the twenty-seventh round (session 29).

Each row is a sentence written for this file in the style of the genre named, and fails without
the rule its comment names (rows marked guard hold what a rule must keep).
"""
from __future__ import annotations

import pytest

from test_counted import counted_of, run  # noqa: F401  (run: the fixture, text -> a document through the figures stage)

# (genre, sentence, figure, what it counts)
COUNTED_EXACT = [
    # a noun's suffix after a word the figure's classifier was read into (17家|业|者: 家业 is a word)
    ("rice-noodle makers", "目前已有17家业者、共86项产品取得产地标章。", "17家", "业者"),
    ("rice-noodle makers", "52家业者中已有21家取得验证。", "52家", "业者"),
    # (guard) a noun ending in 者 read whole stays so
    ("job training", "全市有120名劳动者参加技能培训。", "120名", "劳动者"),
]


@pytest.mark.parametrize("genre,sentence,span,counted", COUNTED_EXACT, ids=[f"{r[0]}:{r[2]}" for r in COUNTED_EXACT])
def test_counted_exactly(run, genre, sentence, span, counted):
    assert counted_of(run, sentence, span) == counted
