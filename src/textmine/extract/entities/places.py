"""LOCATION passes: administrative names, and the places report language names without them.

Chained administrative names are split (湖北省枝江市 = 湖北省 + 枝江市); gazetteer names the model
missed, a place opening a headline before a colon, economic regions (长三角), the items of a list
closed by a place category (甲、乙等8个景区), a person's former home (某某故居) and a place's short
name where its full name was found are added.  (Townships, zones, roads and sites, found by their
suffix, are in :mod:`.localities`.)
"""
from __future__ import annotations

import re
from functools import lru_cache

from .bodies import _org_end
from .lexicons import _admin_lengths, _all_han, _is_han, _lex, _rules, _word_tags
from .wordindex import _covered, _find_words, _in_word_order, _spans_of, _starts_of
from .shapes import _after_boundary, _ends_with_org_suffix, _inside_word
from .cleanup import _in_menu_phrase


def _doctrine_places(text: str, spans: list[list]) -> list[list]:
    """The country inside a doctrine's or a slogan's name (中国|特色社会主义, 中国式现代化, 中华民族) is no
    mention of the place: report annotators leave it out with the rest of the name."""
    phrases = _spans_of(text, "doctrine_place_phrases")
    if not phrases:
        return spans
    return [sp for sp in spans if not (sp[2] == "LOCATION" and any(a == sp[0] and sp[1] < b for a, b in phrases))]


def _split_admin_chain(text: str, spans: list[list]) -> list[list]:
    """Split a LOCATION made of several administrative names into one mention per name."""
    lx = _lex()
    out = []
    starts = {sp[0] for sp in spans}
    for s, e, t in spans:
        if t != "LOCATION":
            out.append([s, e, t])
            continue
        if text[e - 1] in "东西南北中" and (road := next((x for x in ("路", "大道", "大街", "街") if text.startswith(x, e)), None)) \
                and (e + len(road) == len(text) or not _is_han(text[e + len(road)])):
            e += len(road)  # 越城区洋江西|路58号: the model stopped before the road's last word
        parts = _admin_parts(text[s:e], lx)
        if parts:
            out.extend([s + a, s + b, t] for a, b in parts)
        else:
            out.extend([a, b, t] for a, b in _cut_into_division(text, s, e, lx, starts))
    return out


def _cut_into_division(text: str, s: int, e: int, lx, starts: set[int]) -> list[tuple[int, int]]:
    """``[s, e)`` itself, or a known division and the one after it when the model's place ended
    inside the second name (芜湖市湾|沚区: the model has not seen 湾沚区, named in 2020)."""
    for j in range(e - 1, s + 1, -1):
        if text[s:j] in lx["admin"]:
            end = next((j + k for k in range(6, e - j, -1) if text[j:j + k] in lx["admin"]), 0)
            if end > e and not any(i in starts for i in range(e, end)):
                return [(s, j), (j, end)]
            break
    return [(s, e)]


def _admin_parts(name: str, lx) -> list[tuple[int, int]] | None:
    """Cut ``name`` into consecutive pieces, each a gazetteer admin name or ending in an admin suffix.

    Returns None unless at least two pieces and the first one is a known administrative name.
    """
    n = len(name)
    pieces, i = [], 0
    while i < n:
        best = None
        for j in range(n, i + 1, -1):
            w = name[i:j]
            if w in lx["admin"] and (j == n or _admin_parts_ok(name[j:], lx)):
                best = j
                break
        if best is None and not pieces:
            best = _township_before_village(name, lx)
        if best is None:
            # (not a body's ending: 安徽省|军区 is one body, the province's military command)
            if pieces and _ends_admin(name[i:], lx) and len(name) - i >= 2 and name[i:] not in lx["org_suffixes"]:
                best = n
            elif pieces and _site_after_division(name[i:]):
                best = n  # 越城区|世纪广场, 邗江区|文昌西路: a site or road after its district is a place of its own
            else:
                return None
        pieces.append((i, best))
        i = best
    return pieces if len(pieces) >= 2 else None


def _township_before_village(name: str, lx) -> int | None:
    """Length of the township opening ``name`` when a village or community follows it
    (某某镇|某某村, 某某乡|某某社区): a 2-3 character stem and a township suffix, then a 2-3
    character stem and a village suffix, and nothing else."""
    R = _rules()
    if not 5 <= len(name) <= 10 or not name.endswith(tuple(R["village_suffixes"])):
        return None  # (most spans: one look at the last characters)
    for k in (2, 3):
        suf = next((x for x in R["township_suffixes"] if name.startswith(x, k)), None)
        if suf is None:
            continue
        rest = name[k + len(suf):]
        village = next((x for x in R["village_suffixes"] if rest.endswith(x)), None)
        if village and 2 <= len(rest) - len(village) <= 3 and _all_han(rest) \
                and not any(x in rest for x in R["township_suffixes"]):
            return k + len(suf)
    return None


def _admin_parts_ok(rest: str, lx) -> bool:
    return any(rest.startswith(w) for w in (rest[:k] for k in range(2, len(rest) + 1)) if w in lx["admin"]) \
        or (_ends_admin(rest, lx) and len(rest) >= 2) or _site_after_division(rest)


def _site_after_division(rest: str) -> bool:
    """A named site or road (3 or more characters with a site ending: 世纪广场, 洋江西路)."""
    return len(rest) >= 3 and rest.endswith(tuple(_rules()["site_suffixes"])) and all(_is_han(c) for c in rest)


def _ends_admin(w: str, lx) -> bool:
    return any(w.endswith(s) and len(w) > len(s) for s in lx["admin_suffixes_sorted"])


def _gazetteer_locations(text: str, spans: list[list]) -> list[list]:
    """Full administrative names (with their suffix) that the model left untagged."""
    out = list(spans)
    # only where a name starts can one be added (a few dozen places in a long report)
    name_starts = sorted(_starts_of(text, "admin"))
    if not name_starts:
        return out
    lx = _lex()
    admin = lx["admin"]
    tags = _word_tags()
    taken = _covered(spans, len(text))
    lengths = _admin_lengths()
    n = len(text)
    R = _rules()
    conjunctions, abbreviations = R["conjunctions"], R["place_abbreviations"]
    # a person the model read on a division's short name right before its suffix (花莲|县: 花 is a
    # surname) is the division
    persons = {sp[0]: k for k, sp in enumerate(out) if sp[2] == "PERSON"}
    for i in name_starts:
        k = persons.get(i)
        if k is None:
            continue
        s, e, _ = out[k]
        ln = next((ln for ln in lengths[text[i]] if i + ln <= n and text[i:i + ln] in admin), 0)
        if ln > e - s and text[s:e] in lx["admin_short"] and not any(taken[e:i + ln]):
            out[k] = [s, i + ln, "LOCATION"]
            taken[e:i + ln] = b"\x01" * (i + ln - e)
    place_ends = {e for _, e, t in out if t == "LOCATION"}
    free = 0  # positions before this one are inside a name just added
    for i in name_starts:
        if i < free:
            continue
        if i > 0 and text[i] in conjunctions and text[i + 1:i + 2] in abbreviations and _is_han(text[i - 1]) \
                and not taken[i - 1]:
            continue  # 领导和|县人大: mid-clause, a conjunction before an abbreviation, not the county 和县
        # 办理县: a short name glued to the previous character as an ordinary word is not a mention
        # (right after a found place a chained name starts: 澳门|花地玛堂区)
        # (but 其中|北屯区: the character before ends a word that opens a list of places, 其中 not 中北)
        glued = i > 0 and text[i - 1:i + 1] in tags and text[max(0, i - 2):i] not in _LIST_OPENING_WORDS
        if not taken[i] and (i == 0 or not taken[i - 1] or i in place_ends) and not glued:
            # 产业|兴县, 工业|强县: a one-character stem right after a common noun is a slogan's verb
            # and its object (develop the county), not the county 兴县
            after_noun = i >= 2 and tags.get(text[i - 2:i], "")[:1] == "n" and tags[text[i - 2:i]] != "ns"
            for ln in lengths[text[i]]:
                if ln == 2 and after_noun:
                    continue
                if ln >= 2 and i + ln <= n and text[i:i + ln] in admin and not any(taken[i:i + ln]):
                    out.append([i, i + ln, "LOCATION"])
                    free = i + ln
                    break
    return out


_LIST_OPENING_WORDS = frozenset(("其中", "当中", "包括", "以及", "分别", "涉及", "位于"))


def _person_sites(text: str, spans: list[list]) -> list[list]:
    """A person's former home or memorial site is a place: 某某某|故居 -> one LOCATION."""
    suffixes = _rules()["person_site_suffixes"]
    starts = {s for s, _, _ in spans}
    out = []
    for s, e, t in spans:
        if t == "PERSON" and e not in starts:
            suf = next((x for x in suffixes if text.startswith(x, e)), None)
            if suf:
                s, e, t = s, e + len(suf), "LOCATION"
        out.append([s, e, t])
    return out


def _word_after_comma(text: str, k: int, tags: dict) -> bool:
    """The function character at ``k`` follows an enumeration comma and opens a dictionary word
    with the next character (甲、和平街道: 和平, not the conjunction 和)."""
    return k > 0 and text[k - 1] == "、" and text[k:k + 2] in tags


_SERVICE_HEADS = ("服务", "设施", "组织", "干部", "工作")  # (社区|服务设施, 村|组织: a modifier)
_LAST_JOINERS = "及和与"  # join a list's last item to the others


@lru_cache(maxsize=1)
def _list_close_re() -> re.Pattern:
    """等 + optional number, classifier and short qualifier (8个A级) + a place category (景区, 村, 地);
    or a number and 个 right after the last item + the category (甲、乙3个镇)."""
    cats = "|".join(map(re.escape, sorted(_rules()["list_place_categories"], key=len, reverse=True)))
    quals = "|".join(map(re.escape, sorted(_rules()["list_qualifiers"], key=len, reverse=True)))
    # (or a count right after the last item: 甲、乙、丙3个镇, 八德、龟山2区; its lookbehind comes after the first
    # numeral, so that every branch opens with a character class and the engine skips ahead to one)
    units = "|".join(map(re.escape, sorted(_rules()["list_counted_place_units"])))
    return re.compile(r"(?:等(?:[0-9一二三四五六七八九十百千]+[个处座]?[A-Za-z0-9\u4e00-\u9fff]{0,4}?|" + quals
                      + ")?(?:" + cats + ")|[0-9一二三四五六七八九十](?<=[\u4e00-\u9fff][0-9一二三四五六七八九十])(?<!等.)"
                      "[0-9一二三四五六七八九十]*个?(?:" + cats + "|" + units + "))")


def _listed_places(text: str, spans: list[list]) -> list[list]:
    """Items of a list closed by a place category are places: 甲、乙、丙等8个A级景区, 甲、乙等地.

    Each item (2-4 Han characters, or a found mention) becomes a LOCATION if it was untagged or
    tagged PERSON; a list holding an ordinary word (企业、学校等地) is left alone.
    """
    if "等" not in text and "个" not in text:
        return spans
    tags = _word_tags()
    lx = _lex()
    names = _rules()["township_name_tags"]
    named_units = tuple(_rules()["list_named_categories"])
    counted_units = tuple(_rules()["list_counted_place_units"])
    by_end = {}
    for k, (s, e, t) in enumerate(spans):
        by_end.setdefault(e, k)
    out = [list(sp) for sp in spans]
    add = []
    for m in _list_close_re().finditer(text):
        if m.end() < len(text) and text[m.end() - 1:m.end() + 1] in tags:
            continue  # 等地方, 等村民: the category starts another word
        if any(text[m.end() - k:m.end() + 2] in tags for k in (2, 3)) or text.startswith(_SERVICE_HEADS, m.end()):
            continue  # 等社区|服务设施: the category qualifies the noun after it, no place
        items, j = [], m.start()
        while True:
            if j in by_end:
                a = out[by_end[j]][0]
            else:
                a = j
                while a > 0 and j - a < 4 and _is_han(text[a - 1]) and text[a - 1] != "、" \
                        and (text[a - 1] not in lx["leading"] or _word_after_comma(text, a - 1, tags)):
                    a -= 1  # (甲、和平街道: a function character that opens a word after 、 is the item's own)
                if j - a >= 2 and a > 0 and _is_han(text[a - 1]) and text[a - 1] not in lx["leading"]:
                    # 建成|甲、乙等…: the first item may follow the verb that opens the list
                    a = next((k for k in range(max(a, 2), j - 1) if tags.get(text[k - 2:k], "")[:1] == "v"), a)
                if j - a < 2 or (a > 0 and _is_han(text[a - 1]) and text[a - 1] not in lx["leading"]
                                 and not (a >= 2 and tags.get(text[a - 2:a], "")[:1] == "v")):
                    break  # no item, or it runs on into the clause
                if j - a == 4 and tags.get(text[a:a + 2], "")[:1] in ("r", "c", "p"):
                    a += 2  # 其余|甲、乙等乡镇: the word that opens the list is no part of its first item
            items.append((a, j))
            if a > 0 and (text[a - 1] == "、" or len(items) == 1 and text[a - 1] in _LAST_JOINERS
                          and m.group().startswith("等")):
                j = a - 1  # (a joiner before the last item: 大溪及芦竹等8个行政区)
            else:
                break
        if len(items) < 2:
            continue
        if any(j not in by_end and text[a:j] in tags and tags[text[a:j]][:2] not in names for a, j in items) \
                and not m.group().endswith(named_units) \
                and not (m.group().endswith(counted_units) and m.group()[0] != "等" and len(m.group()) <= 3):
            # (ordinary words, but not before a count of districts or cities right after them: 八德、龟山2区)
            continue  # 企业、学校等地: ordinary words (but 夫子庙、红花等街道 name streets)
        for a, j in items:
            k = by_end.get(j)
            if k is not None and out[k][0] == a:
                if out[k][2] == "PERSON" or (out[k][2] == "ORGANIZATION" and not _ends_with_org_suffix(text[a:j])):
                    out[k][2] = "LOCATION"  # (清华、乙3个镇: a short place name read as a body)
            elif not any(sp[0] < j and a < sp[1] for sp in out):
                add.append([a, j, "LOCATION"])
            elif all(a <= sp[0] and sp[1] <= j and sp[2] != "ORGANIZATION" for sp in out if sp[0] < j and a < sp[1]):
                inner = [sp for sp in out if sp[0] < j and a < sp[1]]
                rest = text[inner[0][1]:j]
                if len(inner) == 1 and inner[0][0] == a and text[a:inner[0][1]] in lx["admin_short"] \
                        and len(rest) >= 2 and tags.get(rest, "ns")[:2] in names:
                    add.append([inner[0][1], j, "LOCATION"])  # 江苏|望亭: a chain of two places
                    continue
                # 中华|门, 西安|城墙: a place cut inside the item is the whole item
                out = [sp for sp in out if not (sp[0] < j and a < sp[1])]
                by_end = {}
                for k, sp in enumerate(out):
                    by_end.setdefault(sp[1], k)
                add.append([a, j, "LOCATION"])
    return out + add


_ROUTE = re.compile(r"(?:航线|线路|路线|专线|班线|航班)[（(]((?:[\u4e00-\u9fff]{2,4}[—–－-]{1,2})+[\u4e00-\u9fff]{2,4})[）)]")


def _route_stops(text: str, spans: list[list]) -> list[list]:
    """The stops of a route written in brackets after its name, joined by dashes (南海航线（马公—望安—
    将军—七美）, 城乡专线（古陂—油山—安西）), are places when one of them is a place found or known, or
    all of them but one read as names."""
    if "—" not in text and "-" not in text and "–" not in text and "－" not in text:
        return spans
    shorts, admin = _lex()["admin_short"], _lex()["admin"]
    tags = _word_tags()
    found = {(s, e) for s, e, t in spans if t == "LOCATION"}
    out = [list(sp) for sp in spans]
    for m in _ROUTE.finditer(text):
        stops, a = [], m.start(1)
        for part in re.split(r"[—–－-]{1,2}", m.group(1)):
            stops.append((a, a + len(part)))
            a += len(part)
            while a < m.end(1) and text[a] in "—–－-":
                a += 1  # (past the dash to the next stop)
        # (one stop found or known, or all but one read as names -- or no words at all: 马公, 七美)
        names = sum(tags.get(text[a:b], "ns")[:2] in ("ns", "nr", "nz", "j") for a, b in stops)
        if not any((a, b) in found or text[a:b] in shorts or text[a:b] in admin for a, b in stops) \
                and names < len(stops) - 1:
            continue
        for a, b in stops:
            if not any(sp[0] < b and a < sp[1] for sp in out):
                out.append([a, b, "LOCATION"])
    return out


_HEADING_PLACE = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff]{2,6})(?=[：:])", re.M)


def _heading_places(text: str, spans: list[list]) -> list[list]:
    """A place name (full or short) opening a line before a colon is a LOCATION: the headline style
    ``某某：全力推进…`` and ``某某县：…`` of county news."""
    # (a match is tried only where a line holding a colon starts: what finditer finds)
    found = [m for m in (_HEADING_PLACE.match(text, a) for a in _colon_line_starts(text)) if m is not None]
    out = list(spans)
    if not found:
        return out
    lx = _lex()
    tags = _word_tags()
    taken = _covered(spans, len(text))
    for m in found:
        a, b = m.span(1)
        w = text[a:b]
        if (w in lx["admin"] or w in lx["admin_short"]) and not any(taken[a:b]) \
                and tags.get(w, "ns")[:1] not in ("v", "a", "d", "c", "p", "r", "m"):  # (not 同心：)
            out.append([a, b, "LOCATION"])
    return out


def _colon_line_starts(text: str) -> list[int]:
    """Where the lines holding a colon (： or :) start, ascending: a heading before a colon can only
    open one of them (a report has a hundred lines and two colons)."""
    starts = set()
    for colon in "：:":
        q = text.find(colon)
        while q >= 0:
            starts.add(text.rfind("\n", 0, q) + 1)
            q = text.find(colon, q + 1)
    return sorted(starts)


def _river_sections(text: str, spans: list[list]) -> list[list]:
    """A river's section named by a place (长江某某段, 赣江某某段) is two places, the river and the
    place, as chained administrative names are: the river is a dictionary place name ending in a
    river character, the place a gazetteer name; a span of the model over them is replaced."""
    if "段" not in text:
        return spans
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    add = []
    for m in re.finditer("段", text):
        j = m.start()
        for pl in (4, 3, 2):
            k = j - pl
            if k < 2 or (text[k:j] not in lx["admin"] and text[k:j] not in lx["admin_short"]):
                continue
            river = next((k - rl for rl in (3, 2) if k - rl >= 0 and text[k - 1] in R["river_chars"]
                          and tags.get(text[k - rl:k], "") == "ns"), None)
            if river is not None:
                add += [[river, k, "LOCATION"], [k, j, "LOCATION"]]
                break
    if not add:
        return spans
    taken = _covered(add, len(text))
    return [sp for sp in spans if not any(taken[sp[0]:sp[1]])] + add


def _regions(text: str, spans: list[list]) -> list[list]:
    """Economic regions named without an administrative suffix (长三角, 京津冀) are LOCATIONs."""
    found = _spans_of(text, "regions")
    regions = {text[a:b] for a, b in found}
    if not found:
        return spans
    tags = _word_tags()
    taken = _covered(spans, len(text))
    out = list(spans)
    for a, b in _in_word_order(text, found, {w: -len(w) for w in regions}):  # longest first
        if not any(taken[a:b]) and not _inside_word(text, a, b, tags) and not _in_menu_phrase(text, a, b):
            out.append([a, b, "LOCATION"])
            taken[a:b] = b"\x01" * (b - a)
    return out


def _special_region_places(text: str, spans: list[list]) -> list[list]:
    """Areas of Hong Kong named without a suffix (横头磡, 秀茂坪, 黄大仙) are LOCATIONs in a text that
    names Hong Kong or one of its districts; a person the model read on exactly such a name (黄大仙:
    黄 is a surname) is retyped.  An area followed by a place word (观塘道, 黄大仙区) is part of a
    longer name and left to the passes that read those."""
    R = _rules()
    found = _spans_of(text, "special_region_places")
    if not found or not any(w in text for w in R["special_region_context"] | R["special_region_districts"]):
        return spans
    tags = _word_tags()
    out = [list(sp) for sp in spans]
    persons = {(sp[0], sp[1]): sp for sp in out if sp[2] == "PERSON"}
    taken = _covered(out, len(text))
    for a, b in _in_word_order(text, found, {w: -len(w) for w in R["special_region_places"]}):  # longest first
        if text[b:b + 1] == "区" and not any(taken[a:b + 1]):
            b += 1  # 竹园区邻里互助协会: a body of the area's district (the district alone is left to the
            # passes that read places before a place word)
        elif text[b:b + 1] in _PLACE_WORD_AFTER:
            continue
        inner = [sp for sp in out if sp[0] < b and a < sp[1]] if any(taken[a:b]) else []
        if inner and all(a <= sp[0] and sp[1] <= b and sp[2] == "LOCATION" and sp[1] - sp[0] < b - a for sp in inner):
            # 土|瓜湾: the model's place inside the area's name gives way to it
            out = [sp for sp in out if sp not in inner]
            out.append([a, b, "LOCATION"])
            taken[a:b] = b"\x01" * (b - a)
        elif (a, b) in persons:
            persons[(a, b)][2] = "LOCATION"
        elif not any(taken[a:b]) and not _inside_word(text, a, b, tags):
            # 氹仔居民互助协会: a body named after the area (the bodies pass ran before this one)
            end = _org_end(text, b, False)
            end = end if end and end - b >= 4 else None  # (a name between: not 观塘|中心, an area's centre)
            inner = [sp for sp in out if end and sp[0] < end and b <= sp[1]]
            if end and all(sp[2] == "ORGANIZATION" and b <= sp[0] and sp[1] <= end for sp in inner):
                out = [sp for sp in out if sp not in inner]  # (the model's 互助协会 without its area)
                b, kind = end, "ORGANIZATION"
            elif text[b - 1] == "区":
                continue
            else:
                kind = "LOCATION"
            out.append([a, b, kind])
            taken[a:b] = b"\x01" * (b - a)
    # a body of a kind every district has, named by no district (设立地区康健中心), is no name
    kinds = R["special_region_kinds"]
    return sorted(sp for sp in out if not (sp[2] == "ORGANIZATION" and text[sp[0]:sp[1]] in kinds))


# characters that continue an area's name into a longer one (区, 道, 街, 邨 ...)
_PLACE_WORD_AFTER = frozenset("区道街路邨村站湾山")


def _short_names(text: str, spans: list[list]) -> list[list]:
    """A place named in full once (某某县) is also meant by its short name elsewhere (建设新某某).

    Only a short name of two or more characters from the gazetteer, not inside a found mention and
    not part of a longer dictionary word.
    """
    lx = _lex()
    shorts = set()
    for s, e, t in spans:
        if t not in ("LOCATION", "ORGANIZATION"):
            continue
        # the place itself or the place a body is named after (某某县人民法院)
        w = next((text[s:s + k] for k in range(min(e - s, 8), 1, -1) if text[s:s + k] in lx["admin"]), None)
        if w:
            for suf in lx["admin_suffixes_sorted"]:
                short = w[:-len(suf)]
                if w.endswith(suf) and len(short) >= 2 and short in lx["admin_short"]:
                    shorts.add(short)
                    break
    tags = _word_tags()
    # (a short name that is also an ordinary word, 解放 of 解放区, is not taken on its own)
    shorts = {w for w in shorts if tags.get(w, "ns")[:2] in ("ns", "nr", "nz", "j")}
    if not shorts:
        return spans
    taken = _covered(spans, len(text))
    out = list(spans)
    for a, b in _in_word_order(text, _find_words(text, shorts), {w: -len(w) for w in shorts}):
        if not any(taken[a:b]) and not _inside_word(text, a, b, tags) and not _in_menu_phrase(text, a, b):
            out.append([a, b, "LOCATION"])
            taken[a:b] = b"\x01" * (b - a)
    return out


def _renamed_divisions(text: str, spans: list[list]) -> list[list]:
    """A county or city made a district (某某县 -> 某某区) after the gazetteer was compiled: a
    gazetteer short name tagged as a name, right after a boundary and right before 区/市
    (``renamed_division_suffixes``) that starts no word with the next character, is the division,
    one LOCATION; a found span of the short name alone gets its suffix."""
    R = _rules()
    lx = _lex()
    sufs = R["renamed_division_suffixes"]
    tags = _word_tags()
    n = len(text)
    ends = {e for _, e, _ in spans}
    taken = _covered(spans, n)
    exact = {(s, e): k for k, (s, e, t) in enumerate(spans) if t == "LOCATION"}
    out = [list(sp) for sp in spans]
    shorts = lx["admin_short"]
    names = ("ns", "nr", "nz", "j")
    for a, b in _spans_of(text, "admin_short"):
        if b >= n or text[b] not in sufs or b - a < 2:
            continue
        w = text[a:b]
        if w not in shorts or tags.get(w, "ns")[:2] not in names:
            continue
        e = b + 1
        if e < n and text[b:e + 1] in tags:
            continue  # 某某区域, 某某市场: the suffix starts a word
        if text[a:e] in tags and tags[text[a:e]] != "ns":
            continue
        if (a, b) in exact and not any(taken[b:e]):
            out[exact[(a, b)]][1] = e
            taken[b:e] = b"\x01"
        elif not any(taken[a:e]) and (_after_boundary(text, a, ends)
                                      or (a >= 2 and text[a - 2:a] in tags and text[a - 1:a + 1] not in tags)):
            # (after a boundary, or after a word that the short name does not continue: 其中|某某区)
            out.append([a, e, "LOCATION"])
            taken[a:e] = b"\x01" * (e - a)
    return out


def _listed_short_places(text: str, spans: list[list]) -> list[list]:
    """Bare county names in a list of places (即甲城、乙仙、丙台、丁川管理部): a gazetteer short name
    standing as a 、 list item next to another item that is a place (a found LOCATION or a short
    name too) is a LOCATION; a span the model read as a body is retyped, and the last item's shared
    ending (丁川|管理部, the ending of every item) is left off."""
    if "、" not in text:
        return spans
    lx = _lex()
    tags = _word_tags()
    shorts = lx["admin_short"]
    names = ("ns", "nr", "nz", "j")
    n = len(text)
    loc_at = {(s, e) for s, e, t in spans if t == "LOCATION"}
    loc_end = {e for s, e, t in spans if t == "LOCATION"}
    loc_start = {s for s, e, t in spans if t == "LOCATION"}
    cand = [(a, b) for a, b in _spans_of(text, "admin_short")
            if b - a >= 2 and text[a:b] in shorts and tags.get(text[a:b], "ns")[:2] in names + ("m", "n")]
    short_at = {a: b for a, b in cand}
    short_end = {b: a for a, b in cand}

    def item_before(a):  # the item before 、 at a - 1 is a place
        return a >= 2 and text[a - 1] == "、" and (a - 1 in loc_end or a - 1 in short_end)

    def item_after(b):  # the item after 、 at b is a place
        return b < n - 1 and text[b] == "、" and (b + 1 in loc_start or b + 1 in short_at)

    out = [list(sp) for sp in spans]
    add = []
    for a, b in cand:
        w = text[a:b]
        closed_before = a == 0 or not _is_han(text[a - 1]) or text[a - 1] == "、" \
            or (a >= 2 and tags.get(text[a - 2:a], "")[:1] in ("v", "c", "p", "t"))  # (即|甲、乙, 今年|甲、乙)
        ends_item = b >= n or text[b] == "、" or not _is_han(text[b])
        last_item = text[a - 1:a] == "、" and not ends_item
        if not closed_before or (a, b) in loc_at:
            continue
        if tags.get(w, "ns")[:2] not in names and not (item_before(a) and (item_after(b) or last_item)):
            continue  # (三台, 江油: a word of another kind only between two listed places)
        if not (item_before(a) or item_after(b)):
            continue
        if ends_item:
            hit = [sp for sp in out if sp[0] < b and a < sp[1]]
            if not hit:
                add.append([a, b, "LOCATION"])
            elif len(hit) == 1 and hit[0][:2] == [a, b] and hit[0][2] == "ORGANIZATION":
                hit[0][2] = "LOCATION"
        elif last_item and a - 1 in short_end:
            # the last item with the list's shared ending (丙仙、丁川管理部, after a bare short name):
            # the place alone; a longer body after another kind of place is a body of its own
            # (某某坡、某某法治宣教中心)
            hit = [sp for sp in out if sp[0] < b and a < sp[1]]
            if text.startswith(lx["admin_suffixes_sorted"], b):
                continue  # (甲、乙县: the last item's own suffix)
            if len(hit) == 1 and hit[0][0] == a and hit[0][2] == "ORGANIZATION" and hit[0][1] - b <= 3:
                hit[0][1], hit[0][2] = b, "LOCATION"
            elif not hit and _ends_with_org_suffix(text[b:b + 3]):
                add.append([a, b, "LOCATION"])  # (the model found no body there either)
    return out + add
