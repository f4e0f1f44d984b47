"""``textmine eval GOLD_DIR``: score extraction on gold articles, fail when it drops.

Meant for CI: exit 0 when every pinned metric is within the margin of its
floor, 1 when one falls further (or the gold set changed since the floors
were pinned), 2 for usage errors.  The scoring and the gate live in
:mod:`textmine.evaluate`; this module parses options and prints.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import EXIT_ERRORS, EXIT_OK, PipelineOpt, app, fail, load_or_exit, quiet_jieba
from ..errors import TextmineError


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


@app.command("eval")
def eval_command(
    gold_dir: Path = typer.Argument(..., help="Folder of X.txt articles with X.gold.json gold files beside them."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", "-b", help="Floors file (default: GOLD_DIR/baseline.json)."),
    format: EvalFormat = typer.Option(EvalFormat.table, "--format", "-f", help="Output format."),
    update: bool = typer.Option(False, "--update", help="Raise floors to the current scores (never lowers) and pin the gold fingerprint."),
    allow_lower: List[str] = typer.Option([], "--allow-lower", metavar="METRIC",
                                           help="With --update: let this metric's floor go down (repeatable; 'all' for every one)."),
    margin: Optional[float] = typer.Option(None, "--margin", help="Allowed drop below a floor (default: the baseline's, else 0.02)."),
    pipeline: Optional[Path] = PipelineOpt,
) -> None:
    """Score the pipeline on gold articles and fail (exit 1) when a metric falls below its pinned floor.

    Every X.gold.json in GOLD_DIR is scored against the pipeline's output for
    X.txt with the rules of the shared scorer: figure precision/recall/F1 and
    unit, qualifier, kind, counted and activity accuracy; entity F1 overall
    and per type; check recall.  Floors live in the baseline file with a
    fingerprint of the gold set: --update raises them, lowering one needs
    --allow-lower METRIC.
    """
    from .. import evaluate as ev

    if allow_lower and not update:
        raise fail("--allow-lower only applies together with --update")
    quiet_jieba()
    pipe = load_or_exit(pipeline)
    baseline_path = baseline if baseline is not None else gold_dir / "baseline.json"
    try:
        old = ev.Baseline.load(baseline_path) if (baseline_path.exists() or not update) else None
        result = ev.evaluate(gold_dir, pipe)
    except TextmineError as exc:
        raise fail(exc.message) from None
    for err in result.errors:
        typer.echo(f"textmine: {err.message}", err=True)

    update_info = None
    if update:
        try:
            update_info = ev.raise_floors(old, result.metrics, result.fingerprint, result.scores["documents"], allow_lower)
        except TextmineError as exc:
            raise fail(exc.message) from None
        if margin is not None:
            update_info.baseline.margin = margin
        update_info.baseline.save(baseline_path)
        current = update_info.baseline
    else:
        current = old
    verdict = ev.judge(result.metrics, current, result.fingerprint, margin)

    if format is EvalFormat.json:
        sys.stdout.write(json.dumps(_as_json(result, current, verdict, baseline_path, old, update_info),
                                    ensure_ascii=False, indent=1) + "\n")
    else:
        from ..report.scores import render_eval

        sys.stdout.write(render_eval(result, current, verdict, baseline_path, old=old, update=update_info))
    raise typer.Exit(EXIT_OK if verdict.passed else EXIT_ERRORS)


def _as_json(result, baseline, verdict, path, old, update) -> dict:
    out = {
        "scores": result.scores,
        "metrics": result.metrics,
        "per_document": result.per_document,
        "errors": [e.as_dict() for e in result.errors],
        "gate": {
            "passed": verdict.passed,
            "baseline": str(path),
            "margin": verdict.margin,
            "fingerprint": result.fingerprint,
            "baseline_fingerprint": old.fingerprint if old else None,
            "fingerprint_ok": verdict.fingerprint_ok,
            "below_floor": [{"metric": m, "score": s, "floor": f} for m, s, f in verdict.below],
            "unpinned": verdict.unpinned,
        },
    }
    if update is not None:
        out["gate"]["raised"] = [{"metric": m, "old": o, "new": n} for m, o, n in update.raised]
        out["gate"]["lowered"] = [{"metric": m, "old": o, "new": n} for m, o, n in update.lowered]
        out["gate"]["kept"] = [{"metric": m, "floor": f, "score": s} for m, f, s in update.kept]
    return out
