"""National companies named by their brand (中国移动, 国家电网).

Reports list telecom operators, grid companies and banks by the short names everyone uses; no
organization ending closes them, and the model reads 中国 at their start as a place.  The brands
are a closed list in ``rules.toml`` [brands]; a brand is one ORGANIZATION wherever it stands as a
word, unless a longer name already covers it (中国移动通信集团韶关分公司 stays whole).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import _rules


@lru_cache(maxsize=1)
def _brand_re() -> "re.Pattern":
    names = sorted(_rules()["national_brands"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def national_brands(text: str, spans: list[list]) -> list[list]:
    """Each brand in ``text`` becomes an ORGANIZATION; shorter spans inside it (中国) are dropped."""
    found = [m.span() for m in _brand_re().finditer(text)]
    if not found:
        return spans
    out, taken = [], []
    for a, b in found:
        if any(s <= a and b <= e and (s, e) != (a, b) for s, e, _ in spans):
            continue  # inside a longer name
        taken.append((a, b))
    for sp in spans:
        if any(a <= sp[0] and sp[1] <= b for a, b in taken):
            continue
        out.append(sp)
    out += [[a, b, "ORGANIZATION"] for a, b in taken]
    return sorted(out)
