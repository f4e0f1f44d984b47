"""Government bodies of Hong Kong and Macao, found by name (劳工及福利局, 康乐及文化事务署, 香港天文台).

Their names join two nouns with 及, which ends a body everywhere else (财政局及审计局 is two), or end
in a word no ending list holds; the model, trained on mainland news, cuts them (康乐|文化事务署联同…).
They are a closed set, listed in ``data/gazetteer/special_region_bodies.txt`` and read only in a
text that names Hong Kong or Macao.  A listed name wins over a place or body the model read across
its edge; what that mention held before the name is kept when it is a name of its own (香港特区政府).
"""
from __future__ import annotations

from .lexicons import _lex, _rules
from .shapes import _ends_with_org_suffix
from .wordindex import _spans_of


def special_region_bodies(text: str, spans: list[list]) -> list[list]:
    """``spans`` with each listed body of a Hong Kong or Macao text as one ORGANIZATION."""
    if not any(w in text for w in _rules()["special_region_context"]):
        return spans
    found = _spans_of(text, "special_region_bodies")
    if not found:
        return spans
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
        elif any(s <= a and b <= e and (s, e) != (a, b) for a, b in crossed) or t == "PERSON":
            # a longer mention holds the name (香港特区政府劳工及福利局); a person is not overruled
            names = [ab for ab in names if ab not in crossed]
            out.append([s, e, t])
        else:
            a = min(a for a, _ in crossed)
            head = text[s:a]
            if len(head) >= 2 and (_ends_with_org_suffix(head) or head in admin):
                out.append([s, a, t])
    out.extend([a, b, "ORGANIZATION"] for a, b in names)
    return sorted(out)
