"""Entity rules of session 21: the sun is no place, a township listed among townships keeps its stem;
made-up sentences (simplified: the text as normalized)."""
from __future__ import annotations

from test_entities import ents


def test_the_sun_in_solar_power_is_no_place():
    found = ents("全县屋顶型太阳光电新增装置容量3.26万瓩，村民在自家屋顶装了太阳能板。")
    assert not [x for x in found if "太阳" in x[0]], found


def test_a_township_in_a_list_of_townships_keeps_a_stem_that_is_also_a_word():
    # 天堂 is a word, but 天堂寨镇 stands among 双河镇、斑竹园镇
    assert ("天堂寨镇", "LOCATION") in ents("电站分布在双河镇、斑竹园镇、天堂寨镇等23个乡镇。")
