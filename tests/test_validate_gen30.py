"""Validation rules of generalization round 30 (session 29).

Every row is a made-up sentence run through the whole pipeline (which figure a rule takes depends on
what each one counts).  Each fails without its rule; rows marked (guard) hold what a rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate_gen27 import _checks, _messages  # (the whole pipeline's checks of a made-up text)
from test_validate_gen28 import _sums  # (each sum check: its status and the items it adds)


def _percents(text: str) -> list[tuple[str, str]]:
    return [(c["status"], c["message"].split(" = ")[0]) for c in _checks(text) if c["kind"] == "percent"]


@pytest.mark.parametrize("share, status", [("40.4%", "pass"), ("45.4%", "fail")])
def test_a_share_of_the_whole_place_names_its_total_with_the_product_between(share, status):
    # "占全县种植面积" is the lede's "全县茶叶种植面积达5.2万亩", the product named between scope and noun
    text = ("今年，全县茶叶种植面积达5.2万亩，预计总产量约3000吨。\n\n"
            f"二、订单拓宽销路\n企业与种植户签订购销订单，订单面积2.1万亩，占全县种植面积的{share}。")
    assert _percents(text) == [(status, "2.1万 / 5.2万")], _checks(text)


def test_a_share_of_a_word_ending_a_longer_one_is_no_base_named_so():  # (guard)
    # "全市实现进出口总额" holds 出口总额 inside 进出口: the share of 出口总额 is of the exports
    text = ("全市实现进出口总额800亿元，其中出口500亿元、进口300亿元。\n\n"
            "从商品结构看，机电产品合计出口80亿元，占全市出口总额的16%。")
    assert ("pass", "80亿 / 500亿") in _percents(text), _checks(text)


def test_the_measure_of_a_verb_names_the_figure_its_sentence_breaks_down():
    # 销售量 is the 40万吨 sold, broken down after 其中 -- not the last item before the share
    text = ("全县苹果种植面积12万亩，预计总产量约50万吨。\n\n"
            "截至10月底，全县已销售苹果40万吨，其中订单销售20万吨、电商销售5万吨、客商收购15万吨，"
            "销售量占预计总产量的80%。")
    assert ("pass", "40万 / 50万") in _percents(text), _checks(text)


def test_a_share_in_tenths_is_shown_as_written():
    text = "全县葡萄种植面积2350公顷，占全省葡萄种植面积的7成以上。"
    assert any(" 7成 " in m for m in _messages(text)), _messages(text)


def test_a_place_named_by_a_numeral_and_fang_is_no_volume():
    # 四方坪街道: a street named 四方坪, not 4 立方米
    text = "全区15个夜市中，伍家岭街道5个、四方坪街道4个、湘雅路街道6个。"
    assert _sums(text) == [("pass", "5 + 4 + 6")], _checks(text)


def test_the_count_closing_a_list_of_names_after_the_rest_is_no_second_rest():
    text = "全区15个社区夜市中，甲街道5个、乙街道4个，其余6个分布在东风路、望麓园等6个街道。"
    assert _sums(text) == [("pass", "5 + 4 + 6")], _checks(text)


def test_a_scope_of_the_whole_place_names_the_body_total_not_the_headline():
    # (the scope's paragraph states no total of its own: the total is found by its words, text-wide)
    text = ("某县茶产业再创新高 全县茶园面积达3万亩\n\n本报讯 今年，全县茶园面积达3万亩，带动茶农增收。\n\n"
            "某县地处山区，气候适宜。全县茶园面积中，有机茶园1万亩、绿色茶园1.5万亩，其余0.5万亩为常规茶园。")
    sums = [c for c in _checks(text) if c["kind"] == "sum"]
    doc_title_end = text.index("\n")
    assert len(sums) == 1 and sums[0]["status"] == "pass", sums
    whole = next(q for q in _doc_quantities(text) if q["id"] == sums[0]["whole"])
    assert whole["start"] > doc_title_end, whole


def _doc_quantities(text: str) -> list[dict]:
    from textmine.document import Document
    from textmine.pipeline import load_pipeline

    return load_pipeline(None).run(Document(doc_id="t", source="t", original=text)).quantities


@pytest.mark.parametrize("total, status", [("9", "pass"), ("10", "fail")])
def test_a_count_of_all_after_its_items_is_their_sum(total, status):
    text = f"在全国锦标赛中，代表队获得金牌4枚、银牌3枚、铜牌2枚，奖牌总数{total}枚，创历史最好成绩。"
    assert _sums(text) == [(status, "4 + 3 + 2")], _checks(text)


def test_a_stock_reached_after_the_items_is_no_sum_of_them():  # (guard)
    text = ("全年新建防空警报器40台，其中电动警报器26台、电声警报器14台，全市防空警报器总数达到412台，"
            "城区覆盖率达到98.5%。")
    assert not _messages(text, "fail"), _checks(text)


def test_what_a_total_involves_is_no_part_of_it_when_larger():
    text = "政府预留约22亿元，为全港27个熟食中心进行翻新及改善工程，涉及熟食摊位约1100个。"
    assert not _messages(text, "fail"), _checks(text)


def test_the_rest_of_an_earlier_total_after_a_list_closed_by_its_own_rest():
    # the 12 left are the rest of the 20 the first 8 were taken from, not one more item of the 8
    text = ("政府分阶段为全市20个熟食中心进行翻新。\n\n首阶段涵盖其中8个熟食中心。当中位于北角的甲中心、乙中心等5个中心"
            "已完成工程并重开，其余3个中心预计于年底前完成。第二阶段涵盖余下12个熟食中心。")
    assert sorted(_sums(text)) == [("pass", "5 + 3"), ("pass", "8 + 12")], _checks(text)


@pytest.mark.parametrize("rest, status", [("22", "pass"), ("20", "fail")])  # (22: (guard) it completes the total)
def test_an_item_naming_the_rest_after_a_comma_ends_the_list(rest, status):
    text = f"秋季学期共查处校车交通违法行为40起，其中超员10起、超速8起，未按审定线路行驶等其他违法行为{rest}起。"
    assert _sums(text) == [(status, f"10 + 8 + {rest}")], _checks(text)


@pytest.mark.parametrize("second, status", [("14", "pass"), ("16", "fail")])
def test_stalls_counted_by_tan_are_items_of_a_count_of_stalls(second, status):
    # 摊 counts stalls (a figure), and a total counted by 个 holds them
    text = f"农民市集共设42个摊位，其中木瓜农友28摊、加工品及其他蔬果{second}摊。"
    assert _sums(text) == [(status, f"28 + {second}")], _checks(text)
