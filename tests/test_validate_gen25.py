"""Validation rules of generalization round 25 (session 24).

Every row is a made-up sentence; the figures are given by hand, so only the validator is tested.
Each fails without its rule; rows marked (guard) hold what the new rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate_gen6 import checked, holds
from test_validate_gen8 import c

PLACES_AFTER_ZAI = "同时，在{names}{n}个市设立区域人才市场分会场，累计吸引外省企业420余家。"


@pytest.mark.parametrize("names, n, items, status", [
    ("襄阳、宜昌、荆州、黄冈", 5, 4, "fail"),
    ("襄阳、宜昌、荆州、黄冈", 4, 4, "pass"),  # (guard)
])
def test_places_named_after_zai_are_the_whole_list_of_the_count(names, n, items, status):
    # 在 opens the list: nothing can stand before its first place, so four names and 5个市 disagree
    doc = checked(PLACES_AFTER_ZAI.format(names=names, n=n), [c(f"{n}个", n, "个"), c("420余家", 420, "家")],
                  "list_count", "q1", [], status)
    assert [x["items"] for x in doc.checks if x["kind"] == "list_count"] == [items]
