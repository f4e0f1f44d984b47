"""Entity rules of session 12: divisions named after the NER gazetteer was built (admin_recent.txt,
rule-only) and a place the model ended inside such a name; made-up sentences, guards marked."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, names", [
    # county -> district (2020) after its city: the model stopped inside the new name
    ("芜湖市湾沚区六郎镇召开防汛工作会议。", ["芜湖市", "湾沚区", "六郎镇"]),
    # county -> city (2020) alone, in a list
    ("无为市、广德市分别检查企业300家和200家。", ["无为市", "广德市"]),
    # (guard) names the gazetteer has always had stay as they were
    ("杭州市萧山区、余杭区共有企业300家。", ["杭州市", "萧山区", "余杭区"]),
])
def test_recent_divisions(text, names):
    found = ents(text)
    for name in names:
        assert (name, "LOCATION") in found, found


def test_recent_divisions_are_only_new_division_names():
    """admin_recent.txt adds to the model's gazetteer without repeating it (a name in both would mean
    the model file was rebuilt and this list not) and holds division names only, no zones."""
    from textmine.extract import ner_model as nm

    base = nm.data_dir() / "gazetteer"
    recent = nm.read_wordlist(base / "admin_recent.txt")
    assert len(recent) == len(set(recent)) > 100
    assert not set(recent) & set(nm.read_wordlist(base / "admin_divisions.txt"))
    assert all(w[-1] in "市区县" and "开发" not in w and "园区" not in w for w in recent)
