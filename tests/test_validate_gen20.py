"""Validation rules of generalization round 20 (session 19).

Every row is a made-up sentence; the figures are given by hand (with what they count where a rule
reads it), so only the validator is tested.  Each fails without its rule; rows marked (guard) hold
what the new rule must keep.
"""
from __future__ import annotations

from test_validate import make_doc
from test_validate_gen6 import holds
from test_validate_gen8 import c, money
from test_validate_gen19 import pct


def test_a_breakdown_divides_the_total_its_kinds_noun_names():
    # 纠纷 names the 4126 received, not the nearer 4068 settled
    text = ("全年共受理矛盾纠纷4126件，调解成功4068件，调解成功率98.6%。按纠纷类型分，婚姻家庭纠纷1084件、"
            "邻里纠纷956件，其他纠纷2096件。")
    figures = [c("4126件", 4126, "件") + ("矛盾纠纷",), c("4068件", 4068, "件") + ("调解成功",),
               pct("98.6%", 98.6) + ("调解成功率",),
               c("1084件", 1084, "件") + ("婚姻家庭纠纷",), c("956件", 956, "件") + ("邻里纠纷",),
               c("2096件", 2096, "件") + ("其他纠纷",)]
    holds(text, figures, "sum", "q1", ["q4", "q5", "q6"], "fail")


def test_what_she_ji_names_is_of_its_own_sentence():
    doc = make_doc("医调委为患者争取赔偿金额326万元。交通事故调委会调解纠纷218起，涉及金额2100余万元。",
                   [money("326万元", 3260000), c("218起", 218, "起"), ("2100余万元", 21000000, "元", "money", "over")])
    assert not [x for x in doc.checks if x.get("whole") == "q1"], doc.checks


def test_a_share_after_a_list_of_parts_may_be_of_the_lists_total():
    text = ("全区现有中小学86所，共有特色学校55所，其中国家级特色学校28所、省级特色学校15所、市级特色学校12所，"
            "占全区中小学总数的64.0%。")
    figures = [c("86所", 86, "所") + ("中小学",), c("55所", 55, "所") + ("特色学校",), c("28所", 28, "所"),
               c("15所", 15, "所"), c("12所", 12, "所"), pct("64.0%", 64.0)]
    holds(text, figures, "percent", "q1", ["q2"], "pass")


def test_guard_the_last_items_share_stays_its_own_when_every_item_has_one():
    doc = make_doc("全县共有企业93家，其中制造业52家，占55.9%；建筑业35家，占37.6%；其他6家，占6.4%。",
                   [c("93家", 93, "家"), c("52家", 52, "家"), pct("55.9%", 55.9), c("35家", 35, "家"),
                    pct("37.6%", 37.6), c("6家", 6, "家"), pct("6.4%", 6.4)])
    assert any(x["kind"] == "percent" and x["parts"] == ["q6"] and x["status"] == "fail" for x in doc.checks), doc.checks


def test_a_rate_raised_from_last_years_level_is_of_this_years_figures():
    text = "参加体质健康测试的学生6.82万人，达标6.45万人，达标率由上年的91.2%提高到94.6%。"
    figures = [c("6.82万人", 68200, "人"), c("6.45万人", 64500, "人"), pct("91.2%", 91.2), pct("94.6%", 94.6)]
    doc = make_doc(text, figures)
    assert any(x["kind"] == "percent" and x["whole"] == "q1" and x["parts"] == ["q2"] and x.get("percent") == "q4"
               and x["status"] == "pass" for x in doc.checks), doc.checks


def test_a_base_taken_by_its_place_gives_way_to_one_the_rate_agrees_with():
    text = "全年累计供水2386.5万吨。全年售水量2062.8万吨，漏损水量323.7万吨，综合漏损率13.6%。"
    figures = [c("2386.5万吨", 23865000, "吨", "measure"), c("2062.8万吨", 20628000, "吨", "measure"),
               c("323.7万吨", 3237000, "吨", "measure"), pct("13.6%", 13.6)]
    doc = make_doc(text, figures)
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks
    assert any(x["kind"] == "percent" and x["whole"] == "q1" and x["status"] == "pass" for x in doc.checks), doc.checks
