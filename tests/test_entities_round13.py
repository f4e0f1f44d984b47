"""Entity rules from the ja set (unseen local news, session 10: a Taiwan township's elderly care, a
Macao bureau's lectures, rural roads): made-up sentences, one rule each; guards marked."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, name, kind", [
    # the county-level divisions of Taiwan are known places (花莲 is no person: 花 is a surname)
    ("花莲县吉安乡\n首页 > 最新消息", "花莲县", "LOCATION"),
    ("今年宜兰县共办理长照服务3200人次。", "宜兰县", "LOCATION"),
    # a county's government named with its place is one body, like its other bodies
    ("记者从永清县政府获悉，全县完成改造120户。", "永清县政府", "ORGANIZATION"),
    ("其中卫生福利部补助210万元、花莲县政府补助96万元。", "花莲县政府", "ORGANIZATION"),
    # the parishes of Macao are divisions; a body named after an area of Macao is one name
    ("活动覆盖澳门花地玛堂区、风顺堂区及嘉模堂区。", "花地玛堂区", "LOCATION"),
    ("活动覆盖澳门花地玛堂区、风顺堂区及嘉模堂区。", "嘉模堂区", "LOCATION"),
    ("澳门氹仔居民互助协会昨日举办健康讲座。", "氹仔居民互助协会", "ORGANIZATION"),
    ("香港黄大仙区有80名居民参加，竹园区邻里互助协会负责人表示满意。", "竹园区邻里互助协会", "ORGANIZATION"),
    # a list of communities is read whole though the model cut some items short (北昌|社区, 南华社|区)
    ("本乡设有关怀据点5处，分别设于仁里社区、北昌社区、稻香社区及南华社区，由各社区承办。", "北昌社区", "LOCATION"),
    ("本乡设有关怀据点5处，分别设于仁里社区、北昌社区、稻香社区及南华社区，由各社区承办。", "南华社区", "LOCATION"),
    # (guard) the word opening a list is not part of its first item
    ("新评定示范实践站3个，即东龙村、杨依村、大沽村。", "东龙村", "LOCATION"),
    # (guard) a road followed by a direction is still the road
    ("地址：绵阳市涪城区临园路东段68号", "临园路", "LOCATION"),
    # a body the model ended inside a department's name (林业|和草原局) is completed through the 和
    ("由思茅区林业和草原局牵头开展巡查。", "思茅区林业和草原局", "ORGANIZATION"),
    # a body the model ended inside a word, with no ending, is the place it starts with
    ("各据点长辈组队参加「吉安乡银发健康操竞赛」。", "吉安乡", "LOCATION"),
])
def test_namesents(text, name, kind):
    assert (name, kind) in ents(text), ents(text)


@pytest.mark.parametrize("text, word", [
    ("各据点长辈组队参加「吉安乡银发健康操竞赛」。", "吉安乡银"),
    # a place ending that opens a noun of its own is no road (路线, 路段, 路网)
    ("志工按照固定的送餐路线出发。", "送餐路"),
    ("在重点路段安装视频监控设备。", "重点路"),
    ("探索推行“智慧路网”管养模式。", "智慧路"),
    ("坚持党的群众路线。", "群众路"),
    # (guards) no place cut out of a body the model ran past its ending
    ("今年以来，永兴镇科协联合镇农业服务中心开展培训。", "永兴镇科协联合镇"),
    ("充分行使我国作为世贸组织成员享有的权利。", "世贸组"),
    # (guard) two complete bodies joined by 和 stay two
    ("人民解放军和武警部队圆满完成任务。", "人民解放军和武警部队"),
    # (guards) an area of Macao inside other words, or before an area's centre
    ("开展省以下环保机构监测监察执法垂直管理制度改革，支持澳门发展。", "下环"),
    ("香港观塘中心及牛头角分区的参加者最多。", "观塘中心"),
])
def test_no_such_name(text, word):
    assert not any(w == word for w, _ in ents(text)), ents(text)
