"""Figures of session 20: scores in 分 after a word for a score, and only there."""
from __future__ import annotations

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_scores_after_a_word_for_a_score(run):
    got = spans(run("全市营商环境评估得分91.5分，学生体质测试平均分提高了近8分。"))
    assert [(s[0], s[1], s[3], s[5]) for s in got] == [("91.5分", 91.5, "分", "exact"),
                                                       ("近8分", 8, "分", "under")], got


def test_guard_fen_as_minutes_very_or_a_verb_is_no_score(run):
    # (guard) a time of minutes and seconds, 十分 (very), 分 opening a word, no score word before
    assert spans(run("考核用时3分20秒。成绩十分理想，评分分类进行。每人1分钱。")) == []


def test_ordinals_of_sites_and_firsts(run):
    got = spans(run("建成全市第3座污水处理厂，成为全省第一家示范馆。"))
    assert [(s[0], s[1], s[4]) for s in got] == [("第3座", 3, "ordinal"), ("第一家", 1, "ordinal")], got


def test_bracketed_second_classifiers_school_rounds_shifts_trains_and_nights(run):
    got = spans(run("筹集房源4826套(间)，征集文物8642件(套)，访视学校314校次，增开2个班次，开行班列186列，平均留宿1.6晚。"))
    assert [(s[0], s[3]) for s in got] == [("4826套(间)", "套间"), ("8642件(套)", "件套"), ("314校次", "校次"),
                                           ("2个班次", "班次"), ("186列", "列"), ("1.6晚", "晚")], got


def test_guard_lie_and_wan_opening_words_are_no_trains_or_nights(run):
    # (guard) 列入, 列车, 一晚上, and either in Chinese numerals
    assert spans(run("项目列入计划，3列车停运，两列队伍，演出持续一晚上，3晚会。")) == []


def test_a_half_after_cheng_and_bounds_joined_by_ji(run):
    got = spans(run("占总开支约七成半，缴费1500元及以上的人数，体重50公斤及以下。"))
    assert [(s[0], s[1], s[5]) for s in got] == [("约七成半", 75, "about"), ("1500元及以上", 1500, "over"),
                                                 ("50公斤及以下", 50, "under")], got


def test_guard_an_age_bound_with_ji_keeps_the_age_alone(run):
    # the gold files write 60岁 (the age) before 及以上老年人 (the people)
    got = spans(run("全县60岁及以上老年人有2.1万人。"))
    assert [(s[0], s[5]) for s in got] == [("60岁", "exact"), ("2.1万人", "exact")], got


def test_a_daily_average_or_turnover_may_be_a_fractional_count(run):
    got = spans(run("泊位日均周转率由1.8次提高到3.1次。"))
    assert [(s[0], str(s[1])) for s in got] == [("1.8次", "1.8"), ("3.1次", "3.1")], got


def test_guard_a_place_named_by_its_distance_before_chong(run):
    assert spans(run("檀林镇七里冲村村民胡桂英说。")) == []


def test_districts_or_cities_after_a_scope_or_a_list_of_their_names(run):
    got = spans(run("站点分布于东涌、屯门、元朗及观塘四区；赣州、宜春、吉安三市增速较快；服务覆盖全港18区。"))
    assert [(s[0], s[3]) for s in got] == [("四区", "区"), ("三市", "市"), ("18区", "区")], got


def test_guard_districts_without_a_scope_or_list_are_no_count(run):
    # (guard) 两区联动, 3区域, 5区县: a pair acting together, areas, or districts and counties
    assert spans(run("两区联动推进，划定3区域，另有5区县参与。")) == []


def test_batches_with_ge_and_train_runs(run):
    got = spans(run("抽检食品214个批次，开行列车2.38万列次。"))
    assert [(s[0], s[3]) for s in got] == [("214个批次", "批次"), ("2.38万列次", "列次")], got
