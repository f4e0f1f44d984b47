"""Entity rules of session 23; made-up sentences (simplified: the text as normalized)."""
from __future__ import annotations

import pytest

from test_entities import ents

ORG, LOC = "ORGANIZATION", "LOCATION"

# (rule, text, a name found, its type): each row fails without its rule
NAMED = [
    # a unit named right before its own head's title: the model reads its ending as the title's
    ("unit before its head", "执行率81.7%。工商旅游处处长李佩珊表示，将加强联合稽查。", "工商旅游处", ORG),
    ("unit before its head", "“客人吃得也放心。”食品卫生处处长林建宏指出，下半年继续抽检。", "食品卫生处", ORG),
    # ... with the body right before it: one name
    ("unit before its head", "调查里程4600余公里。江西省林业局野生动植物保护处处长吴志强说，数量稳定。",
     "江西省林业局野生动植物保护处", ORG),
    ("unit before its head", "据市市场监管局登记注册处处长王明介绍，新设企业增加。", "市市场监管局登记注册处", ORG),
    # ... and no time word before it
    ("unit before its head", "今年农业处处长王五说，产量稳定。", "农业处", ORG),
    # Macao names a bureau after its government in full: one name
    ("government and bureau", "【本报讯】澳门特别行政区政府旅游局昨日公布，黄金周入境旅客103.6万人次。",
     "澳门特别行政区政府旅游局", ORG),
    ("government and bureau", "澳门特别行政区政府文化局今日公布，去年博物馆接待访客386万人次。", "澳门特别行政区政府文化局", ORG),
    # border control points, reserves and parks named after their place, venues: places
    ("sites", "海关在落马洲管制站、深圳湾管制站增派人手。", "落马洲管制站", LOC),
    ("sites", "在各监测点中，鄱阳湖国家级自然保护区记录水鸟21.5万只。", "鄱阳湖国家级自然保护区", LOC),
    ("sites", "新竹科学园区的竹南园区、龙潭园区及宜兰园区去年营业额合计2236亿元。", "龙潭园区", LOC),
    ("sites", "比赛终点设在岳阳市体育中心。", "岳阳市体育中心", LOC),
    ("sites", "招聘会在滨湖国际会展中心举行。", "滨湖国际会展中心", LOC),
    # (guard) a district ending in a park word stays a district when counted
    ("sites", "发现问题4212个，其中梁园区1620个、睢阳区1486个。", "梁园区", LOC),
    # a fishing port named by its stem, a historic site named after its place
    ("sites", "副县长带队夜查码头和澳角渔港，现场检查渔船30余艘。", "澳角渔港", LOC),
    ("sites", "清明节期间在砖桥镇王大湾会议旧址组织祭扫活动三十余场。", "王大湾会议旧址", LOC),
    # names listed among places are places
    ("listed among places", "中心为直属市政府的事业单位，下设吴兴、南浔、德清、长兴、安吉5个分中心。", "吴兴", LOC),
    ("listed among places", "中心为直属市政府的事业单位，下设吴兴、南浔、德清、长兴、安吉5个分中心。", "南浔", LOC),
    ("listed among places", "按照要求，对铜陵、陈城、康美等3个重点渔港的渔船实行定人定港。", "陈城", LOC),
    # a registered company after 是 (单是…就), whole
    ("whole names", "单是晶创微电子股份有限公司就取得美国专利126件。", "晶创微电子股份有限公司", ORG),
    # a body listed after another starts at the mark, not at its second word
    ("whole names", "与国立清华大学、国立阳明交通大学及工业技术研究院合作开设专班18班。", "工业技术研究院", ORG),
]


@pytest.mark.parametrize("rule, text, name, kind", NAMED, ids=[f"{r[0]}:{r[2]}" for r in NAMED])
def test_named(rule, text, name, kind):
    found = ents(text)
    assert (name, kind) in found, found


def test_a_name_found_elsewhere_is_not_read_across_a_pronoun_and_the_next_word():
    text = "县茶叶品牌入选中国茶叶区域公用品牌价值榜。全县有加工企业486家，其中国家级龙头企业3家。"
    found = ents(text)
    assert found.count(("中国", "LOCATION")) == 1, found  # 入选中国…, not 其中|国家级


def test_people_listed_together_stay_people():
    found = ents("获奖者张伟、李娜、王芳分别来自三个乡镇。")
    assert [x for x in found if x[1] == "PERSON"], found
    assert not [x for x in found if x[0] in ("张伟", "李娜", "王芳") and x[1] == "LOCATION"], found
