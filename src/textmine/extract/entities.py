"""Named entities: PERSON, LOCATION, ORGANIZATION, WORK.

``find_entities`` runs the statistical character model (:mod:`textmine.extract.ner_model`,
trained on MSRA news) and then a few general rules that adapt it to report language and to the
output contract in ``spec/records.md``:

* WORK: a title in 《》 including the brackets; a PERSON inside a title is kept (the one overlap).
* ORGANIZATION: a place name (or a bare 县/市/省/区/镇/乡 abbreviation) followed by an
  organization ending (县委, 人民政府, 中心, 领导小组 …) is one flat mention.
* LOCATION: chained administrative names are split (湖北省枝江市 = 湖北省 + 枝江市); full
  administrative names from the gazetteer are found even where the model missed them.
* PERSON: a title before a name is not part of it (县委书记冯学军 -> 冯学军); names in an
  enumeration after a found name are names too (孙凤娥、邢磊、侯鑫月); a name found once is
  found at its other mentions in the same text.
* Stop-names (ordinary words that look like names) are dropped.

All word lists live in ``textmine/data/gazetteer``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from textmine.extract import ner_model as nm

TYPE_NAMES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_WORK_RE = re.compile(r"《[^《》\n]{1,80}》")


@lru_cache(maxsize=1)
def _lex() -> dict:
    base = nm.data_dir() / "gazetteer"
    words = {name: set(nm.read_wordlist(base / fn)) for name, fn in {
        "surnames": "surnames.txt", "titles": "titles.txt", "admin": "admin_divisions.txt",
        "admin_short": "admin_short.txt", "admin_suffixes": "admin_suffixes.txt",
        "org_suffixes": "org_suffixes.txt", "stop": "stop_names.txt",
    }.items()}
    words["org_suffixes_sorted"] = sorted(words["org_suffixes"], key=len, reverse=True)
    words["admin_suffixes_sorted"] = sorted(words["admin_suffixes"], key=len, reverse=True)
    return words


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


# ------------------------------------------------------------------ spans
def _model_spans(text: str) -> list[list]:
    return [[s, e, TYPE_NAMES[y]] for s, e, y in nm.get_model().predict(text)]


def _split_admin_chain(text: str, spans: list[list]) -> list[list]:
    """Split a LOCATION made of several administrative names into one mention per name."""
    lx = _lex()
    out = []
    for s, e, t in spans:
        if t != "LOCATION":
            out.append([s, e, t])
            continue
        parts = _admin_parts(text[s:e], lx)
        if parts:
            out.extend([s + a, s + b, t] for a, b in parts)
        else:
            out.append([s, e, t])
    return out


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
        if best is None:
            if pieces and _ends_admin(name[i:], lx) and len(name) - i >= 2:
                best = n
            else:
                return None
        pieces.append((i, best))
        i = best
    return pieces if len(pieces) >= 2 else None


def _admin_parts_ok(rest: str, lx) -> bool:
    return any(rest.startswith(w) for w in (rest[:k] for k in range(2, len(rest) + 1)) if w in lx["admin"]) \
        or (_ends_admin(rest, lx) and len(rest) >= 2)


def _ends_admin(w: str, lx) -> bool:
    return any(w.endswith(s) and len(w) > len(s) for s in lx["admin_suffixes_sorted"])


def _gazetteer_locations(text: str, spans: list[list]) -> list[list]:
    """Full administrative names (with their suffix) that the model left untagged."""
    lx = _lex()
    admin = lx["admin"]
    taken = _covered(spans, len(text))
    maxlen = max(map(len, admin))
    out = list(spans)
    i, n = 0, len(text)
    while i < n:
        hit = 0
        if not taken[i] and (i == 0 or not taken[i - 1]):
            for ln in range(min(maxlen, n - i), 1, -1):
                if text[i:i + ln] in admin and not any(taken[i:i + ln]):
                    hit = ln
                    break
        if hit:
            out.append([i, i + hit, "LOCATION"])
            i += hit
        else:
            i += 1
    return out


def _covered(spans, n) -> list[bool]:
    taken = [False] * n
    for s, e, _ in spans:
        for k in range(s, e):
            taken[k] = True
    return taken


def _org_suffix_at(text: str, i: int) -> int:
    """Length of the longest organization ending starting at ``i`` (0 if none)."""
    for suf in _lex()["org_suffixes_sorted"]:
        if text.startswith(suf, i):
            return len(suf)
    return 0


def _attach_org_suffix(text: str, spans: list[list]) -> list[list]:
    """LOCATION + organization ending -> ORGANIZATION (永清县委, 丰城市人民政府)."""
    spans = sorted(spans)
    out = []
    for k, (s, e, t) in enumerate(spans):
        if t == "LOCATION":
            ln = _org_suffix_at(text, e)
            nxt = spans[k + 1][0] if k + 1 < len(spans) else len(text)
            if ln and e + ln <= nxt:
                out.append([s, e + ln, "ORGANIZATION"])
                continue
        out.append([s, e, t])
    return out


def _strip_titles(text: str, spans: list[list]) -> list[list]:
    """A PERSON span that starts with a title keeps only the name after it."""
    lx = _lex()
    titles = sorted(lx["titles"], key=len, reverse=True)
    out = []
    for s, e, t in spans:
        if t == "PERSON":
            for ttl in titles:
                if text.startswith(ttl, s) and e - s - len(ttl) >= 2:
                    s += len(ttl)
                    break
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
                if a >= 0 and text[a] in sur and all(_is_han(c) for c in text[a:j - 1]) \
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


_NAME_END = set("、，。；：,;:）)”等和与及同在说")


def _name_candidate(text: str, i: int, sur, taken) -> int | None:
    """End of a 2-3 character name starting at ``i`` and followed by a list/clause boundary."""
    for ln in (2, 3):
        e = i + ln
        if e > len(text) or text[i] not in sur or any(taken[i:e]) or not all(_is_han(c) for c in text[i:e]):
            continue
        if e == len(text) or text[e] in _NAME_END or not _is_han(text[e]):
            return e
    return None


def _propagate(text: str, spans: list[list]) -> list[list]:
    """Other mentions of a PERSON/LOCATION/ORGANIZATION string found once are mentions too."""
    names = {}
    for s, e, t in spans:
        if e - s >= 2 and t != "WORK":
            names.setdefault(text[s:e], t)
    if not names:
        return spans
    taken = _covered(spans, len(text))
    out = list(spans)
    for w in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(w), text):
            a, b = m.span()
            if any(taken[a:b]):
                continue
            # do not cut a longer Han word in the middle for one-off short names
            out.append([a, b, names[w]])
            for k in range(a, b):
                taken[k] = True
    return out


def _works(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORK_RE.finditer(text)]


def _drop_stop_names(text: str, spans: list[list]) -> list[list]:
    stop = _lex()["stop"]
    return [sp for sp in spans if text[sp[0]:sp[1]] not in stop]


def find_entities(text: str) -> list[dict]:
    """Entities in ``text``.

    text: NORMALIZED text (simplified script, pinyin annotations already removed, full-width folded).
    Returns ``[{"start", "end", "type"}]``, offsets into ``text``, half-open, sorted by start, flat
    longest mentions that do not overlap, except that a PERSON inside a WORK title is also reported.
    """
    if not text:
        return []
    works = _works(text)
    spans = _model_spans(text)
    # inside a title only PERSON survives; spans crossing a bracket are dropped
    inner_persons = []
    kept = []
    for sp in spans:
        w = next(((a, b) for a, b in works if sp[0] < b and a < sp[1]), None)
        if w is None:
            kept.append(sp)
        elif sp[2] == "PERSON" and w[0] < sp[0] and sp[1] < w[1]:
            inner_persons.append(sp)
    spans = _strip_titles(text, kept)
    spans = _split_admin_chain(text, spans)
    spans = _gazetteer_locations(text, spans + [[a, b, "WORK"] for a, b in works])
    spans = [sp for sp in spans if sp[2] != "WORK"]
    spans = _attach_org_suffix(text, spans)
    spans = _drop_stop_names(text, spans)
    spans = _enumerated_names(text, spans + [[a, b, "WORK"] for a, b in works])
    spans = _propagate(text, spans)
    spans = [sp for sp in spans if sp[2] != "WORK"] + [[a, b, "WORK"] for a, b in works] + inner_persons
    spans = _flatten(spans)
    return [{"start": s, "end": e, "type": t} for s, e, t in spans]


def _flatten(spans: list[list]) -> list[list]:
    """Sorted, duplicate-free, non-overlapping (longest first), keeping PERSONs nested in a WORK."""
    spans = sorted({tuple(sp) for sp in spans}, key=lambda sp: (sp[0], -(sp[1] - sp[0])))
    works = [sp for sp in spans if sp[2] == "WORK"]
    chosen: list[tuple] = []
    taken: set[int] = set()
    for sp in sorted(spans, key=lambda sp: (sp[2] != "WORK", -(sp[1] - sp[0]), sp[0])):
        s, e, t = sp
        if t == "PERSON" and any(w[0] < s and e < w[1] for w in works):
            chosen.append(sp)
            continue
        if any(k in taken for k in range(s, e)):
            continue
        chosen.append(sp)
        taken.update(range(s, e))
    return [list(sp) for sp in sorted(chosen)]
