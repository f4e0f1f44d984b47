"""Figures of session 18: flowers counted in 束 and plants in 盆."""
from __future__ import annotations

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_bunches_and_pots_are_classifiers(run):
    got = spans(run("清明期间免费发放鲜花1.8万余束，社区摆放绿植600盆。"))
    assert [(s[0], s[3]) for s in got] == [("1.8万余束", "束"), ("600盆", "盆")], got
