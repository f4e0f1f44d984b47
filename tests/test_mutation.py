"""Mutation harness: break one figure of every gold relation; the validator must say ``fail``.

Source of the cases: every check of every gold file we have -- the seed article and the
twelve dev articles in ``../shared/corpus`` (skipped when absent) and our own
``corpus/c01``-``c10``.  For each check that holds in the gold (status ``pass``), one
figure taking part in it is rewritten in the article text, the way a typo or a wrong
copy would change it, and the real pipeline runs on the edited article:

- ``sum`` / ``part_of``: a part grows (9项 -> 12项, the brief's example) past what the total allows;
- ``restated``: the later statement changes (23件 -> 30件), downwards when the first is open-ended (超300个);
- ``percent``: the stated share moves 7 points (26.8% -> 33.8%); a share in words (三成, 一半)
  has its part changed instead; 超六成 has its part halved;
- ``list_count``: the count drops below the items named (等9项 -> 等3项 when 4 are named).

Relations a single change cannot break are not mutated, and say why (a total with no upper
bound, like 逾百场).  ``unverifiable`` checks have no stated total, so nothing contradicts.

The same run also checks the unchanged articles: no ``fail`` where the gold says a relation holds.
"""
from __future__ import annotations

import json
import math
import tomllib
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
import regex

from textmine.document import Document
from textmine.ingest.encoding import decode
from textmine.pipeline import build_pipeline, default_pipeline_path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FLOOR = 0.90  # share of mutants the validator must flag (brief, issue 5)


def gold_files() -> list[Path]:
    files = sorted((SHARED / "corpus" / "seed").glob("*.gold.json")) + sorted((SHARED / "corpus" / "dev").glob("*.gold.json"))
    return files + sorted((REPO / "corpus").glob("c*.gold.json"))


@pytest.fixture(scope="module")
def pipe():
    """The default pipeline without the entity model (entities play no part in checks)."""
    path = default_pipeline_path()
    cfg = tomllib.loads(path.read_text(encoding="utf-8"))
    cfg["pipeline"]["stages"] = [s for s in cfg["pipeline"]["stages"] if s != "entities"]
    cfg.pop("entities", None)
    return build_pipeline(cfg, base=path.parent, source=str(path))


def article(gold_path: Path) -> tuple[str, dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_bytes()
    return decode(raw).text, gold


def run(pipe, text: str, doc_id: str) -> Document:
    return pipe.run(Document(doc_id=doc_id, source=doc_id, original=text))


def map_ids(doc: Document, gold_q: list[dict], shift_at: int = -1, shift: int = 0) -> dict[str, str]:
    """Gold quantity id -> predicted id, by overlapping original spans (after an edit of ``shift`` chars)."""
    spans = []
    for q in doc.quantities:
        s, e = doc.to_original(q["start"], q["end"])
        spans.append((s, e, q["id"]))
    out, used = {}, set()
    for g in gold_q:
        gs, ge = g["start"], g["end"]
        if gs >= shift_at >= 0:
            gs, ge = gs + shift, ge + shift
        elif ge > shift_at >= 0 and gs < shift_at:
            ge += shift
        best = max(((min(e, ge) - max(s, gs), pid) for s, e, pid in spans if pid not in used), default=(0, None))
        if best[0] > 0:
            out[g["id"]] = best[1]
            used.add(best[1])
    return out


# ---------------------------------------------------------------- writing a changed figure
_DIGITS = regex.compile(r"[0-9０-９][0-9０-９,，.．]*")
_CN = regex.compile(r"[零〇一二两兩三四五六七八九十百千]+")
_FW = str.maketrans("0123456789.", "０１２３４５６７８９．")


def chinese(n: int) -> str:
    """A small positive integer in Chinese numerals (3 -> 三, 23 -> 二十三, 2300 -> 二千三百)."""
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    out = ""
    for unit, size in (("千", 1000), ("百", 100), ("十", 10)):
        k, n = divmod(n, size)
        if k:
            out += ("" if unit == "十" and k == 1 and not out else d[k]) + unit
        elif out and n:
            out += "零" if not out.endswith("零") else ""
    return out + (d[n] if n else "")


@dataclass
class Written:
    """Where the number of a gold figure sits in the original text, and how it is written."""

    start: int
    end: int
    value: Decimal  # as written (before 万/亿)
    decimals: int
    style: str  # "ascii", "full" or "chinese"
    mult: Decimal


def written(text: str, q: dict) -> Written | None:
    span = text[q["start"]:q["end"]]
    m = _DIGITS.search(span)
    if m:
        raw = m.group(0).translate(str.maketrans("０１２３４５６７８９．，", "0123456789.,")).replace(",", "")
        w = Decimal(raw)
        style = "full" if regex.search(r"[０-９]", m.group(0)) else "ascii"
        dec = len(raw.split(".")[1]) if "." in raw else 0
    else:
        if "(" in span or "（" in span:  # pinyin between the characters of the numeral
            return None
        m = _CN.search(span)
        if not m:
            return None
        w, style, dec = Decimal(str(q["value"])), "chinese", 0
    if w == 0:
        return None
    mult = Decimal(str(q["value"])) / w
    return Written(q["start"] + m.start(), q["start"] + m.end(), w, dec, style, mult)


def spell(w: Written, new: Decimal) -> str | None:
    new = new.quantize(Decimal(1).scaleb(-w.decimals), rounding=ROUND_HALF_UP)
    if new <= 0 or new == w.value:
        return None
    if w.style == "chinese":
        if new != new.to_integral_value() or new >= 10000:
            return None
        return chinese(int(new))
    s = format(new, "f")
    return s.translate(_FW) if w.style == "full" else s


@dataclass
class Mutant:
    article: str
    check: dict
    qid: str  # the gold figure changed
    text: str
    at: int
    shift: int
    what: str


def grow(w: Written, factor: float = 1.3, at_least: int = 3) -> Decimal:
    step = Decimal(1).scaleb(-w.decimals)
    return max((w.value * Decimal(str(factor))), w.value + at_least * step)


def mutate(name: str, text: str, gold: dict, c: dict) -> tuple[Mutant | None, str]:
    """One mutant for check ``c``, or None and the reason no single edit breaks it."""
    qs = {q["id"]: q for q in gold["quantities"]}
    kind = c["kind"]
    whole = qs.get(c.get("whole")) if c.get("whole") else None
    parts = [qs[p] for p in c.get("parts") or []]
    if kind == "list_count":
        target, new_value = whole, Decimal(c["items"] - 1)
        if new_value < 1:
            return None, "a list of one item"
    elif kind in ("sum", "part_of"):
        if whole is None or (whole["qualifier"] == "over" and not regex.search(r"[余多几]", whole.get("norm", ""))):
            return None, "the total has no upper bound"
        target = parts[0]
        wt = written(text, target)
        if wt is None:
            return None, "the figure is not written in plain numerals"
        if kind == "part_of":
            # past the total (余 totals reach up to twice their value)
            need = Decimal(str(whole["value"])) * Decimal("2.5") - sum(Decimal(str(p["value"])) for p in parts[1:])
            new_value = max(grow(wt), Decimal(math.ceil(need / wt.mult / Decimal(1).scaleb(-wt.decimals))) * Decimal(1).scaleb(-wt.decimals))
        else:
            new_value = grow(wt)
    elif kind == "restated":
        target = parts[0]
        wt = written(text, target)
        if wt is None:
            return None, "the figure is not written in plain numerals"
        open_first = whole["qualifier"] == "over"
        if open_first and target["qualifier"] == "over":
            return None, "both statements are open-ended (超300个 / 突破300个): no value contradicts"
        new_value = (wt.value * Decimal("0.6")) if open_first else grow(wt)
    elif kind == "percent":
        pf = qs[c["percent"]]
        wp = written(text, pf)
        if pf["qualifier"] == "over":
            target, new_value = parts[0], None
            wt = written(text, target)
            if wt is None:
                return None, "the figure is not written in plain numerals"
            new_value = wt.value * Decimal("0.5")
        elif wp is not None and wp.style != "chinese" and "%" in (pf.get("norm") or "") + pf["text"] + "％":
            target = pf
            p = wp.value
            new_value = p + 7 if p + 7 <= 100 else p - 7
        else:
            target = parts[0]
            wt = written(text, target)
            if wt is None:
                return None, "the figure is not written in plain numerals"
            new_value = grow(wt, 1.5)
    else:
        return None, f"unknown kind {kind}"
    wt = written(text, target)
    if wt is None:
        return None, "the figure is not written in plain numerals"
    new = spell(wt, new_value)
    if new is None:
        return None, "no spelling for the changed number"
    old = text[wt.start:wt.end]
    mutated = text[:wt.start] + new + text[wt.end:]
    return Mutant(name, c, target["id"], mutated, wt.start, len(new) - len(old),
                  f"{target['text']}: {old} -> {new}"), ""


def flagged(doc: Document, ids: dict[str, str], c: dict, qid: str) -> bool:
    """Is there a ``fail`` on this relation: involving the changed figure and another of the relation?"""
    m = ids.get(qid)
    if m is None:
        return False
    rel = {ids.get(x) for x in [c.get("whole"), *(c.get("parts") or []), c.get("percent")] if x}
    rel.discard(None)
    for pc in doc.checks:
        if pc["status"] != "fail":
            continue
        got = {pc.get("whole"), *(pc.get("parts") or []), pc.get("percent")} - {None}
        if m not in got:
            continue
        if c["kind"] in ("list_count", "restated") and pc["kind"] == c["kind"]:
            # the changed figure no longer agrees with the total it restates (the validator may
            # name another copy of that total, e.g. the caption rather than the headline)
            return True
        if len(got & rel) >= 2:
            return True
    return False


@pytest.fixture(scope="module")
def harness(pipe):
    """Run every mutant once; the tests below read the results."""
    results = {"flagged": [], "missed": [], "skipped": [], "false_fail": [], "articles": 0, "gold_fail_free": 0}
    for gp in gold_files():
        text, gold = article(gp)
        name = gp.name.replace(".gold.json", "")
        results["articles"] += 1
        base = run(pipe, text, name)
        ids = map_ids(base, gold["quantities"])
        gold_fail = [c for c in gold["checks"] if c["status"] == "fail"]
        if not gold_fail:
            results["gold_fail_free"] += 1
        for pc in base.checks:
            if pc["status"] != "fail":
                continue
            got = {pc.get("whole"), *(pc.get("parts") or [])} - {None}
            expected = any(
                {ids.get(x) for x in [g.get("whole"), *(g.get("parts") or [])] if x} == got for g in gold_fail)
            if not expected:
                results["false_fail"].append((name, pc["message"]))
        for c in gold["checks"]:
            if c["status"] != "pass":
                continue
            mut, why = mutate(name, text, gold, c)
            if mut is None:
                results["skipped"].append((name, c["kind"], why))
                continue
            doc = run(pipe, mut.text, name)
            mids = map_ids(doc, gold["quantities"], mut.at, mut.shift)
            key = (name, c["kind"], mut.what)
            (results["flagged"] if flagged(doc, mids, c, mut.qid) else results["missed"]).append(key)
    return results


def test_mutants_are_flagged(harness):
    n_flag, n_miss = len(harness["flagged"]), len(harness["missed"])
    share = n_flag / (n_flag + n_miss)
    print(f"\nmutants flagged: {n_flag}/{n_flag + n_miss} = {share:.1%}; not mutable: {len(harness['skipped'])}")
    for m in harness["missed"]:
        print("  missed:", *m)
    # 134 with ../shared (seed + dev + corpus), about 45 from our corpus alone
    assert n_flag + n_miss >= (100 if SHARED.is_dir() else 30), "too few mutants: are the gold files there?"
    assert share >= FLOOR, f"only {share:.1%} of mutants flagged; missed: {harness['missed']}"


def test_unchanged_articles_have_few_false_alarms(harness):
    """At most one ``fail`` the gold does not have per 20 articles (a false alarm costs trust)."""
    allowed = max(1, harness["articles"] // 20)
    assert len(harness["false_fail"]) <= allowed, harness["false_fail"]


def test_spelling_of_changed_numbers():
    assert chinese(3) == "三" and chinese(12) == "十二" and chinese(23) == "二十三" and chinese(2300) == "二千三百"
    assert chinese(105) == "一百零五"
    w = Written(0, 2, Decimal("26.8"), 1, "ascii", Decimal(1))
    assert spell(w, Decimal("33.8")) == "33.8"
    assert spell(Written(0, 1, Decimal(9), 0, "full", Decimal(1)), Decimal(12)) == "１２"
