"""``textmine eval``: the official scoring rules, the floors and the fingerprint.

Parity cases: real pipeline output on corpus articles, and predictions made
from gold files by deterministic mutations (dropped, shifted, re-valued and
relabelled items) so every rule of ``../shared/tools/score.py`` is exercised
whatever the extractors currently find.
"""
from __future__ import annotations

import copy
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from textmine import evaluate as ev
from textmine.cli import app

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
runner = CliRunner()


def eval_cli(*args: str):
    return runner.invoke(app, ["eval", *map(str, args)])


# -- parity with the official scorer -------------------------------------------

def official(shared: Path, *args: str) -> dict:
    out = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), *args],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def mutate(gold: dict, seed: int) -> dict:
    """A plausible wrong prediction made from a gold file, the same for a given seed."""
    rnd = random.Random(seed)
    pred = copy.deepcopy(gold)
    qs = []
    for q in pred["quantities"]:
        q.pop("optional", None)
        roll = rnd.random()
        if roll < 0.12:
            continue  # missed
        if roll < 0.2:
            q["value"] = q["value"] * 10  # wrong value: no match
        elif roll < 0.3:
            q["start"] += 1  # still overlaps
        if rnd.random() < 0.2:
            q["unit"] = "个"
        if rnd.random() < 0.2:
            q["counted"] = (q.get("counted") or "")[:1]
        if rnd.random() < 0.3:
            acts = q.get("activity") or []
            q["activity"] = acts[-1] if acts and rnd.random() < 0.5 else "meeting"
        qs.append(q)
    if qs:
        extra = dict(qs[0], id="qx", value=12345)
        qs.append(extra)  # spurious
    pred["quantities"] = qs
    ents = [dict(e, end=e["end"] + (1 if rnd.random() < 0.15 else 0)) for e in pred["entities"] if rnd.random() > 0.1]
    for e in ents:
        e.pop("optional", None)
        if rnd.random() < 0.1:
            e["type"] = "ORGANIZATION"
    pred["entities"] = ents
    for c in pred["checks"]:
        if rnd.random() < 0.25:
            c["status"] = "fail" if c["status"] != "fail" else "pass"
        if rnd.random() < 0.15 and c.get("parts"):
            c["parts"] = c["parts"][:-1]
    pred["checks"] = [c for c in pred["checks"] if rnd.random() > 0.1]
    return pred


@pytest.mark.parametrize("stem", ["yongqing-2021", "c03", "c06", "c08"])  # all five check kinds among them
@pytest.mark.parametrize("seed", [1, 2])
def test_mutated_gold_scores_like_the_official_scorer(shared_dir, tmp_path, stem, seed):
    gold_path = CORPUS / f"{stem}.gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pred_path = tmp_path / "pred.json"
    pred_path.write_text(json.dumps(mutate(gold, seed), ensure_ascii=False), encoding="utf-8")
    want = official(shared_dir, str(gold_path), str(pred_path))
    got = ev.score([(gold, json.loads(pred_path.read_text(encoding="utf-8")))])
    assert got == want


def test_pipeline_output_scores_like_the_official_scorer(shared_dir, tmp_path, pipeline):
    """Two real articles, scored as a folder (the official --dir mode)."""
    from textmine.ingest import iter_inputs
    from textmine.records import document_record

    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    pairs = []
    for stem in ("yongqing-2021", "c10"):
        shutil.copy(CORPUS / f"{stem}.gold.json", gold_dir)
        (doc,) = list(iter_inputs([str(CORPUS / f"{stem}.txt")]))
        record = document_record(pipeline.process(doc))
        (pred_dir / f"{stem}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        pairs.append((json.loads((CORPUS / f"{stem}.gold.json").read_text(encoding="utf-8")), json.loads(json.dumps(record))))
    assert ev.score(pairs) == official(shared_dir, "--dir", str(gold_dir), str(pred_dir))


def test_a_missing_prediction_scores_as_empty(shared_dir, tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    shutil.copy(CORPUS / "c01.gold.json", gold_dir)
    gold = json.loads((CORPUS / "c01.gold.json").read_text(encoding="utf-8"))
    assert ev.score([(gold, {})]) == official(shared_dir, "--dir", str(gold_dir), str(pred_dir))


# -- rules users rely on ----------------------------------------------------------

@pytest.mark.parametrize("pred,gold,ok", [
    ("党员干部", "党员干部", True),
    ("党员", "党员干部", True),  # contained, two characters or more
    ("人", "党员干部人数", False),  # a lone character is not enough
    ("“集中学习”", "集中学习", True),  # punctuation ignored
    (None, None, True),
    (None, "宣讲", False),
])
def test_counted_agreement(pred, gold, ok):
    """Cases from the official scorer's _counted_ok."""
    assert ev.counted_agrees(pred, gold) is ok


def test_optional_gold_is_neither_required_nor_penalised():
    gold = {"quantities": [{"id": "q1", "start": 0, "end": 3, "value": 10, "optional": True}], "entities": [], "checks": []}
    assert ev.score([(gold, {"quantities": []})])["quantities"]["fn"] == 0
    pred = {"quantities": [{"id": "q1", "start": 1, "end": 3, "value": 99}]}
    assert ev.score([(gold, pred)])["quantities"]["fp"] == 0


# -- floors ----------------------------------------------------------------------

def test_judge_fails_only_beyond_the_margin():
    base = ev.Baseline(floors={"quantities.f1": 0.80, "checks.recall": 0.5}, fingerprint="sha256:x", margin=0.02)
    assert ev.judge({"quantities.f1": 0.79, "checks.recall": 0.5}, base, "sha256:x").passed
    v = ev.judge({"quantities.f1": 0.77, "checks.recall": 0.5}, base, "sha256:x")
    assert not v.passed and [m for m, *_ in v.below] == ["quantities.f1"]
    assert not ev.judge({"quantities.f1": None, "checks.recall": 0.5}, base, "sha256:x").passed  # no longer measured = 0
    assert not ev.judge({"quantities.f1": 0.9, "checks.recall": 0.9}, base, "sha256:other").passed


def test_update_raises_but_never_lowers_without_being_asked():
    old = ev.Baseline(floors={"a": 0.5, "b": 0.8}, fingerprint="f")
    up = ev.raise_floors(old, {"a": 0.6, "b": 0.7, "c": 0.3}, "f", 3)
    assert up.baseline.floors == {"a": 0.6, "b": 0.8, "c": 0.3}
    assert [m for m, *_ in up.kept] == ["b"]
    up = ev.raise_floors(old, {"a": 0.6, "b": 0.7}, "f", 3, allow_lower=["b"])
    assert up.baseline.floors == {"a": 0.6, "b": 0.7} and [m for m, *_ in up.lowered] == ["b"]
    with pytest.raises(ev.TextmineError, match="unknown metric"):
        ev.raise_floors(old, {"a": 0.6}, "f", 3, allow_lower=["quantities.fl"])


def test_fingerprint_follows_gold_and_article_bytes(tmp_path):
    for stem in ("c01", "c02"):
        for suffix in (".txt", ".gold.json"):
            shutil.copy(CORPUS / f"{stem}{suffix}", tmp_path)
    first = ev.fingerprint(ev.gold_articles(tmp_path))
    assert first == ev.fingerprint(ev.gold_articles(tmp_path))
    (tmp_path / "c02.txt").write_bytes((tmp_path / "c02.txt").read_bytes() + b"\n")
    assert ev.fingerprint(ev.gold_articles(tmp_path)) != first


# -- the command -------------------------------------------------------------------

@pytest.fixture
def small_gold(tmp_path) -> Path:
    """Two corpus articles with their gold files."""
    d = tmp_path / "gold"
    d.mkdir()
    for stem in ("c02", "c09"):
        for suffix in (".txt", ".gold.json"):
            shutil.copy(CORPUS / f"{stem}{suffix}", d)
    return d


def test_eval_cli_pins_floors_and_gates(small_gold):
    baseline = small_gold / "baseline.json"
    r = eval_cli(small_gold)
    assert r.exit_code == 2 and "no baseline file" in r.output

    r = eval_cli(small_gold, "--update")
    assert r.exit_code == 0, r.output
    pinned = json.loads(baseline.read_text(encoding="utf-8"))
    assert pinned["fingerprint"].startswith("sha256:") and pinned["documents"] == 2
    assert "quantities.f1" in pinned["floors"] and "entities.micro.f1" in pinned["floors"]
    assert eval_cli(small_gold).exit_code == 0

    raised = dict(pinned, floors={**pinned["floors"], "entities.micro.f1": 1.01})
    baseline.write_text(json.dumps(raised), encoding="utf-8")
    r = eval_cli(small_gold)
    assert r.exit_code == 1
    assert "FAIL" in r.output and "entities.micro.f1" in r.output

    r = eval_cli(small_gold, "--update")  # raising only: the impossible floor stays
    assert r.exit_code == 1 and "kept entities.micro.f1" in r.output
    assert json.loads(baseline.read_text(encoding="utf-8"))["floors"]["entities.micro.f1"] == 1.01

    r = eval_cli(small_gold, "--update", "--allow-lower", "entities.micro.f1")
    assert r.exit_code == 0, r.output
    assert json.loads(baseline.read_text(encoding="utf-8"))["floors"]["entities.micro.f1"] < 1.01


def test_eval_cli_reports_a_changed_gold_set(small_gold):
    assert eval_cli(small_gold, "--update").exit_code == 0
    gold = small_gold / "c02.gold.json"
    gold.write_text(gold.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    r = eval_cli(small_gold)
    assert r.exit_code == 1 and "gold set changed" in r.output
    r = eval_cli(small_gold, "--format", "json")
    gate = json.loads(r.stdout)["gate"]
    assert gate["fingerprint_ok"] is False and gate["passed"] is False
    assert eval_cli(small_gold, "--update").exit_code == 0  # re-pinned on purpose


def test_eval_cli_json_output(small_gold, tmp_path):
    baseline = tmp_path / "elsewhere.json"
    r = eval_cli(small_gold, "--baseline", baseline, "--update", "--format", "json")
    assert r.exit_code == 0
    out = json.loads(r.stdout)
    assert out["scores"]["documents"] == 2 and set(out["per_document"]) == {"c02", "c09"}
    assert out["gate"]["passed"] and out["gate"]["baseline"] == str(baseline)
    assert baseline.exists() and not (small_gold / "baseline.json").exists()


@pytest.mark.parametrize("args,message", [
    (["--allow-lower", "quantities.f1"], "only applies together with --update"),
    (["--update", "--allow-lower", "no.such.metric"], "unknown metric"),
])
def test_eval_cli_usage_errors(small_gold, args, message):
    r = eval_cli(small_gold, *args)
    assert r.exit_code == 2 and message in r.output


def test_eval_cli_gold_without_article(tmp_path):
    shutil.copy(CORPUS / "c01.gold.json", tmp_path)
    r = eval_cli(tmp_path, "--update")
    assert r.exit_code == 2 and "c01.gold.json" in r.output and "no article beside it" in r.output


# -- the gate on the project's gold sets --------------------------------------------
# Floors pinned in corpus/baseline.json (our gold articles) and corpus/dev-baseline.json
# (../shared/corpus/dev); re-pin with `textmine eval DIR --baseline FILE --update`.

BASELINE = CORPUS / "baseline.json"
DEV_BASELINE = CORPUS / "dev-baseline.json"


def test_corpus_meets_its_floors():
    r = eval_cli(CORPUS, "--baseline", BASELINE)
    assert r.exit_code == 0, r.output


def test_dev_set_meets_its_floors(shared_dir):
    r = eval_cli(shared_dir / "corpus" / "dev", "--baseline", DEV_BASELINE)
    assert r.exit_code == 0, r.output


def degraded_pipeline(tmp_path: Path, *, drop_stages=(), drop_fixers=()) -> Path:
    """The default pipeline file minus some stages or fixers, written with absolute paths."""
    import tomllib

    from textmine.pipeline import build_pipeline, default_pipeline_path

    default = default_pipeline_path()
    config = tomllib.loads(default.read_text(encoding="utf-8"))
    config["pipeline"]["stages"] = [s for s in config["pipeline"]["stages"] if s not in drop_stages]
    for s in drop_stages:
        config.pop(s, None)
    if drop_fixers:
        config["normalize"]["fixers"] = [f for f in config["normalize"]["fixers"] if f not in drop_fixers]
    pipe = build_pipeline(config, base=default.parent)  # resolves Path parameters
    lines = ["[pipeline]", f"stages = {json.dumps(pipe.stage_names)}"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in pipe.settings.items()]
    for name, params in pipe.steps:
        if params:
            lines += [f"[{name}]", *(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in params.items())]
    path = tmp_path / "degraded.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("drop_stages,drop_fixers,hurt", [
    (("figures", "activities", "validate"), (), "quantities.f1"),  # no figures at all
    ((), ("strip_pinyin",), None),  # pinyin left inside names and figures of the seed and c09
])
def test_lowering_quality_on_purpose_fails_the_gate(tmp_path, drop_stages, drop_fixers, hurt):
    pipe = degraded_pipeline(tmp_path, drop_stages=drop_stages, drop_fixers=drop_fixers)
    r = eval_cli(CORPUS, "--baseline", BASELINE, "--pipeline", pipe, "--format", "json")
    assert r.exit_code == 1, r.output
    gate = json.loads(r.stdout)["gate"]
    assert gate["fingerprint_ok"], "the gate must fail on the scores, not on the gold set"
    below = [b["metric"] for b in gate["below_floor"]]
    assert below
    if hurt:
        assert hurt in below
