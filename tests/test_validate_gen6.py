"""Validation rules of generalization round 6 (unseen reports: archives, supply-and-marketing
cooperatives, power supply, public finance, customs, civil air defence, ethnic and religious affairs,
student aid, farm machinery, foreign affairs, water utilities, animal husbandry).

Every row is a made-up sentence in the phrasing of a genre named in its id (no article's text); the
figures are given by hand, so only the validator is tested.  Each row fails without its rule.
"""
from __future__ import annotations

import pytest

from test_validate import find, make_doc


def fails(doc) -> list[dict]:
    return [c for c in doc.checks if c["status"] == "fail"]


def checked(text, figures, kind, whole, parts, status):
    """The document of ``text`` after asserting it holds the check ``kind`` of ``whole`` and ``parts``
    with ``status``."""
    doc = make_doc(text, figures)
    c = find(doc, kind, whole, parts)
    assert c is not None, doc.checks
    assert c["status"] == status, c
    return doc


def holds(text, figures, kind, whole, parts, status) -> None:
    """Assert the check of ``whole`` and ``parts`` with ``status``, and, for a pass, no failure at
    all in the document (the table tests of each round)."""
    doc = checked(text, figures, kind, whole, parts, status)
    if status == "pass":
        assert not fails(doc), doc.checks


# ------------------------------------------------------------------ which total a part belongs to
WHOLE_LARGE_ENOUGH = [
    # (source, text, figures, kind, whole, parts, status)
    ("cooperative phrasing: 其中 after a list of supplies is part of the item that can hold it",
     "全年供应化肥8.2万吨、农药900吨、农膜600吨，其中春耕期间供应化肥3.1万吨。",
     [("8.2万吨", 82000, "吨", "measure"), ("900吨", 900, "吨", "measure"), ("600吨", 600, "吨", "measure"),
      ("3.1万吨", 31000, "吨", "measure")],
     "part_of", "q1", ["q4"], "pass"),
    ("animal husbandry phrasing: stock and sales, then a breed's stock and its share",
     "全县羊存栏12.5万只、出栏3.2万只，其中湖羊存栏7.5万只，占全县羊存栏量的60.0%。",
     [("12.5万只", 125000, "只", "count"), ("3.2万只", 32000, "只", "count"), ("7.5万只", 75000, "只", "count"),
      ("60.0%", 60, "%", "percent")],
     "percent", "q1", ["q3"], "pass"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", WHOLE_LARGE_ENOUGH,
                         ids=[r[0] for r in WHOLE_LARGE_ENOUGH])
def test_a_part_belongs_to_a_total_that_can_hold_it(source, text, figures, kind, whole, parts, status):
    doc = checked(text, figures, kind, whole, parts, status)
    assert not fails(doc), doc.checks


def test_a_part_larger_than_the_only_total_still_fails():
    """city management phrasing: one district reports more demolitions than the whole city."""
    doc = make_doc("全市拆除违法建设300宗，其中城东区拆除340宗。",
                   [("300宗", 300, "宗", "count"), ("340宗", 340, "宗", "count")])
    c = find(doc, "part_of", "q1", ["q2"])
    assert c is not None and c["status"] == "fail", doc.checks


# ------------------------------------------------------------------ where a 其中 list ends
def test_a_stock_total_after_a_list_is_no_item_of_it():
    """civil air defence phrasing: 新建…N台，其中A台、B台，全市…总数达到M台 -- the stock is a total of its own."""
    doc = make_doc("全年新建防空警报器30台，其中电动警报器18台、电声警报器12台，全市警报器总数达到300台。",
                   [("30台", 30, "台", "count"), ("18台", 18, "台", "count"), ("12台", 12, "台", "count"),
                    ("300台", 300, "台", "count")])
    c = find(doc, "part_of", "q1", ["q2", "q3"]) or find(doc, "sum", "q1", ["q2", "q3"])
    assert c is not None and c["status"] == "pass", doc.checks
    assert not fails(doc), doc.checks


def test_problems_found_start_a_count_of_their_own():
    """archives phrasing: 对N个单位开展指导，其中实地检查A个，发现问题B个，已整改C个，整改率X%."""
    doc = make_doc("对全县40个单位开展监督指导，其中实地检查25个，发现问题90个，已督促整改81个，整改率90.0%。",
                   [("40个", 40, "个", "count"), ("25个", 25, "个", "count"), ("90个", 90, "个", "count"),
                    ("81个", 81, "个", "count"), ("90.0%", 90, "%", "percent")])
    assert not fails(doc), doc.checks
    assert find(doc, "part_of", "q1", ["q2"]) is not None, doc.checks
    c = find(doc, "percent", "q3", ["q4"])
    assert c is not None and c["status"] == "pass", doc.checks


def test_the_new_ones_among_a_total_are_a_part_of_it():
    """cooperative phrasing: 发展服务社N个，其中今年新增M个 -- 新增 after 其中 picks out a subset."""
    doc = make_doc("全市发展农村综合服务社800个，其中今年新增45个。",
                   [("800个", 800, "个", "count"), ("45个", 45, "个", "count")])
    c = find(doc, "part_of", "q1", ["q2"])
    assert c is not None and c["status"] == "pass", doc.checks


# ------------------------------------------------------------------ lists that are all of the total
ALL_OF_IT = [
    # (source, text, figures, kind, whole, parts, status)
    ("farm machinery phrasing: a list ending in 其他 covers the rest",
     "兑付购机补贴资金300万元，其中拖拉机补贴120万元、收割机补贴110万元、其他机具补贴60万元。",
     [("300万元", 3000000, "元", "money"), ("120万元", 1200000, "元", "money"), ("110万元", 1100000, "元", "money"),
      ("60万元", 600000, "元", "money")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("power supply phrasing: the total names its two kinds, each item starts with one",
     "新增和增容配电变压器100台，其中新增台区变压器62台、增容改造36台。",
     [("100台", 100, "台", "count"), ("62台", 62, "台", "count"), ("36台", 36, "台", "count")],
     "sum", "q1", ["q2", "q3"], "fail"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ALL_OF_IT, ids=[r[0] for r in ALL_OF_IT])
def test_breakdowns_that_are_all_of_the_total(source, text, figures, kind, whole, parts, status):
    checked(text, figures, kind, whole, parts, status)


# ------------------------------------------------------------------ shares
def test_a_rate_it_fell_from_is_no_share_of_this_years_figures():
    """water utility phrasing: 漏损率由上年的X%降至Y% -- X is last year's rate."""
    doc = make_doc("全年售水量900万吨，漏损水量100万吨，综合漏损率由上年的14.0%降至10.0%。",
                   [("900万吨", 9000000, "吨", "measure"), ("100万吨", 1000000, "吨", "measure"),
                    ("14.0%", 14, "%", "percent"), ("10.0%", 10, "%", "percent")])
    assert not [c for c in doc.checks if c.get("percent") == "q3"], doc.checks


def test_a_share_with_its_part_and_total_both_named():
    """public finance phrasing: 税收收入占一般公共预算收入的比重为X% -- both figures stated before."""
    doc = make_doc("一般公共预算收入完成8.00亿元。其中，税收收入5.00亿元；非税收入3.00亿元。税收收入占一般公共预算收入的比重为62.5%。",
                   [("8.00亿元", 800000000, "元", "money"), ("5.00亿元", 500000000, "元", "money"),
                    ("3.00亿元", 300000000, "元", "money"), ("62.5%", 62.5, "%", "percent")])
    c = find(doc, "percent", "q1", ["q2"])
    assert c is not None and c["status"] == "pass", doc.checks


def test_a_part_far_larger_than_a_total_in_an_earlier_sentence_was_read_against_the_wrong_total():
    """student aid phrasing: 分别为A人次…D人次。其中，资助…E人次，占资助总人次的X% -- E is of the year's total."""
    doc = make_doc("全年资助学生2.0万人次。资助学前、义务教育学生分别为5000人次、9000人次、6000人次。"
                   "其中，资助脱贫家庭学生1.0万人次，占资助总人次的50.0%。",
                   [("2.0万人次", 20000, "人次", "count"), ("5000人次", 5000, "人次", "count"),
                    ("9000人次", 9000, "人次", "count"), ("6000人次", 6000, "人次", "count"),
                    ("1.0万人次", 10000, "人次", "count"), ("50.0%", 50, "%", "percent")])
    assert not fails(doc), doc.checks


def test_the_rest_completes_a_list_of_places():
    """cooperative phrasing: 新建N个，甲、乙、丙分别建成A个、B个、C个，其余D个 -- all of the N."""
    doc = make_doc("年内新建服务中心20个，东区、西区、北区分别建成8个、5个、3个，其余4个分布在南区。",
                   [("20个", 20, "个", "count"), ("8个", 8, "个", "count"), ("5个", 5, "个", "count"),
                    ("3个", 3, "个", "count"), ("4个", 4, "个", "count")])
    assert not fails(doc), doc.checks
    c = find(doc, "sum", "q1", ["q2", "q3", "q4", "q5"])
    assert c is not None and c["status"] == "pass", doc.checks


COVERED = [
    # (source, text, figures, kind, whole, parts, status)
    ("ethnic affairs phrasing: units of several kinds under a total in 个",
     "新命名示范单位20个，其中机关单位6个、学校5所、企业4家、社区5个。",
     [("20个", 20, "个", "count"), ("6个", 6, "个", "count"), ("5所", 5, "所", "count"), ("4家", 4, "家", "count"),
      ("5个", 5, "个", "count")],
     "sum", "q1", ["q2", "q3", "q4", "q5"], "pass"),
    ("farm machinery phrasing: machines under a total in 台套",
     "投入农业机械900台套，其中收割机300台、拖拉机400台、无人机50架。",
     [("900台套", 900, "台套", "count"), ("300台", 300, "台", "count"), ("400台", 400, "台", "count"),
      ("50架", 50, "架", "count")],
     "part_of", "q1", ["q2", "q3", "q4"], "pass"),
    ("animal husbandry phrasing: head and birds under a total in 头只",
     "累计免疫畜禽100万头只，其中生猪30万头、家禽60万只、牛羊12万头只。",
     [("100万头只", 1000000, "头只", "count"), ("30万头", 300000, "头", "count"), ("60万只", 600000, "只", "count"),
      ("12万头只", 120000, "头只", "count")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", COVERED, ids=[r[0] for r in COVERED])
def test_a_generic_or_compound_classifier_holds_the_items_of_its_list(source, text, figures, kind, whole, parts, status):
    checked(text, figures, kind, whole, parts, status)


SHARES_NAMED = [
    # (source, text, figures, whole, part)
    ("ethnic affairs phrasing: a share of 总人口 is of the figure named 人口",
     "全县户籍人口30.0万人，少数民族人口24.0万人，占总人口的80.0%。",
     [("30.0万人", 300000, "人", "count"), ("24.0万人", 240000, "人", "count"), ("80.0%", 80, "%", "percent")],
     "q1", "q2"),
    ("farm machinery phrasing: 进度 is a rate like 率",
     "全镇8.0万亩小麦已机收6.0万亩，机收进度达75.0%。",
     [("8.0万亩", 80000, "亩", "measure"), ("6.0万亩", 60000, "亩", "measure"), ("75.0%", 75, "%", "percent")],
     "q1", "q2"),
]


@pytest.mark.parametrize("source,text,figures,whole,part", SHARES_NAMED, ids=[r[0] for r in SHARES_NAMED])
def test_a_share_finds_its_named_total(source, text, figures, whole, part):
    doc = make_doc(text, figures)
    c = find(doc, "percent", whole, [part])
    assert c is not None and c["status"] == "pass", doc.checks


EACH_AND_DONE = [
    # (source, text, figures, kind, whole, parts, status)
    ("energy-saving phrasing: 分别为 with labels of six characters, another measure after the list",
     "纳入统计的公共机构共200家，分别为县级党政机关50家、教育类单位90家、其他事业单位60家，用能人数约3万人。",
     [("200家", 200, "家", "count"), ("50家", 50, "家", "count"), ("90家", 90, "家", "count"),
      ("60家", 60, "家", "count"), ("3万人", 30000, "人", "count", "about")],
     "sum", "q1", ["q2", "q3", "q4"], "pass"),
    ("energy-saving phrasing: kinds of the noun just counted before 分别为",
     "建成充电桩50个，直流快充桩和交流慢充桩分别为20个和30个。",
     [("50个", 50, "个", "count"), ("20个", 20, "个", "count"), ("30个", 30, "个", "count")],
     "sum", "q1", ["q2", "q3"], "pass"),
    ("local chronicles phrasing: what was done with all of a 其中 list's total",
     "全年共征集史料1000件，其中档案文献400件、老照片350件、口述资料250件，已完成数字化扫描800件。",
     [("1000件", 1000, "件", "count"), ("400件", 400, "件", "count"), ("350件", 350, "件", "count"),
      ("250件", 250, "件", "count"), ("800件", 800, "件", "count")],
     "part_of", "q1", ["q5"], "pass"),
    ("local chronicles phrasing: full-time and part-time staff are all of them",
     "共有编纂人员60名，其中专职人员35名、兼职人员23名。",
     [("60名", 60, "名", "count"), ("35名", 35, "名", "count"), ("23名", 23, "名", "count")],
     "sum", "q1", ["q2", "q3"], "fail"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", EACH_AND_DONE, ids=[r[0] for r in EACH_AND_DONE])
def test_respective_lists_done_parts_and_staff(source, text, figures, kind, whole, parts, status):
    doc = checked(text, figures, kind, whole, parts, status)
    assert len(fails(doc)) == (status == "fail"), doc.checks


CLOSED_LISTS = [
    # (source, text, figure, items, status)
    ("literary federation phrasing: a long closed list of associations",
     "县文联下辖协会9个，即作家协会、书法家协会、美术家协会、摄影家协会、音乐家协会、舞蹈家协会、戏剧家协会、民间文艺家协会和楹联学会。",
     ("9个", 9, "个", "count"), 9, "pass"),
    ("financial office phrasing: a predicate between the count and 即",
     "全市6个县(市、区)均已挂牌服务中心，即襄州、樊城、枣阳、宜城、南漳、保康。",
     ("6个", 6, "个", "count"), 6, "pass"),
]


@pytest.mark.parametrize("source,text,figure,items,status", CLOSED_LISTS, ids=[r[0] for r in CLOSED_LISTS])
def test_closed_lists_after_long_items_or_a_predicate(source, text, figure, items, status):
    doc = make_doc(text, [figure])
    c = next((c for c in doc.checks if c["kind"] == "list_count"), None)
    assert c is not None and c["items"] == items and c["status"] == status, doc.checks


# ------------------------------------------------------------------ round 6b (unseen set p01-p06)
def test_done_and_rest_after_a_list_are_of_its_total():
    """rural roads phrasing: 计划N座，其中A座、B座。已完工C座，完工率X%，其余D座 -- of N, not of B."""
    doc = make_doc("计划实施危桥改造20座，其中县道桥梁8座、乡村道桥梁12座。已完工18座，完工率90.0%，其余2座正在施工。",
                   [("20座", 20, "座", "count"), ("8座", 8, "座", "count"), ("12座", 12, "座", "count"),
                    ("18座", 18, "座", "count"), ("90.0%", 90, "%", "percent"), ("2座", 2, "座", "count")])
    assert not fails(doc), doc.checks
    c = find(doc, "percent", "q1", ["q4"])
    assert c is not None and c["status"] == "pass", doc.checks


def test_a_joiner_inside_a_label_after_a_comma_joins_no_items():
    """media centre phrasing: 阅读量A，…、…播放量B，合计C -- the 、 is inside the label."""
    doc = make_doc("客户端阅读量300万次，公众号阅读量500万次，抖音、视频号等平台播放量900万次，合计1700万次。",
                   [("300万次", 3000000, "次", "count"), ("500万次", 5000000, "次", "count"),
                    ("900万次", 9000000, "次", "count"), ("1700万次", 17000000, "次", "count")])
    assert not fails(doc), doc.checks


def test_the_count_of_a_list_of_names_ends_a_list_of_parts():
    """civil affairs phrasing: 公墓N个，其中新建A个，分布在X、Y等B个乡镇，新增墓穴约C个."""
    doc = make_doc("全县已建成公益性公墓40个，其中新建6个，分布在东关、西关等6个乡镇，新增墓穴约3000个。",
                   [("40个", 40, "个", "count"), ("6个", 6, "个", "count"), ("6个", 6, "个", "count"),
                    ("约3000个", 3000, "个", "count", "about")])
    assert not fails(doc), doc.checks
    assert find(doc, "part_of", "q1", ["q2"]) is not None, doc.checks


def test_ages_are_no_parts():
    """aging office phrasing: 60周岁以上老年人N人，其中80周岁以上M人 -- the ages are no figures to add."""
    doc = make_doc("全县现有60周岁以上老年人10.0万人，其中80周岁以上高龄老人1.2万人。",
                   [("60周岁以上", 60, "周岁", "count", "over"), ("10.0万人", 100000, "人", "count"),
                    ("80周岁以上", 80, "周岁", "count", "over"), ("1.2万人", 12000, "人", "count")])
    assert not [c for c in doc.checks if "q1" in [c.get("whole"), *c.get("parts", [])]
                or "q3" in [c.get("whole"), *c.get("parts", [])]], doc.checks
    assert find(doc, "part_of", "q2", ["q4"]) is not None, doc.checks


def test_respective_shares_pair_with_the_items_in_order():
    """state assets phrasing: A、B和C分别实现X、Y和Z，分别占…的a%、b%和c%."""
    doc = make_doc("监管企业实现营业收入200亿元，其中竞争类、功能类和公益类企业分别实现营业收入120亿元、60亿元和20亿元，"
                   "分别占营业收入总额的60.0%、30.0%和10.0%。",
                   [("200亿元", 2e10, "元", "money"), ("120亿元", 1.2e10, "元", "money"), ("60亿元", 6e9, "元", "money"),
                    ("20亿元", 2e9, "元", "money"), ("60.0%", 60, "%", "percent"), ("30.0%", 30, "%", "percent"),
                    ("10.0%", 10, "%", "percent")])
    assert not fails(doc), doc.checks
    for part, pct in (("q2", "q5"), ("q3", "q6"), ("q4", "q7")):
        c = next((c for c in doc.checks if c["kind"] == "percent" and c.get("percent") == pct), None)
        assert c is not None and c["parts"] == [part] and c["status"] == "pass", doc.checks


def test_a_share_of_a_listed_sum():
    """state assets phrasing: 利润总额分别为A、B和C，合计占…的X% -- the share of their sum."""
    doc = make_doc("实现利润总额20亿元，其中甲、乙、丙集团利润总额分别为8亿元、5亿元和2亿元，合计占利润总额的75.0%。",
                   [("20亿元", 2e9, "元", "money"), ("8亿元", 8e8, "元", "money"), ("5亿元", 5e8, "元", "money"),
                    ("2亿元", 2e8, "元", "money"), ("75.0%", 75, "%", "percent")])
    c = next((c for c in doc.checks if c["kind"] == "percent"), None)
    assert c is not None and sorted(c["parts"]) == ["q2", "q3", "q4"] and c["whole"] == "q1" and c["status"] == "pass", doc.checks


def test_a_rate_whose_base_is_stated_in_its_own_clause():
    """aging office phrasing: 覆盖村A个，在全县B个村中覆盖率达X%."""
    doc = make_doc("已建成助餐点200个，覆盖行政村170个，在全县250个行政村中覆盖率达到68.0%。",
                   [("200个", 200, "个", "count"), ("170个", 170, "个", "count"), ("250个", 250, "个", "count"),
                    ("68.0%", 68, "%", "percent")])
    assert not fails(doc), doc.checks
    assert find(doc, "percent", "q3", ["q2"]) is not None, doc.checks
