"""National companies named by their brand (中国移动, 国家电网, and online platforms: 抖音, 拼多多), and
societies and armed forces named without a place (红十字会, 国军).

Reports list telecom operators, grid companies and banks by the short names everyone uses; no
organization ending closes them, and the model reads 中国 at their start as a place.  The brands
are a closed list in ``rules.toml`` [brands]; a brand is one ORGANIZATION wherever it stands as a
word, unless a longer name already covers it (中国移动通信集团韶关分公司 stays whole).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import _rules
from .shapes import _claim


@lru_cache(maxsize=1)
def _brand_re() -> "re.Pattern":
    societies, forces, central = _rules()["societies"], _rules()["forces"], _rules()["central_bodies"]
    guarded = _rules()["brand_not_before"]  # (a dict: brand -> characters that may not follow it)
    names = sorted(_rules()["national_brands"] | _rules()["platforms"] | societies | forces | central | set(guarded),
                   key=len, reverse=True)
    # (a society's members are no society: 红十字|会员; the forces are none inside 全国军民, 爱国军人; a
    # ministry none in 教育部门 or inside a longer word: 经济|部分, 国防|部队, 财政部|署)
    return re.compile("|".join(("(?<![全爱各])" if n in forces else "") + re.escape(n)
                               + ("(?!员)" if n in societies else "(?![门署分队长])" if n in central
                                  else f"(?![{re.escape(guarded[n])}])" if n in guarded else "")
                               for n in names))


def national_brands(text: str, spans: list[list]) -> list[list]:
    """Each brand in ``text`` becomes an ORGANIZATION; shorter spans inside it (中国) are dropped."""
    return _claim(spans, [m.span() for m in _brand_re().finditer(text)], "ORGANIZATION")
