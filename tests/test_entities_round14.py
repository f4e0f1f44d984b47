"""Entity rules from the jb set (unseen local news, session 11: a county court's report, a township's
rural revitalisation, a city's safety campaign): made-up sentences, one rule each; guards marked."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, name, kind", [
    # a numeral may open a township's name (万寨乡, 千灯镇, 九龙镇)
    ("今年以来，万寨乡坚持以党建引领乡村振兴。", "万寨乡", "LOCATION"),
    ("在千灯镇、九龙镇召开现场会。", "千灯镇", "LOCATION"),  # (guard: the model finds this one)
])
def test_names_round14(text, name, kind):
    assert (name, kind) in ents(text), ents(text)


@pytest.mark.parametrize("text, word", [
    # (guards) a numeral that counts, or multiplies a number, opens no township
    ("全年组织2100万城乡劳动者参加职业培训。", "万城乡"),
    ("惠及4.32亿城镇职工和城镇居民。", "亿城镇"),
    ("全县三个乡镇推进一乡一品。", "一乡"),
])
def test_no_such_name_round14(text, word):
    assert not any(w == word for w, _ in ents(text)), ents(text)
