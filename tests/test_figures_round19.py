"""Figures of session 19: wells counted in 眼, stations in 站 and 站次, and tenths written after 成."""
from __future__ import annotations

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_wells_are_counted_in_yan(run):
    got = spans(run("全县新打机井1200眼，修复3眼老旧机电井。"))
    assert [(s[0], s[1], s[3]) for s in got] == [("1200眼", 1200, "眼"), ("3眼", 3, "眼")], got


def test_a_glance_or_eyes_are_no_wells(run):
    # (guard) 眼 counts only where wells or springs are named beside it
    assert spans(run("站在山顶一眼望去，他两眼湿润。")) == []


def test_stations_named_before_are_counted_in_zhan(run):
    got = spans(run("全市充电站新增17站，累计建成124站；巡检维护测站520站次。"))
    assert [(s[0], s[3]) for s in got] == [("17站", "站"), ("124站", "站"), ("520站次", "站次")], got


def test_one_stop_service_is_no_count_of_stations(run):
    # (guard) 一站式 is a fixed term even after a station's name; 站 with no station before is a verb
    assert spans(run("服务站推行一站式办理。群众3站排队。")) == []


def test_a_tenth_written_after_cheng(run):
    got = spans(run("其中农户占三成六，合作社约占六成四，完成率达七成五以上。"))
    assert [(s[0], s[1], s[5]) for s in got] == [("三成六", 36, "exact"), ("六成四", 64, "about"),
                                                  ("七成五以上", 75, "over")], got


def test_a_numeral_after_cheng_that_counts_something_else_stays_apart(run):
    # (guard) 三成六个乡镇: 六 counts townships
    got = spans(run("约三成六个乡镇完成任务。"))
    assert [(s[0], s[1]) for s in got] == [("约三成", 30), ("六个", 6)], got


def test_more_than_so_many_months_or_hours(run):
    got = spans(run("联赛历时两个多月，抢修用了三个多小时。"))
    assert [(s[0], s[1], s[3], s[5]) for s in got] == [("两个多月", 2, "个月", "over"), ("三个多小时", 3, "小时", "over")], got


def test_a_count_before_a_noun_opening_with_duo_stays_a_count(run):
    # (guard) 10个|多功能室: 多 opens the noun
    got = spans(run("共建成10个多功能室。"))
    assert [(s[0], s[3]) for s in got] == [("10个", "个")], got


def test_piles_buildings_blood_units_and_acre_rounds(run):
    got = spans(run("建成公共充电桩1260根，采集机采血小板1.62万单位，全区私人楼宇２，８４５幢，灌溉136万亩次。"))
    assert [(s[0], s[3]) for s in got] == [("1260根", "根"), ("1.62万单位", "单位"), ("2,845幢", "幢"),
                                           ("136万亩次", "亩次")], got


def test_wells_named_earlier_in_the_sentence(run):
    got = spans(run("全县新打机井1260眼，其中高标准农田建设项目780眼、抗旱应急水源工程320眼。"))
    assert [s[0] for s in got] == ["1260眼", "780眼", "320眼"], got


def test_gen_opening_a_word_is_no_classifier(run):
    # (guard) 根据, 根本
    assert all(s[3] != "根" for s in spans(run("各村3根据上级部署开展工作。")))


def test_about_before_the_verb_of_a_share(run):
    got = spans(run("其中纯井灌区约占六成四，乡村旅游约占37%。"))
    assert [(s[0], s[5]) for s in got] == [("六成四", "about"), ("37%", "about")], got


def test_about_before_there_being_so_many(run):
    got = spans(run("区内私人楼宇约有1,860幢，约有1吨多。"))
    assert [(s[0], s[5]) for s in got] == [("1,860幢", "about"), ("1吨多", "over")], got


def test_per_acre_yields_visit_rounds_packets_and_cities(run):
    got = spans(run("全省粮食作物单位面积产量450.8公斤/亩，检查点位420余个次，发放蔬菜种子1.5万包，德州、临沂等5市粮食产量超过400万吨。"))
    assert [(s[0], s[3]) for s in got] == [("450.8公斤/亩", "公斤/亩"), ("420余个次", "个次"), ("1.5万包", "包"),
                                           ("5市", "市"), ("超过400万吨", "吨")], got


def test_guard_cities_only_as_a_count_after_a_list_or_a_scope(run):
    # (guard) 两市联动, 3市场: no count of cities
    assert all(s[3] != "市" for s in spans(run("两市联动，新建3市场。")))


def test_editions_running_are_a_count(run):
    got = spans(run("已连续四届荣获双拥模范县称号。"))
    assert [(s[0], s[4]) for s in got] == [("四届", "count")], got


def test_a_slogan_of_hundred_percents_is_no_share(run):
    assert spans(run("强化施工扬尘“六个百分之百”管理。")) == []


def test_metric_tons_and_bounds_not_below_or_above(run):
    got = spans(run("去年共回收１２８６公噸，交流比例不低于15%，不高于3%。"))
    assert [(s[0], s[3], s[5]) for s in got] == [("1286公吨", "公吨", "exact"), ("15%", "%", "over"),
                                                  ("3%", "%", "under")], got
