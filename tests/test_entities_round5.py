"""Entity rules of generalization round 5 (errors found on a fresh unseen set of six reports):
one table per rule, sentences written for these tests (not copied from any article)."""
from __future__ import annotations

import pytest

from test_entities import ents
from textmine.extract.entities import find_entities


# a body named by its level alone (市局, 区局, 县局: the article's own bureau, 局 after a bare
# abbreviation) is a bare reference, like 县委 / 县政府: no name
@pytest.mark.parametrize("text,bare", [
    ("今年以来，区局推出延时服务等便民举措。", "区局"),
    ("围绕新政策，市局举办培训会20场。", "市局"),
    ("县局查办的一起案件入选典型案例。", "县局"),
])
def test_bare_level_bureau_is_no_name(text, bare):
    found = ents(text)
    assert (bare, "ORGANIZATION") not in found, found


# a village's resident work team (驻村工作队) is no body: the village is the place
@pytest.mark.parametrize("text,village", [
    ("——平安县石桥镇桂溪村驻村工作队年度工作总结", "桂溪村"),
    ("青山乡桃园村驻村工作组走访农户80户。", "桃园村"),
])
def test_village_work_team_is_the_village(text, village):
    found = ents(text)
    assert (village, "LOCATION") in found, found
    assert not any(s.endswith(("工作队", "工作组")) and t == "ORGANIZATION" for s, t in found), found


# a party organ + role cut from a body happens before the longest mention is chosen, so the body
# with its level abbreviation wins over the model's span that began after it (市|某局党组书记)
def test_organ_cut_before_longest_mention():
    text = "\n\n市市场监管局党组书记、局长李国平表示，将持续发力。"
    found = ents(text)
    assert ("市场监管局", "ORGANIZATION") not in found, found
    assert ("市市场监管局", "ORGANIZATION") in found, found


# an ending followed by the noun it qualifies is no body's ending (某地副中心|城市, 区域中心|城市):
# the place stays a place
@pytest.mark.parametrize("text,place", [
    ("全力支持宜昌建设省域副中心城市。", "宜昌"),
    ("为襄阳打造区域中心城市贡献力量。", "襄阳"),
])
def test_centre_before_city_is_no_ending(text, place):
    found = ents(text)
    assert (place, "LOCATION") in found, found
    assert not any(s.endswith("中心") and t == "ORGANIZATION" for s, t in found), found


# a function character that opens a word after an enumeration comma belongs to the list item
# (甲、和平街道: 和平, not the conjunction 和)
@pytest.mark.parametrize("text,place", [
    ("深入东湖街道、和平街道、南湖街道等地走访企业。", "和平街道"),
    ("在青山村、和平村等村开展宣传。", "和平村"),
])
def test_list_item_opening_with_function_character(text, place):
    found = ents(text)
    assert (place, "LOCATION") in found, found


# a name candidate before a title word must not cut a longer title (由|第一书记: 由第一 is no name)
def test_name_does_not_cut_a_title():
    found = ents("工作队由第一书记刘建华和2名队员组成。")
    assert not any(s.startswith("由") and t == "PERSON" for s, t in found), found
    assert ("刘建华", "PERSON") in found, found


# a byline name the model cut short (作者：X|Y) is the whole credited token
def test_credit_name_completes_a_short_model_name():
    from textmine.extract.entities import persons

    text = "来源：某某日报\u3000作者：陈思雨\u3000发布时间：2024-01-01"
    s = text.index("陈思雨")
    out = persons._credit_persons(text, [[s, s + 2, "PERSON"]])
    assert [s, s + 3, "PERSON"] in out, out


# a name followed by a kind of book about or by a person (全集, 文集, 传, 年谱) inside 《》 is a PERSON
@pytest.mark.parametrize("text,name", [
    ("学者解读《鲁迅全集》等经典著作。", "鲁迅"),
    ("图书馆新购《茅盾文集》一套。", "茅盾"),
])
def test_person_before_collected_works(text, name):
    assert (name, "PERSON") in ents(text), ents(text)


# a person named inside a title is also found at the other mentions of the name outside titles
# (the exhibition “某某与某地” after the book 《某某与某地》)
def test_person_in_title_propagates():
    text = "“苏轼与西湖”等展览入选重点项目。推出《苏轼与西湖》专题展。"
    found = [(text[e["start"]:e["end"]], e["type"], e["start"]) for e in find_entities(text)]
    assert ("苏轼", "PERSON", 1) in found, found


# an ordinary word plus one character that opens a common noun with the next is no body
# (“某某”服务团|队, a brand's service team); a body ending or a name before it is kept
def test_cut_common_noun_is_no_body():
    from textmine.extract.entities.cleanup import _cut_common_noun
    from textmine.extract.entities.lexicons import _word_tags

    tags = _word_tags()
    text = "组建“暖心”服务团队12支。"
    s = text.index("服务团")
    assert _cut_common_noun(text, s, s + 3, tags)
    text2 = "交通运输部部署工作。"
    assert not _cut_common_noun(text2, 0, 5, tags)


# a township and a village in one LOCATION span are two places (chained names, as 湖北省枝江市):
# 某某镇|某某村, 某某乡|某某社区; a span that is one township only is left alone
@pytest.mark.parametrize("name,parts", [
    ("石桥镇桂溪村", ["石桥镇", "桂溪村"]),
    ("白沙乡新民社区", ["白沙乡", "新民社区"]),
    ("石桥镇", ["石桥镇"]),
])
def test_township_and_village_split(name, parts):
    from textmine.extract.entities.places import _split_admin_chain

    text = "走访" + name + "农户。"
    s = text.index(name)
    out = _split_admin_chain(text, [[s, s + len(name), "LOCATION"]])
    assert [text[a:b] for a, b, _ in out] == parts


# a river's section named by a place is two places, the river and the place (长江某某段), as chained
# administrative names are; the items of a list closed by 等 + a river category are places
@pytest.mark.parametrize("text,places", [
    ("湘江湘潭段、涟水、靳江河等重点河流开展巡查。", ["湘江", "湘潭", "涟水"]),
    ("汉江襄阳段水质保持在Ⅱ类。", ["汉江", "襄阳"]),
])
def test_river_sections_and_listed_rivers(text, places):
    found = ents(text)
    for p in places:
        assert (p, "LOCATION") in found, (p, found)
    assert not any(t == "PERSON" for _, t in found), found


# a site whose short stem no dictionary knows may follow a verb (抓好|某某水库); an ordinary word
# before the suffix after a verb is no name
@pytest.mark.parametrize("text,site", [
    ("明年将重点抓好坪车水库灌区配套建设。", "坪车水库"),
])
def test_unknown_site_after_verb(text, site):
    assert (site, "LOCATION") in ents(text), ents(text)


@pytest.mark.parametrize("text,not_site", [
    ("全面实现具备条件的建制村通硬化路。", "村通硬化路"),
    ("今年新建小型水库3座。", "小型水库"),
])
def test_ordinary_words_after_verb_are_no_site(text, not_site):
    assert (not_site, "LOCATION") not in ents(text), ents(text)


# a model span that begins inside a clause word (联|合, 会|同) starts after it: the body follows the verb
def test_body_after_clause_word_cut_by_model():
    from textmine.extract.entities.cleanup import _retype_and_extend

    text = "在扶智上，工作队联合乡农技站举办培训班。"
    s = text.index("合乡")
    (a, b, t), = _retype_and_extend(text, [[s, s + 5, "ORGANIZATION"]])
    assert text[a:b] == "乡农技站"


# a quoted name held (举办“某某读书会”) is an event or series, not a body, at all its mentions; an
# unquoted body after the verb hosts the meeting and stays
def test_held_quoted_event_is_no_body():
    from textmine.extract.entities.bodies import _held_events

    text = "图书馆全年举办“清风读书会”等活动。其中，“清风读书会”开讲30期。"
    a, b = text.index("清风读书会"), text.rindex("清风读书会")
    spans = [[a, a + 5, "ORGANIZATION"], [b, b + 5, "ORGANIZATION"]]
    assert _held_events(text, spans) == []
    text2 = "召开国务院常务会议。"
    assert _held_events(text2, [[2, 5, "ORGANIZATION"]]) == [[2, 5, "ORGANIZATION"]]


# a national body's name opens with 国家 before its field (国家|市场|监督管理总局)
@pytest.mark.parametrize("text,body,inner", [
    ("相关链接：国家市场监督管理总局 | 省人民政府", "国家市场监督管理总局", "监督管理总局"),
    ("相关链接：国家统计局 | 省人民政府", "国家统计局", "统计局"),
])
def test_national_body_starts_at_guojia(text, body, inner):
    from textmine.extract.entities.bodies import _national_bodies

    s = text.index(inner)
    (a, b, t), = _national_bodies(text, [[s, s + len(inner), "ORGANIZATION"]])
    assert text[a:b] == body


# a model place ending in an ending that qualifies the noun after it (长三角中心|城市) keeps the place
# without the ending; it is no body
def test_model_place_before_attributive_ending():
    from textmine.extract.entities.cleanup import _retype_and_extend

    text = "支持某地打造长三角中心城市。"
    s = text.index("长三角")
    (a, b, t), = _retype_and_extend(text, [[s, s + 5, "LOCATION"]])
    assert (text[a:b], t) == ("长三角", "LOCATION")


# in an enumeration of townships a stem that is a proper noun of the dictionary (nz: 和平, 友谊) names
# a township like any other stem
@pytest.mark.parametrize("text,town", [
    ("深入中山街道、和平街道、友谊街道走访商户。", "和平街道"),
    ("走访东关街道、中华街道两地。", "中华街道"),  # (found before the rule too: a guard)
])
def test_listed_township_with_proper_noun_stem(text, town):
    assert (town, "LOCATION") in ents(text), ents(text)
