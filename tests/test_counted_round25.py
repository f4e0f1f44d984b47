"""What a figure counts (``counted``): wordings of the twenty-fifth round (session 26).

Each row is a sentence written for this file in the style of the genre named, and fails without
the rule its comment names (rows marked guard hold what a rule must keep).
"""
from __future__ import annotations

import pytest

from test_counted import counted_of, run  # noqa: F401  (run: the fixture, text -> a document through the figures stage)

TERRACES = ("今年全县完成坡耕地梯田改造8.4万亩，带动农户1.1万户。\n"
            "全年改造工作覆盖全县9个乡镇。分乡镇看，龙泉镇改造1.6万亩、石桥乡1.2万亩、白沙镇0.9万亩。")
SEEDS = "全年新建高标准苗圃1260亩。\n其中青山镇新建420亩，红岩乡新建380亩。"
VISITS = ("独居老人全部纳入走访范围，走访覆盖率100%。其中，龙泉镇、石桥镇、白沙镇3个山区镇海拔高，"
          "志愿者分别走访1260户、980户、1120户。")
JOBS = "毕业生中协议就业2136人，其中在省会城市就业1284人。"

# (genre, sentence, figure, what it counts, exactly)
COUNTED_EXACT = [
    # a place doing a verb after a total named by the verb's object and the verb (坡耕地梯田改造8.4万亩)
    # is that place's share of the total's thing, not the object of the verb's other use in the paragraph
    # (改造|工作覆盖全县|9个乡镇 is no figure of 亩)
    ("county terraces", TERRACES, "1.6万亩", "坡耕地梯田改造"),
    # an item after 其中/当中 named by a hospital cluster or a police precinct is its share of the total's noun
    ("hospital beds", "医管局现时共设纾缓治疗病床360张，当中新界东联网128张、九龙东联网96张。", "128张", "病床"),
    ("police precincts", "全市警方共查处交通违法行为1286件，其中第一分局426件、第二分局378件。", "378件", "交通违法行为"),
    # (guard) ... and a place said with 在 is where, the phrase kept whole
    ("graduate jobs", JOBS, "1284人", "在省会城市就业"),
]

# (genre, sentence, figure, what its counted holds)
COUNTED_HOLDS = [
    # townships after a breakdown cue (分乡镇看，) are places' shares of what the item before counts,
    # though no gazetteer lists them -- not the place alone, nor the item before's place
    ("county terraces", TERRACES, "1.2万亩", "坡耕地梯田改造"),
    ("county terraces", TERRACES, "0.9万亩", "坡耕地梯田改造"),
    # a lake's zones (片区) after 其中 are places' shares of the total's noun
    ("lake dredging", "工程共完成清淤土方860万立方米，其中成子湖片区320万立方米、溧河洼片区285万立方米。", "285万立方米",
     "清淤土方"),
    # ... and so are places after 其中 opening the sentence after the total (no 分别 list there)
    ("nursery planting", SEEDS, "420亩", "高标准苗圃"),
    ("nursery planting", SEEDS, "380亩", "高标准苗圃"),
]


@pytest.mark.parametrize("genre,sentence,span,counted", COUNTED_EXACT, ids=[f"{r[0]}:{r[2]}" for r in COUNTED_EXACT])
def test_counted_exactly(run, genre, sentence, span, counted):
    assert counted_of(run, sentence, span) == counted


@pytest.mark.parametrize("genre,sentence,span,part", COUNTED_HOLDS, ids=[f"{r[0]}:{r[2]}" for r in COUNTED_HOLDS])
def test_counted_holds(run, genre, sentence, span, part):
    got = counted_of(run, sentence, span)
    assert part in got and not got.startswith(("石桥乡石", "白沙镇石")), got


def test_an_object_of_another_unit_is_not_what_a_count_counts(run):
    # 分别走访1260户: the verb's object said before must be one a figure of 户 counts, not 走访|覆盖率100%
    got = counted_of(run, VISITS, "980户")
    assert "覆盖率" not in got and "走访" in got, got
