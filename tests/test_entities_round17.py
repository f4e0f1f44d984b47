"""Entity rules of session 14: Taiwan's bodies named bare and its municipalities' districts, a
library's branches, a government and its bureau as one name; made-up sentences (simplified: the
text as normalized), guards marked."""
from __future__ import annotations

import pytest

from test_entities import ents

# a Taiwan release: its divisions or currency say where a bare bureau name is used
TAIWAN = "台中市政府文化局今日公布112年公共图书馆服务成果，全年经费达新台币1.2亿元。"


@pytest.mark.parametrize("text, name, kind", [
    # a city government and its bureau right after it: one name
    (TAIWAN, "台中市政府文化局", "ORGANIZATION"),
    # a bureau named bare, before its director's title, and with its section in a contact line
    (TAIWAN + "文化局表示，将持续推动全民阅读。", "文化局", "ORGANIZATION"),
    (TAIWAN + "文化局长陈怡君表示。", "文化局", "ORGANIZATION"),
    (TAIWAN + "社会处处长黄志明说明。", "社会处", "ORGANIZATION"),
    (TAIWAN + "新闻联络人：文化局图书馆管理科 林雅雯", "文化局图书馆管理科", "ORGANIZATION"),
    # the districts of the special municipalities, listed or after a verb
    (TAIWAN + "北屯区、西屯区两区人口多。", "北屯区", "LOCATION"),
    (TAIWAN + "北屯区、西屯区两区人口多。", "西屯区", "LOCATION"),
    (TAIWAN + "预计于太平区、大里区再启用2座分馆。", "大里区", "LOCATION"),
    # a library's branch named by its stem after a place and 的
    (TAIWAN + "即位于西屯区的惠来分馆及南屯区的文心分馆。", "惠来分馆", "ORGANIZATION"),
    (TAIWAN + "即位于西屯区的惠来分馆及南屯区的文心分馆。", "文心分馆", "ORGANIZATION"),
    # the national library, named bare on either side of the strait
    ("与国家图书馆合作推动馆际互借。", "国家图书馆", "ORGANIZATION"),
    # Hong Kong's departments by their short names, even where the model reads a person (康 is a surname)
    ("康文署发言人表示，今年暑期活动增加。香港天文台发出警告。康文署今年举办活动。", "康文署", "ORGANIZATION"),
    # a ministry's name without 和; blood centres; the national marrow registry
    ("按照住房城乡建设部要求推进改革。", "住房城乡建设部", "ORGANIZATION"),
    ("县红十字会联合金华市中心血站组织献血活动。", "金华市中心血站", "ORGANIZATION"),
    ("新增中华骨髓库造血干细胞捐献志愿者562人。", "中华骨髓库", "ORGANIZATION"),
    # Taiwan: the short county government before its bureau, a ministry before its agency, 国立
    ("屏东县政府今日表示，新台币3亿元。县府农业处汇整统计。", "县府农业处", "ORGANIZATION"),
    ("屏东县政府今日表示，新台币3亿元。农业部农业金融署核定救助。", "农业部农业金融署", "ORGANIZATION"),
    ("宜兰县政府表示，国小停课。伤患送往国立阳明交通大学附设医院。", "国立阳明交通大学附设医院", "ORGANIZATION"),
    # a body read right before a township suffix is the township's stem (学院街道, no college)
    ("在西陵区学院街道东山公租房小区，居民陆续入住。", "学院街道", "LOCATION"),
    ("在西陵区学院街道东山公租房小区，居民陆续入住。", "西陵区", "LOCATION"),
    # a body ends before a verb of joint action the model ran into (区卫健委会|同)
    ("区卫健委会同区教育局开展检查。", "区卫健委", "ORGANIZATION"),
    # an opening bracket a span does not close ends it: the body and its short name in brackets (half-width
    # as normalized text has them)
    ("医院管理局(医管局)表示，香港各区均设诊所。", "医院管理局", "ORGANIZATION"),
    ("医院管理局(医管局)表示，香港各区均设诊所。", "医管局", "ORGANIZATION"),
    # (guard) a road named by a position word
    ("主场活动在柳州市科技馆及周边广场举行。沿江大道两侧。", "沿江大道", "LOCATION"),
])
def test_names_round17(text, name, kind):
    assert (name, kind) in ents(text), ents(text)


@pytest.mark.parametrize("text, word", [
    # (guard) Taiwan's short bureau names inside words of a mainland report that names Taiwan
    ("清理规范行政处罚事项，推进两岸交流，台湾同胞共享发展机遇。", "行政处"),
    ("国家对经济和文化部门的基本建设投资，台湾同胞。", "文化部"),
    # (guard) no bare bureau without a Taiwan text: a mainland report's 文化局 is the county's, unnamed
    ("文化局表示，将持续推动全民阅读。", "文化局"),
    # a word and the qualifier of the number after it (游客|逾3万人次) is no name after a title (市民)
    ("当天接待市民游客逾3万人次。", "游客逾"),
    # a storm's name is no person, at every mention
    ("桑芮台风农损逾3亿元。中度台风“桑芮”本月侵袭。桑芮过境后，县长周春米前往视察。", "桑芮"),
    # a field of thought (生态文明思想): 文明 is no person, though jieba tags it a name
    ("坚持以习近平生态文明思想为指引。", "文明"),
    # a position word before a site ending names no site (周边广场), though it may name a road (沿江大道)
    ("主场活动在柳州市科技馆及周边广场举行。", "周边广场"),
])
def test_no_such_name_round17(text, word):
    assert not [e for e in ents(text) if e[0] == word], ents(text)


def test_the_country_inside_a_doctrine_is_no_mention_though_found_elsewhere():
    """中国 found as a place elsewhere is not spread into 中国|特色社会主义 (the doctrine's own word)."""
    from textmine.extract.entities import find_entities

    text = "中国是发展中大国。坚持以习近平新时代中国特色社会主义思想为指导。"
    places = [(e["start"], e["end"]) for e in find_entities(text) if e["type"] == "LOCATION"]
    assert places == [(0, 2)], places
