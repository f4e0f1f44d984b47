"""Government bodies of Hong Kong, Macao and Taiwan, found by name (劳工及福利局, 香港天文台, 文化局).

Hong Kong's and Macao's names join two nouns with 及, which ends a body everywhere else (财政局及审计局
is two), or end in a word no ending list holds; the model, trained on mainland news, cuts them
(康乐|文化事务署联同…).  Taiwan's releases name a city government's bureaus bare (文化局表示, 由消防局
派员), which a mainland report does only for a bureau it named in full before.  Each region's bodies
are a closed set, listed in ``data/gazetteer/special_region_bodies.txt`` and ``taiwan_bodies.txt``
and read only in a text that names the region.  A listed name wins over a place or body the model read
across its edge; what that mention held before the name is kept when it is a name of its own
(香港特区政府), and in Taiwan a government right before a bureau of its own is one name with it
(台中市政府文化局).
"""
from __future__ import annotations

import re

from .lexicons import _lex, _rules, _word_tags
from .shapes import _ends_with_org_suffix
from .wordindex import _spans_of


# (the word list of a region's bodies, the rules.toml lists of words that name the region, and whether
# the region names its bodies bare, as Taiwan does: then a name must stand as a word -- short bureau
# names occur inside words, 行政处|罚, 文化部|门 -- and a government joins its bureau right after it)
_REGIONS = (("special_region_bodies", ("special_region_context",), False),
            ("taiwan_bodies", ("taiwan_context", "taiwan_divisions"), True))


def special_region_bodies(text: str, spans: list[list]) -> list[list]:
    """``spans`` with each listed body of a Hong Kong, Macao or Taiwan text as one ORGANIZATION."""
    for bodies, context, bare in _REGIONS:
        if any(w in text for key in context for w in _rules()[key]):
            spans = _listed_bodies(text, spans, bodies, bare)
            if bare:
                spans = _area_associations(text, spans)
    return spans


# Taiwan's farmers' and fishermen's associations named by the area they serve (枋山地区农会)
_AREA_ASSOCIATION = re.compile(r"([\u4e00-\u9fff]{2})地区(?:农会|渔会)")


def _area_associations(text: str, spans: list[list]) -> list[list]:
    """``spans`` with each farmers' or fishermen's association of an area (枋山地区农会, which the model
    leaves out: a place name it does not know) as one ORGANIZATION, over the mentions inside it."""
    bad = _lex()["breaker_or_leading_chars"]
    for m in _AREA_ASSOCIATION.finditer(text):
        a, b = m.span()
        if bad.intersection(m.group(1)) or any(s < a < e or s < b < e for s, e, _ in spans):
            continue  # (a name the model read across its edge is left alone)
        spans = [sp for sp in spans if not (a <= sp[0] and sp[1] <= b)] + [[a, b, "ORGANIZATION"]]
    return sorted(spans)


def _stands_as_word(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` no part of a word with the character before or after it?  (The head of the
    body is allowed after it: 文化局长, 社会处处长, 社会处副处长 are the bureau's officers.)"""
    tags = _word_tags()
    # (a name of four characters or more is no part of a word before it: 其中|卫生福利部, not 中卫)
    return (b - a >= 4 or text[a - 1:a + 1] not in tags) and (
        text[b - 1:b + 1] not in tags or text[b:b + 1] == "长" or text.startswith((text[b - 1] + "长", "副"), b))


def _listed_bodies(text: str, spans: list[list], bodies: str, bare: bool) -> list[list]:
    found = _spans_of(text, bodies)
    if bare:
        found = [(a, b) for a, b in found if _stands_as_word(text, a, b)]
    if not found:
        return _government_and_bureau(text, sorted(spans)) if bare else spans
    found = [(a, _section_end(text, b)) for a, b in found]
    # longest first; a listed name inside a longer listed one is not another mention
    names: list[tuple[int, int]] = []
    for a, b in sorted(found, key=lambda ab: (ab[0] - ab[1], ab[0])):
        if not any(x < b and a < y for x, y in names):
            names.append((a, b))
    admin = _lex()["admin"]
    out = []
    for s, e, t in spans:
        crossed = [(a, b) for a, b in names if s < b and a < e]
        if not crossed:
            out.append([s, e, t])
        elif all(s <= a and b <= e for a, b in crossed) and any((s, e) != (a, b) for a, b in crossed) \
                or t == "PERSON" and (s, e) not in crossed:
            # a longer mention holds the name (香港特区政府劳工及福利局) -- not one that cuts another listed
            # name (卫生|福利部食品药物管理署); a person is not overruled -- unless the model read exactly a
            # listed name as one (康文署: 康 is a surname)
            names = [ab for ab in names if ab not in crossed]
            out.append([s, e, t])
        else:
            a = min(a for a, _ in crossed)
            head = text[s:a]
            if len(head) >= 2 and (_ends_with_org_suffix(head) or head in admin):
                out.append([s, a, t])
    out.extend([a, b, "ORGANIZATION"] for a, b in names)
    # (台中市政府|文化局, 澳门特别行政区政府|旅游局; in Taiwan a city's own office: 高雄市|动物保护处)
    return _government_and_bureau(text, sorted(out), bare, set(names))


def _section_end(text: str, b: int) -> int:
    """The end of a section named right after a body that ends at ``b`` (文化局|图书馆管理科 followed by
    a space or punctuation, as in a press contact line), else ``b``: a body's section is part of it."""
    m = _SECTION.match(text, b)
    return m.end() if m and m.group(1) in _rules()["sub_unit_endings"] else b


_SECTION = re.compile(r"[\u4e00-\u9fff]{1,7}?(.)(?=[^\u4e00-\u9fff]|$)")


def _government_and_bureau(text: str, spans: list[list], bare: bool = True,
                           listed: set[tuple[int, int]] = frozenset()) -> list[list]:
    """A government right before a listed bureau of its own is one name with it: in Taiwan's releases
    (``bare``) 台中市政府|文化局, and so are the short 县府/市府 (县府农业处) and a ministry before its
    agency (农业部农业金融署), and a national university keeps its 国立; in Macao's a government named in
    full (澳门特别行政区政府|文化局), while Hong Kong's keep 香港特区政府 apart from 劳工及福利局."""
    out: list[list] = []
    for sp in spans:
        if out and out[-1][1] == sp[0] and sp[2] == out[-1][2] == "ORGANIZATION" \
                and _bureau_of(text[out[-1][0]:out[-1][1]], text[sp[0]:sp[1]], bare):
            out[-1] = [out[-1][0], sp[1], "ORGANIZATION"]
            continue
        if bare and out and out[-1][1] == sp[0] and out[-1][2] == "LOCATION" and (sp[0], sp[1]) in listed \
                and text[sp[0] - 1] in "市县":
            # (a city or county right before a listed office of its government: 高雄市|动物保护处)
            out[-1] = [out[-1][0], sp[1], "ORGANIZATION"]
            continue
        if bare and sp[2] == "ORGANIZATION" and text[max(0, sp[0] - 2):sp[0]] in _GOVERNMENT_PREFIXES \
                and not (out and out[-1][1] > sp[0] - 2):
            sp = [sp[0] - 2, sp[1], sp[2]]
        out.append(sp)
    return out


def _bureau_of(government: str, body: str, bare: bool) -> bool:
    """Is ``body``, right after ``government``, a bureau (or agency) of it?"""
    if not bare:
        return government.endswith("特别行政区政府") and _ends_with_org_suffix(body)
    # (and a ministry right before an agency of its own: 农业部|农业金融署)
    return government.endswith("政府") or government.endswith("部") and body.endswith("署")


# what Taiwan's releases write right before a body of theirs: the county's or city's government in
# short (县府农业处) and a national university's 国立 (国立屏东科技大学)
_GOVERNMENT_PREFIXES = ("县府", "市府", "国立")
