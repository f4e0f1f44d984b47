"""Names found by their suffix: townships, development zones, roads and sites, numbered schools.

Each is looked for only where its suffix occurs (镇, 开发区, 路, 一中 … through the word index); the
stem before it must follow a boundary and read as a proper name, not as an ordinary word (送戏下乡,
深化城镇).  What depends on the text alone is worked out once per text
(:func:`_township_candidates`: the township pass runs twice, before and after the bodies).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from textmine.extract import ner_model as nm
from .lexicons import _all_han, _ending, _is_han, _lex, _more_common, _opening, _ordered, _rules, _word_tags
from .wordindex import _anchored_finditer, _covered, _spans_of, _starts_of, _TEXT_CACHE, _WordIndex
from .shapes import _after_boundary, _after_word, _ends_with_org_suffix, _gazetteer_place_before, _org_suffix_at, _township_like


def _zones(text: str, spans: list[list]) -> list[list]:
    """A development zone named after its place is one LOCATION: 某县|经济开发区, 某市|高新区.

    The place is a found LOCATION or a gazetteer name (full or short) right after a boundary; the
    zone word alone (开发区) is no name.  A found place before a site word (某某|景区, 某某|湿地) is
    one LOCATION with it as well.
    """
    lx = _lex()
    zone_ends = _zone_ends(text)
    if not zone_ends:
        return spans
    tags = _word_tags()
    ends = {e: k for k, (_, e, t) in enumerate(spans) if t == "LOCATION"}
    all_ends = {e for _, e, _ in spans}
    taken = _covered(spans, len(text))
    out = [list(sp) for sp in spans]
    for p, b in sorted(zone_ends.items()):
        site = b < 0
        b = abs(b)
        inside = next((ends[e] for e in range(p + 1, b) if e in ends and out[ends[e]][0] < p), None) \
            if not site else None
        if inside is not None and not any(taken[p:b][out[inside][1] - p:]) \
                and text[max(0, out[inside][0] - 1):out[inside][0] + 1] not in tags:  # (国|家级新区)
            # 华亚科|技园区: the model's place stops inside the zone word; the zone is the name
            taken[out[inside][1]:b] = b"\x01" * (b - out[inside][1])
            out[inside][1] = b
            continue
        if any(taken[p:b]):
            continue
        if p in ends:
            out[ends[p]][1] = b
            taken[p:b] = b"\x01" * (b - p)
            a = out[ends[p]][0]
            if a >= 1 and not taken[a - 1] and text[a:a + 2] not in tags and text[a - 1:a + 1] in tags \
                    and text[a - 1] not in lx["breaker_or_leading_chars"]:
                out[ends[p]][0] = a - 1  # 白|鹭洲公园: a place the model began inside a word (白鹭) begins with it
            continue
        if site:
            continue
        for k in (4, 3, 2):
            a = p - k
            w = text[a:p]
            if a >= 0 and (w in lx["admin"] or w in lx["admin_short"]) and not any(taken[a:p]) \
                    and _after_boundary(text, a, all_ends):
                out.append([a, b, "LOCATION"])
                taken[a:b] = b"\x01" * (b - a)
                break
        else:
            # 推动巴公化工园区: a two-character stem no dictionary knows, after a boundary or a word
            a = p - 2
            w = text[a:p]
            if a >= 1 and _all_han(w) and w not in tags and text[a:p + 1] not in tags and not any(taken[a:p]) \
                    and text[a - 1:a + 1] not in tags and text[a - 1:p] not in tags and text[a - 1] not in "?？\ufffd" \
                    and lx["breaker_or_leading_chars"].isdisjoint(w) \
                    and (_after_boundary(text, a, all_ends) or _after_word(text, a, tags)):
                out.append([a, b, "LOCATION"])
                taken[a:b] = b"\x01" * (b - a)
    return out


def _place_extensions(text: str, spans: list[list]) -> list[list]:
    """A place right before a port-area or border-crossing ending (靖江|港区, 拱北|口岸) is one
    LOCATION with it (``rules.toml`` place_extensions): a found place that stops at or inside the
    ending (海门港|区) is extended; a county or city name of the gazetteer the model missed
    (如皋|港区) is taken with it."""
    endings = sorted(_rules()["place_extensions"], key=len, reverse=True)
    if not any(x in text for x in endings):
        return spans
    # (one the model read whole as a body is a place all the same: 深圳湾管制站)
    out = [[s, e, "LOCATION" if t == "ORGANIZATION" and text.endswith(tuple(endings), s, e) else t]
           for s, e, t in spans]
    by_end = {sp[1]: sp for sp in out if sp[2] == "LOCATION"}
    taken = _covered(out, len(text))
    for x in endings:
        a = text.find(x)
        while a >= 0:
            b = a + len(x)
            sp = next((by_end[k] for k in range(a, b) if k in by_end and by_end[k][0] < a), None)
            if sp is not None:
                sp[1] = b
            elif not any(taken[a:b]) and (head := _gazetteer_place_before(text, a, taken)) is not None:
                out.append([head, b, "LOCATION"])
            a = text.find(x, b)
    return sorted(out)


def _venues(text: str, spans: list[list]) -> list[list]:
    """A venue the model read as a body is a LOCATION (``rules.toml`` venue_endings): 岳阳市体育中心,
    滨湖国际会展中心 -- events are held there; the body that runs it is named otherwise."""
    endings = tuple(_rules()["venue_endings"])
    return [[s, e, "LOCATION" if t == "ORGANIZATION" and text.endswith(endings, s, e) else t] for s, e, t in spans]


@lru_cache(maxsize=None)
def _site_words(key: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A list of site or park words of ``rules.toml``, longest first, and the characters the
    description between a place and one of them may not hold (function and clause characters,
    numerals, conjunctions, 年/月/级 …)."""
    R = _rules()
    bad = _lex()["breaker_or_leading_chars"] | nm._NUMERALS | R["not_in_site_stem"] | set(R["conjunctions"])
    return tuple(sorted(R[key], key=len, reverse=True)), frozenset(bad)


def _place_sites(text: str, spans: list[list]) -> list[list]:
    """A found place, a short description and a site head are one LOCATION (a site named after the
    place it lies in): 某某村|食用菌|基地, 某某村|生态茶园|基地, 某县|电商|产业园.  The description holds
    2-6 Han characters, no function or clause character, no numeral, and starts with no verb
    (某村|建成基地 is a clause) and is not covered by another name."""
    R = _rules()
    heads, bad = _site_words("place_site_heads")
    if not any(h in text for h in heads):
        return spans
    tags = _word_tags()
    taken = _covered(spans, len(text))
    out = [list(sp) for sp in spans]
    for sp in out:
        s, e, t = sp
        if t != "LOCATION" or text[e - 1] not in R["place_site_owner_chars"]:
            continue
        for k in range(2, 7):
            mid = text[e:e + k]
            if len(mid) < k or not _all_han(mid) or not bad.isdisjoint(mid) or any(taken[e:e + k]):
                break
            if tags.get(mid[:2], "").startswith("v") or tags.get(mid[:3], "").startswith("v"):
                break
            head = next((h for h in heads if text.startswith(h, e + k)), None)
            if head:
                b = e + k + len(head)
                if not any(taken[e + k:b]):
                    sp[1] = b
                    taken[e:b] = b"\x01" * (b - e)
                break
    return out


def _parks(text: str, spans: list[list]) -> list[list]:
    """A park or square named after its place is one LOCATION: 黄宅镇|全民健身|公园, 浦阳江|滨体育公园
    (the model may have read the rest as a place of its own: it is taken in).  Between the found
    place and the park word (``rules.toml`` park_heads) stand 0-4 Han characters with no function
    character or numeral, not opening with a verb.  A LOCATION that is only a verb and a park word
    (新建|体育公园) names no park and is dropped."""
    heads, bad = _site_words("park_heads")
    if not any(h in text for h in heads):
        return spans
    tags = _word_tags()
    admin = _lex()["admin"]
    out = sorted(list(sp) for sp in spans)
    drop: set[int] = set()
    # (where a park word starts: a place can only be extended to one within four characters)
    head_starts = sorted({m.start() for h in heads for m in re.finditer(re.escape(h), text)})
    for sp in out:
        s, e, t = sp
        if t != "LOCATION" or id(sp) in drop:
            continue
        w = text[s:e]
        if w in admin:
            continue  # 越城区|世纪广场, 市中区|滨江文化广场: a county-level place and a site of its own
        if w.endswith(heads) and _SITES_COUNTED.match(text, e):
            drop.add(id(sp))  # (新建古树公园3个: a kind of park counted, no park's name)
            continue
        k0 = bisect_left(head_starts, e)
        if not (k0 < len(head_starts) and head_starts[k0] <= e + 4) and not (w in heads or w[2:] in heads):
            continue
        if w in heads or tags.get(w[:2], "")[:1] == "v" and w[2:] in heads:
            drop.add(id(sp))
            continue
        # (a noun may open the description with a function character: 全民|健身)
        opener = 2 if tags.get(text[e:e + 2], "")[:1] == "n" else 0
        for k in range(0, 5):
            mid = text[e:e + k]
            if len(mid) < k or not _all_han(mid) or not bad.isdisjoint(mid[opener:]):
                break
            if k >= 2 and (tags.get(mid[:2], "").startswith("v") or tags.get(mid[:3], "").startswith("v")
                           or tags.get(mid[:2]) in ("d", "ad")):
                break  # (…开发区|率先开展|园区碳排放核算: an adverb opens a clause, not a park's name)
            head = next((h for h in heads if text.startswith(h, e + k)), None)
            if head is None:
                continue
            b = e + k + len(head)
            # (the model's rest of the name starts right after the place, 浦阳江|滨体育公园, or is the
            # park word alone; a place further in is a description of its own, 沂水消防走进|沂河湿地公园)
            inner = [x for x in out if x is not sp and x[0] < b and e <= x[1] and id(x) not in drop]
            if all(x[2] == "LOCATION" and x[0] in (e, e + k) and x[1] <= b for x in inner):
                drop.update(id(x) for x in inner)
                sp[1] = b
            break
    return [sp for sp in out if id(sp) not in drop]


def _name_after_division(text: str, spans: list[list]) -> list[list]:
    """A landform or site the model started one character late, right after a county or township
    (太湖县|花|亭湖国家湿地公园): the character between them opens its name.  Only a span ending in a
    place ending of ``loc_suffixes`` (湖, 山, 公园) is extended, and only by a character that is no
    function word and makes no word with the division's last one (县城, 镇上)."""
    lx = _lex()
    tags = _word_tags()
    endings = tuple(sorted(lx["loc_suffixes"], key=len, reverse=True))
    division_ends = {e for s, e, t in spans if t == "LOCATION" and text[e - 1] in _DIVISION_ENDS}
    if not division_ends:
        return spans
    out = [list(sp) for sp in spans]
    for sp in out:
        s, e, t = sp
        if t == "LOCATION" and s - 1 in division_ends and _is_han(text[s - 1]) \
                and text[s - 1] not in lx["breaker_or_leading_chars"] and text[s - 2:s] not in tags \
                and text[s - 1:s + 1] not in tags and text.endswith(endings, s, e):
            sp[0] = s - 1
    return out


_DIVISION_ENDS = frozenset("省市县区镇乡")


def _ordinary_word(stem: str, tags: dict) -> bool:
    """Is a would-be place's stem a dictionary word that is not a name (斑竹, 胜利: jieba tags it
    other than ns or nr)?  The list readers below each decide how much that counts against it."""
    return stem in tags and tags[stem][:2] not in ("ns", "nr")


def _listed_divisions(text: str, spans: list[list]) -> list[list]:
    """An item of a list (、 和 及 与) after a found township, district, county or village with the same
    suffix is one too (梅山镇、汤家汇镇、斑竹园镇; 镜湖区、弋江区、鸠江区和湾沚区): its stem may open with an
    ordinary word (斑竹) or be missing from the gazetteer (a district renamed since).  The item is 2-3
    Han characters and the suffix, not a dictionary word as a whole, and is followed by the next item,
    a count of them or the end of the list.  Only the places right after a found division are read."""
    if "、" not in text:
        return spans
    R = _rules()
    sufs = tuple(sorted(set(R["township_suffixes"]) | set(R["listed_division_suffixes"]), key=len, reverse=True))
    tags = _word_tags()
    stop = _lex()["stop"]
    out = [list(sp) for sp in spans]
    taken = _covered(out, len(text))
    n = len(text)
    # (a person the model read in the list, 东龙村、杨依村: a place of the same kind)
    persons = {(sp[0], sp[1]): sp for sp in out if sp[2] == "PERSON"}
    villages = R["village_suffixes"]
    townships = tuple(R["township_suffixes"])
    names = R["township_name_tags"]  # (a dictionary word that is a name: 布袋镇/nrt)
    followers = tuple(R["listed_item_followers"])
    for sp in sorted((sp for sp in out if sp[2] == "LOCATION"), key=lambda sp: sp[0]):
        suf = _ending(text, sp[0], sp[1], sufs)
        # (townships of either kind stand in one list: 东石乡、布袋镇)
        next_sufs = townships if suf in townships else (suf,)
        e = sp[1]
        while suf is not None and e < n - 1 and text[e] in _LIST_JOINERS:
            a = e + 1
            found = None
            for k, item_suf in ((k, x) for k in (2, 3) for x in next_sufs):
                b = a + k + len(item_suf)
                if b > n or not text.startswith(item_suf, a + k) or not _all_han(text[a:a + k]):
                    continue
                # (the last item may be followed by the clause's verb: 鸠江区和湾沚区|布局; or by what
                # opens it: 布袋镇|则有)
                item_ends = b == n or text[b] in _LIST_JOINERS or not _is_han(text[b]) or text[b] == "等" \
                    or bool(_COUNT_AFTER.match(text, b)) or text[e] != "、" and text[b:b + 2] in tags \
                    or text.startswith(followers, b)
                if (a, b) in persons and item_ends:
                    persons[(a, b)][2] = "LOCATION"
                    found = -b
                    break
                w, stem = text[a:b], text[a:a + k]
                # (villages are often named by ordinary words: 山堂村, 胜利村)
                # (a township after another may be named by an ordinary word too: 东石乡、布袋镇)
                if any(taken[a:b]) or w in tags and tags[w] not in names or stem in stop \
                        or (_ordinary_word(stem, tags) and suf not in villages and item_suf == suf):
                    continue
                if item_ends:
                    found = b
                    break
            if found is None:
                break
            if found < 0:  # (retyped in place)
                e = -found
                continue
            out.append([a, found, "LOCATION"])
            taken[a:found] = b"\x01" * (found - a)
            e = found
        if suf is not None:
            _listed_before(text, sp[0], suf, out, taken, tags, stop)
    return sorted(out)


def _villages_after_townships(text: str, spans: list[list]) -> list[list]:
    """A village or community named right after its township (大塘埠镇|胜利村, 某某乡|光明社区; in Taiwan a
    里 after its district) is a place, its stem an ordinary word or not (胜利, 光明, 新华: villages are
    often named so): 2-3 Han characters and a village suffix that forms no word with what follows
    (村民, 村级 do), and no kind of village (行政村, 示范村: rules.toml village_kinds)."""
    R = _rules()
    villages, townships, kinds = _ordered("village_suffixes"), _ordered("township_suffixes"), R["village_kinds"]
    if any(w in text for key in ("taiwan_context", "taiwan_divisions") for w in R[key]):
        # (Taiwan's villages are 里 of a district: 和平区梨山里, 太平区头汴里)
        villages, townships = (*villages, "里"), (*townships, "区")
    if not any(v in text for v in villages):
        return spans
    tags = _word_tags()
    bad = _lex()["breaker_or_leading_chars"] | nm._NUMERALS
    out = [list(sp) for sp in spans]
    taken = _covered(out, len(text))
    n = len(text)
    for s, e, t in spans:
        if t != "LOCATION" or not text.endswith(townships, s, e):
            continue
        for k in (2, 3):
            suf = _opening(text, e + k, villages)
            if suf is None:
                continue
            b = e + k + len(suf)
            stem = text[e:e + k]
            if _all_han(stem) and bad.isdisjoint(stem) and not any(taken[e:b]) \
                    and (b == n or text[b - 1:b + 1] not in tags) and not any(x in text[e - 1:b] for x in kinds):
                out.append([e, b, "LOCATION"])
                taken[e:b] = b"\x01" * (b - e)
            break
    return sorted(out)


def _village_lists(text: str, spans: list[list]) -> list[list]:
    """A list of three or more villages or communities (分别是坝下村、紫泽村、仙水村、溪口村和霞美村)
    names places, though none of them is known: each item is 2-3 Han characters and a village
    suffix, joined by 、 (the last by 和 及 与), none a kind of village (示范村) or an ordinary word
    (新农村), none opening with a numeral.  The first item starts after a non-Han character or a
    character that opens a list (是 为 即 在 …), which tells its stem from the words before it."""
    R = _rules()
    if "、" not in text or not any(v in text for v in _list_suffixes()):
        return spans
    run, piece = _village_list_patterns()
    tags = _word_tags()
    stop = _lex()["stop"]
    bad = _lex()["breaker_or_leading_chars"]
    kinds = set(R["village_kinds"])
    opens = _lex()["leading"] | _LIST_OPENERS
    out = [list(sp) for sp in spans]
    taken = _covered(out, len(text))

    def item_ok(a: int, b: int, suf: str) -> bool:
        w, stem = text[a:b], text[a:b - len(suf)]
        # (a numeral may open a three-character stem before other characters, 二郎巷社区, but not a
        # count: 三个村, 十二村, 两村)
        return (2 <= len(stem) <= 3 and _all_han(stem) and bad.isdisjoint(stem)
                and (stem[0] not in nm._NUMERALS or len(stem) == 3 and stem[1] not in nm._NUMERALS
                     and stem[1] not in _COUNT_CHARS)
                and stem not in stop
                and not any(k in w for k in kinds) and tags.get(w, "ns")[:2] == "ns"
                and not (_ordinary_word(stem, tags) and len(stem) == 3))

    # (each match opens with 1-3 Han characters and a suffix before its first 、)
    for m in _anchored_finditer(run, text, tuple(v + "、" for v in _list_suffixes()), 3):
        items = [[m.start() + p.start(), m.start() + p.end()] for p in piece.finditer(m.group())]
        if len(items) < 3:
            continue
        sufs_of = [next(v for v in _list_suffixes() if text.endswith(v, 0, b)) for _, b in items]
        # the first item's stem: the longest one that starts after a boundary
        for k in (3, 2):
            a = items[0][1] - len(sufs_of[0]) - k
            if a >= items[0][0] and text[a] not in opens \
                    and (a == 0 or not _is_han(text[a - 1]) or text[a - 1] in opens):
                items[0][0] = a
                break
        else:
            continue
        if not all(item_ok(a, b, suf) for (a, b), suf in zip(items, sufs_of)):
            continue
        for a, b in items:
            # (a mention the model cut inside the item, 北昌|社区 or 南华社|区, gives way to it)
            inner = [sp for sp in out if sp[0] < b and a < sp[1]] if any(taken[a:b]) else []
            if all(a <= sp[0] and sp[1] <= b for sp in inner):
                out = [sp for sp in out if sp not in inner]
                out.append([a, b, "LOCATION"])
                taken[a:b] = b"\x01" * (b - a)
    return sorted(out)


@lru_cache(maxsize=1)
def _village_list_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A run of village items joined by 、 (the last by 和 及 与), and one item of it."""
    sufs = "|".join(sorted(map(re.escape, _list_suffixes()), key=len, reverse=True))
    run = re.compile(rf"(?:[\u4e00-\u9fff]{{1,3}}(?:{sufs})、)+[\u4e00-\u9fff]{{1,3}}(?:{sufs})"
                     rf"(?:[和及与][\u4e00-\u9fff]{{2,3}}(?:{sufs}))?")
    return run, re.compile(rf"[^、和及与]+(?:{sufs})")


@lru_cache(maxsize=1)
def _list_suffixes() -> list[str]:
    """Endings of the items of a list of places: villages and communities, and the sites a report
    lists by name (王集泵站、芝麻洼泵站、朱口泵站)."""
    R = _rules()
    return [*R["village_suffixes"], *R["listed_site_suffixes"]]


_COUNT_CHARS = frozenset("个座处家所名位条批")  # classifiers after a numeral opening a list item (三个村)

# characters after which a list of places opens (分别是, 分别为, 即, 包括, 有): with the leading
# function characters (在, 为, 和 ...)
_LIST_OPENERS = frozenset("是即括有")


def _township_bodies(text: str, spans: list[list]) -> list[list]:
    """A body of a found township named by the township's stem (榜头镇 ... 在榜头中学; 榜头派出所所长)
    is one ORGANIZATION: a stem of two or more Han characters, then a word of ``township_bodies``,
    not glued to a Han character before it (a longer name), and not already part of a mention."""
    R = _rules()
    stems = set()
    for s, e, t in spans:
        if t == "LOCATION":
            suf = _ending(text, s, e, "township_suffixes")
            if suf is not None and e - s - len(suf) >= 2 and _all_han(text[s:e - len(suf)]):
                stems.add(text[s:e - len(suf)])
    if not stems:
        return spans
    lengths = sorted({len(x) for x in stems}, reverse=True)
    out = [list(sp) for sp in spans]
    taken = _covered(out, len(text))
    leading = _lex()["leading"]
    for i, b in _spans_of(text, "township_bodies"):  # (the cached word index of the body words)
        a = next((i - k for k in lengths if text[i - k:i] in stems), None)
        if a is None or any(taken[a:b]) or (a > 0 and _is_han(text[a - 1]) and text[a - 1] not in leading):
            continue
        out.append([a, b, "ORGANIZATION"])
        taken[a:b] = b"\x01" * (b - a)
    return sorted(out)


_UNIT_WORK = ("工作", "建设", "管理", "规范化")  # (人民法庭工作: the kind of unit is meant)
_UNIT_BOUNDARY = re.compile(r"[、和及与同在由设到赴向对即的]")  # a joiner or a preposition before a stem


def _stem_named_units(text: str, spans: list[list]) -> list[list]:
    """A tribunal, tax office, police station or Taiwan school named after its township by the bare
    name (下设大塘埠人民法庭、小河人民法庭; 龙泉税务所; 冬山乡顺安国小): two or three Han characters
    before the unit word (``stem_named_units``) that open after a boundary (a non-Han character, a
    joiner, a preposition, 设 or 即, or a place found), are no ordinary word of another kind and are
    not part of a mention found already -- or a place found exactly there (龙泉|税务所).  A place
    the model read across the stem and the unit gives way (顺|安国|小), and a body it ended inside
    the unit word gets the rest of it (城关派出|所)."""
    R = _rules()
    units = R["stem_named_units"]
    if not any(u in text for u in units):
        return spans
    tags = _word_tags()
    stop = set(R["not_unit_stems"]) | _lex()["stop"]
    out = [list(sp) for sp in spans]
    taken = _covered(out, len(text))
    place_at = {s: e for s, e, t in spans if t == "LOCATION"}
    place_ends = set(place_at.values())
    for unit in sorted(units, key=len, reverse=True):
        for m in re.finditer(re.escape(unit), text):
            i, b = m.start(), m.end()
            crossing = [sp for sp in out if sp[2] == "LOCATION" and i - 2 <= sp[0] < i < sp[1] <= b]
            for sp in crossing:  # 顺|安国|小: a place the model read across the stem and the unit
                out.remove(sp)
                taken[sp[0]:sp[1]] = bytes(sp[1] - sp[0])
            if taken[i]:
                # 城关派出|所: a body the model ended inside the unit word gets the rest of it (not a
                # complete one: 联合国|中)
                cut = next((sp for sp in out if sp[2] == "ORGANIZATION" and sp[0] < i < sp[1] < b), None)
                if cut is not None and not any(taken[cut[1]:b]) and text[cut[0]:cut[1]] not in tags \
                        and not _ends_with_org_suffix(text[cut[0]:cut[1]]):
                    taken[cut[1]:b] = b"\x01" * (b - cut[1])
                    cut[1] = b
                continue
            for k in (3, 2):
                a = i - k
                stem = text[a:i]
                if a < 0 or not _all_han(stem) or stem in stop or stem[-2:] in stop or stem[:2] in stop \
                        or stem[0] in "各每全本该其此" or _UNIT_BOUNDARY.fullmatch(stem[0]):
                    continue
                if any(taken[a:i]):
                    if k == 2 and place_at.get(a) == i:
                        # 龙泉|税务所: the unit of a place found already
                        out.append([a, b, "ORGANIZATION"])
                        taken[a:b] = b"\x01" * (b - a)
                        break
                    continue
                if a > 0 and _is_han(text[a - 1]) and not _UNIT_BOUNDARY.fullmatch(text[a - 1]) and a not in place_ends:
                    continue  # (after a place found: 冬山乡|顺安国小, the school of the township)
                if text.startswith(_UNIT_WORK, b):
                    break  # 做实人民法庭|工作: the kind of unit, not one named
                if text[a:i + 1] in tags:
                    continue  # 联合国|中: the stem and the unit's first character are a word
                if tags.get(stem, "n")[:1] not in ("n",) or any(text[x:x + 2] in tags and tags[text[x:x + 2]][:1] in "vdrpcmq"
                                                                for x in range(a, i - 1)):
                    continue  # 新建|派出所, 对其|税务所: a verb or a function word, no place's name
                out.append([a, b, "ORGANIZATION"])
                taken[a:b] = b"\x01" * (b - a)
                break
    return sorted(out)


def _listed_before(text: str, s: int, suf: str, out: list[list], taken: bytearray, tags: dict,
                   stop: frozenset) -> None:
    """The item right before a found division, joined to it by 、, with the same suffix (大王镇、稻庄镇):
    a list's first item opens after a boundary (a non-Han character or a function character like 在),
    so its stem is known by where it starts.  Its name may be a dictionary word tagged as a name
    (jieba has 大王镇 as a person's name) but no ordinary word."""
    b = s - 1
    if b < 3 or text[b] != "、" or any(taken[b - len(suf):b]) or not text.endswith(suf, 0, b):
        return
    leading = _lex()["leading"]
    for k in (3, 2):
        a = b - len(suf) - k
        if a < 0 or (a > 0 and _is_han(text[a - 1]) and (text[a - 1] not in leading or text[a - 1:a + 1] in tags)) \
                or (a > 0 and text[a - 1].isdigit()):
            continue  # (经|济特区: a function character that forms a word with the stem opens none; 2022|年龙鹄村)
        w, stem = text[a:b], text[a:a + k]
        if not _all_han(stem) or any(taken[a:b]) or stem in stop or stem[0] in leading \
                or tags.get(w, "ns")[:2] not in ("ns", "nr") or _ordinary_word(stem, tags):
            continue
        out.append([a, b, "LOCATION"])
        taken[a:b] = b"\x01" * (b - a)
        return


_LIST_JOINERS = frozenset("、和及与")
_COUNT_AFTER = re.compile(r"[0-9一二三四五六七八九十]+个")


def _zone_ends(text: str) -> dict[int, int]:
    """Start -> end of the longest zone word starting there (开发区), or minus the end of the
    longest site word of two or more characters (景区, 湿地: only after a found place)."""
    zone_ends = _longest_at(_spans_of(text, "zone_suffixes"))
    site_ends = _longest_at((a, b) for a, b in _spans_of(text, "site_suffixes") if b - a >= 2)
    for p, b in site_ends.items():
        zone_ends.setdefault(p, -b)
    return zone_ends


def _longest_at(spans) -> dict[int, int]:
    """Start -> end of the longest of the occurrences ``spans`` starting there."""
    out: dict[int, int] = {}
    for a, b in spans:
        if b > out.get(a, a):
            out[a] = b
    return out


def _townships(text: str, spans: list[list]) -> list[list]:
    """X镇 / X乡 / X街道 with a two- or three-character proper-name stem (新兴镇, 白石铺镇) after a boundary.

    A boundary is the text start, a non-Han or function character, the end of a mention, or the end
    of a dictionary word (其中|某某镇, 走访|某某乡) where the stem is no ordinary word; a model place
    that stops before its township suffix gets it back (某某滩|镇).  What depends on the text alone
    is worked out once per text (:func:`_township_candidates`; the pass runs twice).
    """
    tags = _word_tags()
    taken = _covered(spans, len(text))
    ends = {e for _, e, _ in spans}
    out = [list(sp) for sp in spans]
    loc_end = {e: k for k, (s, e, t) in enumerate(out) if t == "LOCATION" and 2 <= e - s <= 3}
    for p, e, stems in _township_candidates(text):
        if p in loc_end and not any(taken[p:e]) and text[e - 1:e + 1] not in tags and text[p:e + 1] not in tags:
            sp = out[loc_end[p]]  # 冷水滩|镇: the model left the township suffix off
            if text[sp[0]:e] not in tags:
                sp[1] = e
                taken[p:e] = b"\x01" * (e - p)
            continue
        k = loc_end.get(p - 1)
        if k is not None and out[k][1] - out[k][0] == 2 and not any(taken[p - 1:e]) \
                and any(i == out[k][0] and (like or _listed_township(text, i, e)) for i, _, like in stems):
            # 大塘|埠镇: the model stopped inside a three-character stem that reads as a name (or stands in a
            # list of townships: 斑竹园镇、天堂|寨镇)
            out[k][1] = e
            taken[p - 1:e] = b"\x01" * (e - p + 1)
            continue
        for i, after_word, like in stems:
            boundary = _after_boundary(text, i, ends)
            word_boundary = not boundary and after_word
            if not (boundary or word_boundary) or any(taken[i:e]):
                continue
            if (p - i == 3 or word_boundary) and not like:
                continue  # 送戏下乡, 深化城镇: a three-character stem or one after a word must read as a name
            out.append([i, e, "LOCATION"])
            taken[i:e] = b"\x01" * (e - i)
            break
    return out


def _listed_township(text: str, i: int, e: int) -> bool:
    """Does the township name ``text[i:e]`` stand in a 、 list of names with its suffix (双河镇、天堂寨镇)?"""
    suffix = text[e - 1]
    return text[i - 2:i] == suffix + "、" or text[e:e + 1] == "、" and suffix in text[e + 2:e + 7]


@lru_cache(maxsize=_TEXT_CACHE)
def _numeral_stem(text: str, i: int, stem: str) -> bool:
    """Does the numeral in ``stem`` (at ``text[i:]``) count or multiply rather than name?  A numeral
    may open a township's name (万寨乡, 千灯镇, 九龙镇), not end its stem or count (三乡, 一乡一品,
    两镇), nor be a number's multiplier (2100万|城乡劳动者)."""
    if stem[-1] in nm._NUMERALS and stem[0] not in nm._NUMERALS and len(stem) == 2 \
            and _named_alone(text, text[i:i + 3]):
        return False  # 尺八镇: a name ending in a numeral, standing alone as a name in the text
    return (stem[-1] in nm._NUMERALS or "一" in stem or "两" in stem
            or all(c in nm._NUMERALS for c in stem)
            or stem[0] in nm._NUMERALS and i > 0 and (text[i - 1].isdigit() or text[i - 1] in nm._NUMERALS))


def _named_alone(text: str, name: str) -> bool:
    """Does ``name`` stand twice or more in ``text`` with no Han character before it (a heading
    ``尺八镇：…``, a line ``来源：尺八镇人民政府``)?  A township named so is a name, whatever its last
    character (a count, 两镇 or 三乡, is written inside a clause, after other words)."""
    at = [m.start() for m in re.finditer(re.escape(name), text)]
    alone = [a for a in at if a == 0 or not _is_han(text[a - 1])]
    return len(alone) >= 2


def _township_candidates(text: str) -> list[tuple[int, int, tuple[tuple[int, bool, bool], ...]]]:
    """Each township suffix two or more characters into ``text``, ascending: its start and end, and
    the stems before it (three characters, then two) that can name a township as far as the text
    alone tells -- each as its start, whether a dictionary word ends right before it
    (:func:`_after_word`) and whether stem and suffix read as a name (:func:`_township_like`;
    True where that is not asked: a two-character stem not after a word).
    Whether a stem follows a boundary and is free depends on the mentions found, so
    :func:`_townships` checks that."""
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    name_tags = R["township_name_tags"]
    out = []
    # a stem ends where a suffix starts: only those places are looked at
    for p, e in sorted(_longest_at(_spans_of(text, "township_suffixes")).items()):  # (the longest suffix at p)
        p = _peoples_before(text, p)
        if p < 2:
            continue
        stems = []
        # 美丽乡|村: the suffix starts an ordinary word (but 某某乡|党委; and a dictionary place name
        # before it still names the township: 七里坪镇|长胜街, read 镇长 by the dictionary)
        word_after = text[p:e + 1] in tags and not _org_suffix_at(text, e)
        if not word_after or tags.get(text[p - 3:p]) == "ns":
            for k in (3, 2):
                i = p - k
                if i < 0:
                    continue
                stem = text[i:p]
                if word_after and (k == 2 or tags.get(stem) != "ns"):
                    continue
                if not _all_han(stem) or _numeral_stem(text, i, stem) or stem[0] == "个" \
                        or (tags.get(stem) not in name_tags  # (花都街道: a dictionary place name may hold 都)
                            and not lx["breaker_or_leading_chars"].isdisjoint(stem)):
                    continue
                listed = i > 0 and text[i - 1] == "、" and tags.get(stem) in name_tags  # (甲街道、和平街道)
                if (stem in tags and tags[stem] not in R["township_stem_tags"] and not listed) or stem in lx["stop"] \
                        or stem[-1] in R["place_abbreviations"]:
                    continue
                if text[i:e] in tags and tags[text[i:e]] != "ns":
                    continue  # 乡镇, 城乡 and other ordinary words
                if k == 3 and any(c in R["place_abbreviations"] for c in stem) and tags.get(stem) != "ns":
                    continue  # (but 七里坪镇: a dictionary place name may hold 里)
                after_word = _after_word(text, i, tags)
                # (a two-character stem must read as a name only after a word: looked up only then)
                like = (k == 2 and not after_word) or _township_like(text[i:e], tags) \
                    or k == 3 and tags.get(stem) == "ns"  # (a dictionary place name: 七里坪)
                stems.append((i, after_word, like))
        out.append((p, e, tuple(stems)))
    return out


def _peoples_before(text: str, p: int) -> int:
    """Where the suffix of an ethnic township that names two peoples begins (钟英|傈僳族彝族乡): the
    stem comes before all of them, the first people is no part of it."""
    peoples = _ordered("ethnic_peoples")
    while True:
        k = len(_ending(text, 0, p, peoples) or "")
        if not k:
            return p
        p -= k


def _township_heads(text: str, spans: list[list]) -> list[list]:
    """A township the model began one character late gets its first character back: 在石|龙坳镇 ->
    石龙坳镇, when the two-character stem is no word, the character before it follows a boundary
    and joins no word with it, and the three-character stem reads as a name; 乾|丰镇 -> 乾丰镇 after a
    mark, where a one-character stem (seldom a township's) and the character before read as a name."""
    R = _rules()
    lx = _lex()
    tags = _word_tags()
    ends = {e for _, e, _ in spans}
    starts = {s for s, _, _ in spans}
    out = []
    for s, e, t in spans:
        if t == "LOCATION" and s >= 1 and s - 1 not in ends:
            suf = _ending(text, s, e, "township_suffixes")
            i = s - 1
            c = text[i]
            stem = e - s - len(suf) if suf else 0
            if stem in (1, 2) and _is_han(c) and i not in starts and c not in lx["leading"] \
                    and c not in lx["org_breakers"] and c not in nm._NUMERALS and c not in R["place_abbreviations"] \
                    and (stem == 2 and _after_boundary(text, i, ends) and text[s:e - len(suf)] not in tags
                         and text[i:s + 1] not in tags and _township_like(text[i:e], tags)
                         or stem == 1 and (i == 0 or text[i - 1] in "、，。；：,;:\n")
                         and tags.get(text[i:s + 1], "ns")[:2] in ("ns", "nr", "nz")):
                s = i
        out.append([s, e, t])
    return out


def _township_of_name(text: str, spans: list[list]) -> list[list]:
    """A place found by its name alone (a list's item, a name said again) right before 乡 or 镇 that
    opens no word with what follows is the township (七美|乡乡长 -> 七美乡), and a township office's
    ending after it makes the office (望安乡|公所 -> 望安乡公所, an ORGANIZATION)."""
    tags = _word_tags()
    starts = {sp[0] for sp in spans}
    out = []
    for s, e, t in spans:
        if t == "LOCATION" and e < len(text) and 2 <= e - s <= 3 and text[e - 1] not in "乡镇" \
                and text[e] in "乡镇" and e not in starts \
                and (text[e:e + 2] not in tags or text[e + 1:e + 2] == text[e]  # (七美|乡乡长: 乡乡 is a word too)
                     or _org_suffix_at(text, e + 1)):
            e += 1
        if t == "LOCATION" and text[e - 1] in "乡镇" and e not in starts and (ln := _org_suffix_at(text, e)):
            e, t = e + ln, "ORGANIZATION"  # (an organization ending right after the township: its office)
        out.append([s, e, t])
    return out


def _school_endings() -> str:
    return "|".join(map(re.escape, sorted(_rules()["school_number_endings"], key=len, reverse=True)))


@lru_cache(maxsize=1)
def _school_number_re() -> re.Pattern:
    """A school number and ending (一中, 十二小, 三职高)."""
    return re.compile(r"[一二三四五六七八九十]{1,2}(?:" + _school_endings() + ")")


_SCHOOL_DIGITS = "一二三四五六七八九十"


@lru_cache(maxsize=1)
def _school_number_index() -> _WordIndex:
    """The school numbers with their endings (一中, 十二小, 三职高), one or two digits: where one of
    them starts a number starts, overlapping starts (十一中, 一中) included."""
    endings = _rules()["school_number_endings"]
    return _WordIndex({a + e for a in _SCHOOL_DIGITS for e in endings}
                      | {a + b + e for a in _SCHOOL_DIGITS for b in _SCHOOL_DIGITS for e in endings})


@lru_cache(maxsize=1)
def _school_re() -> re.Pattern:
    """A school name at a position: a 1-2 character place stem, a number and an ending (the stem captured)."""
    return re.compile(r"(?=([\u4e00-\u9fff]{1,2})[一二三四五六七八九十]{1,2}(?:" + _school_endings() + "))")


def _place_heads(text: str, spans: list[list]) -> list[list]:
    """A place whose first character the model left off (城|南庄镇, 丹|霞山, 松|阴溪) starts one
    character earlier when that character and the place's start form a dictionary place name
    (城南庄, ns), or a name jieba tags as a person's that ends the place with a mountain or river
    character (丹霞山, 松阴溪).  Only after a boundary or a word, and not where the character forms a
    word with the one before it: 县城|南 is the county town's south (so 完成|丹霞山 stays 霞山, since
    jieba knows 成丹)."""
    tags = _word_tags()
    R = _rules()
    landform = R["landform_chars"]
    # (not a joining or function character: 同|亚非, 和|澳洲; nor 原|苏联, the former one)
    not_head = _lex()["breaker_or_leading_chars"] | set(R["conjunctions"]) | {"同", "原"}
    ends = {e for _, e, _ in spans}
    taken = _covered(spans, len(text))
    out = []
    for s, e, t in spans:
        if t == "LOCATION" and s >= 1 and _is_han(text[s - 1]) and not taken[s - 1] and text[s - 1] not in not_head \
                and (_after_boundary(text, s - 1, ends) or _after_word(text, s - 1, tags)) and text[s - 2:s] not in tags:
            whole = text[s - 1:e]
            if any(tags.get(text[s - 1:j]) == "ns" for j in range(s + 2, min(e, s + 3) + 1)) \
                    or tags.get(whole, "")[:2] in ("nr", "nz") and whole[-1] in landform:
                s -= 1
        out.append([s, e, t])
    return out


_ORDINAL_BEFORE = re.compile("第[一二三四五六七八九十]{1,3}$")


def _ordinal_bodies(text: str, spans: list[list]) -> list[list]:
    """A school or hospital right after 第N (第一|实验小学, 第二|人民医院) is named by the number too,
    when 第N starts the name: after a boundary or a place, not inside a longer word."""
    if "第" not in text:
        return spans
    R = _rules()
    endings = tuple(R["ordinal_body_endings"])
    ends = {e for _, e, _ in spans}
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION" and text[s:e].endswith(endings):
            m = _ORDINAL_BEFORE.search(text, max(0, s - 4), s)
            if m and _after_boundary(text, m.start(), ends):
                s = m.start()
        out.append([s, e, t])
    # ... and one the model missed: 第N, a short stem, an ending (第一|实验|小学), its own words only
    taken = _covered(out, len(text))
    bad = _lex()["breaker_or_leading_chars"] | nm._NUMERALS | R["not_in_site_stem"]
    for m in _ordinal_body_re().finditer(text):
        a, b = m.span()
        if any(taken[a:b]) or not bad.isdisjoint(m.group(2)) or not _after_boundary(text, a, ends):
            continue
        out.append([a, b, "ORGANIZATION"])
    return sorted(out)


@lru_cache(maxsize=1)
def _ordinal_body_re() -> "re.Pattern":
    endings = "|".join(sorted(_rules()["ordinal_body_endings"], key=len, reverse=True))
    return re.compile(rf"第([一二三四五六七八九十]{{1,3}})([\u4e00-\u9fff]{{0,4}}?)(?:{endings})"
                      r"(?=[、，。；,;和及等\s])")


def _numbered_schools(text: str, spans: list[list]) -> list[list]:
    """Schools named by place and number (县一中, 城北二中, 市三小) after a boundary, before a list/clause end."""
    # a school name starts one or two characters before a numbered ending: only there is the
    # name pattern tried (the same matches as scanning every position, at a fraction of the cost)
    numbers = {c for c, _ in _school_number_index().spans(text)}
    starts = sorted({c - k for c in numbers for k in (1, 2) if c >= k})
    out = list(spans)
    if not starts:
        return out
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    taken = _covered(spans, len(text))
    ends = {e for _, e, _ in spans}
    full = _school_number_re()
    for i in starts:
        m = _school_re().match(text, i)
        if not m:
            continue
        stem = m.group(1)
        if not _after_boundary(text, i, ends):
            continue
        tail = full.match(text, i + len(stem))
        if not tail:
            continue
        e = tail.end()
        if any(taken[i:e]) or not (e == len(text) or not _is_han(text[e]) or text[e] in R["name_end_chars"]) \
                or not nm._NUMERALS.isdisjoint(stem):
            continue  # 一老一小: a slogan of numbers, not a school
        if len(stem) == 1:
            ok = stem in R["place_abbreviations"]
        else:
            ok = (stem in lx["admin_short"] or tags.get(stem, "ns") in R["township_stem_tags"]) \
                and not not lx["breaker_or_leading_chars"].isdisjoint(stem)
        if ok:
            out.append([i, e, "ORGANIZATION"])
            for k in range(i, e):
                taken[k] = True
    return out


def _roads_and_sites(text: str, spans: list[list]) -> list[list]:
    """X路 / X大街 / X公园 … with a 2-4 character proper stem right after a boundary (宏业路, 滨河路)."""
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    taken = _covered(spans, len(text))
    ends = {e for _, e, _ in spans}
    out = list(spans)
    n = len(text)
    # a 2-4 character stem ends where a suffix starts: only those places are looked at
    suffix_at = _starts_of(text, "site_suffixes")
    resume = 0  # positions before this one are inside a site just added
    for i in sorted({p - k for p in suffix_at for k in (2, 3, 4) if 0 <= p - k < n - 2}):
        if i < resume or taken[i]:
            continue
        # a name no dictionary knows may also follow a verb (抓好|某某水库): not after any word,
        # since an ordinary word before the suffix is no name (修建|小型水库 has a known stem)
        after_verb = i >= 2 and tags.get(text[i - 2:i], "")[:1] == "v" and text[i - 1:i + 1] not in tags
        if not _after_boundary(text, i, ends) and not after_verb or i > 0 and text[i - 1].isdigit():
            continue  # (10|处镇街道: a classifier after a number opens no name)
        hit = None
        for ln in (2, 3, 4):
            stem = text[i:i + ln]
            if len(stem) < ln or not _all_han(stem) or any(taken[i:i + ln]):
                break
            # (a name may open with 万 -- 万宜水库, 万州 -- where no numeral stands before it)
            bare = stem[1:] if stem[0] == "万" and (i == 0 or text[i - 1] not in nm._NUMERALS) else stem
            if not (lx["breaker_or_leading_chars"].isdisjoint(stem) and nm._NUMERALS.isdisjoint(bare)
                    and R["not_in_site_stem"].isdisjoint(stem)):
                break
            if any(tags.get(stem[:k], "").startswith("v") for k in (2, 3)):
                break  # 打造精品街, 涵盖道路: a clause, not a name
            if ln >= 3 and any(tags.get(stem[k:], "")[:1] == "v" and tags.get(stem[k:]) != "vn"
                               for k in range(1, ln - 1)):
                continue  # 同时|发布|景区: a stem ending in a verb is a clause; a longer stem neither
            suf = next((x for x in R["site_suffixes"] if text.startswith(x, i + ln)), None)
            if suf and after_verb and not _after_boundary(text, i, ends) \
                    and (ln > 3 or any(stem[k:k + 2] in tags for k in range(ln - 1))):
                break  # (after a verb only a short unknown name: 新建|小型水库, 建制|村通硬化路 are no places)
            if suf:
                # (某某街|道: a street-office township, not a street: the whole of 街道)
                suf = next((x for x in R["cut_township_endings"] if x.startswith(suf) and text.startswith(x, i + ln)
                            and text[i + ln + len(x) - 1:i + ln + len(x) + 1] not in tags), suf)  # (not 街|道路)
                e = i + ln + len(suf)
                whole = text[i:e]
                if any(taken[i:e]) or (whole in tags and tags[whole] != "ns") \
                        or stem in lx["stop"] or whole in lx["stop"] \
                        or text[i + ln - 1:i + ln + len(suf)] in tags \
                        or (stem in tags and tags[stem] in ("v", "vn", "d", "a", "ad", "m", "q", "r", "p", "c", "b")) \
                        or (stem in tags and tags[stem] == "f" and not suf.endswith(("路", "道", "街"))) \
                        or (e < n and text[e - 1:e + 1] in tags and tags[text[e - 1:e + 1]][:1] == "n"
                            and text[e - 1:e + 1] not in R["site_suffixes"] and text[e] not in "东西南北中口边旁"):
                    break  # (送餐路|线, 重点路|段, 智慧路|网: the ending opens a noun of its own)
                if suf.endswith("路") and stem.endswith(tuple(R["road_kinds"])):
                    break  # (新修产业路, 入户路: a kind of road built, no road's name)
                if _SITES_COUNTED.match(text, e):
                    break  # (新建古树公园3个: a kind of site counted, no site's name)
                hit, kind = e, "LOCATION"
                # (a subdistrict or community named after its road: 丰产路街道, 农科路社区; a school or
                # station named after it is a body: 连元街小学, 解放路派出所)
                if suf.endswith(("路", "街", "大道")) and (after := _NAMED_AFTER_ROAD.match(text, e)):
                    hit = after.end()
                elif suf.endswith(("路", "街", "大道")) and (after := _BODY_AFTER_ROAD.match(text, e)):
                    hit, kind = after.end(), "ORGANIZATION"
                break
        if hit:
            out.append([i, hit, kind])
            resume = hit
    return out


_NAMED_AFTER_ROAD = re.compile(r"街道|社区")
# a number with a classifier right after a site word: the word names a kind of site being counted
_SITES_COUNTED = re.compile(r"[0-9０-９一二两三四五六七八九十百几]+(?:个|座|处|条|家|块|片)")
_BODY_AFTER_ROAD = re.compile(r"(?:第[一二三四五六七八九十]+)?(?:小学|中学|幼儿园|学校|医院|卫生院|派出所|邮政所)")


def _cut_place_endings(text: str, spans: list[list]) -> list[list]:
    """A found place whose span stopped one character inside a township ending gets the rest
    (某某街|道 -> 某某街道); a two- or three-character place right before a road ending (某某|中路,
    某某|大道) is the road, one LOCATION.  Only spans of the model's places, never a body."""
    R = _rules()
    lx = _lex()
    tags = _word_tags()
    cut = R["cut_township_endings"]
    roads = sorted(R["road_endings_after_place"], key=len, reverse=True)
    starts = {s for s, _, _ in spans}
    n = len(text)
    out = []
    for s, e, t in spans:
        if t == "LOCATION" and e < n and _is_han(text[e]):
            suf = next((x for x in cut if len(x) >= 2 and text.endswith(x[:-1], s, e)
                        and text.startswith(x[-1], e) and e - s > len(x) - 1), None)
            if suf and e not in starts and not _more_common(text[e:e + 2], text[e - 1:e + 1]):
                e = e + 1  # (某某街|道路: the commoner word 道路 is read, the span stays; 沂城街|道长安路 is no 道长)
            elif 2 <= e - s <= 3 and not text.endswith(lx["admin_suffixes_sorted"], s, e):
                road = next((x for x in roads if text.startswith(x, e)), None)
                end = e + len(road) if road else e
                if road and e not in starts and (end >= n or not _is_han(text[end])
                                                  or text[end - 1:end + 1] not in tags):
                    e = end
        out.append([s, e, t])
    return out


def _bodies_before_townships(text: str, spans: list[list]) -> list[list]:
    """A body the model read right before a township suffix is the township's stem (西陵区学院|街道: the
    学院街道 street office of 西陵区, no college): a full administrative name it opens with stays a
    place, and the stem of two or three Han characters with the suffix is a LOCATION."""
    admin = _lex()["admin"]
    out = []
    for s, e, t in spans:
        suf = _opening(text, e, "township_suffixes") if t == "ORGANIZATION" else None
        head = next((k for k in range(min(e - s - 2, 8), 1, -1) if text[s:s + k] in admin), 0) if suf else 0
        if suf is None or not 2 <= e - s - head <= 3 or not _all_han(text[s + head:e]) \
                or any(sp[0] < e + len(suf) and e < sp[1] for sp in spans):
            out.append([s, e, t])
            continue
        if head:
            out.append([s, s + head, "LOCATION"])
        out.append([s + head, e + len(suf), "LOCATION"])
    return out
