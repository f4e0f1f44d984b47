"""Entity rules of session 12: divisions named after the NER gazetteer was built (admin_recent.txt,
rule-only), a place the model ended inside such a name, and the listed bodies of Hong Kong and Macao
(special_region_bodies.txt); made-up sentences (simplified: the text as normalized), guards marked."""
from __future__ import annotations

import pytest

from test_entities import ents


@pytest.mark.parametrize("text, names", [
    # county -> district (2020) after its city: the model stopped inside the new name
    ("芜湖市湾沚区六郎镇召开防汛工作会议。", ["芜湖市", "湾沚区", "六郎镇"]),
    # county -> city (2020) alone, in a list
    ("无为市、广德市分别检查企业300家和200家。", ["无为市", "广德市"]),
    # (guard) names the gazetteer has always had stay as they were
    ("杭州市萧山区、余杭区共有企业300家。", ["杭州市", "萧山区", "余杭区"]),
])
def test_recent_divisions(text, names):
    found = ents(text)
    for name in names:
        assert (name, "LOCATION") in found, found


def test_recent_divisions_are_only_new_division_names():
    """admin_recent.txt adds to the model's gazetteer without repeating it (a name in both would mean
    the model file was rebuilt and this list not) and holds division names only, no zones."""
    from textmine.extract import ner_model as nm

    base = nm.data_dir() / "gazetteer"
    recent = nm.read_wordlist(base / "admin_recent.txt")
    assert len(recent) == len(set(recent)) > 100
    assert not set(recent) & set(nm.read_wordlist(base / "admin_divisions.txt"))
    assert all(w[-1] in "市区县" and "开发" not in w and "园区" not in w for w in recent)


@pytest.mark.parametrize("text, names", [
    # a Hong Kong bureau joins two nouns with 及 (which ends a body elsewhere)
    ("香港特区政府劳工及福利局今日公布数字。", ["劳工及福利局"]),
    ("香港康乐及文化事务署联同社会福利署举办讲座。", ["社会福利署"]),
    ("香港特区政府商务及经济发展局表示，运输及物流局将跟进。", ["商务及经济发展局", "运输及物流局"]),
    # (guard: the model finds this one) a name with no ending the rules know
    ("香港天文台今早发出台风信号。", ["香港天文台"]),
])
def test_special_region_bodies(text, names):
    found = ents(text)
    for name in names:
        assert (name, "ORGANIZATION") in found, found


@pytest.mark.parametrize("text, word", [
    # 联同 ("together with", Hong Kong usage) is inside no body
    ("市卫生健康局联同民政局开展活动。", "市卫生健康局联同民政局"),
    # (guard) outside a Hong Kong or Macao text the list is not read: 及 still joins two bodies
    ("市财政局及审计局开展联合检查，劳工及福利局不在此列。", "劳工及福利局"),
    # an ending that opens a longer ordinary word ends no body (大学|生)
    ("参加第八届湖南省大学生暑期社会实践成果展示活动。", "湖南省大学"),
    # a team named by its work alone is no body
    ("调研团队围绕产业发展开展调研。", "调研团队"),
    # a joining verb opens no body after a body (联合|国家开发银行)
    ("省政府联合国家开发银行召开推进会。", "联合国家开发银行"),
])
def test_no_such_name_round15(text, word):
    assert not any(w == word for w, _ in ents(text)), ents(text)


@pytest.mark.parametrize("text, word", [
    # the country inside a doctrine or slogan is no mention of the place
    ("坚持以习近平新时代中国特色社会主义思想为指导。", "中国"),
    ("以中国式现代化全面推进强国建设。", "中国"),
    ("实现中华民族伟大复兴。", "中华"),
])
def test_no_country_in_doctrine(text, word):
    assert (word, "LOCATION") not in ents(text), ents(text)


def test_country_itself_still_found():
    # (guard) the country named as a place
    assert ("中国", "LOCATION") in ents("代表团访问中国并举行会谈。")


def test_society_members_are_no_society():
    assert ("红十字会", "ORGANIZATION") not in ents("全县现有红十字会员1.2万余名。")


@pytest.mark.parametrize("text, name, kind", [
    # a township's culture station and a library's branch after their place are one body
    ("在湾头镇文化站举办读书会。", "湾头镇文化站", "ORGANIZATION"),
    ("已建成分馆4个，即东关街道分馆、汶河街道分馆。", "东关街道分馆", "ORGANIZATION"),
    # Taiwan: a township office (乡公所)
    ("由大同乡公所开设收容所。", "大同乡公所", "ORGANIZATION"),
    # 即 ("namely") opens a list, not a name
    ("共有两个街道，即东关街道和汶河街道。", "东关街道", "LOCATION"),
    # a body the model ended right before its one-character ending (人社|局)
    ("在赣州市人社局的精心指导下开展工作。", "赣州市人社局", "ORGANIZATION"),
    # 会同 after a body is the verb "together with", not the county 会同县
    ("长兴县住房和城乡建设局会同县综合行政执法局检查工地。", "县综合行政执法局", "ORGANIZATION"),
    ("长兴县住房和城乡建设局会同县综合行政执法局检查工地。", "长兴县住房和城乡建设局", "ORGANIZATION"),  # (guard)
    # (guard) the county itself after its city
    ("湖南省怀化市会同县召开会议。", "会同县", "LOCATION"),
    # a branch named by its place after the body: 局|长 is no title here
    ("湖州市生态环境局长兴分局负责人吴国强表示。", "湖州市生态环境局长兴分局", "ORGANIZATION"),
    # (guard) a bureau's head still ends the body
    ("市公安局长张伟出席会议。", "市公安局", "ORGANIZATION"),
    # a university's school joining two fields with 与
    ("另有一队；公共管理与法学学院法律服务队开展普法宣传。", "公共管理与法学学院", "ORGANIZATION"),
    ("资源与环境学院、信息与智能科学技术学院师生参加。", "信息与智能科学技术学院", "ORGANIZATION"),
    # (guard) people before 与 are no field
    ("。学生与医学院师生座谈。", "医学院", "ORGANIZATION"),
    # a division and a common noun with no ending is the division (长兴县|中央…)
    ("成立长兴县中央生态环境保护督察整改工作领导小组。", "长兴县", "LOCATION"),
    # the Red Cross named without a place
    ("由公所、红十字会及志工提供服务。", "红十字会", "ORGANIZATION"),
    # (guard) with its place it stays one longer name
    ("县红十字会开展救护培训。", "县红十字会", "ORGANIZATION"),
])
def test_names_round15(text, name, kind):
    assert (name, kind) in ents(text), ents(text)
