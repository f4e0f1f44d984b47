"""Validation rules of generalization round 18 (session 17).

Every row is a made-up sentence; the figures are given by hand, so only the validator is tested.
Each row fails without its rule; rows marked (guard) hold what the new rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate import make_doc
from test_validate_gen6 import holds
from test_validate_gen8 import c


def w(surface, value):  # a figure in 万 of its unit, exact as written
    return surface, value, surface[-1], "count", "exact"


ROWS = [
    # (id, text, figures, kind, whole, parts, status)
    ("各 after a sibling item of the same unit names one more part, not 'each'",
     "全市共举办招聘会96场，其中市本级举办28场、各县区举办64场，其余5场由高校举办。",
     [c("96场", 96, "场"), c("28场", 28, "场"), c("64场", 64, "场"), c("5场", 5, "场")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("(guard) ... and the parts agree when they complete it",
     "全市共举办招聘会97场，其中市本级举办28场、各县区举办64场，其余5场由高校举办。",
     [c("97场", 97, "场"), c("28场", 28, "场"), c("64场", 64, "场"), c("5场", 5, "场")],
     "sum", "q1", ["q2", "q3", "q4"], "pass"),
    ("a scope 'done V的N中' after a paragraph break names the total V'd before (已 dropped, head in a longer label)",
     "房屋署本年度合共分配3,640个公屋单位。\n\n在已分配的单位中，一般申请者获分配2,100个，长者申请者获分配900个，其余700个分配予其他类别。",
     [c("3,640个", 3640, "个"), c("2,100个", 2100, "个"), c("900个", 900, "个"), c("700个", 700, "个")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("a scope '已V的N中' names the figure whose own label ends with 已V",
     "目前已收购18.5万吨，剩余6.5万吨力争月底前收购完毕。已收购的稻谷中，订单收购7.2万吨，市场化收购11.3万吨。",
     [("18.5万吨", 185000, "吨", "measure", "exact"), ("6.5万吨", 65000, "吨", "measure", "exact"),
      ("7.2万吨", 72000, "吨", "measure", "exact"), ("11.3万吨", 113000, "吨", "measure", "exact")],
     "sum", "q1", ["q3", "q4"], "pass"),
    ("a scope 'V的N中' names a total with N right before it, whatever a bracket adds to its name",
     "全年共开展巡察（调研）项目38个。\n一、巡察项目安排\n全年开展的巡察项目中，常规巡察14个、专项巡察13个、机动巡察12个。",
     [c("38个", 38, "个"), c("14个", 14, "个"), c("13个", 13, "个"), c("12个", 12, "个")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("a breakdown after another one of the paragraph divides the same total",
     "上半年共受理群众诉求36.4万件。\n\n从受理渠道看，电话渠道受理28.1万件；网络渠道受理量同比增长12%。"
     "从诉求类型看，咨询类16.2万件、求助类9.5万件、投诉类7.3万件、建议类1.0万件。",
     [w("36.4万件", 364000), w("28.1万件", 281000), ("12%", 12, "%", "percent", "exact"),
      w("16.2万件", 162000), w("9.5万件", 95000), w("7.3万件", 73000), w("1.0万件", 10000)],
     "part_of", "q1", ["q4", "q5", "q6", "q7"], "pass"),
    ("rounded kinds of one noun that even their rounding cannot bring up to the total: a sum that does not add up",
     "上半年共受理群众诉求36.4万件。从诉求类型看，咨询类16.2万件、求助类9.5万件、投诉类7.3万件、建议类2.4万件。",
     [w("36.4万件", 364000), w("16.2万件", 162000), w("9.5万件", 95000), w("7.3万件", 73000), w("2.4万件", 24000)],
     "sum", "q1", ["q2", "q3", "q4", "q5"], "fail"),
    ("a 分别为 item with a long label ending in the first item's head",
     "今届展销会共设展位126个，分别为本地农产品展位80个及粤港澳大湾区和其他地区特色展位40个。",
     [c("126个", 126, "个"), c("80个", 80, "个"), c("40个", 40, "个")],
     "sum", "q1", ["q2", "q3"], "fail"),
    ("当中 opening a clause is 其中",
     "全年共有95个团体获颁服务嘉许状，当中社会服务机构51个、学校27个、企业17个。",
     [c("95个", 95, "个"), c("51个", 51, "个"), c("27个", 27, "个"), c("17个", 17, "个")],
     "sum", "q1", ["q2", "q3", "q4"], "pass"),
    ("hours in the thousands are an amount of work that sums, not how long something lasted",
     "全年义工服务时数合共1,520万小时，其中个人义工服务1,130万小时，团体义工服务390万小时。",
     [("1,520万小时", 15200000, "小时", "count", "exact"), ("1,130万小时", 11300000, "小时", "count", "exact"),
      ("390万小时", 3900000, "小时", "count", "exact")],
     "sum", "q1", ["q2", "q3"], "pass"),
    ("a bare count after 其中, what it did told after it, is the outcome a rate right after measures",
     "参训学员共360名，其中306名取得职业资格证书，取证率达85%。",
     [c("360名", 360, "名"), c("306名", 306, "名"), ("85%", 85, "%", "percent", "exact")],
     "percent", "q1", ["q2"], "pass"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0] for r in ROWS])
def test_round18_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)


def test_guard_each_place_given_the_same_thing_stays_each():
    doc = make_doc("全县配备网格员120名，其中镇村配备90名、各村民小组配备1名。",
                   [c("120名", 120, "名"), c("90名", 90, "名"), c("1名", 1, "名")])
    assert not [x for x in doc.checks if x["kind"] == "sum"], doc.checks


def test_guard_a_task_taken_on_after_a_total_is_no_part_of_it():
    doc = make_doc("全年供应化肥分别为氮肥1.2万吨、磷肥0.6万吨，合计1.8万吨。县供销社承担县级化肥储备任务1.5万吨，"
                   "实际完成储备1.44万吨，完成率96%。",
                   [("1.2万吨", 12000, "吨", "measure", "exact"), ("0.6万吨", 6000, "吨", "measure", "exact"),
                    ("1.8万吨", 18000, "吨", "measure", "exact"), ("1.5万吨", 15000, "吨", "measure", "exact"),
                    ("1.44万吨", 14400, "吨", "measure", "exact"), ("96%", 96, "%", "percent", "exact")])
    assert not [x for x in doc.checks if x["status"] == "fail"], doc.checks
    assert any(x["kind"] == "percent" and x["whole"] == "q4" for x in doc.checks), doc.checks


def test_guard_a_clause_with_a_verb_after_a_comma_ends_a_labelled_each_list():
    # through the whole pipeline: the tokens tell 划分 is a verb
    from textmine.document import Document
    from textmine.pipeline import load_pipeline

    doc = load_pipeline(None).run(Document(doc_id="t", source="t", original=(
        "今届展销会共设展位126个，分别为本地农产品展位80个及特色展位46个，并划分三个主题区。")))
    sums = [x for x in doc.checks if x["kind"] == "sum"]
    assert [(x["parts"], x["status"]) for x in sums] == [(["q2", "q3"], "pass")], doc.checks
