"""Entity rules of session 19: teams of a kind and categories of schools are no names, zones named by a
stem no dictionary knows, a clause verb after a long span ends any body; made-up sentences (simplified:
the text as normalized), guards marked."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, name, kind", [
    # a category of schools after a place: the place is the mention
    ("望城区校园足球特色学校增至55所。", "望城区", "LOCATION"),
    # a zone named by a two-character stem no dictionary knows, after a verb or a place
    ("推动巴公化工园区完成安全风险评估。", "巴公化工园区", "LOCATION"),
    ("位于龟山区华亚科技园区的一家精密机械公司扩产。", "华亚科技园区", "LOCATION"),
    ("位于龟山区华亚科技园区的一家精密机械公司扩产。", "龟山区", "LOCATION"),
    # a list of communities, one of whose names holds a numeral after its first character
    ("锦帆路社区、竹辉社区、南门社区、二郎巷社区和滚绣坊社区新增助餐点4个。", "二郎巷社区", "LOCATION"),
    ("锦帆路社区、竹辉社区、南门社区、二郎巷社区和滚绣坊社区新增助餐点4个。", "滚绣坊社区", "LOCATION"),
    # a list of pumping stations named by their places
    ("对王集泵站、芝麻洼泵站、朱口泵站等5座中型泵站实施了更新。", "芝麻洼泵站", "LOCATION"),
    # a bus station named after its place
    ("在宁晋汽车站等公共停车场建设充电桩。", "宁晋汽车站", "LOCATION"),
    # a body the model began inside a noun (地|质) begins with it and its level
    ("市地质环境监测站站长李永刚介绍。", "市地质环境监测站", "ORGANIZATION"),
    # Hong Kong: an area the model cut, and the district offices of Home Affairs
    ("香港九龙城区今年获批的申请当中，土瓜湾128宗、红磡96宗。", "土瓜湾", "LOCATION"),
    ("香港九龙城区的三无大厦，民政事务处会继续主动接触业主。", "民政事务处", "ORGANIZATION"),
    # a bureau's own unit right after it is one name
    ("并联合中国地质调查局成都地质调查中心开展遥感识别。", "中国地质调查局成都地质调查中心", "ORGANIZATION"),
    # a body the model began after its field begins with its level
    ("县道路交通事故纠纷人民调解委员会调解纠纷218起。", "县道路交通事故纠纷人民调解委员会", "ORGANIZATION"),
    ("在县劳动人事争议仲裁院设立劳动争议调解工作室。", "县劳动人事争议仲裁院", "ORGANIZATION"),
    # (guard) ... but not across another body and a verb
    ("县教体局联合县委党史研究室举办比赛。", "县委党史研究室", "ORGANIZATION"),
    # a chain's branch and national administrations named in full; Taiwan's farmers' associations
    ("联合沂南县新华书店在孙祖镇开展送书活动。", "沂南县新华书店", "ORGANIZATION"),
    ("抽检数据全部录入国家市场监督管理总局食品安全抽检系统。", "国家市场监督管理总局", "ORGANIZATION"),
    ("县府动员各乡镇公所及屏东县农会开展勘查。", "屏东县农会", "ORGANIZATION"),
    # registered company names whole: a year of registration in brackets, a brand the model splits
    ("全港共有四间专营巴士公司，即九龙巴士(一九三三)有限公司(九巴)、城巴有限公司(城巴)。", "九龙巴士(一九三三)有限公司",
     "ORGANIZATION"),
    ("并与特来电新能源股份有限公司合作建成光储充一体化示范站。", "特来电新能源股份有限公司", "ORGANIZATION"),
    # ... not the verbs opening the clause before them
    ("在个案管理员协助下，顺利进入宏昇精密机械股份有限公司担任品管员。", "宏昇精密机械股份有限公司", "ORGANIZATION"),
    # a body the text defines a short name for, and the short name wherever it stands
    ("社会保障基金（下称「社保基金」）今日公布年度运作情况。全年社保基金共发放各项给付63.2亿澳门元。", "社会保障基金",
     "ORGANIZATION"),
    ("社会保障基金（下称「社保基金」）今日公布年度运作情况。全年社保基金共发放各项给付63.2亿澳门元。", "社保基金",
     "ORGANIZATION"),
    # a district after 其中, whose 中 reads a word with the district's first character (中北)
    ("台中市各区资源回收率均超过6成，其中北屯区、西屯区、丰原区表现最佳。", "北屯区", "LOCATION"),
    # (guard) a team with a name of its own stays one
    ("决赛中，望城区实验小学足球队夺冠。", "望城区实验小学", "ORGANIZATION"),
])
def test_round21_names(text, name, kind):
    assert (name, kind) in ents(text), ents(text)


@pytest.mark.parametrize("text, word", [
    # teams of a kind: sex, age, level and sport words before the team ending
    ("全区中小学共组建校园足球队312支，其中男子足球队226支、女子足球队86支。", "女子足球队"),
    ("全区中小学共组建校园足球队312支，其中男子足球队226支、女子足球队86支。", "男子足球队"),
    ("她入选了省少年女子足球集训队。", "足球集训队"),
    ("她入选了省少年女子足球集训队。", "省少年女子足球集训队"),
    # 跟着 (with) starts a clause: no body runs across it to a 学会 (learned) after it
    ("镇安善村果农王建军跟着培训班学会了直播。", "镇安善村果农王建军跟着培训班学会"),
    # 会商 (consult jointly): the 会 of 联合会 is no body's ending there
    ("与市自然资源和规划局建立汛期联合会商机制。", "汛期联合会"),
    # a body ending inside a word more common than its last two characters (事|务专员) is no name
    ("九龙城民政事务专员林嘉欣表示。民政事务联络主任全年出席会议。", "九龙城民政事"),
    # (guard) a system defined with a short name is no body
    ("推动中国第二代偿付能力监管制度体系（简称“偿二代”）建设。", "推动中国第二代偿付能力监管制度体系"),
    # a verb glued to a two-character name (张雯|用消费券) is no part of it
    ("家住襄河镇的市民张雯用消费券在超市买了一台冰箱。", "张雯用"),
    # (guard) a model county is no county named 范县
    ("力争把我县打造成农田灌溉发展示范县。", "范县"),
    # companies of a trade, none named
    ("署方正与巴士公司研究开办更多路线。", "巴士公司"),
    # a body's section credited as the author is no person
    ("发布时间：2024-05-06　作者：宣传股　浏览次数：1536", "宣传股"),
    # 均 (all) ends a list of places before the verb
    ("南浔区、德清县、长兴县、安吉县均建成职工服务中心。", "安吉县均建成职工服务中心"),
    # (guard) a zone word after a dictionary word is no name (国家级新区, 推动化工园区)
    ("推动化工园区整治提升。", "推动化工园区"),
])
def test_round21_no_names(text, word):
    assert word not in [name for name, _ in ents(text)], ents(text)
