"""Validation rules of generalization round 8 (unseen reports: river chiefs, skills training, rural
toilets and garbage sorting, national fitness, legal publicity, unpaid wages, farmland
construction, vaccination, Qingming commemoration, rural e-commerce, special equipment, village
elections).

Every row is a made-up sentence in the phrasing of a genre named in its id (no article's text); the
figures are given by hand, so only the validator is tested.  Each row fails without its rule;
rows marked (guard) hold what a neighbouring new rule must keep.
"""
from __future__ import annotations

import pytest

from test_validate import find, make_doc
from test_validate_gen6 import fails, holds


def c(surface, value, unit, kind="count", qualifier="exact"):
    return (surface, value, unit, kind, qualifier)


def money(surface, yuan):
    return c(surface, yuan, "元", "money")


ROWS = [
    # (id, text, figures, kind, whole, parts, status)
    ("farmland: items a breakdown opens and 合计 closes are all of it, a label with 、 included",
     "从资金来源看，中央财政补助资金2.10亿元，省级补助资金0.50亿元，市、县两级财政配套资金0.30亿元，"
     "整合其他涉农资金0.10亿元，合计3.00亿元。",
     [money("2.10亿元", 210_000_000), money("0.50亿元", 50_000_000), money("0.30亿元", 30_000_000),
      money("0.10亿元", 10_000_000), money("3.00亿元", 300_000_000)],
     "sum", "q5", ["q1", "q2", "q3", "q4"], "pass"),
    ("toilets: a colon opens the items, so a 合计 that differs is a slip, an unlike last label included",
     "全年投入资金：省级补助资金400万元，县级配套资金200万元，镇级自筹资金100万元，群众投工投劳折资50万元，"
     "合计760万元。",
     [money("400万元", 4_000_000), money("200万元", 2_000_000), money("100万元", 1_000_000),
      money("50万元", 500_000), money("760万元", 7_600_000)],
     "sum", "q5", ["q1", "q2", "q3", "q4"], "fail"),
    ("legal publicity: a total whose label names each item by its first two characters",
     "线上观看2.5万人次，线下活动参与5000人次，线上线下合计覆盖群众3.0万人次。",
     [c("2.5万人次", 25000, "人次"), c("5000人次", 5000, "人次"), c("3.0万人次", 30000, "人次")],
     "sum", "q3", ["q1", "q2"], "pass"),
    ("farmland: a share whose subject is a short name of one item of the paragraph",
     "中央财政补助资金1.20亿元，省级补助资金0.80亿元，合计2.00亿元，其中中央资金占总投入的60.0%。",
     [money("1.20亿元", 120_000_000), money("0.80亿元", 80_000_000), money("2.00亿元", 200_000_000),
      c("60.0%", 60, "%", "percent")],
     "percent", "q3", ["q1"], "pass"),
    ("unpaid wages: an item counted by another classifier belongs to the list when the sum says so",
     "检查用人单位300户，涉及劳动者1.5万人。检查的用人单位中，在建工程项目100个，制造业企业120户，其余80户为服务业单位。",
     [c("300户", 300, "户"), c("1.5万人", 15000, "人"), c("100个", 100, "个"), c("120户", 120, "户"),
      c("80户", 80, "户")],
     "sum", "q1", ["q3", "q4", "q5"], "pass"),
    ("river chiefs: kinds that all name the noun of the found total, not of the rectified one",
     "巡河发现各类问题200个，已整改销号180个，其余问题正在推进。其中，违建问题30个、采砂问题20个、垃圾问题100个。",
     [c("200个", 200, "个"), c("180个", 180, "个"), c("30个", 30, "个"), c("20个", 20, "个"), c("100个", 100, "个")],
     "part_of", "q1", ["q3", "q4", "q5"], "pass"),
    ("vaccination: a breakdown in a later paragraph adds up to the opening paragraph's total",
     "本网讯　全市累计接种流感疫苗10.50万剂次，免费筛查3.20万人。\n"
     "扩容接种点位\n"
     "分人群看，老年人接种4.50万剂次，儿童青少年接种4.00万剂次，重点职业人群接种2.00万剂次。",
     [c("10.50万剂次", 105000, "剂次"), c("3.20万人", 32000, "人"), c("4.50万剂次", 45000, "剂次"),
      c("4.00万剂次", 40000, "剂次"), c("2.00万剂次", 20000, "剂次")],
     "sum", "q1", ["q3", "q4", "q5"], "pass"),
    ("commemoration: kinds of the opening total, one with a 其中 of its own, across ；",
     "活动期间，全县共组织祭扫120次，走访慰问200户。\n"
     "从祭扫组织层级看，县级集中祭扫10次；乡镇组织祭扫90次，其中重点镇30次；村和学校组织祭扫20次。",
     [c("120次", 120, "次"), c("200户", 200, "户"), c("10次", 10, "次"), c("90次", 90, "次"), c("30次", 30, "次"),
      c("20次", 20, "次")],
     "sum", "q1", ["q3", "q4", "q6"], "pass"),
    ("commemoration: the parallel kind after ； is no part of the item before it",
     "从祭扫组织层级看，县级集中祭扫10次；乡镇组织祭扫90次，其中重点镇30次；村和学校组织祭扫20次。",
     [c("10次", 10, "次"), c("90次", 90, "次"), c("30次", 30, "次"), c("20次", 20, "次")],
     "part_of", "q2", ["q3"], "pass"),
    ("commemoration: places named before a count of them say where the next figure happened",
     "乡镇组织祭扫90次，其中甲镇、乙镇、丙镇3个重点镇30次。",
     [c("90次", 90, "次"), c("3个", 3, "个"), c("30次", 30, "次")],
     "part_of", "q1", ["q3"], "pass"),
    ("e-commerce: kinds ending with the others belong to the nearest total even when they exceed it",
     "全年销售农产品4000吨，实现销售额8000万元。分品类看，销售脐橙2500吨、百香果600吨、茶叶等其他农产品1000吨。",
     [c("4000吨", 4000, "吨", "measure"), money("8000万元", 80_000_000), c("2500吨", 2500, "吨", "measure"),
      c("600吨", 600, "吨", "measure"), c("1000吨", 1000, "吨", "measure")],
     "sum", "q1", ["q3", "q4", "q5"], "fail"),
    ("e-commerce: a rate whose clause states its base (在…N个X中的覆盖率)",
     "全县建成村级电商服务点150个，在全县200个行政村中的覆盖率达到75.0%。",
     [c("150个", 150, "个"), c("200个", 200, "个"), c("75.0%", 75, "%", "percent")],
     "percent", "q2", ["q1"], "pass"),
    ("vaccination: a share of a total named by its stem, scope dropped (全市接种总量)",
     "全市累计接种流感疫苗10万剂次。\n城区共接种6万剂次，占全市接种总量的60.0%。",
     [c("10万剂次", 100000, "剂次"), c("6万剂次", 60000, "剂次"), c("60.0%", 60, "%", "percent")],
     "percent", "q1", ["q2"], "pass"),
    ("elections: a share with no noun after 占 is of the total counting the noun the part ends with",
     "全县300个村（社区）全部完成换届。\n“一肩挑”的村（社区）270个，占90.0%。",
     [c("300个", 300, "个"), c("270个", 270, "个"), c("90.0%", 90, "%", "percent")],
     "percent", "q1", ["q2"], "pass"),
    ("elections: a figure inside the next item's label does not end a 其中 list",
     "新一届两委成员共1000名。其中，女性成员250名，占25.0%；35岁以下的年轻成员200名，占20.0%。",
     [c("1000名", 1000, "名"), c("250名", 250, "名"), c("25.0%", 25, "%", "percent"), c("35岁", 35, "岁"),
      c("200名", 200, "名"), c("20.0%", 20, "%", "percent")],
     "percent", "q1", ["q5"], "pass"),
    ("vaccination: cases counted by 例 are a part of people counted by 人",
     "发现有可疑症状者80人，其中确诊10例。",
     [c("80人", 80, "人"), c("10例", 10, "例")],
     "part_of", "q1", ["q2"], "pass"),
    ("toilets: N个X中已有M个 is a part of its total",
     "全镇9个行政村中已有8个村实现垃圾分类全覆盖。",
     [c("9个", 9, "个"), c("8个", 8, "个")],
     "part_of", "q1", ["q2"], "pass"),
    # round 8b: the d and e sets
    ("talent office: places named between 分别 and the figures make the list all of its total",
     "全年新筹集人才公寓2000套，分别在甲区、乙区、丙区和丁区布局800套、500套、400套和320套，累计配租1500套。",
     [c("2000套", 2000, "套"), c("800套", 800, "套"), c("500套", 500, "套"), c("400套", 400, "套"),
      c("320套", 320, "套"), c("1500套", 1500, "套")],
     "sum", "q1", ["q2", "q3", "q4", "q5"], "fail"),
    ("drinking water: a list joined by 、 ends at a comma before another kind of count",
     "全年共检测水样1000份，其中出厂水400份、末梢水600份，检测合格950份。",
     [c("1000份", 1000, "份"), c("400份", 400, "份"), c("600份", 600, "份"), c("950份", 950, "份")],
     "sum", "q1", ["q2", "q3"], "pass"),
    ("national fitness (guard): … but goes on at a comma with the next item of the same kind",
     "全年举办赛事150场。其中，承办省级赛事10场、市级赛事20场，举办县级赛事70场，乡镇自办赛事50场。",
     [c("150场", 150, "场"), c("10场", 10, "场"), c("20场", 20, "场"), c("70场", 70, "场"), c("50场", 50, "场")],
     "sum", "q1", ["q2", "q3", "q4", "q5"], "pass"),
    ("sewage: a breakdown 从监测结果看 has a dimension (监测), unlike 从结果看",
     "考核断面共9个，其中国控断面2个、省控断面3个、市控断面4个。从监测结果看，Ⅱ类断面5个、Ⅲ类3个、Ⅳ类1个。",
     [c("9个", 9, "个"), c("2个", 2, "个"), c("3个", 3, "个"), c("4个", 4, "个"), c("5个", 5, "个"),
      c("3个", 3, "个"), c("1个", 1, "个")],
     "sum", "q1", ["q5", "q6", "q7"], "pass"),
    ("insurance: a breakdown of a total of work done when no other total is near",
     "全年已实现保费收入5000万元。分险种看，小麦保险3000万元；玉米保险2000万元。",
     [money("5000万元", 50_000_000), money("3000万元", 30_000_000), money("2000万元", 20_000_000)],
     "sum", "q1", ["q2", "q3"], "pass"),
    ("insurance: items across ； add up to the 以上合计 after them",
     "分险种看，小麦保险3000万元；玉米保险1500万元；其他保险600万元，以上合计5000万元。",
     [money("3000万元", 30_000_000), money("1500万元", 15_000_000), money("600万元", 6_000_000),
      money("5000万元", 50_000_000)],
     "sum", "q4", ["q1", "q2", "q3"], "fail"),
    ("welfare lottery: 以上合计 sums the dashed lines above it",
     "公益金使用情况如下：\n——养老服务400万元。支持养老服务中心12个。\n——儿童福利150万元。\n——社会救助100万元。\n以上合计650万元。",
     [money("400万元", 4_000_000), c("12个", 12, "个"), money("150万元", 1_500_000), money("100万元", 1_000_000),
      money("650万元", 6_500_000)],
     "sum", "q5", ["q1", "q3", "q4"], "pass"),
    ("digital government (guard): a rate of a count named by its stem, over a base sentences earlier",
     "全市梳理公布政务服务事项2000项，其中依申请事项1600项、公共服务事项400项。持续推进减环节。"
     "全面推行告知承诺制。实现网上可办事项1960项，网上可办率98.0%。",
     [c("2000项", 2000, "项"), c("1600项", 1600, "项"), c("400项", 400, "项"), c("1960项", 1960, "项"),
      c("98.0%", 98, "%", "percent")],
     "percent", "q1", ["q4"], "pass"),
    ("quality checks: a 合格率 is of the passed count, not of the failed one its clause also names",
     "全年抽查产品2000批次，经检验合格1900批次、不合格100批次，抽查合格率95.0%。",
     [c("2000批次", 2000, "批次"), c("1900批次", 1900, "批次"), c("100批次", 100, "批次"),
      c("95.0%", 95, "%", "percent")],
     "percent", "q1", ["q2"], "pass"),
    ("fishing ban: a last item ending in 及其他 makes the list all of its total",
     "退捕渔民1000名已全部安置，其中务工就业500人、自主创业200人、灵活就业及其他280人。",
     [c("1000名", 1000, "名"), c("500人", 500, "人"), c("200人", 200, "人"), c("280人", 280, "人")],
     "sum", "q1", ["q2", "q3", "q4"], "fail"),
    ("cadre training: a 完成率 after a plan is of the work done that a sentence before states",
     "截至11月底，全县共举办各类主体班次26期，培训干部4870人次。全年计划举办主体班次24期，完成率108.3%。",
     [c("26期", 26, "期"), c("4870人次", 4870, "人次"), c("24期", 24, "期"), c("108.3%", 108.3, "%", "percent")],
     "percent", "q3", ["q1"], "pass"),
    ("childcare: 其中 after a 分别 list whose items are too small is of the list's total",
     "全市托育机构236家。按举办主体划分，公办机构、单位托点、幼儿园托班和社会机构分别为31家、12家、105家、88家。"
     "其中，普惠性托育机构148家。",
     [c("236家", 236, "家"), c("31家", 31, "家"), c("12家", 12, "家"), c("105家", 105, "家"), c("88家", 88, "家"),
      c("148家", 148, "家")],
     "part_of", "q1", ["q6"], "pass"),
    ("quality checks (guard): a 不合格率 is of the failed count",
     "完成食品抽检2000批次，发现不合格样品50批次，不合格率为2.50%。",
     [c("2000批次", 2000, "批次"), c("50批次", 50, "批次"), c("2.50%", 2.5, "%", "percent")],
     "percent", "q1", ["q2"], "pass"),
]


@pytest.mark.parametrize("source,text,figures,kind,whole,parts,status", ROWS, ids=[r[0] for r in ROWS])
def test_round8_relations(source, text, figures, kind, whole, parts, status):
    holds(text, figures, kind, whole, parts, status)


def test_a_rate_held_to_a_bound_is_no_failed_share():
    """skills-training phrasing: 调查失业率控制在5.5%以内 is a target, not re-employed / newly employed."""
    doc = make_doc("城镇新增就业20000人；帮助失业人员再就业5000人，城镇调查失业率控制在5.5%以内。",
                   [c("20000人", 20000, "人"), c("5000人", 5000, "人"), c("5.5%", 5.5, "%", "percent", "under")])
    assert not fails(doc), doc.checks


def test_an_opening_total_is_not_matched_by_a_later_total_of_its_own():
    """The opening-paragraph rule is pass-only and reads a sum of figures as written: parts with an
    open bound (以上) add up to nothing in particular."""
    doc = make_doc("全年完成造林1亿亩。\n新增高标准农田8000万亩以上、高效节水灌溉面积2000万亩。",
                   [c("1亿亩", 100_000_000, "亩", "measure"), c("8000万亩", 80_000_000, "亩", "measure", "over"),
                    c("2000万亩", 20_000_000, "亩", "measure")])
    assert find(doc, "sum", "q1", ["q2", "q3"]) is None, doc.checks


def test_a_later_paragraph_breakdown_that_does_not_add_up_reports_nothing():
    """pass-only: figures that add up to something else may be a part of the total or another breakdown."""
    doc = make_doc("全市累计接种疫苗10万剂次。\n分人群看，老年人接种4万剂次，儿童接种3万剂次。",
                   [c("10万剂次", 100000, "剂次"), c("4万剂次", 40000, "剂次"), c("3万剂次", 30000, "剂次")])
    assert not fails(doc), doc.checks
    assert find(doc, "sum", "q1", ["q2", "q3"]) is None, doc.checks


@pytest.mark.parametrize("text,figures", [
    # a 累计 total after a semicolon, or one each item has (累计分别达到), sums no items before it
    ("全县现有A级景区20个，其中4A级景区5个、3A级景区12个；累计创建A级景区村庄148个。",
     [c("20个", 20, "个"), c("5个", 5, "个"), c("12个", 12, "个"), c("148个", 148, "个")]),
    ("全年新增甲品牌18个、乙品牌32个，累计分别达到57个、215个。",
     [c("18个", 18, "个"), c("32个", 32, "个"), c("57个", 57, "个"), c("215个", 215, "个")]),
    # a share after a list may be of several of its items (优良 = Ⅱ and Ⅲ)
    ("断面共9个。从监测结果看，Ⅱ类断面5个、Ⅲ类3个、Ⅳ类1个，水质优良比例为88.9%。",
     [c("9个", 9, "个"), c("5个", 5, "个"), c("3个", 3, "个"), c("1个", 1, "个"), c("88.9%", 88.9, "%", "percent")]),
    # a bound describing what a share counts is not its part (收入30万元以下的村)
    ("全县有37个村实施分红，分红总额583.4万元。收入30万元以下的村仍占47.8%。",
     [c("37个", 37, "个"), money("583.4万元", 5_834_000), c("30万元以下", 300_000, "元", "money", "under"),
      c("47.8%", 47.8, "%", "percent")]),
    # a 100% rate after 全部 is of the part's own set
    ("1286名退捕渔民中，符合参保条件的1219人已全部参加养老保险，参保率100%。",
     [c("1286名", 1286, "名"), c("1219人", 1219, "人"), c("100%", 100, "%", "percent")]),
])
def test_round8_no_false_failures(text, figures):
    doc = make_doc(text, figures)
    assert not fails(doc), doc.checks


@pytest.mark.parametrize("body,figures", [
    # a part with its share beside it
    ("全年农业保险保费收入5.62亿元。小麦保险保费2.98亿元，占全部农险保费的53.1%。",
     [money("5.62亿元", 562_000_000), money("2.98亿元", 298_000_000), c("53.1%", 53.1, "%", "percent")]),
    # a plan for next year
    ("全年引进人才32600名。明年计划新引进人才3.5万名以上。",
     [c("32600名", 32600, "名"), c("3.5万名", 35000, "名", "count", "over")]),
    # another thing the headline's qualifier also qualifies (保费收入 is no 已决赔款)
    ("全年农业保险保费收入5.62亿元。全年农业保险已决赔款3.41亿元。",
     [money("5.62亿元", 562_000_000), money("3.41亿元", 341_000_000)]),
])
def test_a_headline_total_is_not_contradicted_by_other_figures(body, figures):
    head = "某市去年引进人才3.26万名\n" if "人才" in body else "某市去年农业保险保费收入5.62亿元\n"
    headline = c("3.26万名", 32600, "名") if "人才" in body else money("5.62亿元", 562_000_000)
    doc = make_doc(head + body, [headline] + figures)
    assert not [x for x in fails(doc) if x["kind"] == "restated"], doc.checks


def test_a_completion_rate_over_a_plan_that_disagrees_reports_nothing():
    """pass-only: the work done is found by its words, so a disagreement may be another figure's."""
    doc = make_doc("全县共举办主体班次26期。全年计划举办主体班次24期，完成率98.3%。",
                   [c("26期", 26, "期"), c("24期", 24, "期"), c("98.3%", 98.3, "%", "percent")])
    assert not fails(doc), doc.checks
