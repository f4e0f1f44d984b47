"""Score the pipeline against gold articles and gate on pinned floors.

Scoring follows the official rules of ``../shared/tools/score.py`` exactly
(a test runs both and compares): a predicted figure matches a gold one when
their spans overlap and their values agree, one-to-one, largest overlap first;
attribute accuracies (unit, qualifier, kind, counted, activity) are measured
on matched figures only; entities match on exact ``(start, end, type)``;
a gold check is found when a predicted check relates the matched whole and
parts, and counts as right when its status agrees.  Optional gold items are
neither required nor penalised.

The gate (the idea of trafilatura's ``eval_gate.py``): a baseline file pins a
floor for every metric, plus a fingerprint of the gold set.  A metric more
than ``margin`` below its floor fails the build.  ``--update`` only ever
raises floors; lowering one must be asked for by name, so quality cannot
drift down one silent commit at a time.  Scores measured on different gold
files are not comparable, hence the fingerprint: a changed gold set fails
until someone re-pins on purpose.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import ErrorRow, TextmineError

GOLD_SUFFIX = ".gold.json"
#: article files looked for beside ``X.gold.json``, in this order
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
#: allowed drop below a floor before the gate fails (absolute, on 0..1 scores)
DEFAULT_MARGIN = 0.02
BASELINE_VERSION = 1

# --------------------------------------------------------------------------
# scoring: the rules of ../shared/tools/score.py


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _same_value(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    try:
        pv, gv = float(pred.get("value")), float(gold["value"])
    except (TypeError, ValueError):
        return False
    return abs(pv - gv) <= 1e-6 * max(1.0, abs(gv))


def _alnum(s: str | None) -> str:
    return "".join(ch for ch in (s or "") if ch.isalnum())


def counted_agrees(pred: str | None, gold: str | None) -> bool:
    """``counted`` is right when equal ignoring punctuation, or one contains the other.

    The shorter must be at least two characters (or the whole gold phrase),
    so a lone ``人`` inside ``党员干部人数`` does not count.
    """
    a, b = _alnum(pred), _alnum(gold)
    if not a or not b:
        return a == b
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= min(2, len(b))


def match_quantities(gold: list[dict], pred: list[dict]) -> tuple[dict[int, int], dict[int, int]]:
    """Greedy one-to-one matching of overlapping, equal-valued figures, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = _overlap(g, p)
            if ov and _same_value(p, g):
                pairs.append((ov, gi, pi))
    pairs.sort(reverse=True)
    g2p: dict[int, int] = {}
    p2g: dict[int, int] = {}
    for _, gi, pi in pairs:
        if gi not in g2p and pi not in p2g:
            g2p[gi], p2g[pi] = pi, gi
    return g2p, p2g


class Tally(dict):
    """Named counters summed over documents."""

    def add(self, key: str, n: int = 1) -> None:
        self[key] = self.get(key, 0) + n


def _first(activity: Any) -> Any:
    if isinstance(activity, list):
        return activity[0] if activity else None
    return activity


def score_document(gold: Mapping[str, Any], pred: Mapping[str, Any], tally: Tally) -> None:
    """Add one article's counts to ``tally`` (``pred`` may be ``{}`` when it failed)."""
    gq = gold.get("quantities", [])
    pq = pred.get("quantities", []) or []
    g2p, p2g = match_quantities(gq, pq)
    for gi, g in enumerate(gq):
        if gi in g2p:
            if g.get("optional"):
                continue
            p = pq[g2p[gi]]
            tally.add("q_tp")
            for f in ("unit", "qualifier", "kind"):
                tally.add(f"q_{f}_n")
                tally.add(f"q_{f}_ok", int((p.get(f) or None) == (g.get(f) or None)))
            tally.add("q_counted_n")
            tally.add("q_counted_ok", int(counted_agrees(p.get("counted"), g.get("counted"))))
            if "activity" in g:
                want = g["activity"] or []
                got = _first(p.get("activity"))
                tally.add("q_activity_n")
                tally.add("q_activity_ok", int((got in want) if want else not got))
        elif not g.get("optional"):
            tally.add("q_fn")
    for pi, p in enumerate(pq):
        # a prediction overlapping an optional gold figure is neither right nor wrong
        if pi not in p2g and not any(g.get("optional") and _overlap(g, p) for g in gq):
            tally.add("q_fp")

    gold_ents = {(e["start"], e["end"], e["type"]): e.get("optional", False) for e in gold.get("entities", [])}
    pred_ents = {(e["start"], e["end"], e["type"]) for e in pred.get("entities", []) or []}
    for key, optional in gold_ents.items():
        if not optional:
            tally.add(f"e_{key[2]}_tp" if key in pred_ents else f"e_{key[2]}_fn")
    for key in pred_ents - gold_ents.keys():
        tally.add(f"e_{key[2]}_fp")

    _score_checks(gold, pred, gq, pq, p2g, tally)


def _score_checks(gold, pred, gq, pq, p2g, tally: Tally) -> None:
    """A gold check is found when a predicted one names the matched whole and parts."""
    gold_index = {g["id"]: gi for gi, g in enumerate(gq)}
    pred_index = {p.get("id"): pi for pi, p in enumerate(pq)}

    def pred_key(c):
        w = c.get("whole")
        w = p2g.get(pred_index.get(w)) if w is not None else None
        return w, frozenset(p2g.get(pred_index.get(x)) for x in c.get("parts") or [])

    predicted = [(pred_key(c), c) for c in pred.get("checks", []) or []]
    for c in gold.get("checks", []):
        w = gold_index.get(c["whole"]) if c.get("whole") else None
        parts = frozenset(gold_index[x] for x in c.get("parts") or [])
        hit = None
        for (pw, pparts), pc in predicted:
            if c["kind"] == "list_count":
                if pw == w and pc.get("kind") == "list_count" and pc.get("items") == c.get("items"):
                    hit = pc
                    break
            elif pw == w and pparts == parts:
                hit = pc
                break
            elif c["kind"] == "restated" and ({pw} | pparts) == ({w} | parts):
                hit = pc
                break
        tally.add("c_n")
        if hit is not None:
            tally.add("c_found")
            tally.add("c_status_ok", int(hit.get("status") == c["status"]))
    tally.add("c_pred_fail", sum(1 for _, c in predicted if c.get("status") == "fail"))
    tally.add("c_gold_fail", sum(1 for c in gold.get("checks", []) if c["status"] == "fail"))


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def summarize(tally: Tally, n_docs: int) -> dict[str, Any]:
    """The metrics object, field for field what score.py prints."""
    out: dict[str, Any] = {"documents": n_docs}
    out["quantities"] = prf(tally.get("q_tp", 0), tally.get("q_fp", 0), tally.get("q_fn", 0))
    for f in ("unit", "qualifier", "kind", "counted", "activity"):
        n = tally.get(f"q_{f}_n", 0)
        out["quantities"][f"{f}_accuracy"] = round(tally.get(f"q_{f}_ok", 0) / n, 4) if n else None
    types = sorted({k.split("_")[1] for k in tally if k.startswith("e_")})
    ents = {ty: prf(tally.get(f"e_{ty}_tp", 0), tally.get(f"e_{ty}_fp", 0), tally.get(f"e_{ty}_fn", 0)) for ty in types}
    tp, fp, fn = (sum(v[k] for v in ents.values()) for k in ("tp", "fp", "fn"))
    out["entities"] = {"micro": prf(tp, fp, fn), **ents}
    n = tally.get("c_n", 0)
    out["checks"] = {
        "gold": n, "found": tally.get("c_found", 0), "status_right": tally.get("c_status_ok", 0),
        "recall": round(tally.get("c_status_ok", 0) / n, 4) if n else None,
        "predicted_fail": tally.get("c_pred_fail", 0), "gold_fail": tally.get("c_gold_fail", 0),
    }
    return out


def score(pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> dict[str, Any]:
    """Metrics over ``(gold, prediction)`` pairs."""
    tally, n = Tally(), 0
    for gold, pred in pairs:
        score_document(gold, pred, tally)
        n += 1
    return summarize(tally, n)


def gate_metrics(scores: Mapping[str, Any]) -> dict[str, float | None]:
    """The 0..1 metrics the gate pins, by dotted name (``quantities.f1``, ``entities.PERSON.recall``).

    Counts (tp, predicted fails) are shown but not pinned: only rates compare
    across gold sets of different sizes.
    """
    out: dict[str, float | None] = {}
    q = scores["quantities"]
    for k in ("precision", "recall", "f1"):
        out[f"quantities.{k}"] = q[k]
    for f in ("unit", "qualifier", "kind", "counted", "activity"):
        out[f"quantities.{f}_accuracy"] = q[f"{f}_accuracy"]
    for ty, m in scores["entities"].items():
        for k in ("precision", "recall", "f1"):
            out[f"entities.{ty}.{k}"] = m[k]
    out["checks.recall"] = scores["checks"]["recall"]
    return out


# --------------------------------------------------------------------------
# the gold set


@dataclass(frozen=True)
class GoldArticle:
    doc_id: str
    article: Path
    gold: Path


def gold_articles(gold_dir: Path) -> list[GoldArticle]:
    """Every ``X.gold.json`` in ``gold_dir`` with its article ``X.txt`` beside it."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise TextmineError("E100", "not a folder of gold files", str(gold_dir), stage="eval")
    found = []
    for gold in sorted(gold_dir.glob(f"*{GOLD_SUFFIX}")):
        stem = gold.name[: -len(GOLD_SUFFIX)]
        article = next((gold_dir / f"{stem}{s}" for s in ARTICLE_SUFFIXES if (gold_dir / f"{stem}{s}").is_file()), None)
        if article is None:
            raise TextmineError("E100", f"gold file has no article beside it (looked for {stem}.txt)", str(gold), stage="eval")
        found.append(GoldArticle(stem, article, gold))
    if not found:
        raise TextmineError("E101", f"no *{GOLD_SUFFIX} files", str(gold_dir), stage="eval")
    return found


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TextmineError("E105", f"gold file unreadable: {exc}", str(path), stage="eval") from None
    if not isinstance(gold, dict):
        raise TextmineError("E105", "gold file is not a JSON object", str(path), stage="eval")
    return gold


def fingerprint(articles: Iterable[GoldArticle]) -> str:
    """sha256 over the names and bytes of every gold file and article, in name order."""
    h = hashlib.sha256()
    for a in sorted(articles, key=lambda a: a.doc_id):
        for path in (a.article, a.gold):
            data = path.read_bytes()
            h.update(f"{path.name}\0{len(data)}\0".encode())
            h.update(data)
    return "sha256:" + h.hexdigest()


@dataclass
class Evaluation:
    """Scores of one pipeline on one gold set."""

    scores: dict[str, Any]
    per_document: dict[str, dict[str, Any]]
    fingerprint: str
    errors: list[ErrorRow] = field(default_factory=list)

    @property
    def metrics(self) -> dict[str, float | None]:
        return gate_metrics(self.scores)


def evaluate(gold_dir: Path, pipeline) -> Evaluation:
    """Run ``pipeline`` on every gold article of ``gold_dir`` and score it.

    Articles are read exactly as ``textmine extract`` reads them.  An article
    the pipeline fails on scores as an empty prediction and is listed in
    ``errors``.
    """
    from .ingest import iter_inputs
    from .records import document_record

    articles = gold_articles(gold_dir)
    tally, per_doc, errors = Tally(), {}, []
    for a in articles:
        gold = load_gold(a.gold)
        pred: dict[str, Any] = {}
        for item in iter_inputs([str(a.article)]):
            result = pipeline.process(item)
            if isinstance(result, ErrorRow):
                errors.append(result)
            else:
                pred = json.loads(json.dumps(document_record(result), default=str))
        score_document(gold, pred, tally)
        per_doc[a.doc_id] = score([(gold, pred)])
    return Evaluation(summarize(tally, len(articles)), per_doc, fingerprint(articles), errors)


# --------------------------------------------------------------------------
# the gate


@dataclass
class Baseline:
    """Pinned floors for one gold set (``corpus/baseline.json``)."""

    floors: dict[str, float]
    fingerprint: str | None = None
    documents: int | None = None
    margin: float = DEFAULT_MARGIN

    @classmethod
    def load(cls, path: Path) -> "Baseline":
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise TextmineError("E100", "no baseline file; create one with --update", str(path), stage="eval") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise TextmineError("E105", f"baseline unreadable: {exc}", str(path), stage="eval") from None
        floors = raw.get("floors") if isinstance(raw, dict) else None
        if not isinstance(floors, dict) or not all(isinstance(v, (int, float)) for v in floors.values()):
            raise TextmineError("E105", "baseline needs a 'floors' object of metric -> number", str(path), stage="eval")
        return cls(floors={k: float(v) for k, v in floors.items()}, fingerprint=raw.get("fingerprint"),
                   documents=raw.get("documents"), margin=float(raw.get("margin", DEFAULT_MARGIN)))

    def dump(self) -> str:
        body = {
            "version": BASELINE_VERSION,
            "about": "textmine eval floors: a metric more than `margin` below its floor fails; "
                     "`textmine eval DIR --update` raises floors, --allow-lower METRIC lowers one",
            "fingerprint": self.fingerprint,
            "documents": self.documents,
            "margin": self.margin,
            "floors": dict(sorted(self.floors.items())),
        }
        return json.dumps(body, ensure_ascii=False, indent=1) + "\n"

    def save(self, path: Path) -> None:
        Path(path).write_text(self.dump(), encoding="utf-8")


@dataclass
class Verdict:
    """What the gate found; ``passed`` decides the exit code."""

    below: list[tuple[str, float, float]]  # (metric, score, floor) further below than the margin
    unpinned: list[str]  # measured, no floor yet
    fingerprint_ok: bool
    margin: float

    @property
    def passed(self) -> bool:
        return not self.below and self.fingerprint_ok


def judge(metrics: Mapping[str, float | None], baseline: Baseline, fingerprint: str, margin: float | None = None) -> Verdict:
    """Compare scores with floors.  A pinned metric that is no longer measured scores 0."""
    margin = baseline.margin if margin is None else margin
    below = []
    for name, floor in sorted(baseline.floors.items()):
        value = metrics.get(name)
        value = 0.0 if value is None else value
        if value < floor - margin - 1e-9:
            below.append((name, value, floor))
    unpinned = sorted(k for k, v in metrics.items() if v is not None and k not in baseline.floors)
    return Verdict(below, unpinned, baseline.fingerprint == fingerprint, margin)


@dataclass
class Update:
    baseline: Baseline
    raised: list[tuple[str, float | None, float]] = field(default_factory=list)  # (metric, old, new)
    lowered: list[tuple[str, float, float]] = field(default_factory=list)
    kept: list[tuple[str, float, float]] = field(default_factory=list)  # (metric, floor, lower score)


def raise_floors(old: Baseline | None, metrics: Mapping[str, float | None], fingerprint: str, documents: int,
                 allow_lower: Iterable[str] = ()) -> Update:
    """New floors: the higher of old floor and current score; lower only for metrics named in ``allow_lower``.

    ``allow_lower`` may name ``all``.  Unknown names are refused so a typo
    cannot pass for a decision.
    """
    allow = set(allow_lower)
    old = old or Baseline(floors={})
    unknown = allow - set(old.floors) - set(metrics) - {"all"}
    if unknown:
        raise TextmineError("E300", f"--allow-lower names unknown metric(s) {sorted(unknown)}", stage="eval")
    floors = dict(old.floors)
    up = Update(Baseline(floors, fingerprint, documents, old.margin))
    for name, value in sorted(metrics.items()):
        if value is None:
            continue
        floor = floors.get(name)
        if floor is None or value > floor:
            floors[name] = value
            up.raised.append((name, floor, value))
        elif value < floor:
            if "all" in allow or name in allow:
                floors[name] = value
                up.lowered.append((name, floor, value))
            else:
                up.kept.append((name, floor, value))
    return up
