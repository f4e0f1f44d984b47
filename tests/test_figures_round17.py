"""Figures of the seventeenth round (session 16): party lessons are counted in 讲; and of session 17."""
from __future__ import annotations

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_party_lessons_counted_in_jiang_are_figures(run):
    assert spans(run("各级党组织书记讲授廉政党课126讲，其中县领导带头讲授24讲。")) == [
        ("126讲", 126, None, "讲", "count", "exact"), ("24讲", 24, None, "讲", "count", "exact")]


def test_a_lecture_numbered_or_a_verb_after_a_numeral_is_no_count_in_jiang(run):
    # (guard) 第一讲 is a lecture's number, 三讲 a fixed term
    got = spans(run("开展“三讲”教育，第一讲由县委书记主讲。"))
    assert not [s for s in got if s[3] == "讲" and s[4] == "count"], got


def test_articles_of_a_law_are_references_not_figures(run):
    got = spans(run("消防局依消防法第6条及第9条规定检查，依《消防条例》第三十七条第二款处以罚款19件。"))
    assert [s[0] for s in got] == ["19件"], got


def test_an_ordinal_of_work_is_still_a_figure(run):
    # (guard) 第二条 opening a clause and 第三次 are no law's articles
    got = spans(run("第二条规定，全年开展第三次检查。"))
    assert ("第三次", 3, None, "次", "ordinal", "exact") in got, got


def test_a_services_circle_of_minutes_is_a_slogan(run):
    assert spans(run("下半年将加快建设“15分钟养老服务圈”。")) == []


def test_ponds_and_wells_counted_in_kou_and_clinic_sessions_are_figures(run):
    got = spans(run("清淤整治山塘310余口，周六加开疫苗门诊共32诊次。"))
    assert [(s[0], s[3]) for s in got] == [("310余口", "口"), ("32诊次", "诊次")], got


def test_a_family_by_its_size_is_no_count_in_kou(run):
    # (guard) 一家三口 describes a household
    assert spans(run("一家三口住上了新房。")) == []


# session 17
def test_the_edition_opening_a_quoted_event_name_is_a_figure(run):
    got = spans(run("由市文旅局主办的“第十二届乡村音乐节”于十月举行。"))
    assert [(s[0], s[1], s[3], s[4]) for s in got] == [("第十二届", 12, "届", "ordinal")], got


def test_a_quoted_slogan_opening_with_a_numeral_is_still_no_figure(run):
    # (guard) “两个维护” is a fixed term
    assert spans(run("坚决做到“两个维护”。")) == []


def test_a_decimal_number_of_years_or_days_is_a_duration(run):
    got = spans(run("公屋一般申请者的平均轮候时间为4.5年，旅客平均逗留时间为2.3日。"))
    assert [(s[0], s[3], s[4]) for s in got] == [("4.5年", "年", "count"), ("2.3日", "日", "count")], got


def test_pm25_before_nian_jun_is_no_duration(run):
    # (guard) PM2.5年均浓度: the pollutant, then 年均
    got = spans(run("全市PM2.5年均浓度为31微克/立方米。"))
    assert not [s for s in got if s[3] == "年"], got
