"""Validation rules of generalization round 29 (session 28).

Every row is a made-up sentence run through the whole pipeline (which figure a rule takes depends on
what each one counts).  Each fails without its rule; rows marked (guard) hold what a rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate_gen27 import _checks, _messages  # (the whole pipeline's checks of a made-up text)
from test_validate_gen28 import _sums  # (each sum check: its status and the items it adds)

# one clause of UTF-8 read as GBK, as pasted from a broken page (no figure in it)
_GARBLED = "老人们在这里住得舒心、吃得放心".encode("utf-8").decode("gbk", errors="replace")


def _text(body: str) -> str:
    return ("某市养老服务提质扩容 床位超2万张\n\n"
            "近日，某市民政局召开全市养老服务工作推进会。截至10月底，全市共有养老机构214家，养老床位2.13万张，"
            f"每千名老人拥有床位38.5张。{_GARBLED}。\n\n一、供给持续扩大\n{body}")


def test_a_lede_with_a_garbled_island_is_the_body_not_the_headline():
    # the garbled clause made the lede read as page chrome, so the lede's figures and the section
    # heading after it were taken for the headline, and next year's target "contradicted" it
    text = _text("全市护理型床位1.21万张。明年全市将力争新增养老床位3000张以上，每千名老人拥有床位达到40张。")
    assert not any("headline" in m for m in _messages(text)), _messages(text)
    # (guard) the headline line itself is still one: 超2万张 stated again as 2.13万张
    assert any("2万" in m and "2.13万" in m for m in _messages(text, "pass")), _messages(text)


@pytest.mark.parametrize("share, status", [("61.7%", "pass"), ("65.7%", "fail")])
def test_a_scope_of_the_whole_place_names_the_total_stated_paragraphs_before(share, status):
    # 全市养老机构中 scopes the share to the lede's 共有养老机构214家, though no figure of 家 precedes
    # it in its own paragraph
    text = _text(f"全市养老机构中，护理型养老机构132家，占比{share}。")
    got = [c for c in _checks(text) if c["kind"] == "percent"]
    assert [(c["status"], c["message"].split(" = ")[0]) for c in got] == [(status, "132 / 214")], got


@pytest.mark.parametrize("items, want", [
    ("公办机构96家、民办机构88家、公建民营机构36家", [("fail", "96 + 88 + 36")]),  # 220: a twentieth past 214
    ("公办机构96家、民办机构82家、公建民营机构36家", [("pass", "96 + 82 + 36")]),  # (guard) 214 exactly
    ("公办机构96家、民办机构188家、公建民营机构36家", []),  # (guard) 320: far past, kinds that overlap
])
def test_a_breakdown_just_past_the_total_a_scope_names_is_a_slip(items, want):
    # 按运营主体分 divides the 214 the paragraph's scope (全市养老机构中) names, not the 132 before it
    text = _text(f"全市养老机构中，护理型养老机构132家。按运营主体分，{items}。")
    assert _sums(text) == want, _sums(text)


@pytest.mark.parametrize("done, want", [
    ("已建成老年食堂12个", []),
    ("已完成验收的地区2个", [("pass", "2 of 3")]),  # (guard) done in some of the places named
])
def test_the_count_closing_a_list_of_names_is_no_total_of_other_things_done(done, want):
    # 等3个地区 counts the districts named; the 12 canteens built there are no part of 3
    text = f"全市在新城区、老城区、开发区等3个地区开展老年食堂建设试点，{done}。"
    got = [(c["status"], c["message"].split(" ✓")[0].split(",")[0]) for c in _checks(text) if c["kind"] == "part_of"]
    assert got == want, got


@pytest.mark.parametrize("rest, want", [("170", [("pass", "210 + 170")]), ("160", [("fail", "210 + 160")])])
def test_done_and_the_rest_add_up_to_the_figure_of_their_noun_past_another_total(rest, want):
    # 纯电动公交车 names the 380 the two make up, not the fleet's 420 whose other item stands nearer
    text = ("公交公司现有车队共420辆公交车，其中纯电动公交车380辆、柴油公交车40辆。截至去年底，"
            f"已有210辆纯电动公交车完成电池更换，其余{rest}辆将于明年完成。")
    got = [(c["status"], c["message"].split(" = ")[0]) for c in _checks(text) if "210" in c["message"]]
    assert got == want and all("380" in c["message"] for c in _checks(text) if "210" in c["message"]), _checks(text)


@pytest.mark.parametrize("amount, want", [("3.5万吨", []), ("1.5万吨", [("pass", "1.5万 of 2.4万")])])  # (guard)
def test_a_cue_right_after_a_count_of_another_classifier_picks_one_of_those_things(amount, want):
    # 其中 after 加工企业9家 picks one company out; its 3.5万吨 processed is no part of the 2.4万吨 of
    # storage (one the storage can hold is still read as its part)
    text = f"全县建成冷链仓储库容2.4万吨，培育规模以上加工企业9家，其中某某食品公司年加工小龙虾{amount}。"
    got = [(c["status"], c["message"].split(" ✓")[0].split(",")[0]) for c in _checks(text) if c["kind"] == "part_of"]
    assert got == want, got


@pytest.mark.parametrize("rest, want", [("5", ("pass", "15 + 12 + 9 + 5")), ("7", ("fail", "15 + 12 + 9 + 7"))])
def test_words_opening_a_list_after_a_figure_make_it_the_total(rest, want):
    # 分布在 after 41家 opens the list of its parts: 41 is their total, not the first item of a run
    text = f"全县现有农家书屋41家，分布在东城镇15家、西河乡12家、南山镇9家，其余{rest}家位于北岭乡。"
    assert _sums(text) == [want] and "41" in _messages(text)[0], _sums(text)


def test_a_sentence_opening_with_qizhong_divides_the_total_its_items_add_up_to():
    # the sentence before counts places (等6个露营片区); the items and the rest are all of the season's
    # visitors stated a paragraph before (pass-only: found by agreement) -- not of the first item
    text = ("今年露营季全县共接待游客31.6万人次，同比增长12%。\n\n全县重点打造东湖、西山、南岭、北坡等6个露营片区。"
            "其中，东湖片区接待游客12.5万人次，西山片区接待游客8.7万人次，南岭片区4.2万人次，其余3个片区共接待6.2万人次。")
    got = [(c["status"], c["message"]) for c in _checks(text) if c["kind"] == "sum"]
    assert got == [("pass", "12.5万 + 8.7万 + 4.2万 + 6.2万 = 31.6万 ✓")], got


@pytest.mark.parametrize("share, status", [("23.6%", "fail"), ("21.9%", "pass")])  # (21.9%: guard)
def test_a_share_is_of_the_body_figure_a_headline_bound_names(share, status):
    # 突破5亿元 agrees with any share below its bound; 综合产值 names the body's 5.48亿 besides, the base
    text = ("某县茶产业综合产值突破5亿元\n\n今年以来，某县大力发展茶产业，全县茶园面积12万亩，综合产值5.48亿元。\n\n"
            f"全县建成茶叶加工厂36家，精深加工产值1.2亿元，占综合产值的比重为{share}。")
    got = [(c["status"], c["message"].split(" = ")[0]) for c in _checks(text) if c["kind"] == "percent"]
    assert got == [(status, "1.2亿 / 5.48亿")], got


def test_a_share_is_of_the_total_before_it_not_of_a_plan_at_the_end():
    # 种植总面积 is the 种植面积达3.6万亩 (its measure written without 总), not the target 4万亩左右 the
    # last paragraph sets, which the share would agree with
    text = ("某镇荷藕产业提质增效\n\n今年全镇荷藕种植面积达3.6万亩，带动农户2800余户。\n\n"
            "全镇荷藕种植覆盖12个行政村，其中水面藕2.1万亩，占种植总面积的63.2%。\n\n"
            "下一步，全镇将力争到2026年荷藕种植面积稳定在4万亩左右。")
    got = [(c["status"], c["message"].split(",")[0]) for c in _checks(text) if c["kind"] == "percent"]
    assert got == [("fail", "2.1万 / 3.6万 = 58.33%")], got


def test_qizhong_after_the_last_item_fenbie_gives_picks_out_of_all_of_them():
    # 外国游客 are among all four townships' visitors (a total the text does not state), not among the
    # last township's 5.1万 -- no part of it, and no share of it
    text = ("各乡镇游客人数分别为东城镇14.2万人次、西河乡8.6万人次、南山乡7.4万人次、北岭乡5.1万人次，"
            "其中外国游客约1.8万人次，占5.1%。")
    assert not [c for c in _checks(text) if "1.8万" in c["message"]], _checks(text)


@pytest.mark.parametrize("total, want", [("展览分为四个单元", []),
                                         ("本次共展出瓷器4件", [("fail", "27 + 15")])])  # (guard) the same noun
def test_a_total_smaller_than_each_part_and_counting_another_noun_is_no_total_of_them(total, want):
    # 四个单元 is a count of the exhibition's sections, no total the 27 and 15 pieces fall short of
    text = f"{total}，年代跨越六千余年。其中宋代瓷器27件、明代瓷器15件，均为精品。"
    assert _sums(text) == want


_DOLPHINS = ("渔护署公布江豚监察结果 全年录得目击纪录213次\n\n渔护署今日公布年度监察结果，研究团队在西部水域调查共180日，"
             "录得江豚目击纪录231次，较上年度增加9.4%。\n\n按水域划分，西面水域录得目击纪录118次，占总目击纪录的51.1%；"
             "西北水域64次、东北水域12次、西南水域37次，合计231次。")


def test_a_breakdown_read_after_a_shares_semicolon_is_the_tail_of_the_sum_that_adds_up():
    # 64 + 12 + 37 against 231 is no slip: with the 118 before the semicolon they make the 合计231次
    assert not [c for c in _checks(_DOLPHINS) if c["kind"] == "sum" and c["status"] == "fail"], _checks(_DOLPHINS)


def test_a_headline_no_figure_agrees_with_is_compared_with_the_total_not_its_part():
    # 118 (a water area's) and 231 (all of them) both match the headline's words: the total is the one
    # the headline's 213 misstates
    got = [c["message"] for c in _checks(_DOLPHINS) if c["kind"] == "restated"]
    assert got == ["the headline says 213, but the text says 231"], got


@pytest.mark.parametrize("other, found", [
    ("某某镇普查共发现疑似病枯死松树12.3万株", False),  # another act on the same trees
    ("冬季清理行动中，各乡镇累计清理病枯死松树12.3万株", True),  # (guard) the headline's own act
])
def test_a_figure_of_another_act_on_the_headlines_noun_does_not_contradict_it(other, found):
    # 发现 (found in the survey) is no other statement of the 清理 (cleared) the headline and body agree on
    text = (f"某县清理病枯死松树11.6万株\n\n今年以来，全县共组织除治队伍26支，累计清理病枯死松树11.6万株。{other}。")
    fails = [c["message"] for c in _checks(text) if c["kind"] == "restated" and c["status"] == "fail"]
    assert bool(fails) is found, fails


def test_a_part_named_after_a_count_of_places_is_of_the_total_before_it():
    # 等5个地区 counts the districts the licences went to; 油尖旺区占64个 is of the 218 licences
    text = ("食环署共收到申请2136份，最终签发新牌照218个，中签率约一成。新牌照分布于荃湾、油尖旺、观塘、黄大仙及东区等"
            "5个地区，其中油尖旺区占64个。")
    got = [(c["status"], c["message"]) for c in _checks(text) if c["kind"] == "part_of"]
    assert got == [("pass", "64 of 218 ✓")], got
