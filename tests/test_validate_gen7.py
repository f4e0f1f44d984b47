"""Validation rules of generalization round 7 (unseen reports: public resource trading, earthquake
agency, maternal and child health, city buses, exit-entry administration, school enrolment,
hydrology, people's congress, CPPCC proposals, ports, charity, telecoms).

Every row is a made-up sentence in the phrasing of a genre named in its id (no article's text); the
figures are given by hand, so only the validator is tested.  Each row fails without its rule.
"""
from __future__ import annotations

import pytest

from test_validate import find, make_doc
from test_validate_gen6 import fails, holds


def c(surface, value, unit, kind="count"):
    return (surface, value, unit, kind)


ROWS = [
    # (id, text, figures, kind, whole, parts, status)
    ("trading centre: a 其中 list of paired figures goes on while each item after ； is a pair again",
     "全年完成交易项目500宗，交易额90亿元。其中，工程建设项目200宗，交易额50亿元；政府采购项目180宗，"
     "成交金额25亿元；产权交易120宗，交易额15亿元。",
     [c("500宗", 500, "宗"), c("90亿元", 9_000_000_000, "元", "money"), c("200宗", 200, "宗"),
      c("50亿元", 5_000_000_000, "元", "money"), c("180宗", 180, "宗"), c("25亿元", 2_500_000_000, "元", "money"),
      c("120宗", 120, "宗"), c("15亿元", 1_500_000_000, "元", "money")],
     "sum", "q2", ["q4", "q6", "q8"], "pass"),
    ("trading centre: a list whose last item is A、B等其他 kinds is all of its total",
     "全年完成交易项目520宗，其中工程建设项目200宗、政府采购项目180宗、排污权、林权等其他交易120宗。",
     [c("520宗", 520, "宗"), c("200宗", 200, "宗"), c("180宗", 180, "宗"), c("120宗", 120, "宗")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("trading centre: a saving's rate is of the budget stated before it, in money too",
     "政府采购预算金额20亿元，通过公开竞争节约资金1.5亿元，节资率7.5%。",
     [c("20亿元", 2_000_000_000, "元", "money"), c("1.5亿元", 150_000_000, "元", "money"), c("7.5%", 7.5, "%", "percent")],
     "percent", "q1", ["q2"], "pass"),
    ("buses: a part of a list named in full and then broken down in turn (X中，)",
     "集团现有车辆1200辆，其中新能源车辆1000辆。新能源车辆中，纯电动车辆900辆、混合动力车辆120辆。",
     [c("1200辆", 1200, "辆"), c("1000辆", 1000, "辆"), c("900辆", 900, "辆"), c("120辆", 120, "辆")],
     "sum", "q2", ["q3", "q4"], "fail"),
    ("buses: a total named by its two kinds written together (新建改造) is all of them",
     "全年新建改造候车亭150座，其中新建90座、改造提升50座。",
     [c("150座", 150, "座"), c("90座", 90, "座"), c("50座", 50, "座")],
     "sum", "q1", ["q2", "q3"], "fail"),
    ("maternal health: people screened for two conditions add up to person-times",
     "已完成宫颈癌筛查2100人、乳腺癌筛查2000人，合计4100人次。",
     [c("2100人", 2100, "人"), c("2000人", 2000, "人"), c("4100人次", 4100, "人次")],
     "sum", "q3", ["q1", "q2"], "pass"),
    ("exit-entry: documents counted in 件 hold passports in 本 and permits in 张",
     "共签发各类证件30万件，其中护照8万本、往来港澳通行证12万张、签注10万件。",
     [c("30万件", 300000, "件"), c("8万本", 80000, "本"), c("12万张", 120000, "张"), c("10万件", 100000, "件")],
     "sum", "q1", ["q2", "q3", "q4"], "pass"),
    ("enrolment: a rate named by its count's stem, of the total in the sentence before",
     "全县报名参加高考考生6000人，共设考点4个。本科上线3000人，本科上线率50.0%。",
     [c("6000人", 6000, "人"), c("4个", 4, "个"), c("3000人", 3000, "人"), c("50.0%", 50, "%", "percent")],
     "percent", "q1", ["q3"], "pass"),
    ("telecoms: the basic operators named before 分别 are all of the total",
     "全市累计建成5G基站9000个。其中，中国移动、中国电信、中国联通、中国广电分别建成4000个、2500个、2000个和400个。",
     [c("9000个", 9000, "个"), c("4000个", 4000, "个"), c("2500个", 2500, "个"), c("2000个", 2000, "个"),
      c("400个", 400, "个")],
     "sum", "q1", ["q2", "q3", "q4", "q5"], "fail"),
    ("telecoms: a figure per ten thousand people is no total of the list after it",
     "全市累计建成5G基站9000个，每万人拥有5G基站30.5个。其中，中国移动、中国电信、中国联通分别建成4000个、"
     "2500个和2000个。",
     [c("9000个", 9000, "个"), c("30.5个", 30.5, "个"), c("4000个", 4000, "个"), c("2500个", 2500, "个"),
      c("2000个", 2000, "个")],
     "sum", "q1", ["q3", "q4", "q5"], "fail"),
    ("people's congress: a sentence without a possible total stands between the total and its list",
     "代表共提出建议200件，会后全部交办至40个承办单位。截至11月底，建议已全部办结。其中，所提问题已解决的"
     "A类建议120件；列入计划逐步解决的B类建议60件；留作参考的C类建议20件。",
     [c("200件", 200, "件"), c("40个", 40, "个"), c("120件", 120, "件"), c("60件", 60, "件"), c("20件", 20, "件")],
     "sum", "q1", ["q3", "q4", "q5"], "pass"),
    ("ports: a plan that a share is measured against is no total of a breakdown",
     "全市港口完成货物吞吐量9000万吨，完成年度目标1.8亿吨的50.0%。分港区看，甲港区、乙港区分别完成5000万吨和3000万吨。",
     [c("9000万吨", 90_000_000, "吨", "measure"), c("1.8亿吨", 180_000_000, "吨", "measure"),
      c("50.0%", 50, "%", "percent"), c("5000万吨", 50_000_000, "吨", "measure"),
      c("3000万吨", 30_000_000, "吨", "measure")],
     "part_of", "q1", ["q4", "q5"], "pass"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0] for r in ROWS])
def test_round7_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)


def test_a_rate_over_an_earlier_total_that_disagrees_is_only_implied():
    """enrolment phrasing: the base found in the sentence before is reported only when it agrees --
    the rate may be of a base the text does not state."""
    doc = make_doc("全县报名参加高考考生6000人，共设考点4个。本科上线3000人，本科上线率55.8%。",
                   [c("6000人", 6000, "人"), c("4个", 4, "个"), c("3000人", 3000, "人"), c("55.8%", 55.8, "%", "percent")])
    assert not fails(doc), doc.checks
    assert find(doc, "percent", None, ["q3"])["status"] == "unverifiable", doc.checks


def test_items_in_corner_brackets_are_counted():
    """exit-entry phrasing in Hong Kong script: 「A」「B」「C」等N项 names three items."""
    doc = make_doc("先后推出「跨省通办」「网上预约」「邮寄送证」等12项便民措施。", [c("12项", 12, "项")])
    c_ = find(doc, "list_count", "q1", [])
    assert c_ is not None and c_["items"] == 3, doc.checks
