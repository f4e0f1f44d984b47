"""Figures of session 21: points of a points scheme (积分制) are scores in 分, counted like them."""
from __future__ import annotations

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_points_of_a_points_scheme_are_scores(run):
    got = spans(run("推行积分制管理，每户基础分100分，全年发放积分8.6万分，兑换积分5.2万分。"))
    assert [(s[0], s[1], s[3]) for s in got] == [("100分", 100, "分"), ("8.6万分", 86000, "分"),
                                                 ("5.2万分", 52000, "分")], got


def test_a_score_with_a_decimal_is_kept_and_counted_as_no_physical_measure(run):
    got = spans(run("全县群众安全感测评得分96.8分。"))
    assert [(s[0], s[4]) for s in got] == [("96.8分", "count")], got


def test_half_of_a_whole_with_its_bounds(run):
    got = spans(run("上述区域合计1317家，占全市总数的一半以上。出行时间缩短近一半。"))
    assert [(s[0], s[1], s[3], s[5]) for s in got if s[3] == "%"] == [("一半以上", 50, "%", "over"),
                                                                   ("近一半", 50, "%", "under")], got


def test_guard_half_without_a_share_word_is_no_figure(run):
    # (guard) 一半 after no word for a share or a bound: 另一半, 一半一半
    assert [s for s in spans(run("他和另一半一起报名，一半一半地分担。")) if s[3] == "%"] == []


def test_kilowatts_written_wa_and_kilowatt_hours_or_degrees_written_du(run):
    got = spans(run("裝置容量3.26萬瓩，年發電量約3.6億度，頂樓溫度可降低3至5度，按抗震设防烈度8度设计。"))
    assert [(s[0], s[3], s[4]) for s in got] == [("3.26万瓩", "瓩", "measure"), ("约3.6亿度", "度", "measure"),
                                                 ("3至5度", "度", "measure"), ("8度", "度", "measure")], got


def test_guard_du_as_once_twice_or_a_word_is_no_unit(run):
    # (guard) 两度 and 一度 are adverbs, 年度 a year, and no electricity or temperature is spoken of
    assert spans(run("他两度获评先进，工作一度中断，力度加大3度。")) == []


def test_days_a_period_lasts_and_provinces_or_counties_counted_after_their_names(run):
    got = spans(run("申请期为期60日，活动历时3日。流向浙江、广东、福建三省的务工人员较多，全市辖5县。"))
    assert [(s[0], s[3], s[4]) for s in got] == [("60日", "日", "count"), ("3日", "日", "count"),
                                                 ("三省", "省", "count"), ("5县", "县", "count")], got


def test_guard_fixed_terms_and_places_named_by_a_distance(run):
    # (guard) 二次供水 is a kind of supply, 二人家团 a household size, 八里湖 a lake, 两县联动 no count
    assert spans(run("实施二次供水改造，二人家团可申请，向八里湖新区延伸，两县联动。")) == []
