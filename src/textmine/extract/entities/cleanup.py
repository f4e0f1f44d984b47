"""The model's spans, and the passes that repair, filter, spread and flatten mentions of any type.

The character model (:mod:`textmine.extract.ner_model`) proposes the first spans.  These passes fix
what it gets wrong in report language whatever the kind of name: punctuation at the edges, function
characters or clause verbs glued to the front, spans cutting ordinary words (高|中国|家), places that
are bodies (沂南县文化馆); they drop what the report conventions do not count (stop-names, bare
endings, numbered sessions, menu labels), find a name's other mentions (:func:`_propagate`) and make
the final flat list of mentions that do not overlap (:func:`_flatten`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from textmine.extract import ner_model as nm
from .lexicons import _admin_lengths, _all_han, _is_han, _lex, _rules, _word_freq, _word_tags
from .wordindex import _covered, _find_words, _in_word_order, _spans_of
from .shapes import _ends_with_org_suffix, _org_suffix_len, _starts_with_place, _township_like


TYPE_NAMES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


def _model_spans(text: str) -> list[list]:
    return [[s, e, TYPE_NAMES[y]] for s, e, y in nm.get_model().predict(text)]


def _stranded_after(text: str, short_end: int, long_end: int) -> bool:
    """Does the longer word ending at ``long_end`` leave a character that begins no word, where the
    shorter one ending at ``short_end`` is followed by a word (联合国|家税… against 联合|国家…)?"""
    tags = _word_tags()
    return not any(text[long_end:long_end + k] in tags for k in (2, 3, 4)) \
        and any(text[short_end:short_end + k] in tags for k in (2, 3, 4))


def _strip_leading(text: str, spans: list[list]) -> list[list]:
    """Drop function characters the model glued to the front of a name (由卫健委 -> 卫健委)."""
    leading = _lex()["leading"]
    out = []
    for s, e, t in spans:
        while t in ("ORGANIZATION", "LOCATION") and e - s > 2 and text[s] in leading \
                and not _starts_with_place(text[s:e]) and not _starts_with_word(text, s, e):
            s += 1  # 由卫健委 -> 卫健委, but 以色列 and 经合组织 stay
        if t == "ORGANIZATION":
            # 成立县委…领导小组: a clause verb glued to the front (but 联合国 is a word of its own)
            for k in (4, 3, 2):
                if e - s - k >= 2 and text[s:s + k] in _lex()["org_breakers"] \
                        and not any(text[s:s + m] in _word_tags() and not _stranded_after(text, s + k, s + m)
                                    for m in range(k + 1, min(e - s, 6) + 1)):
                    # (联合国 is no word of 联合|国家税务总局: after it 家税 begins no word, after 联合 国家 does)
                    s += k
                    break
        out.append([s, e, t])
    return out


def _reach_word_start(text: str, spans: list[list]) -> list[list]:
    """A body (or a place) the model began one character into a noun (市地|质环境监测站: 地质) begins with the noun,
    and with the level before it after a boundary (市地质环境监测站) -- when the span's own first two
    characters are no word (民政局 after 为 stays: 民政 is one)."""
    tags = _word_tags()
    levels = _rules()["place_abbreviations"]
    leading = _lex()["leading"]
    out = []
    for s, e, t in spans:
        if t in ("ORGANIZATION", "LOCATION") and s >= 1 and e - s >= 4 and text[s:s + 2] not in tags \
                and text[s] not in levels and tags.get(text[s - 1:s + 1]) == "n" and _is_han(text[s - 1]):
            s -= 1  # (a place too: 白|鹭洲公园 is 白鹭洲公园)
            if t == "ORGANIZATION" and s >= 1 and text[s - 1] in levels \
                    and (s == 1 or not _is_han(text[s - 2]) or text[s - 2] in leading):
                s -= 1
        out.append([s, e, t])
    return out


def _reach_level(text: str, spans: list[list]) -> list[list]:
    """A body the model began after its field, with the level before that (县|道路交通事故纠纷|人民调解
    委员会, 县|劳动人事争议|仲裁院), begins with the level: a level character after a boundary, then up
    to ten characters that read as nouns of the dictionary alone (no verb: 全县|建立|调解委员会 stays)."""
    tags = _word_tags()
    levels = _rules()["place_abbreviations"]
    leading = _lex()["leading"]
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION" and s >= 3:
            for a in range(s - 3, max(-1, s - 12), -1):
                if text[a] in levels and (a == 0 or not _is_han(text[a - 1]) or text[a - 1] in leading) \
                        and _nouns_only(text[a + 1:s], tags):
                    s = a
                    break
                if not _is_han(text[a]):
                    break
        out.append([s, e, t])
    return out


def _nouns_only(w: str, tags: dict) -> bool:
    """Does ``w`` split, longest dictionary word first, into nouns (and verbal nouns) only (道路|交通事故|
    纠纷, 劳动|人事|争议)?"""
    i = 0
    while i < len(w):
        k = next((k for k in range(min(6, len(w) - i), 1, -1) if w[i:i + k] in tags), 0)
        if not k or not (tags[w[i:i + k]][:1] == "n" or tags[w[i:i + k]] in ("vn", "l", "j")) \
                or w[i + k - 1] in _ONE_CHAR_BODY_ENDS:  # (教体局: a body of its own before the next)
            return False
        i += k
    return i > 0


def _starts_with_word(text: str, s: int, e: int) -> bool:
    """The span starts with a dictionary word of 2+ characters (以色列, 经合组织)."""
    tags = _word_tags()
    return any(text[s:s + k] in tags for k in range(2, min(e - s, 6) + 1))


_INNER_PUNCT = re.compile(r"[。，、；：！？,;:!?\s“”‘’\"「」『』]")


_EDGE = re.compile(r"^[^\w《]+|[^\w》]+$")


def _trim(text: str, spans: list[list]) -> list[list]:
    """Trim punctuation at the edges; drop spans with clause punctuation inside."""
    out = []
    for s, e, t in spans:
        w = text[s:e]
        m = _EDGE.search(w)
        while m and w:
            if m.start() == 0:
                s += m.end()
            else:
                e -= len(w) - m.start()
            w = text[s:e]
            m = _EDGE.search(w)
        # (an opening bracket the span does not close ends it: 医院管理局|(医管局) names the short form after)
        opened = next((k for k in range(s, e) if text[k] in "(（"), None)
        if opened is not None and not any(text[k] in ")）" for k in range(opened, e)):
            e = opened
        if e - s >= 1 and not _INNER_PUNCT.search(text[s:e]):
            out.append([s, e, t])
    return out


def _complete_endings(text: str, spans: list[list]) -> list[list]:
    """A body the model stopped one character inside its two-character ending gets the rest of it
    (宜昌市科学技术协|会 -> 协会, 某某学|院): the last character and the next form the ending."""
    lx = _lex()
    suffixes, lengths = lx["org_suffixes"], lx["org_suffix_lengths"]
    n = len(text)
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION" and e < n and e - s >= 3 \
                and not any(text[max(s, e - k):e] in suffixes for k in lengths):  # (not 某某大学|校长)
            # (or one or two characters inside a three-character one: 信阳市爱|卫办 -> 爱卫办)
            e = next((e - inside + ln for ln in sorted(lengths, reverse=True) if ln >= 2 for inside in range(1, ln)
                      if e - inside + ln <= n and e - inside > s and text[e - inside:e - inside + ln] in suffixes), e)
        out.append([s, e, t])
    return out


_ORDINAL_BODY = re.compile(r"^[县市省区]?第?[0-9一二三四五六七八九十百]+届")


def _filter_spans(text: str, spans: list[list], *, final: bool = False) -> list[list]:
    """Remove what the report conventions do not count as a mention.

    ``final``: the spans are the passes' last word on a body's extent (not the model's first guess,
    which later passes extend), so a body ending inside a word is cut there for good."""
    lx = _lex()
    R = _rules()
    stop = lx["stop"]
    tags, freq = _word_tags(), _word_freq()
    out = []
    for s, e, t in spans:
        w = text[s:e]
        if e - s < 2 or w in stop:
            continue
        if s >= 1 and text[s - 1:s + 1] == "其中":
            continue  # 其|中国家, 其|中国控断面: the 中 of 其中 opens no name
        if t == "ORGANIZATION" and w.endswith("组织") and w[:-2] in R["national_prefixes"] | R["level_words"] \
                and e < len(text) and _is_han(text[e]):
            continue  # 国家组织|药品集中采购, 上级组织|实施: the verb 组织 (organize), not a body
        if t == "PERSON" and len(w) == 3 and w[0] in lx["surnames"] and (
                w[2] in R["trailing_clause_chars"] or (e < len(text) and text[e - 1:e + 1] in tags
                                                       and w not in tags and text[e] not in R["name_end_chars"]
                                                       and text[e] not in R["clause_start_chars"]
                                                       and text[e:e + 2] not in R["clause_start_words"]
                                                       and not _verb_after_name(text, e, tags))):
            e -= 1  # 杨琨被…, 陈冲报|告: a clause character or word start glued to a two-character name
            w = text[s:e]
        if t == "PERSON" and (w in tags and not tags[w].startswith("nr") and len(w) == 2
                              or len(w) == 3 and tags.get(w, "")[:1] == "n" and tags[w][:2] not in ("nr", "ns")
                              or w[-1] in R["trailing_clause_chars"]):
            continue  # 夏天, 干啥, 司的, 敬老院: ordinary words, not names
        if t == "PERSON" and len(w) == 3 and w[-1] in R["sub_unit_endings"] and tags.get(w[:2], "nr")[:2] != "nr":
            continue  # 作者：宣传股: a body's section (宣传|股), no name
        if t == "PERSON" and w not in tags and _starts_inside_word(text, s, tags):
            continue  # 持|续加强: a span that starts inside an ordinary word is no name
        if t == "PERSON":
            # 学史崇德: a name whose given-name part is an ordinary stop word
            if w[1:] in stop or w[2:] in stop and len(w) > 3:
                continue
            if w[0] not in lx["surnames"] and w[:2] not in lx["surnames"] and tags.get(w, "nr")[:2] != "nr":
                continue
            if "·" in w and (w.split("·")[0] in lx["admin_short"] or w.split("·")[0] in lx["admin"]):
                continue
            if not all(_is_han(c) or c == "·" for c in w):
                continue
            if _place_stem(text, e, lx, R):
                continue  # 王家厂|镇, 欧阳海|水库: the name of a place, not of a person
            if text[e:e + 1] == "》" and w[-1] in R["title_work_endings"]:
                continue  # 《君山|区志》: a kind of book ending a title, not a name (《王二小》 stays)
        elif t == "LOCATION":
            if _currency_or_time(text, s, e):
                continue  # 1,850万澳门|元: a currency, not the place; 香港|时间16时30分: a time zone
            if w[0] in "个座处级" and s > 0 and (text[s - 1].isdigit() or text[s - 1] in "一二三四五六七八九十两几"
                                              or text[s - 1].isascii() and text[s - 1].isalpha()):
                continue  # 4|个重点镇, 4A|级旅游景区: a classifier or grade after a number opens no name
            if len(w) == 3 and w[-1] in "县市区" and tags.get(w[:2], "")[:1] == "v" \
                    and _ends_with_org_suffix(text[max(0, s - 6):s]):
                continue  # 分局|会同县水利局: a body's verb (会同, together with), not the county 会同县
            if _in_menu_phrase(text, s, e):
                continue  # 首页 | 走进临泉 | 政务公开: a menu item naming a section, not the place
            # 淘宝村, 特色镇: a category of village or town, not a place
            if w[-1] in R["category_suffixes"] and len(w) >= 3 and tags.get(w[:-1], "") in R["category_stem_tags"] \
                    and w[:-1] not in lx["admin_short"]:
                continue
            # 和县|直部门: a conjunction + a level abbreviation before 直/级 is an adjective, no place
            if len(w) == 2 and w[0] in R["conjunctions"] and w[1] in R["place_abbreviations"] \
                    and text[e:e + 1] in R["level_adjective_chars"]:
                continue
        elif t == "ORGANIZATION":
            if _generic_menu_item(text, s, e):
                continue
            if len(w) == 4 and w.endswith("公司") and tags.get(w[:2], "") == "n" and s > 0 and _is_han(text[s - 1]):
                continue  # 各船务公司, 6家平台公司: a kind of company (a common noun and 公司) after the word that
                # counts or qualifies it, none named (中金公司 opening a sentence is a name)
            if w.startswith(tuple(R["plural_levels"])):
                continue  # 县市区总工会: every county's and district's body, none named
            if text[e - 1:e + 1] == "部门":
                continue  # 各级退役军人事务部|门: the field's departments everywhere, no body named
            if _cut_common_noun(text, s, e, tags):
                continue  # “某某”服务团|队: an ordinary word and a character that opens a noun with the next one
            # a bare ending (人大, 宣讲团, 县委), a kind of body without its place (人民代表大会) or a
            # numbered session (县十八届人大) is not a name
            if final and e < len(text) and text[e - 1:e + 1] in tags \
                    and freq.get(text[e - 1:e + 1], 0) > freq.get(text[e - 2:e], 0) \
                    and not _ends_with_org_suffix(w) and w not in tags and w[-1] not in _ONE_CHAR_BODY_ENDS:
                continue  # 九龙城民政事|务专员: a span ending inside a word, with no body's ending, is no name
            if w.endswith("会") and text[e - 1:e + 1] in _JOINT_VERBS and not _ends_with_org_suffix(w[:-1]):
                continue  # 汛期联合会|商机制: 会商 (consult jointly) ends the phrase; 联合会 is no body here
            if w.endswith(tuple(R["school_categories"])):
                # 望城区校园足球特色学校: a category of schools; the place before it is the mention
                place = next((k for k in range(min(len(w) - 2, 8), 1, -1) if w[:k] in lx["admin"]), 0)
                if place:
                    out.append([s, s + place, "LOCATION"])
                continue
            cut = _body_before_verb(w, lx, tags)
            if cut:
                e, w = s + cut, w[:cut]  # 团县委|组织青年…: a verb after a complete body starts the clause
            if w in lx["org_suffixes"] or (w[0] in R["place_abbreviations"] and w[1:] in R["bare_bodies"]) \
                    or w in R["generic_bodies"] or (w[:2] in R["level_words"] and w[2:] in R["generic_bodies"]) \
                    or _ORDINAL_BODY.match(w) or _team_of_a_kind(w, R) \
                    or (len(w) >= 3 and w[0] in R["strong_one_char_endings"] and w[1:] in R["party_organs"]):
                continue  # (局党委, 院党组: a body's party organ named without the body)
        out.append([s, e, t])
    return out


# last characters of a body's name, one is enough (主席团, 中国网, 共产党): a span ending in one stays whole
_ONE_CHAR_BODY_ENDS = frozenset("局厅部委办院馆校署团网党会社队处所站科室组司")
# a verb 会 opens with the character after it: a 会 before it is no body's ending (but 委员会|审议,
# 协会|办理, 大会|议程 are the body and the next word)
_JOINT_VERBS = frozenset(("会商",))


def _team_of_a_kind(w: str, R) -> bool:
    """男子足球队, 校园足球队, 省少年女子足球集训队: a team ending after words of its kind alone (sex, age,
    level, sport) is a kind of team, not a named one."""
    kind = max((k for k in R["team_kinds"] if w.endswith(k)), key=len, default=None)  # (足球队 over 球队)
    if kind is None:
        return False
    rest = w[:-len(kind)]
    words = sorted(R["team_words"], key=len, reverse=True)
    while rest:
        word = next((x for x in words if rest.startswith(x)), None)
        if word is None:
            return False
        rest = rest[len(word):]
    return True


def _verb_after_name(text: str, e: int, tags: dict) -> bool:
    """Does a verb (or a numeral or time word) more common than the word across the name's end
    start right after a three-character name (朱长林|带领: 带领 over 林带; 张国平|一年来: 一年 over
    平一), so that the name stays whole?"""
    after, across = text[e:e + 2], text[e - 1:e + 1]
    freq = _word_freq()
    return tags.get(after, "")[:1] in ("v", "m", "t") and freq.get(after, 0) > freq.get(across, 0)


def _place_stem(text: str, e: int, lx, R) -> bool:
    """Does a place or site ending follow a name right away (欧阳海水库, 王家厂镇、), with no title
    starting there (李明镇长, 王强村民)?  A one-character ending only where the word ends with it
    (张建国路过, 李明镇定: the character starts another word)."""
    endings = (*R["township_suffixes"], *R["village_suffixes"], *R["site_suffixes"])
    ahead = text[e:e + 4]
    x = next((x for x in endings if ahead.startswith(x)), None)
    if x is None or x in R["person_site_suffixes"] or any(ahead.startswith(t) for t in lx["title_words"]):
        return False  # (李立三故居: a person's site, made a place from the name later)
    return len(x) > 1 or not _is_han(text[e + 1:e + 2] or "。") or text[e + 1:e + 2] in R["name_end_chars"]


def _cut_common_noun(text: str, s: int, e: int, tags: dict) -> bool:
    """An ORGANIZATION span that is an ordinary word (no name) plus one character, and that character
    opens a common noun with the next one: 服务团|队 (团队), not 交通运输部 (a body ending) nor 中国网."""
    if e - s < 3 or e >= len(text) or tags.get(text[e - 1:e + 1], "")[:1] != "n":
        return False
    w = text[s:e]
    head = tags.get(w[:-1], "")
    return head[:1] in ("n", "v") and head[:2] not in ("ns", "nr", "nt", "nz") \
        and tags.get(w, "n")[:2] != "nt" and not _ends_with_org_suffix(w)


def _body_before_verb(w: str, lx, tags: dict) -> int:
    """Length of the body in an ORGANIZATION span that runs on into a verb: 团县委组织 (the model
    read the verb 组织 as part of the name) -> 团县委.  The span itself must end in no body ending
    (县委组织部 stays), the rest be one dictionary verb and the part before end in a body ending."""
    if _ends_with_org_suffix(w):
        return 0
    for k in (2, 3):
        head, verb = w[:-k], w[-k:]
        if len(head) >= 2 and tags.get(verb) == "v" and _ends_with_org_suffix(head):
            return len(head)
    return 0


_MENU_CHARS = re.compile(r"[\s>»|｜]")


_MENU_SEP = re.compile(r"\s*(?:[>»|｜]|\s{1,})\s*")


def _generic_menu_item(text: str, s: int, e: int) -> bool:
    """A website menu or breadcrumb item made of a common word and an ending (新闻中心, 管理团队).

    The line is a breadcrumb (首页 > 新闻中心 > 正文) or a row of at least three short items separated
    by spaces, and the item's stem before its ending is an ordinary dictionary word, not a name.
    """
    b = text.find("\n", e)
    items = _menu_items(text, text.rfind("\n", 0, s) + 1, b if b >= 0 else len(text))
    w = text[s:e]
    if not items or w not in items:
        return False
    tags = _word_tags()

    def common(x: str) -> bool:
        return x in tags and tags[x][:2] not in ("ns", "nr", "nt", "nz") and tags[x] != "j"

    # two ordinary words of 2+ characters each: 新闻|中心, 管理|团队 (not 人民|网, 新华|社)
    return any(common(w[:k]) and common(w[k:]) for k in range(2, len(w) - 1))


def _starts_inside_word(text: str, s: int, tags: dict) -> bool:
    """Does a name candidate at ``s`` cut an ordinary word (持|续加强)?  Not where the character
    before closes a word of its own (所长|孙丽萍: 长孙 is a word too, but 所长 is the title)."""
    return (s > 0 and _is_han(text[s - 1]) and text[s - 1:s + 1] in tags
            and not tags[text[s - 1:s + 1]].startswith("nr")
            and not (s >= 2 and text[s - 2:s] in tags or s >= 3 and text[s - 3:s] in tags))


def _in_menu_phrase(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` part of a longer item of a website menu line (走进|临泉)?"""
    lines = _menu_lines(text)
    k = bisect_right(lines, (s, len(text))) - 1
    if k < 0 or not (lines[k][0] <= s and e <= lines[k][1]):
        return False
    items = lines[k][2]
    w = text[s:e]
    return w not in items and any(w in x and len(x) > len(w) and _all_han(x) for x in items)


@lru_cache(maxsize=2)
def _menu_lines(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """``(start, end, items)`` of each line of ``text`` that is a menu or a breadcrumb, in order."""
    out = []
    a = 0
    for line in text.split("\n"):
        b = a + len(line)
        if _MENU_CHARS.search(line):
            items = _menu_items(text, a, b)
            if items:
                out.append((a, b, items))
        a = b + 1
    return out


@lru_cache(maxsize=64)
def _menu_items(text: str, a: int, b: int) -> tuple[str, ...]:
    """The items of the line ``text[a:b]`` if it is a breadcrumb or a row of at least three short
    items separated by spaces, else none (cached: the mentions of one paragraph share its line)."""
    line = text[a:b].strip()
    if not _MENU_CHARS.search(line):
        return ()  # one item: neither a breadcrumb nor a row of items
    items = tuple(x for x in _MENU_SEP.split(line) if x)
    if not (re.search(r"\s[>»]\s", line) or (len(items) >= 3 and all(len(x) <= 8 for x in items))):
        return ()
    return items


def _cuts_words(text: str, s: int, e: int, t: str, after_place: bool = False) -> bool:
    """A model span that cuts ordinary words: 高|中国|家 (both edges), 红|军渡河 (a place cutting 红军).
    ``after_place``: a place ends right before the span, so the characters across its start belong to
    two names, no word (合肥市|南淝河, not 市南)."""
    tags = _word_tags()
    w = text[s:e]
    left = s > 0 and text[s - 1:s + 1] in tags and not after_place
    right = e < len(text) and text[e - 1:e + 1] in tags
    if e - s == 2 and left and right:
        return True
    if not (t == "LOCATION" and left and w not in tags and e - s >= 3):
        return False
    if s >= 2 and text[s - 2:s] in tags and _township_like(w, tags):
        return False  # 其中|龙亢镇: the character before closes a word of its own
    # (a known name or one that starts with a place is no cut; tested last, it is the slow test)
    return not ((w in tags and tags[w][:2] in ("ns", "nr", "nt")) or _starts_with_place(w))


def _body_section(w: str) -> bool:
    """``w`` is a body and one of its sections: a parent ending (局, 委, 政府 …), 1-4 Han characters
    of the section's work and a section ending (某局|电商|科, 某委|综合|室)."""
    R = _rules()
    if len(w) < 5 or w[-1] not in R["sub_unit_endings"]:
        return False
    lx = _lex()
    for k in range(2, 6):
        front, mid = w[:-k], w[-k:-1]
        if len(front) >= 3 and any(front.endswith(p) for p in R["parent_endings"]) and _all_han(mid) \
                and lx["breaker_or_leading_chars"].isdisjoint(mid) and _ends_with_org_suffix(front):
            return True
    return False


def _retype_and_extend(text: str, spans: list[list]) -> list[list]:
    """A LOCATION ending in an organization ending is an ORGANIZATION (沂南县文化馆); an
    ORGANIZATION whose first character ends a dictionary word starts with that word (交通|运输部)."""
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    loc_suf = lx["loc_suffixes"]
    admin_firsts = _admin_lengths()  # (a place name can only start with one of these)
    taken = _covered(spans, len(text))
    place_ends = {e for s, e, t in spans if t == "LOCATION" and text[s:e] in lx["admin"]}  # (a division)
    out = []
    for s, e, t in spans:
        w = text[s:e]
        if t == "LOCATION" and len(w) >= 3:
            for k in range(len(w) - 1, 0, -1):
                suf = w[k:]
                if suf in lx["org_suffixes"] and (suf not in loc_suf or suf in R["rule_endings"]) \
                        and len(w) - len(suf) >= 2 \
                        and (len(suf) >= 2 or suf in R["strong_one_char_endings"]):
                    if len(suf) >= 2 and text[e:e + 2] in R["attributive_heads"]:
                        e = s + k  # 某地中心|城市: the ending qualifies the noun after it; the place stays
                        w = text[s:e]
                        break
                    t = "ORGANIZATION"
                    break
        if t == "LOCATION" and e < len(text) and not taken[e] and text[s] in admin_firsts and any(
                text[s:e + k] in lx["admin"] for k in (1, 2, 3) if e + k <= len(text)):
            # 金华|市民生: the model left the administrative suffix to the next word (but 南昌|市场)
            e2 = next(e + k for k in (3, 2, 1) if e + k <= len(text) and text[s:e + k] in lx["admin"])
            if text[e2 - 1:e2 + 1] not in tags or text[e2:e2 + 2] in tags:
                e = e2
                w = text[s:e]
        if _cuts_words(text, s, e, t, s in place_ends):
            continue
        if t == "ORGANIZATION" and not _ends_with_org_suffix(w) and not _body_section(w):
            # 县第二人民医院|门诊: the model ran past the ending into the next noun
            for k in range(1, 4):
                cut = e - k
                if cut - s >= 3 and _ends_with_org_suffix(text[s:cut]) and text[cut:e] not in lx["org_suffixes"] \
                        and (len(text[s:cut]) - _org_suffix_len(text[s:cut]) >= 2):
                    e = cut
                    break
            else:
                if e < len(text) and text[e - 1:e + 1] in tags and not _ends_with_org_suffix(text[s:e]):
                    # 吉安乡银|发健康操: the model's body ends inside a word and has no ending; a place it
                    # starts with (a township or division) is all there is
                    k = next((k for k in range(e - s - 1, 2, -1)
                              if text[s:s + k] in lx["admin"] or k <= 4 and text[s + k - 1] in "乡镇"
                              and _all_han(text[s:s + k])), 0)
                    if k:
                        e, t = s + k, "LOCATION"
                elif e - s >= 5 and text[s:e - 2] in lx["admin"] and tags.get(text[e - 2:e], "")[:1] in ("n", "f") \
                        and not tags[text[e - 2:e]].startswith(("nt", "nz", "nr", "ns")):
                    # 长兴县|中央…: a division and a common noun with no ending is the division (the
                    # model stopped inside a longer name it could not finish, or read a phrase as one)
                    e, t = e - 2, "LOCATION"
        if t in ("ORGANIZATION", "LOCATION") and s > 0 and not taken[s - 1] and text[s - 1] in admin_firsts and any(
                text[s - 1:s + k] in lx["admin"] for k in range(2, min(e - s, 6) + 1)) \
                and not (text[s - 1] in R["conjunctions"] and text[s] in R["place_abbreviations"]):
            s -= 1  # 联合于都县: the model dropped the first character of a known place (but 某部和|县某办)
        elif t == "ORGANIZATION":
            model_start = s
            for back in (2, 3, 4):
                a = s - back
                if a < 0 or any(taken[a:s]) or not _all_han(text[a:s]):
                    break
                if any(text[a:s + m] in tags for m in (1, 2)) and text[a:s] not in lx["org_breakers"]:
                    s = a
                    break
            if s == model_start and s >= 1 and text[s - 1:s + 1] in lx["org_breakers"] and e - s >= 4:
                s += 1  # 工作队联|合乡农技站: the model began inside a clause word (联合, 会同); the body follows it
            elif s == model_start and s >= 1 and not taken[s - 1] and _is_han(text[s - 1]) and text[s - 1:s + 1] in tags \
                    and not any(text[s:s + k] in tags for k in (2, 3, 4)) and text[s - 1] not in lx["org_breakers"] \
                    and not (s >= 2 and text[s - 2:s] in tags) \
                    and not (text[s - 1] in R["conjunctions"] and text[s] in R["place_abbreviations"]):
                # (not 会同|县卫健委: 同 ends a word already; not 某部和|县某办)
                if tags[text[s - 1:s + 1]][:1] == "v" and text[s - 1:s + 2] not in tags and tags.get(text[s + 1:e]) == "j":
                    s += 1  # 留|意房委会: the model began at a verb's last character; the short name (房委会) follows it
                else:
                    s -= 1  # 开|发区管委会, 冶金|工业部: the model cut the first word of the name (not 经|国务院)
        out.append([s, e, t])
    return out


def _propagate(text: str, spans: list[list]) -> list[list]:
    """Other mentions of a PERSON/LOCATION/ORGANIZATION string found once are mentions too."""
    spans = _completed_by_mentions(text, spans)
    names = {}
    for s, e, t in spans:
        if e - s >= 2 and t != "WORK":
            names.setdefault(text[s:e], t)
    if not names:
        return spans
    taken = _covered(spans, len(text))
    # (the country inside a doctrine's or slogan's name is no mention: 中国|特色社会主义 stays unnamed)
    for a, b in _spans_of(text, "doctrine_place_phrases"):
        taken[a:b] = b"\x01" * (b - a)
    tags = _word_tags()
    out = list(spans)
    order = sorted(names, key=len, reverse=True)
    by_start = {sp[0]: sp for sp in out}
    for a, b in _in_word_order(text, _find_words(text, names), {w: k for k, w in enumerate(order)}):
        t = names[text[a:b]]
        if not any(taken[a:b]) and not _glued_mention(text, a, b, t, tags) \
                and not (t == "LOCATION" and (_in_menu_phrase(text, a, b) or _currency_or_time(text, a, b))):
            out.append([a, b, t])
            taken[a:b] = b"\x01" * (b - a)
        elif not taken[a] and taken[b - 1]:
            # 某|某岭林场 where 某某岭 was found elsewhere: a mention that starts inside the name and
            # runs past it lost the name's head; it gets it back
            k = next((k for k in range(a + 1, b) if taken[k]), b)
            sp = by_start.get(k)
            if sp is not None and sp[1] > b and sp[2] != "PERSON" and b - k >= 2 and t == "LOCATION":
                # (at least two shared characters: 武汉 found elsewhere does not turn 汉阳 into 武汉阳)
                sp[0] = a
                taken[a:k] = b"\x01" * (k - a)
    return out


def _currency_or_time(text: str, a: int, b: int) -> bool:
    """Is the place ``text[a:b]`` a currency's (1,850万澳门|元) or a time zone's (香港|时间) name here?"""
    return text[b:b + 1] == "元" and text[a:b] in _rules()["currency_places"] or text.startswith("时间", b)


def _completed_by_mentions(text: str, spans: list[list]) -> list[list]:
    """A two-character PERSON that, with the next character, is a three-character PERSON found
    elsewhere in the text is that person (林嘉|欣补充 where 林嘉欣表示 was found)."""
    full = {text[s:e] for s, e, t in spans if t == "PERSON" and e - s == 3}
    if not full:
        return spans
    starts = {s for s, _, _ in spans}
    out = []
    for s, e, t in spans:
        if t == "PERSON" and e - s == 2 and text[s:e + 1] in full and e not in starts:
            e += 1
        out.append([s, e, t])
    return out


def _glued_mention(text: str, a: int, b: int, t: str, tags: dict) -> bool:
    """A two-character name inside an ordinary word is no mention of it."""
    if b - a != 2:
        return False
    if t != "PERSON":
        # 发展中国家: not the country (but 中共|党员 keeps the party); nor where its first character
        # ends a pronoun and its last opens a word: 其中|国家级 (从中|国人民, 年长|江流域 are the names)
        return any(text[x:y] in tags and tags[text[x:y]][:2] not in ("ns", "nt")
                   for x in range(max(0, a - 3), a) for y in range(b, min(len(text), b + 3) + 1)) \
            or a > 0 and tags.get(text[a - 1:a + 1]) == "r" and text[b - 1:b + 1] in tags
    # 王强|调: a short name glued into an ordinary word
    return (a > 0 and text[a - 1:a + 1] in tags) or (b < len(text) and text[b - 1:b + 1] in tags)


def _flatten(spans: list[list]) -> list[list]:
    """Sorted, duplicate-free, non-overlapping (longest first), keeping PERSONs nested in a WORK."""
    # (one stable sort decides: spans it ties -- same start and end, types other than WORK -- keep
    # the order the passes found them in; a set's order would make the winner depend on the
    # process's string hash seed)
    spans = list(dict.fromkeys(map(tuple, spans)))
    works = [sp for sp in spans if sp[2] == "WORK"]
    chosen: list[tuple] = []
    taken = bytearray(max((sp[1] for sp in spans), default=0))
    for sp in sorted(spans, key=lambda sp: (sp[2] != "WORK", -(sp[1] - sp[0]), sp[0])):
        s, e, t = sp
        if works and t == "PERSON" and any(w[0] < s and e < w[1] for w in works):
            chosen.append(sp)
            continue
        if e > s and any(taken[s:e]):
            continue
        chosen.append(sp)
        if e > s:
            taken[s:e] = b"\x01" * (e - s)
    return [list(sp) for sp in sorted(chosen)]


def _verb_across_end(text: str, spans: list[list]) -> list[list]:
    """A body the model ended one character into a verb of joint action (区卫健委会|同: 会同, "together
    with") ends before it, when what is left still ends in a body ending (卫健委)."""
    breakers = _lex()["org_breakers"]
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION" and e - s >= 3 and text[e - 1:e + 1] in breakers \
                and _ends_with_org_suffix(text[s:e - 1]):
            e -= 1
        out.append([s, e, t])
    return out
