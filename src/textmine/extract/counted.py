"""What a figure counts: the noun phrase after its classifier, or the object or activity before it.

Reports say it three ways, and the rules follow them in this order:

1. ``组织2000余名党员干部赴西柏坡`` -- the noun phrase right after the classifier
   (for counts, measures and money; an ordinal names what follows it too);
2. ``发布志愿服务项目128个`` / ``集中学习800余次`` -- the clause text before the
   figure, cut after its last verb that governs a noun (``开展专题学习`` ->
   ``专题学习``), with framing words (达 为 共 累计 其中 全县 ...) trimmed;
   ``占X的Y%`` counts X;
3. a comparison (``同比增长6.3%``), an empty clause (``、0.53%``) or a bare
   ``其余6项`` refers back: it counts what the figure before it in the sentence counts.

The text is returned as written (normalized script); the scorer and users
accept the head noun phrase or a phrase containing it.
"""
from __future__ import annotations

import bisect
from typing import Any

import regex

__all__ = ["find_counted"]

_NOUNISH = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "vn", "ng", "j", "l", "an", "b", "eng")
_CLAUSE_BREAK = "，,。；;：:！!？?\n、“”\"「」《》 \u3000|"
_LEAD_FRAME = regex.compile(
    r"^(?:其中|截至目前|截至|目前|今年以来|今年|全年|去年|同时|此外|另外|累计|共|全县|全市|全省|全区|全国|全镇|"
    r"该县|该市|我市|我县|我省|本月|上半年|下半年|年初|已|已经|新|再|还|均|各|先后|共计|合计|总计|"
    r"\d{4}年(?:底|末|初)?|[一二三四]季度末?)+")
_TRAIL_FRAME = regex.compile(
    r"(?:共计|共有|合计|总计|累计|达到|达|为|是|有|共|约|的|了|已|分别为|分别|均为|均|增至|至|到|在|于|仅|超过|"
    r"近|逾|超|不足|不到|高达|多达|突破|约为|大约|总数为|数为|总量为|规模|面积为|提高|提升|新增|增加|减少)+$")
_COMPARE = regex.compile(r"^(?:同比|环比|比上年|比去年|比上期|较上年|较去年|较上期|与上年同期相比|与上年相比|比|较)")
_CHANGE_ONLY = regex.compile(r"^(?:同期|同比|环比|相比|上年|去年|上期|年)*(?:增长|下降|上升|提高|增加|减少|回落|降低|净增|增|降|减少了|增长了)$")
_SHARE = regex.compile(r"占(?:比)?(?P<whole>[^，。；、]*?)的?$")
_RANK_CUT = regex.compile(r"(?:居|排名|排在|排|位居|位列|名列|列)(?:全国|全省|全市|全区|全县)?$")
_PERSON_UNITS = {"人", "人次"}


def _clause_start(text: str, start: int, floor: int) -> int:
    i = start
    while i > floor and text[i - 1] not in _CLAUSE_BREAK:
        i -= 1
    return i


def _after_phrase(text: str, tokens, starts, end: int, limit: int) -> str | None:
    """The noun phrase right after a figure (党员干部 in 2000余名党员干部赴...)."""
    i = bisect.bisect_left(starts, end)
    words: list[tuple[str, str]] = []
    pos = end
    while i < len(tokens) and pos < limit:
        w, s, e, p = tokens[i]
        if s != pos:
            break
        if w in ("（", "("):
            close = text.find("）" if w == "（" else ")", e, min(limit, e + 6))
            if close > 0 and words:
                words.append((text[s:close + 1], "n"))
                pos = close + 1
                i = bisect.bisect_left(starts, pos)
                continue
            break
        if p in _NOUNISH or (p.startswith("v") and i + 1 < len(tokens) and tokens[i + 1][3] in _NOUNISH
                             and tokens[i + 1][1] == e and not words and len(w) == 2 and w not in ("参与", "参加", "到", "赴")):
            words.append((w, p))
            pos = e
            i += 1
            if len("".join(x for x, _ in words)) >= 16:
                break
            continue
        if p in ("a", "vn") and i + 1 < len(tokens) and tokens[i + 1][3] in _NOUNISH and not words:
            words.append((w, p))
            pos = e
            i += 1
            continue
        break
    phrase = "".join(w for w, _ in words)
    if not phrase or all(p in ("a", "b") for _, p in words):
        return None
    if len(phrase) == 1 and phrase in "人次名个":
        return None
    return phrase


def _before_phrase(text: str, tokens, starts, cstart: int, fstart: int) -> tuple[str | None, str]:
    """Counted from the clause text before a figure; second value says how it was found."""
    raw = text[cstart:fstart]
    share = _SHARE.search(raw)
    if share:
        whole = _LEAD_FRAME.sub("", share.group("whole"))
        if whole:
            return whole, "share"
        if raw.endswith("占比"):
            return "占比", "share"
        return None, "refer"
    prefix = _TRAIL_FRAME.sub("", raw)
    prefix = _RANK_CUT.sub("", prefix)
    prefix = _TRAIL_FRAME.sub("", prefix)
    if _COMPARE.match(prefix) or _CHANGE_ONLY.match(prefix):
        return None, "refer"
    lead = _LEAD_FRAME.match(prefix)
    offset = cstart + (lead.end() if lead else 0)
    body = prefix[lead.end():] if lead else prefix
    if not body:
        return None, "refer"
    # cut after the last verb that governs a noun: 开展专题学习 -> 专题学习
    end = offset + len(body)
    i = bisect.bisect_left(starts, offset)
    cut = offset
    toks = []
    while i < len(tokens) and tokens[i][1] < end:
        toks.append(tokens[i])
        i += 1
    for k, (w, s, e, p) in enumerate(toks):
        if p.startswith("v") and p != "vn" and e < end and s >= offset:
            if any(t[3] in _NOUNISH for t in toks[k + 1:]) and len(text[e:end]) >= 2:
                cut = e
    phrase = text[cut:end].strip()
    if phrase.endswith("等") and len(phrase) > 1:
        return None, "refer"
    for stop in ("其余", "其他", "另有"):
        if phrase == stop:
            return None, "refer"
    if not phrase or len(phrase) == 1 and phrase in "的了是有":
        return None, "refer"
    return phrase, "before"


def find_counted(text: str, tokens: list[tuple[str, int, int, str]], sentences: list[dict[str, Any]],
                 figures: list[dict[str, Any]]) -> None:
    """Set ``counted`` on every figure dict (in place); figures must be in text order."""
    starts = [t[1] for t in tokens]
    sent_starts = [s["start"] for s in sentences]
    prev_in_sentence: dict[int | None, dict[str, Any]] = {}
    for k, f in enumerate(figures):
        si = f.get("sentence")
        if si is not None and 0 <= si < len(sentences):
            s_start, s_end = sentences[si]["start"], sentences[si]["end"]
        else:
            j = bisect.bisect_right(sent_starts, f["start"]) - 1
            s_start, s_end = (sentences[j]["start"], sentences[j]["end"]) if j >= 0 else (0, len(text))
        prev = prev_in_sentence.get(si)
        floor = s_start
        if prev is not None and prev["end"] <= f["start"]:
            floor = max(floor, prev["end"])
        cstart = _clause_start(text, f["start"], floor)
        nxt_start = figures[k + 1]["start"] if k + 1 < len(figures) else len(text)
        limit = min(s_end, nxt_start)
        counted = None
        kind = f["kind"]
        if kind in ("count", "measure", "money", "ordinal"):
            counted = _after_phrase(text, tokens, starts, f["end"], limit)
            if counted and kind == "money" and counted in ("资金",):
                counted = None
        if counted is None:
            before, how = _before_phrase(text, tokens, starts, cstart, f["start"])
            counted = before
            if counted is None and how == "refer" and f.get("unit") in _PERSON_UNITS and cstart == floor and not text[cstart:f["start"]].strip("、和及与"):
                pass
            if counted is None:
                if f.get("unit") in _PERSON_UNITS and how != "refer":
                    counted = "人"
                elif prev is not None and prev.get("counted"):
                    counted = prev["counted"]
                elif f.get("unit") in _PERSON_UNITS:
                    counted = "人"
                elif kind in ("anniversary", "rank", "percent", "ratio"):
                    counted = _after_phrase(text, tokens, starts, f["end"], limit)
        f["counted"] = counted
        prev_in_sentence[si] = f
