"""Entity rules of session 15: townships of either kind in one list, a name set apart from its title
by spaces, a three-character name the model cut after a title, a landform's first character after a
county; made-up sentences (simplified: the text as normalized), guards marked."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, name, kind", [
    # a township after a township of the other kind (乡 then 镇), the list's last item before 则, one
    # that jieba knows as a word of a name (布袋镇/nrt)
    ("沿海的东石乡、布袋镇则有部分鱼塭堤岸崩塌。", "布袋镇", "LOCATION"),
    # a speech's heading: title, spaces, the name
    ("清河县审计局局长  韩立新\n主任、各位副主任：", "韩立新", "PERSON"),
    # a three-character name cut after its second character, a verb after the third
    ("市环境监测中心站站长鲁明远回答了记者提问。", "鲁明远", "PERSON"),
    # a lake or park right after its county, its first character left off by the model
    ("在太湖县花亭湖国家湿地公园开展鸟类监测。", "花亭湖国家湿地公园", "LOCATION"),
    # a township whose name ends in a numeral, standing alone as a name (a heading, a source line)
    ("尺八镇：筑牢防汛安全堤\n来源：尺八镇人民政府\n尺八镇地处荆江河段。", "尺八镇", "LOCATION"),
    # a subdistrict or community named after its road
    ("丰产路街道组织开展巡查，农科路社区居民参与。", "丰产路街道", "LOCATION"),
    ("丰产路街道组织开展巡查，农科路社区居民参与。", "农科路社区", "LOCATION"),
    # Taiwan: a 里 after its district is a village; a ministry named bare, after 其中 (not 中卫)
    ("台中市政府公布，长照站分布于和平区梨山里、太平区头汴里等偏远地区。", "头汴里", "LOCATION"),
    ("台中市政府公布，经费新台币52亿元，其中卫生福利部长照基金补助38亿元。", "卫生福利部", "ORGANIZATION"),
    # a place chosen by a body is no part of the body's name
    ("瑞金市、于都县成功入选交通运输部第四批示范县。", "交通运输部", "ORGANIZATION"),
    # Macao's bureaus named bare in a Macao release
    ("澳门特别行政区政府今日宣布，社区康体班组开始报名。体育局表示，课程免费。", "体育局", "ORGANIZATION"),
])
def test_names_round18(text, name, kind):
    assert (name, kind) in ents(text), ents(text)


@pytest.mark.parametrize("text, word", [
    # (guard) a title and a verb: 陈恒|指出 -- the third character opens a word with the next
    ("办公室主任陈恒指出了问题。", "陈恒指"),
    # (guard) 县城 is a word: no 城 opens the lake's name
    ("在太湖县城西湖公园开展活动。", "城西湖公园"),
    # (guard) a township list item that is an ordinary word with the first item's suffix
    ("东石乡、示范乡建设", "示范乡"),
    # (guard) a count of townships inside a clause is no name, however often it stands
    ("全县有两镇三乡，两镇均已完成。全县两镇合计发放120万元。", "县两镇"),
])
def test_no_such_name_round18(text, word):
    assert not [e for e in ents(text) if e[0] == word], ents(text)
