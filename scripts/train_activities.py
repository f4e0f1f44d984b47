#!/usr/bin/env python3
"""Train the activity classifier shipped in src/textmine/data/activities/ (model.npz + model.json).

    .venv/bin/python scripts/train_activities.py            # train, report, write the model
    .venv/bin/python scripts/train_activities.py --dry-run  # train and report only

Why a model at all: the taxonomy's triggers name the usual wordings, but reports
word the same work many ways.  The model learns those other words from the
triggers themselves (weak supervision): every clause of an unlabelled corpus in
which the triggers find exactly one type becomes an example of that type *with
the trigger words deleted*, so what is learnt is the company triggers keep
(``…抽检`` sentences talk of ``不合格率``, ``农药残留``).  Clauses with no trigger
are the ``none`` class: the model must say "no idea" for most of them, and the
stage only uses its answer above a confidence threshold, and only where no
trigger of the sentence decided.

Unlabelled corpus (never any gold label -- gold files are the evaluation):
../shared/data/reports/gov_work_reports_national.jsonl (public documents),
../shared/data/news/sogou_dev.jsonl (research use), the texts of
../shared/corpus/seed and ../shared/corpus/dev.  Only weights derived from them
are shipped: vocabulary, idf, coefficients, intercepts; no text.

Model: scikit-learn TfidfVectorizer(analyzer="char", 1-3 grams, sublinear tf)
+ multinomial LogisticRegression; exported for numpy (textmine.extract.activities.ActivityModel),
coefficients as float16.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from textmine.document import Document  # noqa: E402
from textmine.extract import activities as act  # noqa: E402
from textmine.ingest import iter_inputs  # noqa: E402
from textmine.normalize import normalize  # noqa: E402
from textmine.segment import split_sentences  # noqa: E402

SHARED = ROOT.parent / "shared"
OUT = ROOT / "src" / "textmine" / "data" / "activities"
SEED = 20261126
NGRAM = (1, 3)
MAX_FEATURES = 12000
PER_CLASS = 3000      # cap on examples of one type (reports are dominated by investment/economy)
NONE_EXAMPLES = 6000  # trigger-less clauses
THRESHOLD = 0.6
MIN_EXAMPLES = 5      # a type with fewer weakly labelled clauses is left to the triggers
NONE = "none"


def texts() -> list[str]:
    """Normalized texts of the unlabelled corpus."""
    raw: list[tuple[str, str]] = []
    for name in ("reports/gov_work_reports_national.jsonl", "news/sogou_dev.jsonl"):
        with open(SHARED / "data" / name, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                row = json.loads(line)
                raw.append((f"{name}:{i}", row.get("content") or ""))
    out = []
    for doc_id, content in raw:
        out.append(normalize(Document(doc_id=doc_id, source=doc_id, original=content)).text)
    for folder in ("seed", "dev"):
        paths = sorted(str(p) for p in (SHARED / "corpus" / folder).glob("*.txt"))
        for item in iter_inputs(paths):
            if isinstance(item, Document):
                out.append(normalize(item).text)
    return out


def examples(tax: act.Taxonomy, corpus: list[str], rng: random.Random) -> tuple[list[str], list[str]]:
    """Weakly labelled clauses: (clause with its trigger words deleted, type)."""
    by_label: dict[str, list[str]] = {}
    for text in corpus:
        for s, e in split_sentences(text):
            trig = act.find_triggers(text, tax, s, e)
            for cs, ce in act.split_clauses(text, s, e):
                if ce - cs < 4 or ce - cs > 80:
                    continue
                inside = [t for t in trig if cs <= t[0] and t[1] <= ce]
                kinds = {t[2] for t in inside}
                if len(kinds) > 1:
                    continue
                label = kinds.pop() if kinds else NONE
                pieces, pos = [], cs
                for ts, te, _ in inside:
                    pieces.append(text[pos:ts])
                    pos = te
                pieces.append(text[pos:ce])
                clause = "".join(pieces).strip()
                if len(clause) >= 3:
                    by_label.setdefault(label, []).append(clause)
    xs, ys = [], []
    for label, items in sorted(by_label.items()):
        items = sorted(set(items))
        if len(items) < MIN_EXAMPLES:
            print(f"{label}: only {len(items)} clauses, left to the triggers")
            continue
        rng.shuffle(items)
        cap = NONE_EXAMPLES if label == NONE else PER_CLASS
        for t in items[:cap]:
            xs.append(t)
            ys.append(label)
    return xs, ys


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="train and report, do not write the model")
    ap.add_argument("--taxonomy", default=str(ROOT / "pipelines" / "activities.toml"),
                    help="taxonomy whose triggers label the examples")
    ap.add_argument("--out", default=str(OUT), help="model folder to write (default: the package's)")
    args = ap.parse_args(argv)

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import classification_report
    from sklearn.model_selection import train_test_split

    rng = random.Random(SEED)
    tax = act.load_taxonomy(args.taxonomy)
    corpus = texts()
    xs, ys = examples(tax, corpus, rng)
    print(f"{len(corpus)} texts, {len(xs)} clauses:", dict(sorted(Counter(ys).items())))
    xs = [act.mask_digits(x) for x in xs]
    vec = TfidfVectorizer(analyzer="char", ngram_range=NGRAM, lowercase=False, sublinear_tf=True,
                          min_df=2, max_features=MAX_FEATURES, dtype=np.float32)

    def fit(train_x, train_y):
        x = vec.fit_transform(train_x)
        clf = LogisticRegression(C=4.0, max_iter=1000, class_weight="balanced")
        clf.fit(x, train_y)
        return clf

    tr_x, te_x, tr_y, te_y = train_test_split(xs, ys, test_size=0.2, random_state=SEED, stratify=ys)
    clf = fit(tr_x, tr_y)
    print("held-out weak labels (how well the model reproduces the triggers' labels without the trigger words):")
    print(classification_report(te_y, clf.predict(vec.transform(te_x)), zero_division=0))

    clf = fit(xs, ys)
    vocab = np.array(sorted(vec.vocabulary_, key=vec.vocabulary_.get))
    classes = [str(c) for c in clf.classes_]
    coef = clf.coef_.T.astype(np.float16)  # (n_features, n_classes)
    if args.dry_run:
        return
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "model.npz", vocabulary=vocab, idf=vec.idf_.astype(np.float32), coef=coef,
                        intercept=clf.intercept_.astype(np.float32))
    meta = {
        "classes": classes,
        "ngram_range": list(NGRAM),
        "threshold": THRESHOLD,
        "analyzer": "char n-grams of textmine.extract.activities.mask_digits(clause); tf = 1 + ln(count); l2 norm",
        "trained_on": "clauses weakly labelled by pipelines/activities.toml triggers (trigger words deleted) in "
                      "gov_work_reports_national.jsonl, sogou_dev.jsonl and the seed/dev texts; no gold labels",
        "examples": dict(sorted(Counter(ys).items())),
        "script": "scripts/train_activities.py",
    }
    (out / "model.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in out.iterdir())
    print(f"wrote {out} ({size / 1024:.0f} KiB, {len(vocab)} features, {len(classes)} classes)")


if __name__ == "__main__":
    main()
