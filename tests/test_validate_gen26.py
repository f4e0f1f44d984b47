"""Validation rules of generalization round 26 (session 25).

Every row is a made-up sentence; the figures are given by hand, so only the validator is tested.
Each fails without its rule; rows marked (guard) hold what the new rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate import make_doc
from test_validate_gen6 import checked, fails, holds
from test_validate_gen8 import c, money
from test_validate_gen19 import pct

from textmine.document import Document
from textmine.pipeline import load_pipeline


def _run(text: str) -> Document:
    return load_pipeline(None).run(Document(doc_id="t", source="t", original=text))


def test_a_rest_alone_in_its_classifier_completes_named_items_no_sum():
    # the markets before 其余 are named and counted in 家次; the rest's 12处 is no sum of 15处
    text = ("今年针对辖内15处夜市开展检查，共检查摊商1864家次，其中甲夜市412家次、乙夜市386家次、丙夜市351家次，"
            "其余12处夜市合计715家次。")
    figures = [c("15处", 15, "处"), c("1864家次", 1864, "家次"), c("412家次", 412, "家次"), c("386家次", 386, "家次"),
               c("351家次", 351, "家次"), c("12处", 12, "处"), c("715家次", 715, "家次")]
    holds(text, figures, "sum", "q2", ["q3", "q4", "q5", "q7"], "pass")


@pytest.mark.parametrize("text", [
    # the total of the rest is no item of an earlier sentence's list, smaller than the part before it
    "本届赛事设三个组别，其中标准组18支、小龙舟组16支、女子组9支。市内各县市区派出31支，其余12支来自省外。",
    # nor is it, after a breakdown cue, the last item of that list
    "本届赛事设三个组别，其中标准组18支、小龙舟组16支、女子组9支。从队伍来源看，市内各区县派出31支，其余12支来自省外。",
])
def test_the_rest_and_the_part_before_it_are_no_items_of_an_earlier_list(text):
    # (the whole pipeline: which figure the rest takes for its total depends on what each one counts)
    assert not [x for x in _run(text).checks if x["status"] == "fail"]


@pytest.mark.parametrize("share, found", [("87.5%", True), ("85.0%", False)])  # (85.0%: guard)
def test_a_share_of_the_count_of_a_classifier_is_of_the_figure_counted_by_it(share, found):
    # 缺水群众户数 is the 户 of 缺水群众1.2万户, stated a paragraph before (so pass-only: where the share
    # does not agree, the base may be another one the text does not state)
    text = (f"全镇缺水群众1.2万户4.1万人。\n镇里新打机井12眼。截至目前，已解决1.05万户3.6万人的饮水困难，"
            f"占缺水群众户数的{share}，其余群众由送水车保障。")
    figures = [c("1.2万户", 12000, "户"), c("4.1万人", 41000, "人"), c("12眼", 12, "眼"), c("1.05万户", 10500, "户"),
               c("3.6万人", 36000, "人"), pct(share, float(share[:-1]))]
    if found:
        holds(text, figures, "percent", "q1", ["q4"], "pass")
    else:
        assert not fails(make_doc(text, figures))


@pytest.mark.parametrize("bad, status", [("28件", "pass"), ("27件", "fail")])
def test_an_outcome_and_its_negation_joined_by_a_comma_of_enumeration_split_the_total(bad, status):
    text = f"共抽检样品640件，检测结果合格612件、不合格{bad}。"
    figures = [c("640件", 640, "件"), c("612件", 612, "件"), c(bad, int(bad[:-1]), "件")]
    holds(text, figures, "sum", "q1", ["q2", "q3"], status)


@pytest.mark.parametrize("last, status", [("4件", "pass"), ("5件", "fail")])
def test_the_scope_of_an_outcome_and_its_total_head_is_that_outcome(last, status):
    # 不合格样品中: 不合格 (the item) + 样品 (its total's noun) names the 28
    text = f"共抽检样品640件，检测结果合格612件、不合格28件。不合格样品中，甲超标15件、乙超标9件、丙超量{last}。"
    figures = [c("640件", 640, "件"), c("612件", 612, "件"), c("28件", 28, "件"), c("15件", 15, "件"),
               c("9件", 9, "件"), c(last, int(last[:-1]), "件")]
    checked(text, figures, "sum", "q3", ["q4", "q5", "q6"], status)


def test_a_rate_right_after_its_count_is_of_the_earlier_total_it_agrees_with():
    # the rate's stem (不合格率) is worded otherwise by its count (不符规定者): found where it agrees
    text = "全年共检查门店2400家次。初查时管理不符规定者312家次，初查不合格率13.0%，复查后全部整改。"
    holds(text, [c("2400家次", 2400, "家次"), c("312家次", 312, "家次"), pct("13.0%", 13.0)],
          "percent", "q1", ["q2"], "pass")


@pytest.mark.parametrize("n, unit, status", [("3个", "个", "pass"), ("3类", "类", "pass"), ("4类", "类", "fail")])
def test_a_joiner_the_tokenizer_glues_to_the_word_before_still_closes_a_list(n, unit, status):
    # jieba reads 小龙舟|组和|女子组: the 和 is still the joiner before the last name (a count of kinds
    # is compared both ways)
    # (the whole pipeline: its tokenizer is the one that glues 组和)
    lists = [x for x in _run(f"赛事设置标准龙舟组、小龙舟组和女子组{n}项目，吸引队伍43支。").checks
             if x["kind"] == "list_count"]
    assert [(x["items"], x["status"]) for x in lists] == [(3, status)], doc.checks


@pytest.mark.parametrize("rest, status", [("45家次", "pass"), ("44家次", "fail")])
def test_the_rests_own_sum_is_one_more_item_of_a_breakdown(rest, status):
    text = ("全市共检查冷库312家次。从区域分布看，甲区检查冷库126家次、乙区84家次、丙区57家次，"
            f"丁县、戊县等其余县区合计{rest}。")
    figures = [c("312家次", 312, "家次"), c("126家次", 126, "家次"), c("84家次", 84, "家次"), c("57家次", 57, "家次"),
               c(rest, int(rest[:2]), "家次")]
    holds(text, figures, "sum", "q1", ["q2", "q3", "q4", "q5"], status)


@pytest.mark.parametrize("subject, share, part, status", [
    ("出口额", "68.4%", "q2", "pass"), ("进口额", "30.0%", "q3", "fail")])
def test_a_ratios_subject_names_its_part_among_the_items_before_it(subject, share, part, status):
    text = f"全年实现进出口额45.6亿元，其中出口额31.2亿元、进口额14.4亿元，{subject}占比为{share}。"
    figures = [money("45.6亿元", 4560000000), money("31.2亿元", 3120000000), money("14.4亿元", 1440000000),
               pct(share, float(share[:-1]))]
    checked(text, figures, "percent", "q1", [part], status)


@pytest.mark.parametrize("share, status", [("105.6%", "pass"), ("103.6%", "fail")])
def test_work_done_over_a_plan_it_exceeds(share, status):
    text = f"年初下达新增蜂箱任务8000箱，全年实际新增8450箱，完成任务的{share}。"
    figures = [c("8000箱", 8000, "箱"), c("8450箱", 8450, "箱"), pct(share, float(share[:-1]))]
    checked(text, figures, "percent", "q1", ["q2"], status)


@pytest.mark.parametrize("total, status", [("186件", "pass"), ("185件", "fail")])
def test_a_grade_ending_in_deng_labels_the_next_item_and_closes_no_list(total, status):
    text = f"共评出获奖作品{total}，其中特优12件、优等36件、甲等60件、佳作78件。"
    figures = [c(total, int(total[:3]), "件"), c("12件", 12, "件"), c("36件", 36, "件"), c("60件", 60, "件"),
               c("78件", 78, "件")]
    doc = checked(text, figures, "sum", "q1", ["q2", "q3", "q4", "q5"], status)
    assert not [x for x in doc.checks if x["kind"] == "list_count"], doc.checks


@pytest.mark.parametrize("share, status", [("38.7%", "pass"), ("36.7%", "fail")])
def test_the_count_of_a_classifier_after_a_label_names_that_item(share, status):
    # 甲组件数 is the 件 of 甲组482件, not the last item before the share
    text = (f"本届共收件1246件。比赛分四组，其中甲组482件、乙组316件、丙组198件、丁组250件，"
            f"甲组件数占全部收件的{share}。")
    figures = [c("1246件", 1246, "件"), c("482件", 482, "件"), c("316件", 316, "件"), c("198件", 198, "件"),
               c("250件", 250, "件"), pct(share, float(share[:-1]))]
    checked(text, figures, "percent", "q1", ["q2"], status)


def test_a_share_of_an_item_of_the_opening_breakdown_named_whole_is_reported_when_it_fails():
    text = ("全县产业实现总产值162.3亿元，其中种植业产值38.6亿元、加工业产值81.2亿元、流通产值42.5亿元。\n"
            "全县现有加工企业186家，规模以上企业全年实现产值63.5亿元，占加工业产值的82.6%。")
    figures = [money("162.3亿元", 16230000000), money("38.6亿元", 3860000000), money("81.2亿元", 8120000000),
               money("42.5亿元", 4250000000), c("186家", 186, "家"), money("63.5亿元", 6350000000), pct("82.6%", 82.6)]
    checked(text, figures, "percent", "q3", ["q6"], "fail")
