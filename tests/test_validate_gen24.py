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
