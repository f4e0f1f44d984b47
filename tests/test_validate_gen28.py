"""Validation rules of generalization round 28 (session 27).

Every row is a made-up sentence run through the whole pipeline (which figure a rule takes depends on
what each one counts).  Each fails without its rule; rows marked (guard) hold what a rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate_gen27 import _checks, _messages  # (the whole pipeline's checks of a made-up text)


def _sums(text: str) -> list[tuple[str, str]]:
    """Each sum check of ``text``: its status and the items it adds ("7420 + 1380 + 2960 + 840")."""
    return [(c["status"], c["message"].split(" = ")[0]) for c in _checks(text) if c["kind"] == "sum"]


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


@pytest.mark.parametrize("third, found", [("3500亩", True), ("3900亩", False)])  # (3900: (guard) no ✗)
def test_figures_given_one_by_one_add_up_to_a_figure_before(third, found):
    # 分别 gives the places just named their figures: pass-only, they may be of something else
    text = ("公司计划更新种植1.4万亩，实际完成1.26万亩，完成率90%。更新地块分布在新盈、光村、木棠3个作业区，"
            f"分别更新4800亩、4300亩、{third}。")
    msgs = _messages(text)
    assert ("4800 + 4300 + 3500 = 1.26万 ✓" in msgs) is found, msgs
    assert not _messages(text, "fail")


def test_figures_given_one_by_one_are_no_parts_of_an_item_of_another_list():
    # (guard) 1亿吨 is the first of two figures joined by 、: no total of the two targets after 分别
    text = "五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。"
    assert not [c for c in _checks(text) if c["kind"] == "sum"]


def test_a_headline_share_is_restated_by_the_body_share_of_its_thing():
    text = "孟连县精品咖啡占比提升至23%\n\n全县生产咖啡生豆1.42万吨。其中精品咖啡生豆3260吨，占生豆总产量的23%。"
    assert "23% stated again as 23% ✓" in _messages(text, "pass")


def test_a_share_of_an_item_named_with_the_measure_of_its_total():
    # 塑胶回收量 is the 塑胶6,350公吨 of the list; 总回收量 its total
    text = ("年内共回收各类可回收物2.68万公吨。当中废纸1.12万公吨、塑胶6,350公吨、金属2,480公吨、玻璃樽4,920公吨，"
            "其余1,850公吨为小型电器。塑胶回收量占总回收量的23.7%，较上年上升3.1个百分点。")
    assert "6350 / 2.68万 = 23.69% ✓" in _messages(text, "pass")


CASES = ("共受理补助申请22350件，经审查核定21836件，核定率97.7%。核定案件中，汰旧换购12460件、新购9376件；"
         "其中低收入户申请1284件，占核定件数的{share}。")


def test_a_scope_named_by_a_verb_and_the_classifier_noun():
    # 核定案件中 is the 核定21836件 (a verb before the figure, the noun 案件 the classifier's)
    assert "12460 + 9376 = 21836 ✓" in _messages(CASES.format(share="5.9%"), "pass")


@pytest.mark.parametrize("share, status", [("5.9%", "pass"), ("6.9%", "fail")])
def test_a_share_of_the_count_a_verb_names_by_its_classifier(share, status):
    # 核定件数 is the number of 件 核定 names -- though that is the part of a rate of its own
    got = [c for c in _checks(CASES.format(share=share)) if c["kind"] == "percent" and "1284" in c["message"]]
    assert [c["status"] for c in got] == [status] and "21836" in got[0]["message"], got


def test_a_list_of_species_closed_by_a_long_noun():
    text = "监测记录到川金丝猴、扭角羚、绿尾虹雉等国家重点保护野生动物47种。"
    got = [c for c in _checks(text) if c["kind"] == "list_count"]
    assert [(c["items"], c["status"]) for c in got] == [(3, "pass")], got


def test_a_long_noun_with_de_is_no_list_noun():
    # (guard) 等特色产业的重点项目3个 counts projects, not the industries named
    text = "全市培育服务项目7个，其中服务华容县芥菜、平江县酱干等特色产业的重点项目3个。"
    assert not [c for c in _checks(text) if c["kind"] == "list_count"]


def test_size_classes_are_no_parts():
    # 1000头以上的, 500至999头的, 100至499头的: what the counts after them are of
    text = ("全县现有规模奶牛养殖场58个，其中存栏1000头以上的21个、500至999头的19个，其余16个为存栏100至499头的"
            "家庭牧场，规模化养殖比重达98%。")
    checks = _checks(text)
    assert [c["message"] for c in checks if c["status"] == "fail"] == ["21 + 19 + 16 = 56, but the text says 58"]
    assert not [c for c in checks if "500" in c["message"] or "1000" in c["message"]], checks


@pytest.mark.parametrize("third, status", [("47.7亿元", "pass"), ("45.3亿元", "fail")])
def test_a_breakdown_by_the_act_every_item_names_is_of_the_figure_of_that_act(third, status):
    # 完成 in every item: of the 138.6亿 done, not the 742亿 the plan will cost; no item is another's progress
    text = ("全年计划完成投资135亿元，实际完成138.6亿元，完成率102.7%。\n\n"
            "三期建设规划共包含4条线路，总投资约742亿元。分线路看，4号线一期完成投资41.2亿元，5号线一期完成36.8亿元，"
            f"6号线一期完成{third}，1号线东延线完成12.9亿元。")
    got = [c for c in _checks(text) if len(c["parts"]) == 4]
    assert [c["status"] for c in got] == [status] and "138.6亿" in got[0]["message"], got


def test_the_other_outcome_acted_on_is_no_part_of_the_first():
    # 不合格的7件均已…: of the 426 sampled, not all of the 419 that passed
    text = "抽验农药残留样品426件，合格419件，合格率98.4%，不合格的7件均已追踪辅导并依法移送处分。"
    checks = _checks(text)
    assert not _messages(text, "fail") and not [c for c in checks if "of 419" in c["message"]], checks


def test_a_round_headline_bound_reaches_the_next_round_number():
    text = ("屏东芒果外销突破千公吨\n\n截至7月底外销量达1286公吨，较去年同期成长18.6%。"
            "明年目标外销量突破1500公吨。")
    assert "1000 stated again as 1286 ✓" in _messages(text, "pass")


def test_a_base_taken_by_place_gives_way_to_an_earlier_one_the_rate_agrees_with():
    # 15万吨 is the capacity; the rate of 6.3万吨 processed is over the 8.2万吨 harvested a paragraph before
    text = "全年板栗产量8.2万吨，同比增长6.1%。\n\n全县年加工能力达到15万吨，全年加工转化板栗6.3万吨，加工转化率为76.8%。"
    assert _messages(text) == ["6.3万 / 8.2万 = 76.83% ✓"]


def test_the_rests_own_sum_is_one_more_item_of_a_breakdown():
    # 接待 is no 待 of pending work; 其余镇街合计13.6万 sums the rest, not the items before it
    text = ("全区126家草莓采摘园累计接待游客86.4万人次，同比增长15.2%。\n\n全区草莓种植面积4200亩。\n\n"
            "分镇来看，兴寿镇接待游客38.6万人次，崔村镇21.4万人次，小汤山镇12.8万人次，其余镇街合计13.6万人次。")
    checks = _checks(text)
    assert "38.6万 + 21.4万 + 12.8万 + 13.6万 = 86.4万 ✓" in [c["message"] for c in checks]
    assert not [c for c in checks if c["status"] == "fail"], checks


@pytest.mark.parametrize("share, status", [("16.5%", "pass"), ("18.5%", "fail")])  # (16.5%: (guard))
def test_a_share_of_the_one_figure_its_total_words_name_sections_before(share, status):
    text = ("全区草莓种植面积4200亩。\n\n本季全区草莓总产量5200吨，种植红颜等30余个品种。\n\n"
            f"采摘季期间共抽检草莓样品320批次，合格318批次。线上线下融合发展，全区草莓线上销售860吨，占总产量的{share}。")
    got = [c for c in _checks(text) if c["kind"] == "percent" and "860" in c["message"]]
    assert [c["status"] for c in got] == [status] and "5200" in got[0]["message"], got


def test_a_small_headline_figure_restated_by_its_words():
    text = "望安今年产卵48巢创近年新高\n\n今年产卵季望安岛共记录绿蠵龟上岸216次，产卵巢数48巢，较去年增加11巢。"
    assert "48 stated again as 48 ✓" in _messages(text, "pass")


def test_a_small_headline_figure_meeting_another_by_chance_restates_nothing():
    # (guard) 12个 of villages is no 12个 of projects
    text = "全县12个重点项目开工\n\n全县12个行政村完成改厕，新建公厕30座。"
    assert not [c for c in _checks(text) if c["kind"] == "restated"]


@pytest.mark.parametrize("share, status", [("38.0%", "pass"), ("42.0%", "fail")])
def test_a_breakdown_after_a_heading_divides_the_earlier_figure_its_items_add_up_to(share, status):
    # the breakdown's paragraph states figures of other classifiers only; the items joined by 、 add up to
    # the visits stated a paragraph and a heading before
    text = ("年内大熊猫馆合共接待参观人士逾82.6万人次，按年上升17.3%。\n\n一、参观人次再创新高\n"
            "大熊猫馆每日开放6节，每节限额420人。按来源划分，本地居民31.4万人次、内地旅客44.8万人次、"
            f"其他地区旅客6.4万人次，其中本地居民占总人次的{share}。")
    checks = _checks(text)
    assert "31.4万 + 44.8万 + 6.4万 = 82.6万 ✓" in [c["message"] for c in checks]
    assert [c["status"] for c in checks if c["kind"] == "percent"] == [status], checks


def test_a_speakers_own_figure_is_no_total_said_again():
    # "今年我的3公顷蕉园全部走外销": inside a quotation, 全部 is of the speaker's own orchard
    text = ("通过产销履历验证的蕉园410公顷，占契作面积的63.1%。里港乡蕉农黄文雄说：「有契作价格保障，"
            "就不怕盛产时价格崩盘，今年我的3公顷蕉园全部走外销。」")
    assert not _messages(text, "fail")


def test_a_figure_of_a_planned_sentence_contradicts_no_headline():
    # "计划…，力争…，带动蜂农3000户以上" is next year's aim, not another statement of the 2360 households
    text = ("合作社带动2360户蜂农增收\n\n合作社通过“合作社+基地+蜂农”模式，带动2360户蜂农稳定增收。"
            "2025年全县计划新增中蜂2万群，力争中蜂养殖规模突破15万群，带动蜂农3000户以上。")
    assert not _messages(text, "fail")


@pytest.mark.parametrize("toilets, status", [("1380座", "pass"), ("1280座", "fail")])
def test_an_item_in_another_classifier_among_the_parts(toilets, status):
    # 卫生间1380座 among items of 处 ending with the rest is one of them: no ✗ for a sum that leaves it out
    text = (f"全市完成各类无障碍设施新建和改造12600处。从设施类型看，新建和改造无障碍坡道7420处、无障碍卫生间{toilets}、"
            "无障碍出入口2960处，其余840处为无障碍停车位等设施。")
    assert _sums(text) == [(status, f"7420 + {toilets[:4]} + 2960 + 840")]


def test_a_target_rate_is_no_share_of_the_figures_before_it():
    text = "全市完成无障碍坡道7420处。2025年将再改造无障碍设施3000处以上，力争城市主干道无障碍设施覆盖率达到95%。"
    assert not [c for c in _checks(text) if c["kind"] == "percent"]


@pytest.mark.parametrize("rest, status", [("55万枝", "pass"), ("65万枝", "fail")])
def test_a_breakdown_by_jiu_kan_overshooting_the_opening_total(rest, status):
    # "就外销市场来看，" opens a breakdown; its items ending with the rest are all of the opening total,
    # even where they overshoot it (1278 of 1268: a slip), not a sum of the rest and the item before it
    text = ("南投县百合切花今年共出口1,268万枝，较去年同期成长18.6%。\n\n全县百合种植面积286公顷。\n\n"
            f"就外销市场来看，今年输往日本986万枝、香港142万枝、新加坡85万枝，其余{rest}销往澳洲及中东地区。")
    assert _sums(text) == [(status, f"986万 + 142万 + 85万 + {rest[:2]}万")]
