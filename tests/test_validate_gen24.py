"""Validation rules of generalization round 24 (session 23).

Every row is a made-up sentence; the figures are given by hand, so only the validator is tested.
Each fails without its rule; rows marked (guard) hold what the new rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate import make_doc
from test_validate_gen6 import checked, holds
from test_validate_gen8 import c, money
from test_validate_gen19 import pct

FUNDS = "全年落实工作经费{total}万元，其中争取省级资金2600万元、市级资金690万元，县级财政配套520万元，重点用于站点建设。"


def funds(total):
    return [money(f"{total}万元", total * 10_000), money("2600万元", 26_000_000), money("690万元", 6_900_000),
            money("520万元", 5_200_000)]


@pytest.mark.parametrize("total, status", [(3810, "pass"), (3850, "fail")])
def test_the_next_levels_share_after_a_comma_is_one_more_item(total, status):
    # 2600 + 690 + 520 = 3810: 县级 after 省级, 市级 is the last level's share, not another statement
    # (the pass row is a guard: items that complete the total were read as one list before)
    (holds if status == "pass" else checked)(FUNDS.format(total=total), funds(total), "sum", "q1",
                                             ["q2", "q3", "q4"], status)


STATIONS = ("全县共建成服务中心（站）{total}个，其中乡镇服务站19个、村级服务站{village}个。对照标准开展督导检查，"
            "{done}个服务站达到省级示范标准，达标率{rate}%。")


def test_a_rate_whose_stem_is_the_short_form_of_its_clause_is_of_the_count_before_it():
    # 达标 = 达到…标准: the 347 stations that met it, over the 360 of the sentence before (not the 340
    # village stations, nearer, which the rate does not agree with)
    text = STATIONS.format(total=360, village=341, done=347, rate="96.4")
    figures = [c("360个", 360, "个"), c("19个", 19, "个"), c("341个", 341, "个"), c("347个", 347, "个"),
               pct("96.4%", 96.4)]
    holds(text, figures, "percent", "q1", ["q4"], "pass")


SEIZED = ("海关共侦破毒品案件143宗，检获各类毒品{total}公斤，拘捕97人。检获毒品中，可卡因412公斤、冰毒356公斤、"
          "大麻298公斤、氯胺酮60公斤。")


@pytest.mark.parametrize("total, status", [(1126, "pass"), (1136, "fail")])
def test_a_scope_named_by_a_verb_and_a_noun_is_of_the_figure_they_name_with_a_word_between(total, status):
    figures = [c("143宗", 143, "宗"), c(f"{total}公斤", total, "公斤"), c("97人", 97, "人"), c("412公斤", 412, "公斤"),
               c("356公斤", 356, "公斤"), c("298公斤", 298, "公斤"), c("60公斤", 60, "公斤")]
    (holds if status == "pass" else checked)(SEIZED.format(total=total), figures, "sum", "q2",
                                             ["q4", "q5", "q6", "q7"], status)


def test_guard_a_scope_the_words_describe_in_a_clause_is_not_of_that_figure():
    # 交流教师 are the 412 who moved, not the 1126 符合交流条件的教师
    text = "全县符合交流条件的教师1126人，本年度实际交流轮岗412人。交流教师中骨干教师96人，占交流总数的23.3%。"
    doc = make_doc(text, [c("1126人", 1126, "人"), c("412人", 412, "人"), c("96人", 96, "人"), pct("23.3%", 23.3)])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


MUSEUMS = ("文化局辖下11间博物馆及展馆合共接待访客{total}万人次。\n一、博物馆访客稳步回升\n在11间博物馆及展馆中，"
           "澳门博物馆接待访客112.4万人次，澳门艺术博物馆68.7万人次，其余9间馆合共205.1万人次。")


def museums(total):
    return [c("11间", 11, "间"), c(f"{total}万人次", total * 10_000, "人次"), c("11间", 11, "间"),
            c("112.4万人次", 1_124_000, "人次"), c("68.7万人次", 687_000, "人次"), c("9间", 9, "间"),
            c("205.1万人次", 2_051_000, "人次")]


def test_an_item_smaller_than_the_items_after_it_is_one_more_of_them_not_their_total():
    # 112.4万 is the first museum's, no total of the next one and the rest
    doc = make_doc(MUSEUMS.format(total="386.2"), museums(386.2))
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


def test_work_done_and_the_rest_of_an_earlier_item_are_of_that_item():
    # "发现问题75项，已完成处理68项，其余7项": not a run of items under the 8个 before
    text = "历史城区包括22座历史建筑和8个前地，全年巡查1460次，发现问题75项，已完成处理68项，其余7项正在跟进。"
    figures = [c("22座", 22, "座"), c("8个", 8, "个"), c("1460次", 1460, "次"), c("75项", 75, "项"),
               c("68项", 68, "项"), c("7项", 7, "项")]
    holds(text, figures, "sum", "q4", ["q5", "q6"], "pass")


@pytest.mark.parametrize("total, status", [(1368, "pass"), (1378, "fail")])
def test_the_item_after_a_comma_that_completes_the_total_after_one_item_is_one_more(total, status):
    # 比赛当天: 比赛 is a word, no comparison, so the total is no comparison's base either
    text = f"比赛当天各医疗站累计接诊跑者{total}人次，其中轻症处置1342人次，送医观察26人次，所有跑者均已离院。"
    figures = [c(f"{total}人次", total, "人次"), c("1342人次", 1342, "人次"), c("26人次", 26, "人次")]
    (holds if status == "pass" else checked)(text, figures, "sum", "q1", ["q2", "q3"], status)


@pytest.mark.parametrize("total, status", [(48, "pass"), (46, "fail")])
def test_last_years_figure_after_较_is_no_total_and_an_item_named_like_the_others_is_one_more(total, status):
    text = (f"全县共查处各类涉渔违规案件{total}起，较去年同期的56起下降17.9%。其中，非法捕捞案件29起，"
            "涉渔船舶案件11起，违规收购渔获物案件8起。")
    figures = [c(f"{total}起", total, "起"), c("56起", 56, "起"), pct("17.9%", 17.9), c("29起", 29, "起"),
               c("11起", 11, "起"), c("8起", 8, "起")]
    (holds if status == "pass" else checked)(text, figures, "sum", "q1", ["q4", "q5", "q6"], status)


def test_guard_同时_after_a_semicolon_opens_another_matter():
    text = "全市公开招聘幼儿园教师620名，其中具有本科及以上学历的418名，占67.4%；同时新增保育员330名。"
    doc = make_doc(text, [c("620名", 620, "名"), c("418名", 418, "名"), pct("67.4%", 67.4), c("330名", 330, "名")])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks


@pytest.mark.parametrize("rate, status", [("91.1", "pass"), ("93.1", "fail")])
def test_a_satisfaction_degree_is_a_rate_of_the_part_its_stem_names(rate, status):
    text = f"满意度调查共回收有效问卷5,260份，其中表示“满意”或“非常满意”的有4,790份，满意度为{rate}%。"
    figures = [c("5,260份", 5260, "份"), c("4,790份", 4790, "份"), pct(f"{rate}%", float(rate))]
    checked(text, figures, "percent", "q1", ["q2"], status)
