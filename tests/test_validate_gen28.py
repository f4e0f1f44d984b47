"""Validation rules of generalization round 28 (session 27).

Every row is a made-up sentence run through the whole pipeline (which figure a rule takes depends on
what each one counts).  Each fails without its rule; rows marked (guard) hold what a rule must keep.
"""
from __future__ import annotations

import pytest

from textmine.document import Document
from textmine.pipeline import load_pipeline


def _checks(text: str) -> list[dict]:
    doc = load_pipeline(None).run(Document(doc_id="t", source="t", original=text))
    return doc.checks


def _messages(text: str, status: str | None = None) -> list[str]:
    return [c["message"] for c in _checks(text) if status is None or c["status"] == status]


@pytest.mark.parametrize("share, found", [("15.9%", True), ("19.9%", False)])  # (19.9%: (guard) pass-only, no ✗)
def test_a_share_of_a_total_named_by_its_last_word_alone(share, found):
    # 羊只存栏总量 is the 存栏168.4万只 of the sheep kept: the words before it are another figure's
    text = ("全县羊只饲养量达到312.6万只，其中存栏168.4万只、出栏144.2万只。\n\n"
            f"全县山羊存栏26.8万只，占羊只存栏总量的{share}，主要分布在8个乡镇。")
    msgs = _messages(text)
    assert ("26.8万 / 168.4万 = 15.91% ✓" in msgs) is found, msgs
    assert not _messages(text, "fail")


@pytest.mark.parametrize("items, kind", [("8200盏、5900盏、6300盏、5600盏", "sum"),
                                         ("8200盏、5900盏、6300盏、3400盏", "part_of")])  # (an open breakdown: no ✗)
def test_items_of_work_done_divide_the_figure_the_same_words_count(items, kind):
    # 分别完成改造 names the 已完成改造2.6万盏, not the 2.85万 planned, which the done part belongs to
    text = ("全市现有路灯3.48万盏，其中2.85万盏纳入改造计划。截至去年底，已完成改造2.6万盏，剩余2500盏将于今年"
            f"完成。分区域看，天元区、芦淞区、荷塘区、石峰区分别完成改造{items}。")
    got = [c for c in _checks(text) if len(c["parts"]) == 4]
    assert [c["kind"] for c in got] == [kind] and "2.6万" in got[0]["message"], got
    assert got[0]["status"] == "pass", got


def test_a_ji_between_two_places_joins_two_items():
    # 台湾及葡萄牙: two places of an open list, not one item
    text = "本届艺术节邀请来自内地、香港、台湾及葡萄牙、捷克、印尼等8个国家和地区的23个艺团参与。"
    got = [c for c in _checks(text) if c["kind"] == "list_count"]
    assert [c["items"] for c in got] == [6], got


def test_a_ji_inside_a_name_still_joins_nothing():
    # (guard) 机器人及智能装备 is one item
    text = "全区培育了机器人及智能装备、新材料、生物医药等3个产业集群。"
    got = [c for c in _checks(text) if c["kind"] == "list_count"]
    assert [c["items"] for c in got] == [3], got


@pytest.mark.parametrize("rest, status", [("1,220", "pass"), ("1,020", "fail")])
def test_work_done_and_what_remains_add_up_to_the_total_the_rate_names(rest, status):
    # the planted area is the part of a national share, yet the base of the harvest's progress; 尚余 is the rest
    text = ("全县春作花生种植面积12,480公顷，占全国春作花生种植面积15,880公顷的78.6%。\n\n"
            f"截至5月底，全县已采收11,260公顷，采收进度达90.2%，尚余{rest}公顷预计于6月中旬前全部采收完毕。")
    checks = _checks(text)
    assert any(c["kind"] == "percent" and c["message"] == "11260 / 12480 = 90.22% ✓" for c in checks), checks
    got = [c for c in checks if c["kind"] == "sum"]
    assert [c["status"] for c in got] == [status] and got[0]["message"].startswith("11260 + "), got
