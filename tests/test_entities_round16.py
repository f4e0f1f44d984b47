"""Entity rules of session 13: a three-character name before a common verb stays whole, a cadre's
duty (包村) is no name, unnamed teams are no bodies, a ministry's departments (司) after it;
made-up sentences (simplified: the text as normalized), guards marked."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, name, kind", [
    # 朱长林|带领: a verb more common than the word across the name's end (林带) keeps the name whole
    ("龙口村党支部书记朱长林带领村里党员坚守在堤坝上。", "朱长林", "PERSON"),
    # (guard) a word that opens at the name's last character still cuts a name the model ran on
    ("县长陈冲报告了工作。", "陈冲", "PERSON"),
    # a ministry's department after the ministry
    ("教育部基础教育司印发通知。", "教育部基础教育司", "ORGANIZATION"),
    # (guard) a named team keeps its body
    ("县委宣讲团深入基层宣讲。", "县委宣讲团", "ORGANIZATION"),
    # a higher division right before a body opening with a lower one: one body (MSRA's way)
    ("杭州市萧山区人力资源和社会保障局发布通知。", "杭州市萧山区人力资源和社会保障局", "ORGANIZATION"),
    ("鄱阳县莲湖乡人民政府发布通知。", "鄱阳县莲湖乡人民政府", "ORGANIZATION"),
    # a tribunal, tax office or police station named by its township's bare name, after a boundary
    ("全院下设大塘埠人民法庭、小河人民法庭和古陂人民法庭。", "大塘埠人民法庭", "ORGANIZATION"),
    ("全院下设大塘埠人民法庭、小河人民法庭和古陂人民法庭。", "小河人民法庭", "ORGANIZATION"),
    ("龙泉税务所开展上门辅导。", "龙泉税务所", "ORGANIZATION"),
    ("在榜头派出所，民警开展宣传。", "榜头派出所", "ORGANIZATION"),
    ("由城关派出所牵头。", "城关派出所", "ORGANIZATION"),
    # a Hong Kong district the model read as a person (黄 is a surname) starts its body
    ("黄大仙区社区康健服务中心今日公布健康讲座成果。", "黄大仙区社区康健服务中心", "ORGANIZATION"),
    # (guard) a district's health centre keeps its district
    ("署长到访深水埗区。全港各区已设立地区康健中心。深水埗地区康健中心自二〇二一年投入服务。", "深水埗地区康健中心",
     "ORGANIZATION"),
    # Taiwan's national primary and junior high schools after their township, and its armed forces
    ("学生分别在冬山乡顺安国小、五结乡利泽国中及苏澳镇苏澳国中避难。", "顺安国小", "ORGANIZATION"),
    ("学生分别在冬山乡顺安国小、五结乡利泽国中及苏澳镇苏澳国中避难。", "苏澳国中", "ORGANIZATION"),
    ("国军官兵协助疏散民众。", "国军", "ORGANIZATION"),
    # central bodies named without a place; a river right after its city is no cut word (市南)
    ("梨树县已被农业农村部认定为示范县。", "农业农村部", "ORGANIZATION"),
    ("依据卫生福利部统计，长照服务涵盖率居全国第1名。", "卫生福利部", "ORGANIZATION"),
    ("合肥市南淝河、芜湖市青弋江均榜上有名。", "南淝河", "LOCATION"),
    # a verb joining two bodies after a body named by a pronoun (局里会同县财政局)
    ("局里会同县财政局对补贴发放情况开展专项检查。", "县财政局", "ORGANIZATION"),
    ("湖南省怀化市会同县召开会议。", "会同县", "LOCATION"),  # (guard)
    # express companies by brand (not the 中通 of 会议中通过)
    ("中通、圆通、韵达等快递企业入驻。", "中通", "ORGANIZATION"),
    ("中通、圆通、韵达等快递企业入驻。", "韵达", "ORGANIZATION"),
    # Hong Kong bureaus named bare or short in a Hong Kong release
    ("香港社会福利署今日公布，社署与教育局合作推行计划。", "社署", "ORGANIZATION"),
    ("香港社会福利署今日公布，社署与教育局合作推行计划。", "教育局", "ORGANIZATION"),
    # (guard) chained divisions alone stay separate places
    ("湖北省枝江市召开防汛会议。", "湖北省", "LOCATION"),
    ("湖北省枝江市召开防汛会议。", "枝江市", "LOCATION"),
    # a title, a three-character name and a verb (入选) right after it, no words across the name
    ("车溪乡乡村医生曾凡秀入选赣州市“最美基层医生”。", "曾凡秀", "PERSON"),
    # a two-character mention that, with the next character, is a name found elsewhere is that name
])
def test_names_round16(text, name, kind):
    assert (name, kind) in ents(text), ents(text)


def test_a_name_cut_short_is_completed_by_its_other_mention():
    """林嘉|欣补充: the model stopped a character early where 林嘉欣表示 was found whole."""
    text = "林嘉欣表示，计划顺利。聘请导师约260名。林嘉欣补充，随着人口老化。"
    assert ents(text).count(("林嘉欣", "PERSON")) == 2, ents(text)


@pytest.mark.parametrize("text, word", [
    # a cadre answering for a village or a group (包村, 包组) is a duty, not a person surnamed 包
    ("实行乡干部包村、村干部包组、党员包户的责任制。", "包村"),
    ("实行乡干部包村、村干部包组、党员包户的责任制。", "包组"),
    # a kind of team, named by no place or body, is no body
    ("全县组建了3支宣讲队伍，即县委宣讲团、“百姓名嘴”宣讲队。", "宣讲队"),
    # (guard) ordinary words after a title are no three-character name before a verb (都能够, 由衷地)
    ("有符合条件的城市贫困居民都能够得到最低生活保障。", "都能够"),
    # a stem ending in a verb, or a distinguishing word (小型, 主要), names no site
    ("届时将同时发布景区优惠政策。", "同时发布景区"),
    ("加快中小河流治理、小型水库除险加固。", "小型水库"),
    ("对主要景区开展检查。", "主要景区"),
    # (guard) a kind of unit, not one named: after a determiner, a scope, or with 工作 after it
    ("各基层人民法庭和辖区派出所积极参与。", "各基层人民法庭"),
    ("(五)做实人民法庭工作，护航乡村振兴。", "做实人民法庭"),
    # (guard) the United Nations and the word after it; the people of the whole country
    ("中国在联合国中发挥建设性作用。", "联合国中"),
    ("全国军民团结一心。", "国军"),
    # a ministry's field with 门, 分, 队 after it is no ministry (教育部门, 经济部分, 国防部队)
    ("会同教育部门、财政部门开展检查，保障国防部队需要。", "教育部"),
    ("会同教育部门、财政部门开展检查，保障国防部队需要。", "国防部"),
    ("在会议中通过决议，中通知到位。", "中通"),  # (guard)
    # a kind of body before a title is no name (敬老院|院长); the departments of a field everywhere;
    # a body named by its level alone (省厅); a currency named after a place (澳门元)
    ("全县19所敬老院全部完成改造。荷香桥镇敬老院院长曾凡新说。", "敬老院"),
    ("全省各级退役军人事务部门共举办招聘会41场。", "退役军人事务部"),  # (guard: the central-bodies list)
    ("省厅会同省委组织部开展工作。", "省厅"),
    ("总预算约1,850万澳门元。", "澳门"),
    # a category that qualifies the noun after it closes no list of places (等社区|服务设施)
    ("建设养老、托育、便民商业等社区服务设施47处。", "托育"),
    # diseases named after a place or a person; a patrol team of a kind
    ("做好非洲猪瘟、布鲁氏菌病等重大动物疫病防控。", "非洲"),
    ("做好非洲猪瘟、布鲁氏菌病等重大动物疫病防控。", "布鲁"),
    ("每个网格组建“红袖标”巡防队。", "巡防队"),
    # a body every Hong Kong district has, named as a kind, is no name
    ("她指出，地区康健中心除提供健康推广外，亦协助长者。蔡泳诗到访深水埗区。", "康健中心"),
])
def test_no_such_name_round16(text, word):
    assert not any(w == word for w, _ in ents(text)), ents(text)


@pytest.mark.parametrize("text, span", [
    # rivers and lakes as a kind and a farm-policy slogan, read by the model as places or bodies in
    # long reports (安徽|河湖长制, 惠农补贴): the cleanup drops them (stop_names.txt)
    ("各级河湖长履职尽责。", (2, 4, "LOCATION")),
    ("全力推动各项惠农政策落地见效。", (6, 8, "ORGANIZATION")),
])
def test_kinds_and_slogans_are_no_names(text, span):
    from textmine.extract.entities.cleanup import _filter_spans

    assert _filter_spans(text, [list(span)]) == []
