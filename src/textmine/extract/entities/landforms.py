"""Lakes, mountains and ports the model missed (龙感湖, 大巴山, 高雄港).

jieba tags a word ending in 湖, 山 or 港 after two characters or more (``landform_endings`` in
``rules.toml``; 山区 and 港区 too: 大别山区, but not 补|齐山区) as a place name (``ns``) when its
dictionary knows it as one and, for words it does not know, when its HMM joins and tags them so
(升金湖, 长荡湖): on the corpus and dev gold such a word was a LOCATION 21 times where no other pass
found anything, and no name at all only in an idiom (半壁江山); idioms and common nouns jieba tags
so are listed in ``landform_not_names``.  Two-character words are left out (青山, 江湖, 登山 are
tagged ``ns`` too).

The pass runs last among the places and only adds a word no span touches, or one that holds the
one shorter LOCATION the model cut out of it (升|金湖; 中国香港 holds two places and stays two): a
longer name found already (鄱阳湖国家级自然保护区, 《长津湖》) keeps its span.  A name found is found at
its other mentions on the same terms, and a 区 after a mountain or a port names the area (大别山区,
洋山港区).
"""
from __future__ import annotations

from .lexicons import _ordered, _rules
from .wordindex import _find_words


def _stem_length(word: str, endings: tuple[str, ...]) -> int:
    return len(word) - max(len(x) for x in endings if word.endswith(x))


def _area(text: str, end: int) -> int:
    """The end of the name with the 区 that makes it the area around it (大别山区, 洋山港区)."""
    return end + 1 if text.startswith("区", end) and text[end - 1] in _rules()["landform_area_endings"] else end


def named_landforms(text: str, spans: list[list], tokens) -> list[list]:
    """``spans`` with the lake, mountain and port names among ``tokens`` (``(word, start, end, pos)``)."""
    endings = _ordered("landform_endings")
    found = [(s, e) for w, s, e, pos in tokens
             if pos == "ns" and len(w) >= 3 and w.endswith(endings) and _stem_length(w, endings) >= 2
             and text[s:e] == w]
    if not found:
        return spans
    stop = _rules()["landform_not_names"]
    names = {text[s:e] for s, e in found} - stop
    # every mention of a name, as the other passes' names are found at all their mentions
    # (jieba may join it with the next word elsewhere: 长荡湖蟹)
    mentions = sorted((s, _area(text, e)) for s, e in _find_words(text, names))
    out = list(spans)
    for s, e in mentions:
        touching = [sp for sp in out if sp[0] < e and s < sp[1]]
        if not touching or len(touching) == 1 and touching[0][2] == "LOCATION" and s <= touching[0][0] \
                and touching[0][1] <= e and touching[0][:2] != [s, e]:
            out = [sp for sp in out if sp not in touching] + [[s, e, "LOCATION"]]
    return sorted(out)
