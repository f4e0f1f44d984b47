"""Entity rules of session 28; made-up sentences (simplified: the text as normalized)."""
from __future__ import annotations

import pytest

from test_entities import ents

LOC, ORG = "LOCATION", "ORGANIZATION"

SPECIES = ("监测到中华白海豚出没86次，华南虎、东北虎和中华鲟均为国家一级保护动物，台湾黑熊在花莲县出没，"
           "东北虎豹国家公园管理局开展巡护。")


@pytest.mark.parametrize("name", ["中华", "华南", "东北", "台湾"])
def test_no_place_is_named_inside_a_species_named_after_one(name):
    assert (name, LOC) not in ents(SPECIES), ents(SPECIES)


@pytest.mark.parametrize("name, kind", [("花莲县", LOC), ("东北虎豹国家公园管理局", ORG)])  # (guard)
def test_places_and_names_holding_a_species_stay(name, kind):
    assert (name, kind) in ents(SPECIES), ents(SPECIES)
