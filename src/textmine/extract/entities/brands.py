"""National companies named by their brand (中国移动, 国家电网, online platforms: 抖音, 拼多多, and makers:
华为, 比亚迪), and societies and armed forces named without a place (红十字会, 国军).

Reports list telecom operators, grid companies and banks by the short names everyone uses; no
organization ending closes them, and the model reads 中国 at their start as a place.  The brands
are a closed list in ``rules.toml`` [brands]; a brand is one ORGANIZATION wherever it stands as a
word, unless a longer name already covers it (中国移动通信集团韶关分公司 stays whole).
"""
from __future__ import annotations

from functools import lru_cache

from .lexicons import _rules
from .shapes import _claim
from .wordindex import _WordIndex


@lru_cache(maxsize=1)
def _brand_table() -> tuple[_WordIndex, dict[str, tuple[str, str]]]:
    """The brands' index and, per brand, the characters that may not precede and not follow it.

    (a society's members are no society: 红十字|会员; the forces are none inside 全国军民, 爱国军人; a
    ministry none in 教育部门 or inside a longer word: 经济|部分, 国防|部队, 财政部|署)"""
    societies, forces, central = _rules()["societies"], _rules()["forces"], _rules()["central_bodies"]
    guarded = _rules()["brand_not_before"]  # (a dict: brand -> characters that may not follow it)
    names = _rules()["national_brands"] | _rules()["platforms"] | _rules()["companies"] | societies | forces | central \
        | set(guarded)
    guards = {n: ("全爱各" if n in forces else "",
                  "员" if n in societies else "门署分队长" if n in central else guarded.get(n, ""))
              for n in names}
    return _WordIndex(names), guards


def _brands(text: str) -> list[tuple[int, int]]:
    """Where brands stand in ``text``, left to right without overlaps, the longest at a position
    whose neighbours pass its guards -- what a regex alternation of the names (longest first, each
    with its lookbehind and lookahead) finds, from one lookup in the text's pair hashes instead of
    trying every name at every character."""
    index, guards = _brand_table()
    found = []
    for a, e in index.spans(text):
        before, after = guards[text[a:e]]
        if not (before and a and text[a - 1] in before) and not (after and e < len(text) and text[e] in after):
            found.append((a, e))
    found.sort(key=lambda sp: (sp[0], -sp[1]))
    out, last = [], 0
    for a, e in found:
        if a >= last:
            out.append((a, e))
            last = e
    return out


def national_brands(text: str, spans: list[list]) -> list[list]:
    """Each brand in ``text`` becomes an ORGANIZATION; shorter spans inside it (中国) are dropped."""
    return _claim(spans, _brands(text), "ORGANIZATION")
