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


@pytest.mark.parametrize("rest, status", [("4760件", "pass"), ("4960件", "fail")])
def test_the_rest_is_an_item_however_its_label_opens(rest, status):
    # 咨询、投诉等其余工单: a label opening with verbs, yet the rest of the total
    text = f"共受理工单1.26万件，其中故障报修7840件，咨询、投诉等其余工单{rest}。"
    figures = [c("1.26万件", 12600, "件"), c("7840件", 7840, "件"), c(rest, int(rest[:4]), "件")]
    doc = make_doc(text, figures, pos=True)  # (the words' tags: the label opens with a verb)
    from test_validate import find
    check = find(doc, "sum", "q1", ["q2", "q3"])
    assert check is not None and check["status"] == status, doc.checks


def test_a_breakdown_of_a_noun_adds_up_to_an_earlier_total_of_that_noun():
    # the nearer 138个 counts other things (配电设施); the items' noun 项目 names the 326 (found by agreement)
    text = ("全市今年完成电网改造项目326个。\n改造老旧小区配电设施138个，惠及居民4.2万户。从区域看，甲区完成项目58个、"
            "乙区64个、丙区47个，其余各县（市）共完成157个。")
    figures = [(*c("326个", 326, "个"), "电网改造项目"), (*c("138个", 138, "个"), "配电设施"),
               c("4.2万户", 42000, "户"), (*c("58个", 58, "个"), "项目"), c("64个", 64, "个"),
               c("47个", 47, "个"), c("157个", 157, "个")]
    holds(text, figures, "sum", "q1", ["q4", "q5", "q6", "q7"], "pass")


def test_a_breakdown_after_a_heading_divides_the_opening_total_its_items_add_up_to():
    text = ("全年新建基站3260个，完成年度目标任务3000个的108.7%，累计建成基站1.26万个。\n一、建设提速\n"
            "分区域看，中心城区新建基站1180个，甲县、乙县分别新建1012个、932个，其余136个分布在丙区。")
    figures = [c("3260个", 3260, "个"), c("3000个", 3000, "个"), pct("108.7%", 108.7), c("1.26万个", 12600, "个"),
               c("1180个", 1180, "个"), c("1012个", 1012, "个"), c("932个", 932, "个"), c("136个", 136, "个")]
    holds(text, figures, "sum", "q1", ["q5", "q6", "q7", "q8"], "pass")


def test_qizhong_after_a_respectively_list_is_of_the_total_before_it():
    # the nearest figure, 11宗, is too small: the list's own total, before 分别为, holds the 34
    text = "共发现违规情况57宗，分别为甲类19宗、乙类15宗、丙类12宗、丁类11宗。已对其中34宗提起处罚程序。"
    figures = [c("57宗", 57, "宗"), c("19宗", 19, "宗"), c("15宗", 15, "宗"), c("12宗", 12, "宗"), c("11宗", 11, "宗"),
               c("34宗", 34, "宗")]
    holds(text, figures, "part_of", "q1", ["q6"], "pass")


@pytest.mark.parametrize("last, status", [("11宗", "pass"), ("8宗", "fail")])
def test_long_labels_with_verbs_after_a_total_and_fenbiewei_are_its_items(last, status):
    # right after a total, 分别为 is "are": the kinds may be worded with verbs (出售, 不符合)
    text = (f"巡查中共发现违规情况57宗，分别为无药剂师在场时出售处方药19宗、药物标签不符合规定15宗、"
            f"储存温度不达标12宗、未按规定登记销售记录{last}。")
    figures = [c("57宗", 57, "宗"), c("19宗", 19, "宗"), c("15宗", 15, "宗"), c("12宗", 12, "宗"),
               c(last, int(last[:-1]), "宗")]
    doc = make_doc(text, figures, pos=True)
    from test_validate import find
    check = find(doc, "sum", "q1", ["q2", "q3", "q4", "q5"])
    assert check is not None and check["status"] == status, doc.checks


def test_items_described_at_length_after_total_and_fenbiewei_stay_items():
    # (thirteen characters of a label, past the twelve an ordinary labelled item may take)
    text = ("巡查中共发现违规情况57宗，分别为无药剂师在场时出售处方药19宗、药物标签或说明书不符合规定15宗、"
            "储存温度不达标12宗、未按规定登记销售记录8宗。")
    figures = [c("57宗", 57, "宗"), c("19宗", 19, "宗"), c("15宗", 15, "宗"), c("12宗", 12, "宗"), c("8宗", 8, "宗")]
    doc = make_doc(text, figures, pos=True)
    from test_validate import find
    check = find(doc, "sum", "q1", ["q2", "q3", "q4", "q5"])
    assert check is not None and check["status"] == "fail", doc.checks


def test_a_headline_more_than_a_figure_is_not_restated_by_a_smaller_one():
    # 6200余 is at least 6200: the body's 5800余 does not restate it (nor does it restate the body)
    text = "全年新增就业岗位6200余个\n今年以来，全县纺织产业发展迅速。纺织服装产业今年新增就业岗位5800余个，吸纳返乡农民工3800余人。"
    figures = [c("6200余个", 6200, "个", "count", "over"), c("5800余个", 5800, "个", "count", "over"),
               c("3800余人", 3800, "人", "count", "over")]
    doc = make_doc(text, figures)
    assert not [x for x in doc.checks if x["kind"] == "restated" and x["status"] == "pass"], doc.checks


@pytest.mark.parametrize("rest, status", [("2间", "pass"), ("3间", "fail")])
def test_a_count_followed_by_how_often_is_no_rate(rest, status):
    # 3间每周开放五天: 每周 and a verb say how often the clinics open, not clinics per week
    text = f"全区共有11间诊所，其中3间每周开放五天，6间每周开放两天，其余{rest}每周开放一天。"
    figures = [c("11间", 11, "间"), c("3间", 3, "间"), c("五天", 5, "天"), c("6间", 6, "间"), c("两天", 2, "天"),
               c(rest, int(rest[0]), "间"), c("一天", 1, "天")]
    holds(text, figures, "sum", "q1", ["q2", "q4", "q6"], status)


def test_besides_and_a_noun_of_its_own_is_no_rest_of_the_list():
    # 另有96名指导教师: teachers besides the students, not the rest of the 438 students
    text = "来自全县38所中小学的146支队伍、438名学生参赛，其中女生126名，参赛队伍较上届增加22支，另有96名指导教师随队参赛。"
    figures = [c("38所", 38, "所"), c("146支", 146, "支"), c("438名", 438, "名"), c("126名", 126, "名"),
               c("22支", 22, "支"), c("96名", 96, "名")]
    doc = make_doc(text, figures)
    assert not fails(doc), doc.checks


def test_a_cap_per_unit_is_no_part_of_the_funds():
    # 每部电梯最高补贴15万元: the most one lift gets, not a third source of the 6890万元
    text = "全年兑现加装电梯补贴资金6890万元，其中市级补贴2460万元、区级补贴4430万元，每部电梯最高补贴15万元。"
    figures = [money("6890万元", 68900000), money("2460万元", 24600000), money("4430万元", 44300000),
               money("15万元", 150000)]
    holds(text, figures, "sum", "q1", ["q2", "q3"], "pass")


@pytest.mark.parametrize("last, status", [("64人", "pass"), ("27人", "fail")])
def test_ages_in_the_items_labels_do_not_end_the_list(last, status):
    # 90至99周岁347人: the ages are the items' names, no figures of another list
    text = f"全镇80周岁以上高龄老人3240人，其中80至89周岁2829人、90至99周岁347人、100周岁及以上{last}。"
    figures = [c("80周岁", 80, "周岁"), c("3240人", 3240, "人"), c("80至89周岁", 80, "周岁"), c("2829人", 2829, "人"),
               c("90至99周岁", 90, "周岁"), c("347人", 347, "人"), c("100周岁", 100, "周岁"), c(last, int(last[:-1]), "人")]
    holds(text, figures, "sum", "q2", ["q4", "q6", "q8"], status)


@pytest.mark.parametrize("rest, status", [("2.8万亩", "pass"), ("2.5万亩", "fail")])
def test_a_breakdown_ending_with_the_rest_sections_later_is_of_the_opening_total(rest, status):
    # the nearer paragraph's figures (the towns' shares) cannot hold the modes: the opening total does
    text = ("全年完成盐碱地改良12.6万亩，为年度任务12万亩的105%。\n一、任务超额完成\n全年改良工作覆盖全县3个乡镇，"
            "涉及农户1.32万户。分乡镇看，甲镇改良5.6万亩、乙镇4.2万亩、丙镇2.8万亩。\n二、措施协同发力\n"
            f"按改良模式分，采取暗管排盐模式改良4.2万亩，采取深松模式改良5.6万亩，其余{rest}通过种植耐盐碱作物实现生物改良。")
    figures = [c("12.6万亩", 126000, "亩", "measure"), c("12万亩", 120000, "亩", "measure"), pct("105%", 105),
               c("3个", 3, "个"), c("1.32万户", 13200, "户"), c("5.6万亩", 56000, "亩", "measure"),
               c("4.2万亩", 42000, "亩", "measure"), c("2.8万亩", 28000, "亩", "measure"),
               c("4.2万亩", 42000, "亩", "measure"), c("5.6万亩", 56000, "亩", "measure"),
               c(rest, float(rest[:3]) * 10000, "亩", "measure")]
    checked(text, figures, "sum", "q1", ["q9", "q10", "q11"], status)


def test_an_opening_total_broken_down_twice_is_the_whole_of_both():
    # (guard) 43 teams by group (18 + 16 + 9) and, after a breakdown cue, by where they come from (31 + 12):
    # a total a breakdown divides stays the whole of the opening total's other breakdown
    text = ("本届赛事共有43支龙舟队参赛。\n赛事设三个组别，其中标准组18支、小龙舟组16支、女子组9支。"
            "从队伍来源看，市内各县市区派出31支，其余12支来自省外。")
    figures = [c("43支", 43, "支"), c("三个", 3, "个"), c("18支", 18, "支"), c("16支", 16, "支"), c("9支", 9, "支"),
               c("31支", 31, "支"), c("12支", 12, "支")]
    doc = checked(text, figures, "sum", "q1", ["q6", "q7"], "pass")
    from test_validate import find
    assert find(doc, "sum", "q1", ["q3", "q4", "q5"]) is not None, doc.checks
