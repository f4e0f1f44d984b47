"""ORGANIZATION passes: a body's name built from a place and an ending, and bodies told apart.

A place, a body or a bare 县/市/省 abbreviation, an optional short middle and an organization ending
form one name (:func:`_extend_orgs`, :func:`_org_end`); the search looks only where an ending can
start (:func:`_ending_starts`, once per text), because nine in ten places have none within reach.
Two bodies joined by a clause word, a chain of places before a body, a party organ before a role
and a place before a session or team are split; a place directly followed by a body is merged; the
agency opening a news dateline is a body.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import numpy as np
import regex

from textmine.extract import ner_model as nm
from .lexicons import _is_han, _lex, _more_common, _opening, _rules, _word_freq, _word_tags
from .wordindex import _spans_of, _bmp_codes, _char_table, _covered, _PAIR_BITS, _pair_hashes, _pair_key, _TEXT_CACHE
from .shapes import (
    _abbreviated_body, _admin_at, _body_word_before, _claim, _ends_with_org_suffix, _org_suffix_at, _org_suffix_len,
    _org_suffixes_by_first, _starts_with_place, _starts_with_township, _township_like,
)


@lru_cache(maxsize=1)
def _ending_head_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The one-character organization endings, the first two characters of the longer ones, and
    the first characters of all."""
    endings = _lex()["org_suffixes"]
    pairs = np.zeros(1 << _PAIR_BITS, dtype=bool)
    pairs[[_pair_key(w[:2]) for w in endings if len(w) >= 2]] = True
    return _char_table(w for w in endings if len(w) == 1), pairs, _char_table(w[0] for w in endings)


@lru_cache(maxsize=_TEXT_CACHE)
def _ending_starts(text: str) -> np.ndarray:
    """Positions, ascending, where an organization ending (any of ``org_suffixes``) may start: the
    character is a one-character ending, or it and the next one open a longer ending.  Every
    position where one starts is among them (a hash collision adds a position now and then, but
    always one whose character starts some ending)."""
    singles, pairs, firsts = _ending_head_tables()
    codes = _bmp_codes(text)
    mask = singles[codes]
    if len(text) >= 2:
        mask[:-1] |= pairs[_pair_hashes(text)] & firsts[codes[:-1]]
    return np.flatnonzero(mask)


@lru_cache(maxsize=_TEXT_CACHE)
def _ending_start_list(text: str) -> list[int]:
    """:func:`_ending_starts` as a list (for ``bisect``)."""
    return _ending_starts(text).tolist()


_MAX_MIDDLE = 10


def _place_branch_at(text: str, p: int) -> bool:
    """Does a branch named by a place start at ``p`` (长兴|分局: a known short name and a branch ending)?"""
    short = _lex()["admin_short"]
    return any(text[p:p + k] in short and text.startswith(tuple(_rules()["branch_endings"]), p + k) for k in (2, 3))


def _org_end(text: str, i: int, prefix_is_org: bool) -> int | None:
    """End of an organization name whose place prefix ends at ``i``: optional middle, then an ending.

    The middle holds at most ``_MAX_MIDDLE`` Han characters and no breaker word (function
    characters, clause verbs, numerals outside 第N), no title (县委书记 stops at 县委); the furthest
    ending wins, but past a first ending only multi-character endings extend the name
    (沂南县图书馆 | 新馆).
    """
    # an end is only set where an ending starts: past the last one that may start within reach
    # nothing more can be found (the loop could only stop there), and most places and
    # abbreviations (nine in ten) have no ending within reach at all
    stop = _last_ending_start(text, i, min(len(text), i + _MAX_MIDDLE + 1))
    if stop is None:
        return None
    stop += 1
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    suffixes = lx["org_suffixes"]
    breakers, breaker_firsts = lx["org_breakers"], lx["breaker_firsts"]
    titles, title_heads = lx["titles"], lx["title_heads"]
    numerals = nm._NUMERALS
    conjunctions, abbreviations = R["conjunctions"], R["place_abbreviations"]
    best = None
    first = i if prefix_is_org else None  # after a complete body only multi-character endings extend it
    j = i
    ending_firsts = _org_suffixes_by_first()
    while j < stop and j - i <= _MAX_MIDDLE and _is_han(text[j]):
        c = text[j]
        ln = _org_suffix_at(text, j) if c in ending_firsts else 0
        if ln and j > 0 and text[j - 1:j + ln] in tags and text[j - 1:j + ln] not in suffixes \
                and not tags[text[j - 1:j + ln]].startswith("nt") \
                and not _abbreviated_body(text[j - 1:j + ln]) and not _body_word_before(text, i, j, ln, tags):
            ln = 0  # 纽约|市中心: the ending is part of an ordinary word (but 县法院, 镇政府 are bodies)
        if ln >= 2 and text[j:j + ln + 1] in tags and text[j:j + ln + 1] not in suffixes \
                and not tags[text[j:j + ln + 1]].startswith("nt"):
            ln = 0  # 湖南省大学|生: the ending opens a longer ordinary word
        if ln >= 3 and text[j:j + ln - 1] in suffixes and tags.get(text[j + ln - 1:j + ln + 1], "")[:1] == "v":
            ln -= 1  # 教师发展中心|组织…: the longer ending's last character opens a verb with the next
        if ln >= 2 and text[j + ln:j + ln + 2] in R["attributive_heads"]:
            ln = 0  # 某地建设副中心|城市: the ending qualifies the noun after it
        if ln >= 2 and text[j:j + ln + 2] in R["ending_as_attribute"] \
                and text[j + ln + 2:j + ln + 4] not in R["staff_words"] and text[j + ln + 2:j + ln + 3] not in R["staff_words"]:
            ln = 0  # 县政府|中心工作: 中心工作 (central task) is a noun, not a body's 中心 (but 中心|工作人员)
        if text[j:j + 2] in title_heads and any(text[j:j + k] in titles and not _org_suffix_at(text, j + k)
                                                for k in range(max(2, ln + 1), 6)) \
                and (j > i or prefix_is_org or best is not None) \
                and not (c in R["strong_one_char_endings"] and _place_branch_at(text, j + 1)):
            break  # 县委书记: a title ends the name (but not one an ending follows: 慈善志愿者|协会;
            # 烈士陵园 is an ending; 县|职工法律援助工作站: a word for people right after the place,
            # before any ending, names whom the body serves; nor 局|长 before a branch named by its
            # place: 生态环境局|长兴分局)
        if not ln and c in breaker_firsts and (c in breakers or text[j:j + 2] in breakers
                                               or text[j:j + 3] in breakers or text[j:j + 4] in breakers) \
                and text[j:j + 2] not in R["body_words"]:
            break  # (but 县|就业服务中心: a word naming the body's work)
        if (prefix_is_org and ln < 2 and (best is None or j >= best)
                and (tags.get(text[j:j + 2]) == "v" and tags.get(text[j:j + 3]) not in ("l", "j", "nz")
                     or tags.get(text[j:j + 3]) == "v")) \
                or (best == j and not ln and (tags.get(text[j:j + 2]) in ("v", "vn") or tags.get(text[j:j + 3]) in ("v", "vn"))):
            break  # 市政府|责成…, 县教育局|邀请…大学, 某局|检查学校: after a complete body a verb starts the
            # clause (not one opening a set phrase: 市公安局|出入境管理支队, 出入境 tagged l; nor an
            # ending read as a verb, 领导小组|办公室, or a word inside an ending found, 领导小|组办|公室)
        if c in numerals and text[j - 1] != "第" and not (j > i and text[j - 1] in numerals):
            break
        if j > i and text[j - 1] in conjunctions and (c in abbreviations or _admin_at(text, j)):
            break  # 县委和县政府, 县政府和某市公安局: a second body starts (住房和城乡建设局 goes on)
        if c in conjunctions and (best == j or (prefix_is_org and j == i)):
            break  # 公安部和海关: two bodies, not one
        # a body's section after its name: 某局|食品经营科
        section = (prefix_is_org or best is not None) and ln == 1 and j > i and c in R["sub_unit_endings"]
        if ln == 1 and j > i and c not in R["strong_one_char_endings"] and not section:
            ln = 0  # 中国人民|所: a weak one-character ending only right after the place
        if ln and ((best is None and first is None) or ln >= 2 or section):
            best = j + ln
        j += 1
    return best


@lru_cache(maxsize=1)
def _abbreviation_table() -> np.ndarray:
    return _char_table(_rules()["place_abbreviations"])


def _abbreviations_at(text: str) -> np.ndarray:
    """Positions of the place abbreviation characters (县, 市, 镇 …), ascending."""
    return np.flatnonzero(_abbreviation_table()[_bmp_codes(text)])


def _within_reach_of_ending(text: str, positions: np.ndarray) -> list[int]:
    """The distinct ``positions``, ascending, that have an organization ending starting at most
    ``_MAX_MIDDLE + 1`` characters after them: a name starting or continuing there can end in
    one (:func:`_org_end`); nine in ten positions have none.  One numpy search for them all."""
    starts = _ending_starts(text)
    if not len(positions) or not len(starts):
        return []
    at = np.unique(positions)
    nxt = np.minimum(np.searchsorted(starts, at), len(starts) - 1)  # the first one at or after
    return at[(starts[nxt] >= at) & (starts[nxt] <= at + _MAX_MIDDLE + 1)].tolist()


def _last_ending_start(text: str, a: int, b: int) -> int | None:
    """The last position in ``a .. b - 1`` where an organization ending may start (None if none)."""
    starts = _ending_start_list(text)
    k = bisect_left(starts, b) - 1
    return starts[k] if k >= 0 and starts[k] >= a else None


def _extend_orgs(text: str, spans: list[list]) -> list[list]:
    """LOCATION/ORGANIZATION/abbreviation + middle + organization ending -> one ORGANIZATION.

    永清县委, 丰城市人民政府, 廊坊法治宣教中心, 县委理论学习中心组, 县第二人民医院.
    """
    lx = _lex()
    R = _rules()
    leading, breakers = lx["leading"], lx["org_breakers"]
    abbreviation_chars, county_or_higher = R["place_abbreviations"], R["county_or_higher"]
    tags = _word_tags()
    out = [list(sp) for sp in spans]
    starts = {}
    for s, e, t in spans:
        if t in ("LOCATION", "ORGANIZATION"):
            starts[e] = (s, t)
    # a place right after another place starts a body of its own (某市|某区市场监管局, 某县|某地革命博物馆);
    # only a full administrative name does so before a registered company's name, which keeps its
    # place (北京某某文化发展有限公司)
    place_starts = {s: text[s:e] in lx["admin"] for s, e, t in spans if t == "LOCATION"}
    registered = R["registered_endings"]
    n = len(text)
    # a name can only start after a found place/body or at an abbreviation character, and only
    # where an ending follows within reach (of a prefix ending at i or of an abbreviation at i)
    after_names = np.fromiter((i for i in starts if i < n), dtype=np.intp)
    for i in _within_reach_of_ending(text, np.concatenate((after_names, _abbreviations_at(text)))):
        # prefix = a found place/org ending at i ...
        if i in starts:
            s, t = starts[i]
            if t == "ORGANIZATION" and text[s:i] in lx["admin"]:
                t = "LOCATION"  # the model's body 某某县 is a place: its body is completed as a place's
            if t == "ORGANIZATION" and _ends_with_org_suffix(text[s:i]) \
                    and not any(text[s:i].endswith(p) for p in R["parent_endings"]):
                continue  # 贝尔公司|买下…公司: only government bodies have sub-units after them
            if t == "LOCATION" and (place_starts.get(i) or _starts_with_township(text[i:i + 12])):
                continue  # 宁远县|清水桥镇党委, 某市|某区市场监管局: the lower place's body is a name of its own
            # 某县医|疗保障局, 某县人民武|装部: a body the model cut inside a word is completed like a
            # place's body (any ending), not like a complete body's sub-unit
            cut = t == "ORGANIZATION" and text[i - 1:i + 1] in tags and not _ends_with_org_suffix(text[s:i])
            # (so is one the model ended inside a department's name: 思茅区林业|和草原局)
            cut = cut or t == "ORGANIZATION" and _inside_body_stem(text, i)
            # (and one it ended right before a one-character ending, with none of its own: 某市人社|局)
            cut = cut or t == "ORGANIZATION" and text[i] in R["strong_one_char_endings"] \
                and not _ends_with_org_suffix(text[s:i]) and text[i:i + 2] not in tags
            end = _org_end(text, i, t == "ORGANIZATION" and not cut)
            if end and t == "LOCATION" and i in place_starts and not any(text.endswith(x, 0, end) for x in registered):
                continue
            if end:
                out.append([s, end, "ORGANIZATION"])
        # ... or a bare 县/市/省 abbreviation (县委, 县文化馆) at a word boundary
        c = text[i]
        if c not in abbreviation_chars:
            continue
        if (i == 0 or not _is_han(text[i - 1]) or text[i - 1] in leading or i in starts
                or text[max(0, i - 2):i] in breakers or text[max(0, i - 3):i] in breakers
                # 依托|县残疾人康复中心: after a two-character verb that forms no word with the abbreviation
                or (i >= 2 and tags.get(text[i - 2:i]) == "v" and text[i - 1:i + 1] not in tags)) \
                and not (text[i:i + 2] in tags and not _org_suffix_at(text, i + 1)  # 县城, 市场
                         and not (c in county_or_higher and _more_common(text[i + 1:i + 3], text[i:i + 2]))):
            # (but 县|市场监管局, 县|政务服务中心: a county or higher abbreviation before a word that is
            # more common than the one it would form with it; 区域|性 stays a word)
            end = _org_end(text, i + 1, False)
            if end and end - i >= 3 and not (text[i:end] in tags and not tags[text[i:end]].startswith("nt")
                                             and not _abbreviated_body(text[i:end])):
                # (an autonomous level is the abbreviation with its 自治: 争取|自治区农业农村厅, 自治州文旅局 --
                # not the end of a place's full name, 广西壮族自治区|来宾市…)
                own = text.startswith("自治", i - 2) and text[i - 3:i - 2] != "族"
                out.append([i - 2 if own else i, end, "ORGANIZATION"])
    return out


def _inside_body_stem(text: str, i: int) -> bool:
    """Does a department's name stem (``body_name_stems``: 林业和草原) run across position ``i``?"""
    for w in _rules()["body_name_stems"]:
        k = w.find(text[i - 1]) if i > 0 else -1
        while k >= 0:
            if text.startswith(w, i - k - 1) and k + 1 < len(w):
                return True
            k = w.find(text[i - 1], k + 1)
    return False


def _split_joined_bodies(text: str, spans: list[list]) -> list[list]:
    """A model span holding two bodies joined by a clause verb or conjunction is two names:
    某局联合市公安局 -> 某局 + 市公安局 (联合, 会同, 和 … are never inside one name)."""
    joiners = _joiners_by_first()
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION" and e - s >= 6:
            for k in range(s + 2, e - 2):
                j = next((w for w in joiners.get(text[k], ()) if text.startswith(w, k)), None)
                if j and _ends_with_org_suffix(text[s:k]) and k + len(j) < e - 1 \
                        and _ends_with_org_suffix(text[k + len(j):e]) and e - k - len(j) >= 3:
                    out.append([s, k, t])
                    s = k + len(j)
                    break
        out.append([s, e, t])
    return out


def _split_extended_joins(text: str, spans: list[list]) -> list[list]:
    """:func:`_split_joined_bodies` again once the bodies are extended: a model span that stopped
    inside the second body (某科协联合镇农业服) is dropped with the long span it was extended to, when
    that one splits into two bodies (某科协 + 镇农业服务中心)."""
    split = _split_joined_bodies(text, spans)
    if len(split) == len(spans):
        return spans
    cuts = [(a[0], a[1], b[0]) for a, b in zip(split, split[1:])
            if a[2] == b[2] == "ORGANIZATION" and a[1] < b[0] and b[1] > a[1]
            and [a[0], b[1], a[2]] in spans and a not in spans]
    return [sp for sp in split
            if not (sp[2] == "ORGANIZATION" and any(sp[0] == s and k < sp[1] and sp != [s, k, "ORGANIZATION"]
                                                    and sp[1] > k2 for s, k, k2 in cuts))]


_BODY_REFERENCES = frozenset(("局里", "我局", "本局", "该局", "我委", "本委", "我办", "本院", "我院", "部门"))
_BODY_LAST = frozenset("局委办厅署")


def _joined_after_body(text: str, spans: list[list]) -> list[list]:
    """A place or body that starts with a joining verb right after a body is the verb and what
    follows: 某局|会同县某局 is 某局 working with the county's 某局, not the county 会同县 (a
    division whose name is such a verb); the span is cut after the verb, or dropped when what is
    left is no name of its own or is found already."""
    body_ends = {e for _, e, t in spans if t == "ORGANIZATION"}
    joiners = _joiners_by_first()
    have = {(s, e) for s, e, _ in spans}
    out = []
    for s, e, t in spans:
        # (or right after a body named without a span: 局里|会同县财政局, 我局|联合…)
        after_body = s in body_ends or text[max(0, s - 2):s] in _BODY_REFERENCES or text[s - 1:s] in _BODY_LAST
        if after_body and t in ("LOCATION", "ORGANIZATION"):
            j = next((w for w in joiners.get(text[s], ()) if len(w) >= 2 and text.startswith(w, s)), None)
            if j:
                a = s + len(j)
                if t == "ORGANIZATION" and e - a >= 3 and (a, e) not in have and _ends_with_org_suffix(text[a:e]):
                    out.append([a, e, t])
                continue
        out.append([s, e, t])
    return out


@lru_cache(maxsize=1)
def _joiners_by_first() -> dict[str, list[str]]:
    """First character -> the words that join two bodies starting with it, longest first: clause
    words of two or more characters and conjunctions (not 于 of 共青团于都县委)."""
    joiners = {w for w in _lex()["org_breakers"] if len(w) >= 2} | _rules()["conjunctions"] \
        | set(_rules()["body_joining_verbs"])
    out: dict[str, list[str]] = {}
    for w in sorted(joiners, key=len, reverse=True):
        out.setdefault(w[0], []).append(w)
    return out


def _organ_before_role(text: str, spans: list[list]) -> list[list]:
    """A body's party organ followed by a role belongs to a person's title: 县教育局党组|书记 -> 县教育局.

    (The organ alone stays a name where it acts: 某镇党委组织…; and 县委书记 keeps 县委.)
    """
    R = _rules()
    organs, roles = R["party_organs"], R["organ_roles"]
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION" and any(text.startswith(r, e) for r in roles):
            for organ in organs:
                cut = e - len(organ)
                if text.startswith(organ, cut) and cut - s >= 3 and _ends_with_org_suffix(text[s:cut]):
                    e = cut
                    break
        out.append([s, e, t])
    return out


def _split_place_chain_bodies(text: str, spans: list[list]) -> list[list]:
    """A body named after a chain of places is the higher places plus the lowest place's body:
    某市某区人民法院 -> 某市 + 某区人民法院 (as 湖北省枝江市 is two LOCATIONs); so is a district's
    township's body (梁园区 + 平原街道文明实践站) and a township's village's (娄庄镇 + 前进村…实践站)."""
    lx = _lex()
    admin = lx["admin"]
    out = []
    for s, e, t in spans:
        while t == "ORGANIZATION":
            a = next((k for k in range(min(e - s - 3, 8), 1, -1) if text[s:s + k] in admin), 0)
            # the next place: a full administrative name or a township, with a body name after it
            b = next((k for k in range(min(e - s - a - 1, 8), 1, -1) if text[s + a:s + a + k] in admin), 0) if a else 0
            if a and not b and _starts_with_township(text[s + a:e]):
                b = 1
            if not a:
                a = _township_before_village_at(text, s, e)
                b = a
            if not (a and b and _ends_with_org_suffix(text[s + a:e])):
                break
            out.append([s, s + a, "LOCATION"])
            s += a
        out.append([s, e, t])
    return out


def _township_before_village_at(text: str, s: int, e: int) -> int:
    """Length of a township (a 2-3 character stem and 镇/乡/街道) opening ``text[s:e]`` when a
    village or community (a 2-3 character stem and 村/社区) follows it, else 0."""
    R = _rules()
    for k in (2, 3):
        suf = _opening(text, s + k, "township_suffixes")
        if suf is None or not all(_is_han(c) for c in text[s:s + k]):
            continue
        v = s + k + len(suf)
        if any(text.startswith(x, v + j) for j in (2, 3) for x in R["village_suffixes"]) \
                and all(_is_han(c) for c in text[v:v + 2]):
            return k + len(suf)
    return 0


_SESSION_TAIL = re.compile(r"第[0-9一二三四五六七八九十百]+届$")


def _non_body_places(text: str, spans: list[list]) -> list[list]:
    """An ORGANIZATION made of a place and no body is the place: 某县第五届 (运动会), 某某镇代表队; one
    made of a body and a group of its people is the body: 某某大学专家团队; one made of a group named
    by its work alone (调研团队) is no body.

    Run after the bodies are complete (a model span that began inside the place, 某山镇代表队, has got its head back)."""
    lx = _lex()
    R = _rules()
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION":
            w = text[s:e]
            place = _place_before_non_body(w, lx, R)
            if place:
                e, t = s + place, "LOCATION"
            elif (tail := next((x for x in _longest_first("group_tails") if w.endswith(x)), None)) \
                    and _ends_with_org_suffix(w[:-len(tail)]):
                e -= len(tail)  # 某某大学|专家团队: the body is the university, its team no body
            elif tail and _word_tags().get(w[:-len(tail)], "x")[:1] in ("v", "n") \
                    and not _word_tags()[w[:-len(tail)]].startswith(("nt", "nr", "ns", "nz")):
                continue  # 调研|团队, 志愿|服务团队: a team named by its work alone is no body
        out.append([s, e, t])
    return out


@lru_cache(maxsize=None)
def _longest_first(key: str) -> tuple[str, ...]:
    """A word list of ``rules.toml``, longest first (the longest ending that fits wins)."""
    return tuple(sorted(_rules()[key], key=len, reverse=True))


def _place_before_non_body(w: str, lx, R) -> int:
    """Length of the place that opens an ORGANIZATION span ending in no body: a numbered session
    (某县第五届 of 某县第五届运动会) or a place's team (某某镇代表队).  The place is a gazetteer name
    or ends in an administrative suffix (某某镇); 0 when the span is not of this kind."""
    m = _SESSION_TAIL.search(w)
    if m:
        stem = w[:m.start()]
    else:
        team = next((x for x in _longest_first("team_endings") if w.endswith(x)), None)
        if team is None:
            return 0
        stem = w[:-len(team)]
    if len(stem) >= 2 and (stem in lx["admin"] or stem.endswith(lx["admin_suffixes_sorted"])
                           and len(stem) >= 3):
        return len(stem)
    return 0


# a news dateline: agency or site name, optional place, date and 电/讯 (新华社北京3月5日电, X网12月2日电)
_DATELINE = re.compile(r"(?:^|(?<=[\s（(【]))([\u4e00-\u9fff]{2,4}(?:网|社|报|台))"
                       r"(?=[\u4e00-\u9fff]{0,6}[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日电"
                       r"|[\u4e00-\u9fff]{0,6}讯)", re.M)


_DATELINE_ENDS = ("日电", "讯")


def _dateline_orgs(text: str, spans: list[list]) -> list[list]:
    """The agency or site that opens a news dateline (中新网12月2日电, 某某日报讯) is an ORGANIZATION."""
    out = list(spans)
    # a dateline ends in 日电 or 讯 at most 20 characters after its start: the pattern is searched
    # only in the stretch before each of those (rare) words; the full-text match at each start found
    # gives the name (datelines cannot overlap: each starts after a space or a line start)
    found = set()
    for word in _DATELINE_ENDS:
        p = text.find(word)
        while p >= 0:
            found.update(m.start() for m in _DATELINE.finditer(text, max(0, p - 24), p + len(word)))
            p = text.find(word, p + 1)
    if not found:
        return out
    taken = _covered(spans, len(text))
    for a in sorted(found):
        m = _DATELINE.match(text, a)
        a, b = m.span(1)
        if not any(taken[a:b]) and text[a] != "本" and text[a:b] not in _lex()["stop"]:
            out.append([a, b, "ORGANIZATION"])
    return out


def _merge_adjacent(text: str, spans: list[list]) -> list[list]:
    """A place or body directly followed by a body is one name (中国解放军, 共青团于都县委)."""
    lx = _lex()
    spans = sorted(spans)
    out: list[list] = []
    for sp in spans:
        if out and out[-1][1] == sp[0] and sp[2] == "ORGANIZATION" and out[-1][2] in ("LOCATION", "ORGANIZATION"):
            nxt = text[sp[0]:sp[1]]
            # keep 湖北省 | 枝江市人民政府 apart: the second body starts with its own place
            # (and 宁远县 | 清水桥镇党委: a township below the county starts its own body)
            starts_with_place = any(nxt[:k] in lx["admin"] for k in range(2, min(len(nxt), 8) + 1)) \
                or _starts_with_township(nxt)
            if out[-1][2] == "LOCATION" and starts_with_place:
                out.append(sp)
                continue
            if out[-1][2] == "ORGANIZATION" and not (starts_with_place or _starts_with_place(nxt)):
                out.append(sp)  # 新华网 | 联合国; but 共青团 + 于都县委 is one body
                continue
            out[-1] = [out[-1][0], sp[1], "ORGANIZATION"]
            continue
        out.append(sp)
    return out


_REGION_NAMES = frozenset(("香港", "澳门", "台湾", "内地", "大陆"))


def _chained_bodies(text: str, spans: list[list]) -> list[list]:
    """A higher division right before a body that opens with a lower one is one name, as MSRA and
    the annotators write bodies (杭州市|萧山区人力资源和社会保障局 -> one ORGANIZATION); chained
    divisions alone stay separate places (湖北省 + 枝江市)."""
    lx = _lex()
    spans = sorted(spans)
    out: list[list] = []
    for sp in spans:
        if out and out[-1][1] == sp[0] and sp[2] == "ORGANIZATION" and out[-1][2] == "LOCATION" \
                and text[out[-1][0]:out[-1][1]] in lx["admin_short"] and not _starts_with_place(text[sp[0]:sp[1]]) \
                and text[out[-1][0]:out[-1][1]] not in _REGION_NAMES:
            # a body named after its city's or district's short name: 嘉义|长庚纪念医院, 油尖旺|民政事务处
            # (not after a whole region's: 澳门|氹仔居民互助协会 is named after its own area)
            out[-1] = [out[-1][0], sp[1], "ORGANIZATION"]
            continue
        if out and out[-1][1] == sp[0] and sp[2] == "ORGANIZATION" and out[-1][2] == "LOCATION" \
                and text[out[-1][0]:out[-1][1]] in lx["admin"] \
                and text[out[-1][0]:out[-1][1]].endswith(("省", "自治区")):
            nxt = text[sp[0]:sp[1]]
            if not any(nxt[:k] in lx["admin"] for k in range(2, min(len(nxt) - 1, 8) + 1)) \
                    and not _starts_with_township(nxt):
                # a province's own body, named after a place of it but for no division's body: 云南省|德宏
                # 热带农业科学研究所 is one name, as 江西省 + 宜春市工业和信息化局 are two
                out[-1] = [out[-1][0], sp[1], "ORGANIZATION"]
                continue
        if out and out[-1][1] == sp[0] and sp[2] == "ORGANIZATION" and out[-1][2] == "LOCATION" \
                and text[out[-1][0]:out[-1][1]] in lx["admin"] \
                and not text[out[-1][0]:out[-1][1]].endswith(("省", "自治区")):
            nxt = text[sp[0]:sp[1]]
            # (a township's body too: 鄱阳县莲湖乡人民政府; on the corpus 175 articles' gold, joining
            # both kinds gains 17 names and loses 8 the annotators wrote apart: 泰兴市 + 黄桥镇党委; but a
            # province stays a place before a city's or county's body: 江西省 + 宜春市工业和信息化局)
            if any(nxt[:k] in lx["admin"] for k in range(2, min(len(nxt) - 1, 8) + 1)) or _starts_with_township(nxt):
                out[-1] = [out[-1][0], sp[1], "ORGANIZATION"]
                continue
        if out and out[-1][1] == sp[0] and sp[2] == "ORGANIZATION" and out[-1][2] == "LOCATION" \
                and text[out[-1][0]:out[-1][1]] in lx["admin"] and text[sp[0]:sp[1]] in _rules()["societies"]:
            out[-1] = [out[-1][0], sp[1], "ORGANIZATION"]  # 沂南县|新华书店: a society or chain's branch of the place
            continue
        if out and out[-1][1] == sp[0] and sp[2] == out[-1][2] == "ORGANIZATION" \
                and text[out[-1][0]:out[-1][1]].endswith(_CHAIN_PARENTS) and not _opens_with_level(text[sp[0]]) \
                and not text[sp[0]:sp[1]].endswith(_CHAIN_PEERS):
            # a ministry's or bureau's own unit right after it is one name, as the annotators write them:
            # 中国地质调查局|成都地质调查中心, 劳动部|劳动力发展署|桃竹苗分署, 九龙城区议会|地区设施管理委员会
            # (not 县委|县政府: a body of another level opens with its level)
            out[-1] = [out[-1][0], sp[1], "ORGANIZATION"]
            continue
        out.append(sp)
    return out


def _national_parks(text: str, spans: list[list]) -> list[list]:
    """Each national park of ``rules.toml`` as one LOCATION, and with a body of it right after (or one
    the model began inside the park's name: 熊猫国家公园四川省管理局) as one ORGANIZATION:
    大熊猫国家公园宝兴管护总站, 大熊猫国家公园四川省管理局."""
    parks = [p for p in _rules()["national_parks"] if p in text]
    for p in parks:
        for m in re.finditer(re.escape(p), text):
            a, b = m.span()
            inside = [sp for sp in spans if sp[0] < b and a < sp[1]]
            body = next((sp for sp in spans if sp[2] == "ORGANIZATION" and a <= sp[0] <= b < sp[1]), None)
            if body is not None and all(sp is body or a <= sp[0] and sp[1] <= b for sp in inside):
                spans = [sp for sp in spans if sp not in inside] + [[a, body[1], "ORGANIZATION"]]
            elif all(a <= sp[0] and sp[1] <= b for sp in inside):
                spans = [sp for sp in spans if sp not in inside] + [[a, b, "LOCATION"]]
    return sorted(spans) if parks else spans


def _registered_companies(text: str, spans: list[list]) -> list[list]:
    """A registered company name after a list separator, a preposition or 是, whole: 九龙巴士(一九三三)有限公司
    (the year of registration in brackets, which the model cuts at), 特来电新能源股份有限公司 (a brand the
    model splits at 新), 江西省农业信贷融资担保有限责任公司 (a province's, which it cuts at 有).  Its
    characters hold no clause word (与甲公司签约 is no name)."""
    if "有限" not in text:
        return spans
    bad, breakers = _lex()["breaker_or_leading_chars"], _lex()["org_breakers"]
    tags, freq = _word_tags(), _word_freq()
    found: dict[int, int] = {}  # end -> start of the longest clean name ending there
    for m in _REGISTERED.finditer(text, overlapped=True):  # (即|九龙巴士…: the name starts after 即)
        a, stem = m.start(1), m.group(2)
        while len(stem) > 4 and tags.get(stem[:2], "") in _CLAUSE_OPENING_TAGS and stem[:3] not in tags \
                and stem[:4] not in tags and freq.get(stem[:2], 0) >= 500:  # (not the rare 特来 of 特来电)
            a, stem = a + 2, stem[2:]  # 引进|四川蜀橙农业开发有限公司, 顺利|进入|宏昇精密机械股份有限公司
        while len(stem) > 4 and (k := next((k for k in (4, 3, 2) if stem[:k] in breakers), 0)):
            a, stem = a + k, stem[k:]  # 委托|安徽某某养老服务有限公司: a clause verb before the name
        # (after a sentence's end the name opens the sentence; a common word there is its subject:
        # 。龙头企业|安徽某某禽业有限公司 -- but 。嘉兴市再生资源回收利用有限公司, 。麦香园食品有限公司)
        opening = a > 0 and text[a - 1] in "。！？!?" and tags.get(stem[:2], "ns")[:2] not in ("ns", "nr", "nz", "nt")
        if not opening and stem[0] not in bad and not _stray_breaker(stem, bad, tags) and "的" not in stem \
                and not stem.endswith(("股份", "集团")) and m.end(1) not in found:
            found[m.end(1)] = a
    return _claim(spans, [(a, b) for b, a in found.items()], "ORGANIZATION")


def _stray_breaker(stem: str, bad: set[str], tags: dict[str, str]) -> bool:
    """Does ``stem`` hold a clause character (在, 与, 都, 有…) that no dictionary word around it takes in?
    德化县瓷都印象陶瓷 (瓷都), 古田县国有资产投资经营 (国有, 经营) hold none; 与甲 does."""
    for i, c in enumerate(stem):
        if c in bad and not any(stem[j:k] in tags for j in range(max(0, i - 3), i + 1)
                                for k in range(max(i + 1, j + 2), min(len(stem), j + 4) + 1)):
            return True
    return False


_CLAUSE_OPENING_TAGS = frozenset(("v", "vd", "d", "ad"))  # words a clause opens with before a name
_REGISTERED = regex.compile(r"(?:(?<=[，,、；;：:。！？!?即及和与是由(“\s])|^)((\p{Han}{2,14}?)(?:\([〇○零一二三四五六七八九\d]{4}\))?"
                            r"(?:股份有限公司|集团有限公司|有限责任公司|有限公司))")
_CHAIN_PARENTS = ("局", "部", "署", "议会", "厅", "银行")  # (a bank and its branch: 中国农业发展银行|沙雅县支行)
_CHAIN_PEERS = ("政府", "人大", "政协", "党委", "县委", "市委")


def _opens_with_level(c: str) -> bool:
    """Does a body opening with ``c`` name its own level (县政府, 村委会), so that it is a peer of the
    bureau before it, not one of its units?  The places' level characters, and 村."""
    return c in _rules()["place_abbreviations"] or c == "村"


def _held_events(text: str, spans: list[list]) -> list[list]:
    """An ORGANIZATION quoted as the object of a verb of holding (举办“某某读书会”) is the name of an
    event or series, not a body: bodies are not held.  Its other mentions go with it (the same
    string as an ORGANIZATION elsewhere in the text is the same event).  Only a quoted name: an
    unquoted body after the verb is its host (召开国务院常务会议)."""
    R = _rules()
    verbs = R["holding_verbs"]
    events = set()
    for s, e, t in spans:
        if t != "ORGANIZATION":
            continue
        if not (s > 0 and text[s - 1] in "“「\"" and text[e:e + 1] in "”」\"" and e < len(text)):
            continue
        if any(text.endswith(v, 0, s - 1) for v in verbs):
            events.add(text[s:e])
    if not events:
        return spans
    return [sp for sp in spans if not (sp[2] == "ORGANIZATION" and text[sp[0]:sp[1]] in events)]


def _national_bodies(text: str, spans: list[list]) -> list[list]:
    """A national body's name opens with 国家 before its field (国家|市场|监督管理总局, 国家|统计局):
    an ORGANIZATION that 国家 precedes, directly or across one dictionary noun, starts at 国家 (so
    does one after a national company's prefix: 国网|澧县供电公司)."""
    prefixes = _rules()["national_prefixes"]
    if not any(p in text for p in prefixes):
        return spans
    tags = _word_tags()
    taken = _covered(spans, len(text))
    out = []
    reach = 4 + max(map(len, prefixes))
    for s, e, t in spans:
        if t == "ORGANIZATION" and any(text.find(p, max(0, s - reach), s) >= 0 for p in prefixes):
            for gap in range(0, 5):
                for p in prefixes:
                    a = s - gap - len(p)
                    mid = text[a + len(p):s]
                    if a >= 0 and text.startswith(p, a) and not any(taken[a:s]) \
                            and (not mid or tags.get(mid, "")[:1] == "n" and tags[mid][:2] not in ("nr", "ns")) \
                            and (a == 0 or not _is_han(text[a - 1]) or text[a - 1] in _lex()["leading"]):
                        s = a
                        break
                else:
                    continue
                break
        out.append([s, e, t])
    return out


def _body_stems(text: str, spans: list[list]) -> list[list]:
    """A body whose name starts inside one of the stems of ``body_name_stems`` starts at the stem
    (住房和|城乡建设部 -> 住房和城乡建设部, 住房|公积金管理中心 -> 住房公积金管理中心): the model cut
    a department name at its 和 or lost its first word.  A mention lying inside the stem's lost
    part is dropped; one reaching out of it leaves the body as it was."""
    found = _spans_of(text, "body_name_stems")
    if not found:
        return spans
    out = [list(sp) for sp in spans]
    drop: set[int] = set()
    for k, sp in enumerate(out):
        s, e, t = sp
        if t != "ORGANIZATION":
            continue
        a = min((a for a, b in found if a < s < b <= e), default=None)
        if a is None:
            continue
        inside = [k2 for k2, (s2, e2, _) in enumerate(out) if k2 != k and s2 < s and a < e2]
        if all(out[k2][0] >= a and out[k2][1] <= s for k2 in inside):
            drop.update(inside)
            sp[0] = a
            # (the county it belongs to, cut off with the lost words, opens its name again:
            # 平江县|关心|下一代工作委员会 -> 平江县关心下一代工作委员会; a chain of places stays apart)
            owner = next((k2 for k2, (s2, e2, t2) in enumerate(out) if e2 == a and t2 == "LOCATION"
                          and text[e2 - 1] in _COUNTY_ENDS and not any(c in _COUNTY_ENDS for c in text[s2:e2 - 1])),
                         None)
            if owner is not None:
                drop.add(owner)
                sp[0] = out[owner][0]
            elif a >= 1 and text[a - 1] in _rules()["place_abbreviations"] and (a == 1 or not _is_han(text[a - 2])):
                sp[0] = a - 1  # (or the abbreviation of its level: 县|关心下一代工作委员会)
    return [sp for k, sp in enumerate(out) if k not in drop]


_COUNTY_ENDS = frozenset("省市县区旗州")


# a campus or branch in brackets right after a university's name: 中国石油大学（华东）
_CAMPUS = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")


def _joined_field_schools(text: str, spans: list[list]) -> list[list]:
    """A university's school that joins two fields with 与/和 (公共管理|与|法学学院) is one ORGANIZATION:
    the model, and the rules (与 ends a body everywhere else), keep only the second field.  The
    first field is 2-6 Han characters that open a clause (a boundary before them), no people word
    and no body of their own (学校与医学院 stays two)."""
    R = _rules()
    endings = tuple(R["joined_field_endings"])
    taken = _covered(spans, len(text))
    lx = _lex()
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION" and s >= 3 and text[s - 1] in "与和" and text.endswith(endings, s, e):
            a = s - 1
            while a > 0 and s - 1 - a < 6 and _is_han(text[a - 1]) and not taken[a - 1] \
                    and text[a - 1] not in lx["breaker_or_leading_chars"]:
                a -= 1
            head = text[a:s - 1]
            if 2 <= len(head) and (a == 0 or not _is_han(text[a - 1])) and not _ends_with_org_suffix(head) \
                    and not any(head.endswith(x) for x in R["staff_words"] | R["people_nouns"]) \
                    and not any(c in nm._NUMERALS for c in head) and _reads_as_field(head):
                s = a
        out.append([s, e, t])
    return out


def _reads_as_field(head: str) -> bool:
    """Can ``head`` be a field of study (公共管理, 资源, 信息): no word of it, read longest first, is a
    time, numeral, adverb, preposition or pronoun (今年首次|与|湖南第一师范学院 is a clause, not a field)."""
    tags = _word_tags()
    i = 0
    while i < len(head):
        k = next((k for k in range(min(6, len(head) - i), 1, -1) if head[i:i + k] in tags), 1)
        if k > 1 and tags[head[i:i + k]][:1] in _NO_FIELD_TAGS:
            return False
        i += k
    return True


_NO_FIELD_TAGS = frozenset("tmdprcuq")


def _airports_of_places(text: str, spans: list[list]) -> list[list]:
    """An airport named after its city and another place is one LOCATION: 西安|咸阳国际机场, 北京|首都
    国际机场 (the model reads the city as a place of its own; the annotators, like MSRA, write one name)."""
    if "机场" not in text:
        return spans
    admin = _lex()["admin"]
    out: list[list] = []
    for sp in sorted(spans):
        if out and out[-1][2] == sp[2] == "LOCATION" and out[-1][1] == sp[0] and text.endswith("机场", sp[0], sp[1]) \
                and not text.endswith("省", out[-1][0], out[-1][1]) and text[out[-1][0]:out[-1][1]] + "省" not in admin:
            # (a province before its city's airport stays a place of its own: 青海|西宁曹家堡机场)
            out[-1] = [out[-1][0], sp[1], "LOCATION"]
            continue
        out.append(list(sp))
    return out


def _rail_stations(text: str, spans: list[list]) -> list[list]:
    """A place's name and 站 in a sentence about metro or rail traffic is a station, a LOCATION
    (小寨站、北大街站、钟楼站 where 车站/站点/号线/地铁 are spoken of), not a body's station of work
    (服务站, 工作站: those endings are longer than 站)."""
    if "站" not in text:
        return spans
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION" and text[e - 1] == "站" and 3 <= e - s <= 6 and _org_suffix_len(text[s:e]) <= 1:
            a = max(text.rfind(c, 0, s) for c in "。！？\n") + 1
            b = min((k for k in (text.find(c, e) for c in "。！？\n") if k >= 0), default=len(text))
            if _RAIL_WORDS.search(text, a, b):
                t = "LOCATION"
        out.append([s, e, t])
    return out


_RAIL_WORDS = regex.compile(r"地铁|轨道交通|号线|车站|站点|进出站|列车")


def _rail_lines_and_stations(text: str, spans: list[list]) -> list[list]:
    """A rail line named by the one-character names of its two ends (赣深高铁, 京沪铁路) and a station
    named by its place and a direction (长沙南站, 信丰西站) are LOCATIONs, sites as roads are; the model
    reads the place alone, or a place across the line's name (赣|深高|铁).  (Looked for at each 铁 and
    站 only: a report names few.)"""
    ends = _rules()["rail_line_end_chars"]
    tags = _word_tags()
    lines = []
    p = text.find("铁")
    while p >= 2:
        if text.startswith("路", p + 1):
            a, b = (p - 2 if text[p - 2:p] in ("高速", "城际") else p), p + 2
        elif text[p - 1] == "高":
            a, b = p - 1, p + 1
        else:
            a = -1
        if a >= 2 and text[a - 2] in ends and text[a - 1] in ends and (a == 2 or text[a - 3] not in ends) \
                and tags.get(text[a - 2:a], "j")[:1] not in ("v", "a", "d", "m", "r"):  # (新建高铁: a verb)
            lines.append((a - 2, b))
        p = text.find("铁", p + 1)
    if lines:  # (a place the model found across the line's name is none)
        spans = [sp for sp in spans if not any(sp[0] < b and a < sp[1] and not (a <= sp[0] and sp[1] <= b)
                                               for a, b in lines)]
    # (the place found, or a short name from the gazetteer the model did not read: 经停|六安西站)
    shorts = _lex()["admin_short"]
    place_end = {e: s for s, e, t in spans if t == "LOCATION"}
    stations = []
    p = text.find("站")
    while p >= 3:
        if text[p - 1] in _DIRECTIONS and text[p + 1:p + 2] not in _STATION_WORD_ENDS:
            e = p - 1
            s = place_end.get(e, next((e - k for k in (3, 2) if text[e - k:e] in shorts), None))
            if s is not None:
                stations.append((s, p + 1))
        p = text.find("站", p + 1)
    return _claim(_claim(spans, lines, "LOCATION"), stations, "LOCATION")


_DIRECTIONS = frozenset("东西南北")
_STATION_WORD_ENDS = frozenset("长点务台")  # 南站|长: the head of the station, 站点, 站务, 站台


def _bracketed_place_bodies(text: str, spans: list[list]) -> list[list]:
    """A national body named with its city in brackets is one ORGANIZATION: 中国(南昌)知识产权保护中心,
    中国(上海)国际技术进出口促进中心 -- the model reads 中国 and the city as places of their own."""
    if "中国(" not in text:
        return spans
    found = []
    for m in _BRACKETED_PLACE_BODY.finditer(text):
        k = next((k for k in range(2, len(m.group(1)) + 1) if _ends_with_org_suffix(m.group(1)[:k])), 0)
        if k:  # (the name ends at its first ending: …保护中心|全年完成…)
            found.append((m.start(), m.start(1) + k))
    return _claim(spans, found, "ORGANIZATION")


_BRACKETED_PLACE_BODY = regex.compile(r"中国\(\p{Han}{2,4}\)(\p{Han}{2,14})")


def _campuses(text: str, spans: list[list]) -> list[list]:
    """A university or college named with its campus in brackets is one ORGANIZATION: 中国石油大学
    （华东）, 中国矿业大学（北京）; a place found inside the brackets is part of the name, not a mention."""
    out = [list(sp) for sp in spans]
    drop: set[int] = set()
    for sp in out:
        if sp[2] != "ORGANIZATION" or not text.endswith(("大学", "学院"), sp[0], sp[1]):
            continue
        m = _CAMPUS.match(text, sp[1])
        if m:
            drop.update(id(x) for x in out if x is not sp and sp[1] <= x[0] and x[1] <= m.end())
            sp[1] = m.end()
    return [sp for sp in out if id(sp) not in drop]


def _body_cut_inside_place(text: str, spans: list[list]) -> list[list]:
    """A body the model began at the last character of its place's name (深水埗|区妇女联会, the
    district name unseen in training) starts with the whole place: the characters before it and
    that one form a known division, and no other mention holds them -- unless the characters before
    are a verb of their own (会同|县公安局: "together with the county police").  A place that is only
    a body's ending (赣州|军分区) is a body, to be joined to the place before it."""
    lx, tags = _lex(), _word_tags()
    admin, breakers = lx["admin"], lx["org_breakers"]
    out: list[list] = []
    for s, e, t in sorted(spans):
        if t == "LOCATION" and text[s:e] in lx["org_suffixes"]:
            t = "ORGANIZATION"
        if t == "ORGANIZATION" and s >= 2:
            floor = out[-1][1] if out else 0
            k = next((k for k in range(min(8, s - floor), 1, -1) if text[s - k:s + 1] in admin), 0)
            if not k:
                # (or inside its township's name: 虎形山|瑶族乡中心学校 -- a stem and the suffix the body opens with)
                suf = _opening(text, s, "township_suffixes")  # (longest first: a 1-character one is no opening)
                suf = suf if suf and len(suf) >= 2 else None
                k = next((k for k in (3, 2) if suf and s - k >= floor and all(_is_han(c) for c in text[s - k:s])
                          and _township_like(text[s - k:s + len(suf)], tags)), 0)
            if k and text[s - k:s] not in breakers and (tags.get(text[s - k:s]) or "n")[:1] not in "vpcd":
                s -= k
        out.append([s, e, t])
    return out


# a short name a body is given in brackets right after its full name: （妇联）, （以下简称“市场监管局”）
_ALIAS = re.compile(r"[（(](?:以下简称|以下称|下称|简称)?[“「\"]?([\u4e00-\u9fff]{2,8})[”」\"]?[）)]")
_FUND_ENDS = ("基金", "基金会", "基金局")  # funds are bodies too (澳门社会保障基金)
_DEFINED_ALIAS = re.compile(r"[（(](以下简称|以下称|下称|简称)?[“「\"]?([\u4e00-\u9fff]{2,8})[”」\"]?[）)]")


_KIND_OPENERS = ("普通", "各", "所有", "其他", "有关", "相关", "基层")  # open a kind of body, not a name
_UNDER = re.compile(r"(?:辖下|下属|属下|所属)([\u4e00-\u9fff]{2,10})")  # a body's own unit named after it


def _units_under_bodies(text: str, spans: list[list]) -> list[list]:
    """A unit named right after the body it belongs to and 辖下/下属 ("市政署辖下食品安全中心",
    "县卫健委下属疾控中心") is a body: the shortest run of characters after the word that ends in a
    body's suffix -- and so is every later mention of it standing free."""
    if "属" not in text and "辖下" not in text:
        return spans
    org_ends = {e for _, e, t in spans if t == "ORGANIZATION"}
    tags, bad = _word_tags(), _lex()["leading"]
    found = []
    for m in _UNDER.finditer(text):
        if m.start() not in org_ends:
            continue
        a = m.start(1)
        e = next((e for e in range(a + 2, m.end(1) + 1) if _ends_with_org_suffix(text[a:e])
                  and not _ends_with_org_suffix(text[a:e + 1])), None)
        # (a name, not a kind of body: 辖下|博物馆, 辖下|普通科门诊诊所, 所属|的各部)
        if e is not None and e - a >= 4 and text[a:e] not in tags and "的" not in text[a:e] \
                and text[a] not in bad and not text.startswith(_KIND_OPENERS, a) \
                and tags.get(text[a:a + 2], "")[:1] not in ("a", "r", "m", "q"):
            found.append((a, e))
    if not found:
        return spans
    spans = _claim(spans, found, "ORGANIZATION")
    return _free_mentions(text, spans, {text[a:e]: "ORGANIZATION" for a, e in found})


def _free_mentions(text: str, spans: list[list], names: dict[str, str]) -> list[list]:
    """``spans`` with every occurrence of each of ``names`` (longest first) that no span covers yet,
    typed as the dict says: a name the text defines once is a mention wherever it stands alone."""
    taken = _covered(spans, len(text))
    out = list(spans)
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            a, b = m.span()
            if not any(taken[a:b]):
                out.append([a, b, names[name]])
                taken[a:b] = b"\x01" * (b - a)
    return sorted(out)


def _is_abbreviation(short: str, name: str) -> bool:
    """Are the characters of ``short`` those of ``name``, in order (妇联 of 深水埗区妇女联会)?"""
    it = iter(name)
    return len(short) < len(name) and all(ch in it for ch in short)


def _defined_aliases(text: str, spans: list[list]) -> list[list]:
    """A body's (or a site's) short name defined in brackets after its full name ("深水埗区妇女联会（妇联）",
    "红磡海底隧道（红隧）") names it there and wherever it stands alone later in the text -- not an
    ordinary word (中心, 协会: "某某康健中心（中心）" names the body only in the brackets' sense)."""
    tags = _word_tags()
    aliases: dict[str, str] = {}
    for s, e, t in spans:
        # (so does a site's: "红磡海底隧道（红隧）" … "红隧平均每日行车量")
        if t in ("ORGANIZATION", "LOCATION") and (m := _ALIAS.match(text, e)) \
                and _is_abbreviation(m.group(1), text[s:e]) and tags.get(m.group(1)) not in ("n", "v", "vn", "a", "d"):
            aliases.setdefault(m.group(1), t)
    # (a name the text itself defines a short name for is a body, found or not: "社会保障基金（下称「社保
    # 基金」）", "建设发展办公室（建发办）" -- the characters back to a boundary before the bracket, holding the
    # short name's in order)
    ends = {e for _, e, _ in spans}
    named = []
    for m in _DEFINED_ALIAS.finditer(text):
        at, short = m.start(), m.group(2)
        if at in ends or tags.get(short) in ("n", "v", "vn", "a", "d"):
            continue
        a = at
        while a > 0 and at - a < 16 and _is_han(text[a - 1]) and text[a - 1] not in _lex()["breaker_or_leading_chars"]:
            a -= 1
        if m.group(1) is None and text[a:a + 1] != short[:1]:
            continue  # (a short name in bare brackets, "建设发展办公室（建发办）", opens as the name does)
        if at - a > len(short) and _is_abbreviation(short, text[a:at]) \
                and (_ends_with_org_suffix(text[a:at]) or text.endswith(_FUND_ENDS, a, at)):  # (no 制度体系)
            named.append((a, at))
            aliases.setdefault(short, "ORGANIZATION")
    spans = _claim(spans, named, "ORGANIZATION") if named else spans
    return _free_mentions(text, spans, aliases) if aliases else spans


_DISTRICT_ENDS = ("区", "县", "镇", "乡", "街道")
_UNIVERSITY_ENDS = ("大学", "学院")
# ... except the district's or county's own colleges, whose names open with their public (余杭区老年大学)
_LOCAL_COLLEGES = ("老年", "老干部", "干部", "社区", "开放", "职业", "技工", "技师", "农民", "市民", "家长", "党员")


def _district_before_university(text: str, spans: list[list]) -> list[list]:
    """A university after the district or county it stands in is two mentions (于雾峰区|亚洲大学举办):
    universities are named after a city, a province or a name of their own, not after a district or
    a county, so a known district's name opening one says where it is (the district's own colleges
    for the old or for cadres keep it: 余杭区老年大学)."""
    admin = _lex()["admin"]
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION" and text.endswith(_UNIVERSITY_ENDS, s, e):
            cut = next((k for k in range(min(e - s - 4, 8), 1, -1)
                        if text[s:s + k] in admin and text.endswith(_DISTRICT_ENDS, s, s + k)), 0)
            if cut and not text.startswith(_LOCAL_COLLEGES, s + cut):
                out.append([s, s + cut, "LOCATION"])
                s = s + cut
        out.append([s, e, t])
    return out


def _units_before_their_heads(text: str, spans: list[list]) -> list[list]:
    """A unit named right before its own head's title is a body: 工商旅游处|处长, 城管科|科长,
    社会福利署|署长 -- the model reads the one-character ending as a word of the title.  The name
    reaches back over Han characters to a mark or a leading function character (据), at most
    ``_UNIT_REACH`` of them, and takes in a place or body found right before it (江西省林业局 +
    野生动植物保护处: one name, the longest flat mention); a name found there already stays."""
    lx = _lex()
    leading = lx["leading"]
    tags = _word_tags()
    ends = {e: (s, t) for s, e, t in spans}
    found = []
    for head in _UNIT_HEADS:
        c = text.find(head)
        while c > 0:
            e = c + 1
            if e in ends:  # (found already: 社会福利署|署长)
                c = text.find(head, c + 1)
                continue
            a = c
            while a > 0 and e - a < _UNIT_REACH and _is_han(text[a - 1]) and text[a - 1] not in leading \
                    and a not in ends:
                a -= 1
            if a in ends and ends[a][1] in ("LOCATION", "ORGANIZATION"):
                a = ends[a][0]
            else:
                while e - a > 3 and tags.get(text[a:a + 2], "n")[:1] in _NOT_NAME_OPENING:
                    a += 2  # 今年|农业处: no part of the name
            if e - a >= 3:
                found.append((a, e))
            c = text.find(head, c + 1)
    return _claim(spans, found, "ORGANIZATION") if found else spans


_UNIT_HEADS = ("处处长", "科科长", "署署长")
_UNIT_REACH = 10
_NOT_NAME_OPENING = frozenset("tprc")  # time words, prepositions, pronouns, conjunctions


def _listed_body_heads(text: str, spans: list[list]) -> list[list]:
    """A body listed right after another with 、/及/和/与 starts at the mark: the model may begin its
    name at its second word (…交通大学及|工业|技术研究院 -> 工业技术研究院).  The word left out is a
    noun of two or three characters that no other name covers."""
    tags = _word_tags()
    ends = {e for s, e, t in spans if t == "ORGANIZATION"}
    taken = {k for s, e, _ in spans for k in range(s, e)}
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION":
            for k in (s - 3, s - 4):
                if k in ends and text[k] in _LIST_JOINS and tags.get(text[k + 1:s], "")[:1] == "n" \
                        and not taken.intersection(range(k + 1, s)):
                    s = k + 1
                    break
        out.append([s, e, t])
    return out


_LIST_JOINS = frozenset("、及和与")
