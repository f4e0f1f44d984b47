"""Media outlets, social-media accounts and site banners.

Government reports name where they published: a province's channel (安徽卫视), a county's media
group (长兴传媒集团), an account in quotes (“六安发布”微信公众号).  The statistical model reads the
place at the start of such names as a LOCATION; the rules here make the outlet one ORGANIZATION,
drop the place inside an account's name (the account is not a place, and annotators leave it
unlabelled or optional), and drop a portal's name standing as a page's banner line.  The word
lists are in ``rules.toml`` [media].
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import _rules
from .shapes import _claim, _gazetteer_place_before


@lru_cache(maxsize=1)
def _outlet_endings() -> tuple[str, ...]:
    return tuple(sorted(_rules()["outlet_endings"], key=len, reverse=True))


def _outlets(text: str, spans: list[list]) -> list[list]:
    """A LOCATION, or a place name of the gazetteer, directly before an outlet ending (卫视, 日报,
    传媒集团) is the outlet's name: one ORGANIZATION over both."""
    endings = _outlet_endings()
    if not any(e in text for e in endings):
        return spans
    by_end = {sp[1]: sp for sp in spans if sp[2] == "LOCATION"}
    found: list[tuple[int, int]] = []
    for ending in endings:
        start = text.find(ending)
        while start >= 0:
            end = start + len(ending)
            loc = by_end.get(start)
            head = loc[0] if loc else _gazetteer_place_before(text, start)
            if head is not None and not any(a < end and head < b for a, b in found):
                found.append((head, end))
            start = text.find(ending, end)
    return _claim(spans, found, "ORGANIZATION")


@lru_cache(maxsize=1)
def _account_re() -> "re.Pattern":
    """A quoted name of at most 14 characters, then an account word (optionally after 政务)."""
    words = "|".join(map(re.escape, sorted(_rules()["account_words"], key=len, reverse=True)))
    return re.compile(rf"[“「\"]([^“”「」\"\n]{{1,14}})[”」\"](?=(?:政务)?(?:{words}))")


def _account_names(text: str, spans: list[list]) -> list[list]:
    """Spans inside a quoted name followed by an account word (“六安发布”微信公众号) are dropped."""
    inside = [m.span(1) for m in _account_re().finditer(text)]
    if not inside:
        return spans
    return [sp for sp in spans if not any(a <= sp[0] and sp[1] <= b for a, b in inside)]


_MENU_AFTER = "|｜丨>＞·•"


def _banner_portals(text: str, spans: list[list]) -> list[list]:
    """An ORGANIZATION ending in a portal ending that opens its line, alone or before menu items
    (``遂昌县人民政府门户网站 | 无障碍浏览 | 登录``), is the site's banner and is dropped."""
    endings = tuple(_rules()["portal_endings"])
    out = []
    for sp in spans:
        s, e, t = sp
        if t == "ORGANIZATION" and text[s:e].endswith(endings):
            ls = text.rfind("\n", 0, s) + 1
            le = text.find("\n", e)
            rest = text[e:le if le >= 0 else len(text)].strip()
            if not text[ls:s].strip() and (not rest or rest[0] in _MENU_AFTER):
                continue
        out.append(sp)
    return out


def media_names(text: str, spans: list[list]) -> list[list]:
    """All three rules of this module, in order."""
    return _banner_portals(text, _account_names(text, _outlets(text, spans)))
