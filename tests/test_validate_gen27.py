"""Validation rules of generalization round 27 (session 26).

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


def test_a_clause_after_a_semicolon_opening_with_an_adverb_and_a_verb_ends_the_list():
    # "；同步采集…样品1250份" is a new statement, not a part of the 3600 serum samples
    text = ("中心随机抽取3600份血清样品开展免疫抗体监测，其中抗体合格3168份，群体免疫抗体合格率为88%；"
            "同步采集非洲猪瘟病原学检测样品1250份，检测结果全部为阴性。")
    assert not _messages(text, "fail")


def test_progress_after_a_semicolon_still_counts_the_total_by_stage():
    # (guard) "；已整改3412条…其余74条": work done and the rest of the hazards counted before
    text = "共排查各类隐患3486条，其中重大隐患12项；已整改3412条，整改率97.9%，其余74条正在限期整改。"
    assert "3412 + 74 = 3486 ✓" in _messages(text, "pass")


@pytest.mark.parametrize("total, found", [("2860万元", True), ("2960万元", False)])  # (2960: no check, no false ✗)
def test_the_items_of_a_sentence_dividing_a_total_said_before_add_up_to_it(total, found):
    text = (f"总投资{total}的应急广播项目已通过验收。\n\n"
            "项目总投资中，中央和省级补助资金1500万元，县级财政配套860万元，其余500万元通过整合涉农资金解决。")
    msgs = _messages(text)
    assert ("1500万 + 860万 + 500万 = 2860万 ✓" in msgs) is found, msgs
    assert not _messages(text, "fail")


def test_the_rest_of_a_plan_is_no_item_of_the_kinds_of_work_done():
    text = ("全县计划改造老果园8万亩，目前已完成5.6万亩；其中新建矮砧密植园3.2万亩，乔化郁闭园间伐改形2.4万亩。"
            "县果业发展中心主任介绍，剩余2.4万亩将在年底前全部完成。")
    msgs = _messages(text)
    assert "3.2万 + 2.4万 = 5.6万 ✓" in msgs and not _messages(text, "fail"), msgs


@pytest.mark.parametrize("rate, status", [("39.9%", "pass"), ("45.0%", "fail")])
def test_a_rate_is_of_the_stage_its_stem_names_not_the_next_item(rate, status):
    text = f"全县列管露营区共218处，其中已完成合法登记87处、辅导中96处，其余35处尚未提出申请，合法化比率约{rate}。"
    got = [c for c in _checks(text) if c["kind"] == "percent"]
    assert [c["status"] for c in got] == [status] and got[0]["message"].startswith("87 / 218"), got


def test_a_smaller_figure_of_another_act_on_the_headline_noun_restates_nothing():
    # "首批结业学徒3960人" under "培养学徒5200余人": those who finished, not those trained
    text = ("芜湖全面推行企业新型学徒制 全年培养学徒5200余人\n\n全市全面推行企业新型学徒制，全年新增培养学徒5216人。"
            "新型学徒制首批结业学徒3960人，取得技能等级证书3528人。")
    assert not _messages(text, "fail")


@pytest.mark.parametrize("count, status", [("七个", "fail"), ("六个", "pass")])
def test_a_list_ji_opens_and_a_count_closes_is_checked_against_that_count(count, status):
    # not against the 216 classes before 即
    text = f"今年全县共开设族语学习班216班，即阿美语、排湾语、卑南语、布农语、鲁凯语、达悟语{count}族语别，学员达4320人。"
    got = [(c["status"], c["message"]) for c in _checks(text) if c["kind"] == "list_count"]
    assert got == [(status, "6 items are named, but the text says 7" if status == "fail" else "6 named = 6 ✓")], got


@pytest.mark.parametrize("share, status", [("54.5%", "pass"), ("58.3%", "fail")])
def test_a_share_of_a_long_name_of_a_breakdown_item_is_of_that_item(share, status):
    # 商品薯种植面积 names one figure, an item of a breakdown outside the opening paragraph; the share's
    # own noun (的比重) is no part of the name
    text = ("全县马铃薯种植面积稳定在42.6万亩，综合产值达到38.7亿元。\n\n"
            "一、种植规模\n据调查，全县马铃薯种植面积42.6万亩，其中脱毒种薯繁育面积8.5万亩，商品薯种植面积34.1万亩。\n\n"
            f"二、订单种植\n全县落实订单种植面积18.6万亩，占商品薯种植面积的比重达到{share}。")
    got = [(c["status"], c["message"][:13]) for c in _checks(text) if c["kind"] == "percent"]
    assert got == [(status, "18.6万 / 34.1万")], got


@pytest.mark.parametrize("local, found", [("9套", True), ("8套", False)])  # (8套, a guard: no check, no false ✗)
def test_items_right_after_a_marked_total_add_up_to_it(local, found):
    # "共推出剧目14套，本地制作9套、外地邀演5套": no 其中, yet the clause after the total breaks it down
    text = f"本届艺术节为期31天，其中戏剧单元共推出剧目14套，本地制作{local}、外地邀演5套，合共演出46场。"
    msgs = _messages(text)
    assert ("9 + 5 = 14 ✓" in msgs) is found and not _messages(text, "fail"), msgs


@pytest.mark.parametrize("rate, status", [("57.2%", "pass"), ("62.5%", "fail")])
def test_a_capacity_use_rate_is_the_output_over_the_capacity(rate, status):
    # 产能利用率 names neither figure by its stem: its part is the output (产量), its base the capacity
    text = f"全市碳酸锂产能达到35万吨，全年碳酸锂产量14.2万吨；锂电池产能达到120GWh，全年产量68.6GWh，产能利用率{rate}。"
    got = [(c["status"], c["message"][:10]) for c in _checks(text) if c["kind"] == "percent"]
    assert got == [(status, "68.6 / 120")], got
