"""Entity rules of session 16: military commands and Hong Kong councils after their place, a body the
model began inside its district's name, short names defined in brackets, a name before a numeral word,
a school named after its road, a dictionary township before 镇长-like words, a township's village's body,
two bodies joined by 组织; made-up sentences (simplified: the text as normalized), guards marked."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, name, kind", [
    # a province's or city's military command is one body, not a province and a place 军区
    ("今年的征兵任务由江西省军区下达，赣州军分区政委李强出席。", "江西省军区", "ORGANIZATION"),
    ("今年的征兵任务由江西省军区下达，赣州军分区政委李强出席。", "赣州军分区", "ORGANIZATION"),
    # Hong Kong: a district council and a district's women's association
    ("观塘区议会今日通过拨款，支持区内长者活动。", "观塘区议会", "ORGANIZATION"),
    ("黄大仙区妇女联会今日公布全年课程。", "黄大仙区妇女联会", "ORGANIZATION"),
    # (session 17) the supply and marketing cooperative by its short name (guard: with its county, found
    # before) and two bodies 组织 joins
    ("桃源县供销社今年新建为农服务中心5个。", "桃源县供销社", "ORGANIZATION"),
    ("春耕期间，县供销社组织县农资公司提前调运化肥。", "县供销社", "ORGANIZATION"),
    ("春耕期间，县供销社组织县农资公司提前调运化肥。", "县农资公司", "ORGANIZATION"),
    # a short name defined in brackets after the full name: there and wherever it stands alone
    ("黄大仙区妇女联会（妇联）今日公布，妇联今年开办课程52班。", "妇联", "ORGANIZATION"),
    # a three-character name before a numeral word (一年来): 一年 is the word, not 平一
    ("原区人武部政委何建平一年来坚持走上讲台。", "何建平", "PERSON"),
    # a school or police station named after its road
    ("连元街小学的学生参加了活动。", "连元街小学", "ORGANIZATION"),
    # a township whose dictionary name holds 里, before a word the dictionary reads across its suffix (镇长)
    ("在七里坪镇长胜街打造现场教学点。", "七里坪镇", "LOCATION"),
    # a district's street office's practice station: one body, as the annotators write chained bodies
    ("梁园区平原街道文明实践站开展活动。", "梁园区平原街道文明实践站", "ORGANIZATION"),
    # a township's village's body: the township (guard), then the village's body (as 湖北省 + 枝江市)
    ("在娄庄镇前进村新时代文明实践站，老党员讲述往事。", "娄庄镇", "LOCATION"),
    ("在娄庄镇前进村新时代文明实践站，老党员讲述往事。", "前进村新时代文明实践站", "ORGANIZATION"),
    # a federation's head body (联合总会), a city's civilization office (文明办)
    ("澳门街坊会联合总会将在黑沙环举办活动。", "澳门街坊会联合总会", "ORGANIZATION"),
    ("等12个项目入选岳阳市文明办发布的优秀项目名单。", "岳阳市文明办", "ORGANIZATION"),
    # a square or road after its district: two places, as the annotators write them
    ("主会场设在柯桥区世纪广场。", "世纪广场", "LOCATION"),
    ("地址：绍兴市柯桥区洋江西路58号", "洋江西路", "LOCATION"),
    # a community the model cut before its last character (城西社|区)
    ("长铺子镇城西社区组织包粽子活动。", "城西社区", "LOCATION"),
    # an ethnic township (民族乡) names its people after the stem
    ("二酉苗族乡地处沅水之滨。", "二酉苗族乡", "LOCATION"),
    # a body the model began inside its township's name starts with the township
    ("在六都寨镇中心学校、虎形山瑶族乡中心学校开展活动。", "虎形山瑶族乡中心学校", "ORGANIZATION"),
    # a body named after its district's short name (Hong Kong's 油尖旺) is one body with it
    ("油尖旺区民政事务处今日公布，油尖旺长者服务协会举办探访活动。", "油尖旺长者服务协会", "ORGANIZATION"),
    # an ethnic town; a Taiwan township's health station and a county's physicians' association
    ("联合县妇幼保健院在槐店回族镇开展筛查。", "槐店回族镇", "LOCATION"),
    ("芳苑乡卫生所及彰化县医师公会派员协助。", "芳苑乡卫生所", "ORGANIZATION"),
    ("芳苑乡卫生所及彰化县医师公会派员协助。", "彰化县医师公会", "ORGANIZATION"),
    # a university's field station named after its place is one body
    ("中国农业大学曲周实验站的专家深入田间。", "中国农业大学曲周实验站", "ORGANIZATION"),
    # two bodies joined by the verb 组织
    ("县禁毒委组织县公安局、县教育局开展专项排查。", "县公安局", "ORGANIZATION"),
])
def test_names_round19(text, name, kind):
    assert (name, kind) in ents(text), ents(text)


@pytest.mark.parametrize("text, word", [
    # (guard) 会同 before a county body is the verb (together with), not the county 会同县
    ("市局会同县公安局开展联合检查。", "会同县公安局"),
    # (guard) an ordinary word given in brackets names no body elsewhere
    ("黄大仙地区康健中心（中心）今日开幕，中心提供健康评估。", "中心"),
    # (guard) 组织部 keeps its 组织
    ("县委组织部召开专题会议。", "县委"),
    # a place before 时间 names a time zone (a release's footer), not the place
    ("2024年10月8日（星期二）\n香港时间16时30分", "香港"),
    # every county's and district's union at once names no one body
    ("市总工会、县市区总工会分别筹集资金980万元、1880万元。", "县市区总工会"),
    # (guard) a square named after its township stays one place
    ("在黄宅镇全民健身公园举行。", "黄宅镇"),
    # (guard) 美丽乡村 is no township 美丽乡
    ("全面推进美丽乡村建设。", "美丽乡"),
])
def test_no_such_name_round19(text, word):
    assert not [e for e in ents(text) if e[0] == word], ents(text)


def test_a_currency_named_after_a_place_found_elsewhere_is_no_mention():
    found = ents("今年暑假在澳门各区举办活动，社工局拨款1,120万澳门元。")
    assert found.count(("澳门", "LOCATION")) == 1, found
