"""Validation rules of generalization round 31 (session 30).

Every row is a made-up sentence run through the whole pipeline (which figure a rule takes depends on
what each one counts).  Each fails without its rule; rows marked (guard) hold what a rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate_gen27 import _checks, _messages  # (the whole pipeline's checks of a made-up text)
from test_validate_gen28 import _sums  # (each sum check: its status and the items it adds)


def _percents(text: str) -> list[tuple[str, str]]:
    return [(c["status"], c["message"].split(" = ")[0]) for c in _checks(text) if c["kind"] == "percent"]


def _kinds(text: str, kind: str) -> list[tuple[str, str]]:
    return [(c["status"], c["message"]) for c in _checks(text) if c["kind"] == kind]


def test_names_joined_before_a_mark_are_one_more_item_not_the_sum_of_the_list():
    # 新疆与西藏合计 gives those two places' figure: the four destinations add up to the total
    text = ("全年外销棉纱1.2万吨，其中输往广东5000吨、浙江3000吨，新疆与西藏合计2000吨，其余2000吨销往其他省份。")
    assert not any(s == "fail" for s, _ in _kinds(text, "sum")), _checks(text)
    assert ("pass", "5000 + 3000 + 2000 + 2000") in _sums(text), _checks(text)


def test_a_mark_after_names_the_items_hold_still_sums_them():  # (guard)
    text = "全县共有示范项目20项，其中国家级项目2项、省级项目9项；国家级和省级项目合计12项。"
    assert ("fail", "2 + 9") in _sums(text), _checks(text)


def test_a_rate_of_the_words_a_split_shares_is_of_the_whole_not_its_last_item():
    # 抽检 names all the batches the three seasons share before 分别: no rate of the autumn's 116
    text = ("全年春季、夏季、秋季专项抽检分别为128批次、142批次、116批次，合计386批次，检出不合格9批次；"
            "抽检合格率97.7%。")
    assert not any(p.startswith("116 ") for _, p in _percents(text)), _checks(text)


@pytest.mark.parametrize("rate, status", [("80.0%", "pass"), ("70.0%", "fail")])
def test_a_figure_added_on_with_jiashang_joins_the_running_total(rate, status):
    text = ("全县小作坊100家须全部完成改造，今年新完成50家，加上往年已完成的30家，累计完成80家，"
            f"完成率{rate}。")
    assert ("pass", "50 + 30") in _sums(text), _checks(text)
    assert _percents(text) == [(status, "80 / 100")], _checks(text)


def test_the_cost_of_one_of_the_things_built_is_no_part_of_the_total_spent():
    text = ("工程总投资2860万元，其中市级财政资金1800万元，社会资本1060万元，单座候车亭造价在6万至9万元之间。")
    assert _sums(text) == [("pass", "1800万 + 1060万")], _checks(text)


def test_a_headline_total_agreeing_with_a_later_total_of_the_parts_is_restated():
    # the best body match for "286座新亭" is an item of the 286 it breaks down: no failure
    text = ("某市公交候车亭改造提升工程基本完工 286座新亭“上岗”\n\n近日，记者从市城市管理局获悉，今年市区公交"
            "候车亭改造提升工程已基本完工。全市计划改造的320座候车亭中，已完成286座，完成率89.4%，其余34座"
            "将于明年一季度前全部完成。\n\n在已完成的286座候车亭中，新建候车亭45座，提升改造241座。")
    assert not any(s == "fail" for s, _ in _kinds(text, "restated")), _checks(text)


@pytest.mark.parametrize("total, status", [("1440", "pass"), ("1500", "fail")])
def test_money_split_by_what_each_share_went_to_is_all_of_it(total, status):
    text = (f"县财政安排产业扶持资金{total}万元，分别用于种植补贴620万元、加工设备补贴540万元、"
            "品牌营销补贴280万元。")
    assert _sums(text) == [(status, "620万 + 540万 + 280万")], _checks(text)


@pytest.mark.parametrize("total, status", [("8", "pass"), ("9", "fail")])
def test_tiers_from_the_top_down_to_the_floor_a_total_names_are_all_of_it(total, status):
    text = f"全县共有{total}家合作社被评为市级以上示范社，其中国家级1家、省级3家、市级4家。"
    assert _sums(text) == [(status, "1 + 3 + 4")], _checks(text)


def test_tiers_short_of_the_floor_a_total_names_are_some_of_it():  # (guard)
    # 县级以上 reaches the county tier, which the list leaves out: a part, within the total
    text = "全县共有9家合作社被评为县级以上示范社，其中国家级1家、省级3家、市级4家。"
    assert not any(s == "fail" for s, _ in _sums(text)), _checks(text)


@pytest.mark.parametrize("done, status", [("1800", "pass"), ("1860", "fail")])
def test_a_plan_named_in_its_clause_before_the_figure_is_the_plan_of_the_share(done, status):
    text = f"今年计划培训电商从业人员3000人次，目前已培训{done}人次，完成计划的60.0%。"
    assert _percents(text) == [(status, f"{done} / 3000")], _checks(text)


@pytest.mark.parametrize("again, status", [("1268", "pass"), ("1286", "fail")])
def test_a_count_after_shangshu_restates_the_one_said_before(again, status):
    text = ("截至年底，全市累计建成公共直饮水点1268个，日均服务市民超过30万人次。\n\n"
            f"市市政园林局表示，今年将对上述{again}个直饮水点开展滤芯更换。")
    restated = _kinds(text, "restated")
    assert (status == "fail") == any(s == "fail" for s, _ in restated), _checks(text)


def test_a_closed_list_of_kinds_one_short_of_its_count_is_reported():
    text = "巡查中共发现违规情况37宗，主要涉及四类，即未有展示牌照及收费表、当票资料记录不全、未按规定核实客户身份及保存记录。"
    assert [(c["status"], c["items"]) for c in _checks(text) if c["kind"] == "list_count"] == [("fail", 3)], \
        _checks(text)


def test_a_final_ji_still_joins_the_last_of_plain_names():  # (guard)
    text = "全市设有五个服务站，即东城站、西城站、南城站、北城站及中心站。"
    assert [(c["status"], c["items"]) for c in _checks(text) if c["kind"] == "list_count"] == [("pass", 5)], \
        _checks(text)


@pytest.mark.parametrize("body, status", [("约3.2亿元", "pass"), ("约2.6亿元", "fail")])
def test_a_headline_bound_against_the_body_figure_of_its_verb_and_noun(body, status):
    text = (f"油纸伞带动消费逾3亿元\n\n本报讯 今年以来，当地油纸伞产业持续升温，年产值约9800万元。"
            f"文化节期间，游客住宿带动美浓周边观光消费{body}。")
    fails = [m for s, m in _kinds(text, "restated") if s == "fail"]
    assert bool(fails) == (status == "fail"), _checks(text)


@pytest.mark.parametrize("change, status", [("127", "pass"), ("137", "fail")])
def test_a_level_its_stated_base_and_the_change_make_a_sum(change, status):
    # the base less a decrease is the level; the rate of the change after them is over the base
    text = f"截至年底，登记册上共有1,426名露宿者，较去年同期的1,553名减少{change}名，跌幅约8.2%。"
    assert (status, f"1426 + {change}") in _sums(text), _checks(text)
    assert any(p == f"{change} / 1553" for _, p in _percents(text)), _checks(text)  # (约8.2%: a loose bound)


def test_an_increase_over_a_stated_base_adds_to_it():
    text = "今年接待游客120万人次，比上年的100万人次增加20万人次，增幅20%。"
    assert ("pass", "100万 + 20万") in _sums(text), _checks(text)


def test_a_headline_copied_into_the_lede_with_a_figure_between_is_no_slip():
    # "增至十二个 … 逾三千人次" in the headline; the lede adds 种植格合共1,086个 between the two
    text = ("市政署社区种植园增至十二个　全年逾三千人次参与都市农耕课程\n\n市政署今日公布，本年度新增3个社区种植园，"
            "全澳社区种植园增至12个，种植格合共1,086个；全年逾三千人次参与都市农耕课程，反应踊跃。")
    assert not any(s == "fail" for s, _ in _kinds(text, "restated")), _checks(text)


@pytest.mark.parametrize("share, expected", [("85.9%", [("pass", "268亿 / 312亿")]), ("80.9%", [])])
def test_a_share_base_named_before_it_beats_a_plan_stated_after(share, expected):
    # (a base its characters only surround, in another sentence, is read pass-only)
    text = ("今年，眼镜产业集群实现产值312亿元，同比增长8.6%。规上企业全年实现产值268亿元，"
            f"占集群总产值的{share}。\n\n力争到2025年眼镜产业集群产值突破350亿元。")
    assert [p for p in _percents(text) if p[0] != "unverifiable"] == expected, _checks(text)
