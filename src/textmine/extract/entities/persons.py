"""PERSON passes: names next to titles, in bylines, in enumerations and in 《》 titles.

A title before a name is not part of it (县委书记冯学军 -> 冯学军); names after a title or before an
honorific (习近平总书记), after a credit role in a byline (责任编辑：X), listed with 、 next to a found
name, and inside a work's title (《缅怀王权》) are found.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import _all_han, _is_han, _lex, _rules, _word_tags
from .wordindex import _covered, _find_words, _occurrences, _spans_of, _starts_of
from .shapes import _org_suffix_at
from .cleanup import _filter_spans, _flatten, _model_spans, _starts_inside_word


@lru_cache(maxsize=1)
def _credit_re() -> re.Pattern:
    """A credit role and its colon (or spaces) at the head of a byline: 责任编辑：, 记者 , 审核:."""
    roles = sorted(_rules()["credit_roles"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, roles)) + r")(?:[ \t\u3000]*[：:][ \t\u3000]*|[ \t\u3000]+)")


_CREDIT_SEP = re.compile(r"[ \t\u3000]*[、，,/][ \t\u3000]*|[ \t\u3000]+")


def _role_matches(text: str) -> list[re.Match]:
    """What ``_credit_re().finditer(text)`` finds, matched only where a credit role word starts
    (found through the word index) instead of tried at every character."""
    roles = _credit_re()
    out = []
    end = 0
    for a in sorted(_starts_of(text, "credit_roles")):
        if a >= end:
            m = roles.match(text, a)
            if m:
                out.append(m)
                end = m.end()
    return out


def _credit_persons(text: str, spans: list[list]) -> list[list]:
    """Names in bylines and editor credits: （责任编辑：X）, 记者 X Y, 审核：X、Y.

    After a credit role word and a colon or spaces, each 2-3 character token that starts with a
    surname and ends at a non-Han character is a PERSON, as are the tokens listed after it with
    spaces, 、 or commas, until a token is not such a name (or is the next role).
    """
    found = _role_matches(text)
    out = list(spans)
    if not found:
        return out
    lx = _lex()
    sur = lx["surnames"]
    tags = _word_tags()
    taken = _covered(spans, len(text))
    roles = _credit_re()
    n = len(text)
    for m in found:
        i = m.end()
        while i < n:
            if roles.match(text, i):
                break
            end = None
            for ln in (3, 2, 4):
                b = i + ln
                w = text[i:b]
                if b <= n and (b == n or not _is_han(text[b])) and _all_han(w) \
                        and (w[0] in sur or w[:2] in sur) and (ln < 4 or w[:2] in sur) \
                        and w not in lx["stop"] and tags.get(w, "nr").startswith("nr") and not _org_suffix_at(w, ln - 1) \
                        and not (w[-1] in _SECTION_ENDS and tags.get(w[:-1], "nr")[:2] != "nr"):  # (作者：宣传|股)
                    end = b
                    break
            if end is None:
                break
            if not any(taken[i:end]):
                out.append([i, end, "PERSON"])
                for k in range(i, end):
                    taken[k] = True
            else:
                # 作者：陈思|雨: the model cut the credited name short; the byline's token is the name
                cut = next((sp for sp in out if sp[2] == "PERSON" and sp[0] == i and sp[1] < end), None)
                inside = [sp for sp in out if sp[0] < end and i < sp[1]]
                if cut is not None and not any(taken[cut[1]:end]):
                    cut[1] = end
                    for k in range(i, end):
                        taken[k] = True
                elif inside and all(sp[2] != "PERSON" and i <= sp[0] and sp[1] <= end for sp in inside):
                    # 审核：龙海|燕: a place name (龙海) inside the credited token; the role says it is a person
                    out = [sp for sp in out if not any(sp is x for x in inside)] + [[i, end, "PERSON"]]
            sep = _CREDIT_SEP.match(text, end)
            if not sep:
                break
            i = sep.end()
    return out


_SECTION_ENDS = frozenset("股科室组")  # a body's section credited as the author (宣传股)
_HEADING_GAP = " \u3000"
_SPACES_AFTER = re.compile(r"[ \u3000]{1,4}")


_CLASSIFIER_SURNAMES = frozenset("位名")  # surnames that are classifiers after a number (27位, 5名)


def _title_persons(text: str, spans: list[list]) -> list[list]:
    """Names right after a title (村民焦玉莲) or right before an honorific (习近平总书记)."""
    lx = _lex()
    sur = lx["surnames"]
    tags = _word_tags()
    taken = _covered(spans, len(text))
    out = list(spans)

    def plausible(a: int, b: int) -> bool:
        w = text[a:b]
        if w[0] not in sur and w[:2] not in sur:
            return False
        if any(taken[a:b]) or not _all_han(w) or w in lx["stop"]:
            return False
        if "委" in w or _org_suffix_at(w, len(w) - 1) or w[-1] in _rules()["trailing_clause_chars"] \
                or w in lx["org_suffixes"]:
            return False  # 县委书记, 公司的同志, 敬老院|院长 (a kind of body, itself an ending)
        if w[0] in _rules()["conjunctions"] and a > 0 and _is_han(text[a - 1]) and w[1:3] in tags:
            return False  # 青少年和|留守老人: a conjunction before a word, not the surname 和
        if any(text[k:k + 2] in lx["title_heads"] and any(text.startswith(x, k) and k + len(x) > b for x in lx["titles"])
               for k in range(a + 1, b)):
            return False  # 由|第一书记: the candidate cuts a title that runs on past it
        if tags.get(w) is None and _starts_inside_word(text, a, tags):
            return False  # 持|续加强烈士: the candidate starts inside an ordinary word
        if w[-1] in _rules()["not_name_end_chars"]:
            return False  # 烈士|纪念塔: a monument, not a name (jieba tags 纪念塔 nr)
        if w[-1] in _rules()["number_leads"] and b < len(text) and text[b].isdigit():
            return False  # 市民|游客逾3万人次: the word before a number and its qualifier
        if a > 0 and text[a - 1].isdigit() and w[0] in _CLASSIFIER_SURNAMES:
            return False  # 全镇27|位百岁老人: a classifier after a number opens no name
        tag = tags.get(w)
        return tag is None or tag.startswith("nr")

    openers = _rules()["given_name_openers"]  # (黄阿水阿伯: 阿 opens the given name)
    for b, _ in _occurrences(text, "titles_after"):
        for ln in (3, 2):
            a = b - ln
            if a >= 0 and (text[a] in sur or text[a:a + 2] in sur) and plausible(a, b):
                # prefer 3 only when the 2-char reading would start with a non-surname
                if ln == 3 and text[a + 1] in sur and text[a + 1] not in openers \
                        and not (a == 0 or not _is_han(text[a - 1])):
                    continue
                out.append([a, b, "PERSON"])
                for k in range(a, b):
                    taken[k] = True
                break
    for _, a in _occurrences(text, "titles"):
        if text[a:a + 1] in _HEADING_GAP:
            # "郸城县审计局局长  韩立新": a speech's heading sets the name apart by spaces
            gap = _SPACES_AFTER.match(text, a)
            if gap and gap.end() < len(text) and text[gap.end()] != "\n":
                a = gap.end()
        if text[a:a + 1] not in sur and text[a:a + 2] not in sur:
            continue  # no name starts here (most titles: the first test of plausible, done once)
        for ln in (3, 2):
            b = a + ln
            if b <= len(text) and plausible(a, b) and (b == len(text) or text[b] in _rules()["name_end_chars"]
                                                        or not _is_han(text[b])
                                                        or ln == 3 and _verb_after(text, a, b, tags)):
                out.append([a, b, "PERSON"])
                for k in range(a, b):
                    taken[k] = True
                break
    return out


def _verb_after(text: str, a: int, b: int, tags: dict) -> bool:
    """Does a two-character verb start right after a three-character name ``[a, b)`` (乡村医生曾凡秀|
    入选), with no two of the name's characters, nor its last and the next, forming a word (都能够,
    由衷地, 来信和: ordinary words after a title, no names)?"""
    return tags.get(text[b:b + 2], "")[:1] == "v" and not any(
        text[k:k + 2] in tags for k in range(a, b))


def _strip_titles(text: str, spans: list[list]) -> list[list]:
    """A PERSON span that starts with a title keeps only the name after it."""
    lx = _lex()
    titles = lx["titles_sorted"]
    heads = lx["title_heads"]
    out = []
    for s, e, t in spans:
        if t == "PERSON" and text[s:s + 2] in heads:
            for ttl in titles:
                if text.startswith(ttl, s) and e - s - len(ttl) >= 2:
                    s += len(ttl)
                    break
        out.append([s, e, t])
    return out


def _given_name_completed(text: str, spans: list[list]) -> list[list]:
    """A two-character person the model cut before the third (罗建|国家庭, 周振|华以): the character
    after it joins the second to a word the dictionary knows as a name (建国, 振华) and opens no verb
    with the next, so it is the given name's second character."""
    tags = _word_tags()
    lx = _lex()
    surnames, leading = lx["surnames"], lx["leading"]
    starts = {sp[0] for sp in spans}
    titled = {a for _, a in _occurrences(text, "titles")} if any(sp[2] == "PERSON" for sp in spans) else set()
    n = len(text)
    out = []
    for s, e, t in spans:
        if t == "PERSON" and e - s == 2 and e < n and text[s] in surnames and _is_han(text[e]) \
                and text[e] not in leading and e not in starts \
                and (tags.get(text[s + 1:e + 1], "")[:2] in ("ns", "nz", "nr")
                     # (or after a title, a verb right after the third: 站长鲁明|远回答 -> 鲁明远|回答)
                     or s in titled and tags.get(text[e + 1:e + 3], "")[:1] == "v" and text[e:e + 2] not in tags) \
                and not tags.get(text[e:e + 2], "").startswith("v"):  # (not 陈恒|指出: the third opens a verb)
            e += 1
        out.append([s, e, t])
    return out


def _enumerated_names(text: str, spans: list[list]) -> list[list]:
    """Names listed with 、 next to a found PERSON (孙凤娥、邢磊、侯鑫月) are PERSONs too."""
    lx = _lex()
    sur = lx["surnames"]
    taken = _covered(spans, len(text))
    out = list(spans)
    persons = sorted((s, e) for s, e, t in spans if t == "PERSON")
    for s, e in persons:
        # forward
        i = e
        while i < len(text) and text[i] == "、":
            cand = _name_candidate(text, i + 1, sur, taken)
            if not cand:
                break
            out.append([i + 1, cand, "PERSON"])
            for k in range(i + 1, cand):
                taken[k] = True
            i = cand
        # backward
        j = s
        while j > 0 and text[j - 1] == "、":
            found = None
            for ln in (3, 2):
                a = j - 1 - ln
                if a >= 0 and text[a] in sur and _all_han(text[a:j - 1]) \
                        and not any(taken[a:j - 1]) and (a == 0 or not _is_han(text[a - 1]) or text[a - 1] == "、"
                                                          or (a >= 2 and text[a - 2:a] in lx["titles"])
                                                          or text[a - 1] in "和与及"):
                    found = a
                    break
            if found is None:
                break
            out.append([found, j - 1, "PERSON"])
            for k in range(found, j - 1):
                taken[k] = True
            j = found
    return out


def _name_candidate(text: str, i: int, sur, taken) -> int | None:
    """End of a 2-3 character name starting at ``i`` and followed by a list/clause boundary."""
    for ln in (2, 3):
        e = i + ln
        if e > len(text) or text[i] not in sur or any(taken[i:e]) or not _all_han(text[i:e]):
            continue
        if e == len(text) or text[e] in _rules()["name_end_chars"] or not _is_han(text[e]):
            return e
    return None


def _title_name(inner: str) -> tuple[int, int] | None:
    """A title that is one word plus a name (缅怀|王权, 英烈|胡春航) or a name plus one verb (李广|回乡)."""
    lx = _lex()
    tags = _word_tags()
    sur = lx["surnames"]

    def is_name(w: str) -> bool:
        tag = tags.get(w)
        return (2 <= len(w) <= 3 and (w[0] in sur or w[:2] in sur) and _all_han(w)
                and (tag is None or tag.startswith("nr")) and w not in lx["stop"])

    for k in (2, 3, 4):
        head, tail = inner[:k], inner[k:]
        known_head = head in tags and not tags[head].startswith("nr")
        # 缅怀|王权 (a dictionary word before the name) or 红嫂|明德英 (any head before a 3-character name)
        if (known_head or (len(tail) == 3 and _all_han(head))) and is_name(tail):
            return k, len(inner)
    works_of = _rules()["works_of_person"]
    for k in (2, 3):
        head, tail = inner[:k], inner[k:]
        # 李广|回乡 (a name and a verb), 某某|全集 (a name and a kind of book about or by a person)
        if is_name(head) and ((tail in tags and tags[tail].startswith("v")) or tail in works_of):
            return 0, k
    return None


def _persons_in_works(text: str, works) -> list[list]:
    """PERSON mentions inside 《》 titles (《缅怀王权》 holds 王权), found by the model on the title alone."""
    out = []
    for a, b in works:
        inner = text[a + 1:b - 1]
        for s, e, t in _model_spans(inner):
            if t == "PERSON":
                out.append([a + 1 + s, a + 1 + e, t])
        for s, e, t in _title_persons(inner, []):
            out.append([a + 1 + s, a + 1 + e, t])
        name = _title_author(inner) or _title_name(inner)
        if name:
            ns, ne = a + 1 + name[0], a + 1 + name[1]
            out = [sp for sp in out if sp[1] <= ns or sp[0] >= ne]  # the title's structure wins over the model
            out.append([ns, ne, "PERSON"])
    return _filter_spans(text, _flatten(out))


def _title_author(inner: str) -> tuple[int, int] | None:
    """The author a title opens with (《某某某著作选读》, 《某某某谈治国理政》): two or three characters the
    dictionary tags as a person's name, right before a word of ``authored_title_words`` or a doctrine
    named after them (《某某某新时代中国特色社会主义思想专题摘编》)."""
    tags = _word_tags()
    R = _rules()
    words = (*R["authored_title_words"], *R["doctrine_words"])
    for ln in (3, 2):
        if tags.get(inner[:ln], "").startswith("nr") and inner.startswith(words, ln):
            return 0, ln
    return None


def _doctrine_persons(text: str, spans: list[list]) -> list[list]:
    """The person a doctrine is named after (某某某新时代中国特色社会主义思想, 某某某理论): the two or
    three characters right before a word of ``doctrine_words``, when the dictionary tags them as a
    person's name (nr…) and they start after no other name character, are a PERSON."""
    hits = _spans_of(text, "doctrine_words")
    if not hits:
        return spans
    tags = _word_tags()
    taken = _covered(spans, len(text))
    out = list(spans)
    for a, _ in hits:
        for ln in (3, 2):
            i = a - ln
            w = text[i:a]
            if i < 0 or not _all_han(w) or any(taken[i:a]) or not tags.get(w, "").startswith("nr"):
                continue
            if i > 0 and text[i - 1:i + 1] in tags and not (i >= 2 and text[i - 2:i] in tags):
                continue  # the name's first character belongs to the word before (but 学习|习近平)
            if i >= 2 and tags.get(text[i - 2:i], "")[:1] == "n" and tags[text[i - 2:i]][:2] != "nr":
                continue  # 生态|文明思想: a common noun glued before it makes a field of thought, no name
            out.append([i, a, "PERSON"])
            taken[i:a] = b"\x01" * ln
            break
    return out


def _doctrine_bodies(text: str, spans: list[list]) -> list[list]:
    """A body named after a doctrine (马克思主义学院, 列宁主义研究会) is one ORGANIZATION: a body the
    rules began at 主义, right after the person the doctrine is named for, starts at the person."""
    if "主义" not in text:
        return spans
    persons = {sp[1]: sp[0] for sp in spans if sp[2] == "PERSON"}
    out, merged = [], set()
    for s, e, t in spans:
        if t == "ORGANIZATION" and s in persons and text.startswith("主义", s):
            merged.add((persons[s], s))
            s = persons[s]
        out.append([s, e, t])
    return [sp for sp in out if not (sp[2] == "PERSON" and (sp[0], sp[1]) in merged)]


_STORM = re.compile(r"(?:台风|飓风|热带风暴)[“「\"]?([\u4e00-\u9fff]{2,3})[”」\"]|[“「\"]?([\u4e00-\u9fff]{2,3})[”」\"]?(?:台风|飓风)")


def _storm_names(text: str, spans: list[list]) -> list[list]:
    """A storm's name is no person (台风“桑芮”, 桑芮台风): the names written right after or before a
    word for a storm, at every mention, are dropped as PERSONs."""
    if not any(w in text for w in ("台风", "飓风", "热带风暴")):
        return spans  # (the pattern tries a name at every character: run it only where a storm is named)
    names = {m.group(1) or m.group(2) for m in _STORM.finditer(text)}
    return [sp for sp in spans if not (sp[2] == "PERSON" and text[sp[0]:sp[1]] in names)]


# a township's ending, then what may follow a place's name in a list or a clause
_TOWNSHIP_AFTER_NAME = re.compile(r"(?:镇|乡|街道)(?=[、，,。；;和及与等]|分别|共|均|各)")


def _township_persons(text: str, spans: list[list]) -> list[list]:
    """A "person" right before a township's ending that a list mark or a verb of the list follows is
    the township (紫水街道、弦山街道、孙铁铺镇分别新增…: 孙 is a surname, 孙铁铺镇 a place): the model
    read the stem as a name and left the ending out.  (镇长, 乡长 after a name stay titles.)"""
    out = []
    for s, e, t in spans:
        if t == "PERSON" and (m := _TOWNSHIP_AFTER_NAME.match(text, e)) is not None \
                and (s == 0 or not _is_han(text[s - 1]) or text[s - 1] in "、和及与"):
            s, e, t = s, m.end(), "LOCATION"
        out.append([s, e, t])
    return out


def _persons_listed_with_places(text: str, spans: list[list]) -> list[list]:
    """Two-character PERSONs listed among places are places (吴兴、南浔、德清、长兴、安吉5个分中心;
    铜陵、陈城、康美等3个渔港): reports do not list people with places, and many towns' names read
    as given names.  At least two of the list's items are places, and no fewer than its persons."""
    out = sorted(list(sp) for sp in spans)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and text[out[j][1]:out[j + 1][0]] in _LIST_MARKS:
            j += 1
        run = out[i:j + 1]
        persons = [sp for sp in run if sp[2] == "PERSON"]
        places = sum(sp[2] == "LOCATION" for sp in run)
        if persons and places >= max(2, len(persons)) and places + len(persons) == len(run) \
                and all(sp[1] - sp[0] == 2 for sp in persons):
            for sp in persons:
                sp[2] = "LOCATION"
        i = j + 1
    return out


_LIST_MARKS = ("、", "和", "及", "与")


def _things_named_like_persons(text: str, spans: list[list]) -> list[list]:
    """``spans`` without the PERSONs that name a thing: a surname and a character also make products and
    crops (陈皮, 杨梅, 黄精), which a report writes before the nouns of their trade (陈皮产业, 新会陈皮行业
    协会, ``things_named_before``); a name written so at half of its mentions or more (and twice at least)
    is a thing everywhere.  A three-character one jieba's dictionary tags as a place and ending as village
    names do (杨家埠, ``village_name_end_chars``) is that place."""
    persons = {text[s:e] for s, e, t in spans if t == "PERSON"}
    if not persons:
        return spans
    after = tuple(_rules()["things_named_before"])
    tags = _word_tags()
    places = {name for name in persons
              if len(name) >= 3 and tags.get(name) == "ns" and name[-1] in _rules()["village_name_end_chars"]}
    mentions: dict[str, list[int]] = {}  # name -> the ends of its mentions (one scan for all names)
    for s, e in _find_words(text, persons - places):
        mentions.setdefault(text[s:e], []).append(e)
    things = set()
    for name, ends in mentions.items():
        before = sum(text.startswith(after, e) for e in ends)
        if before >= 2 and 2 * before >= len(ends):
            things.add(name)
    if not things and not places:
        return spans
    out = []
    for s, e, t in spans:
        if t == "PERSON" and text[s:e].startswith(tuple(things)):
            continue  # (陈皮宴 too: the thing and what is made of it)
        out.append([s, e, "LOCATION"] if t == "PERSON" and text[s:e] in places else [s, e, t])
    return out
