"""Figures of session 25: classifiers met in new reports (条次, 间次 of visits; 片 of courts and
forests, 通 of calls, 颗 of teeth, 锭 of spindles) and a town named by a numeral and a classifier
(三班镇), which is no figure."""
from __future__ import annotations

from test_counted import run  # noqa: F401  (the fixture: text -> a document through the figures stage)
from test_figures_round16 import spans


def test_visits_and_calls_keep_their_compound_classifiers(run):
    got = spans(run("全年调用数据1.26亿条次，巡查雇主860间次，受理视频手语翻译378通。"))
    assert [(s[0], s[1], s[3]) for s in got] == [
        ("1.26亿条次", 126000000, "条次"), ("860间次", 860, "间次"), ("378通", 378, "通")], got


def test_courts_teeth_and_spindles_are_counted(run):
    got = spans(run("新建笼式运动场27片，为学童填补牙齿86,420颗，全县纺纱规模达186万锭。"))
    assert [(s[0], s[1], s[3]) for s in got] == [
        ("27片", 27, "片"), ("86,420颗", 86420, "颗"), ("186万锭", 1860000, "锭")], got


def test_a_town_named_by_a_numeral_and_a_classifier_is_no_figure(run):
    # (but cadres counted by 批 before 乡镇, and villages counted by 个, stay figures)
    got = spans(run("陶瓷企业集中在浔中镇、龙浔镇、三班镇。组织三批乡镇干部培训，覆盖五个村。"))
    assert [(s[0], s[3]) for s in got] == [("三批", "批"), ("五个", "个")], got


def test_a_number_dialled_is_no_figure(run):
    # 1999 before 台南: a hotline, not 1999 units of 台 (but calls counted after 拨打电话 stay figures)
    got = spans(run("市民可拨打1999台南市民服务热线反映，全年拨打电话300余次。"))
    assert [(s[0], s[3]) for s in got] == [("300余次", "次")], got


def test_the_next_and_the_last_session_are_no_counts(run):
    got = spans(run("下一届合唱节将增设青年组比赛，较上一届增加3场。"))
    assert [(s[0], s[3]) for s in got] == [("3场", "场")], got
