#!/usr/bin/env python3
"""Build the gazetteer, train and evaluate the character NER model shipped in textmine/data/ner.

Reproduce the shipped model and the scores in docs/entities.md:

    .venv/bin/python scripts/train_ner.py gazetteer --cpca-wheel cpca-0.5.5-py3-none-any.whl
    .venv/bin/python scripts/train_ner.py train      # writes src/textmine/data/ner/{model.npz,config.json}
    .venv/bin/python scripts/train_ner.py evaluate   # MSRA held-back slice + People's Daily dev

(`pip download --no-deps cpca==0.5.5` fetches the wheel; cpca is MIT-licensed and is only read here,
never imported at run time.)

Data: ../shared/data/ner/msra_train_bio.txt (research use). A random slice of HOLDOUT sentences,
chosen with SEED, is excluded from training and used for evaluation.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import zipfile
from multiprocessing import Pool
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from textmine.extract import ner_model as nm  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "ner"
OUT = ROOT / "src" / "textmine" / "data" / "ner"
GAZ = ROOT / "src" / "textmine" / "data" / "gazetteer"
SEED = 20261126
HOLDOUT = 2000


# ---------------------------------------------------------------- data
def read_bio(path: Path) -> list[tuple[str, list[str]]]:
    """Sentences of a char-per-line BIO file as ``(text, tags)``."""
    sents, chars, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if chars:
                sents.append(("".join(chars), tags))
            chars, tags = [], []
            continue
        if len(parts) == 1:  # a whitespace character
            chars.append(" ")
            tags.append(parts[0] if parts[0][:2] in ("B-", "I-") or parts[0] == "O" else "O")
            continue
        chars.append(parts[0][0])
        tags.append(parts[1])
    if chars:
        sents.append(("".join(chars), tags))
    return sents


def split_msra(path: Path = SHARED / "msra_train_bio.txt"):
    """(train, held-back) split with a fixed seed."""
    sents = read_bio(path)
    order = list(range(len(sents)))
    random.Random(SEED).shuffle(order)
    held = set(order[:HOLDOUT])
    train = [s for i, s in enumerate(sents) if i not in held]
    test = [sents[i] for i in order[:HOLDOUT]]
    return train, test


def gold_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    return set(nm.tags_to_spans(nm.bio_to_bioes(tags)))


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(model: nm.NerModel, sents, label="") -> dict:
    counts = {t: [0, 0, 0] for t in nm.TYPES}
    for text, tags in sents:
        g = gold_spans(tags)
        p = set(model.predict(text))
        for s in p:
            counts[s[2]][0 if s in g else 1] += 1
        for s in g - p:
            counts[s[2]][2] += 1
    res = {t: dict(zip("prf", prf(*c)), n=c[0] + c[2]) for t, c in counts.items()}
    tot = [sum(c[k] for c in counts.values()) for k in range(3)]
    res["micro"] = dict(zip("prf", prf(*tot)), n=tot[0] + tot[2])
    if label:
        print(f"{label}: " + "  ".join(f"{k} P={v['p']:.4f} R={v['r']:.4f} F={v['f']:.4f} (n={v['n']})"
                                      for k, v in res.items()))
    return res


# ---------------------------------------------------------------- gazetteer
def build_gazetteer(wheel: Path) -> None:
    """Extract administrative-division names from cpca's adcodes.csv into our own word lists."""
    z = zipfile.ZipFile(wheel)
    rows = z.read("cpca/resources/adcodes.csv").decode("utf-8").splitlines()[1:]
    nations = [n.strip() for n in z.read("cpca/resources/56_nations.csv").decode("utf-8").splitlines() if n.strip()]
    names = sorted({r.split(",")[1].strip() for r in rows if r.split(",")[1].strip()})
    names = [n for n in names if n not in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")]
    # 城区, 郊区, 矿区: generic two-character district names are ordinary words in running text
    names = [n for n in names if not (len(n) == 2 and n.endswith("区"))]
    eth = "|".join(sorted({n[:-1] for n in nations} | set(nations), key=len, reverse=True))
    autonomous = re.compile(rf"(?:(?:{eth})族?)+自治(?:区|州|县|旗)$")
    suffixes = sorted(nm.read_wordlist(GAZ / "admin_suffixes.txt") + ["特别行政区"], key=len, reverse=True)
    short = set()
    for n in names:
        s = autonomous.sub("", n)
        if s == n or len(s) < 2:
            s = n
            for suf in suffixes:
                if n.endswith(suf):
                    s = n[: -len(suf)]
                    break
        if len(s) >= 2 and s != n:
            short.add(s)
    head = ("# Chinese administrative divisions (province, prefecture, county level), one per line.\n"
            "# Extracted by scripts/train_ner.py gazetteer from cpca 0.5.5 (MIT licence),\n"
            "# resources/adcodes.csv. Do not edit by hand; rebuild with the script.\n")
    (GAZ / "admin_divisions.txt").write_text(head + "\n".join(names) + "\n", encoding="utf-8")
    head2 = ("# Short forms of the names in admin_divisions.txt (永清县 -> 永清, 广西壮族自治区 -> 广西).\n"
             "# Generated by scripts/train_ner.py gazetteer from cpca 0.5.5 (MIT licence).\n")
    (GAZ / "admin_short.txt").write_text(head2 + "\n".join(sorted(short)) + "\n", encoding="utf-8")
    print(f"{len(names)} names, {len(short)} short forms")


# ---------------------------------------------------------------- training
_LEX = None


def _feat_worker(args):
    texts, n_buckets, words = args
    global _LEX
    if _LEX is None:
        _LEX = nm.load_lexicons(str(GAZ))
    rows = [nm.hash_features(nm.char_features(t, _LEX, words), n_buckets) for t in texts]
    return rows


def build_matrix(texts, n_buckets, words=False, jobs=2):
    import scipy.sparse as sp
    batches = [texts[i:i + 2000] for i in range(0, len(texts), 2000)]
    with Pool(jobs) as pool:
        parts = pool.map(_feat_worker, [(b, n_buckets, words) for b in batches])
    ptrs, idxs, off = [np.zeros(1, dtype=np.int64)], [], 0
    for part in parts:
        for p, ix in part:
            ptrs.append(p[1:] + off)
            idxs.append(ix)
            off += len(ix)
    indptr = np.concatenate(ptrs)
    indices = np.concatenate(idxs)
    return sp.csr_matrix((np.ones(len(indices), dtype=np.float32), indices, indptr),
                         shape=(len(indptr) - 1, n_buckets))


def count_transitions(tag_seqs) -> np.ndarray:
    """Log P(next tag | tag), add-one smoothed, over training sentences."""
    n = len(nm.TAGS)
    c = np.ones((n, n))
    for tags in tag_seqs:
        ix = [nm.TAG_INDEX[t] for t in tags]
        for a, b in zip(ix, ix[1:]):
            c[a, b] += 1
    return np.log(c / c.sum(axis=1, keepdims=True))


def train(args) -> None:
    from sklearn.linear_model import SGDClassifier

    out = Path(args.out)
    t0 = time.time()
    train_s, test_s = split_msra()
    if args.max_sentences:
        train_s = random.Random(SEED + 1).sample(train_s, min(args.max_sentences, len(train_s)))
    texts = [t for t, _ in train_s]
    tags = [nm.bio_to_bioes(g) for _, g in train_s]
    x = build_matrix(texts, args.buckets, args.jieba)
    y = np.array([nm.TAG_INDEX[t] for seq in tags for t in seq], dtype=np.int64)
    print(f"features: {x.shape} nnz={x.nnz} in {time.time() - t0:.0f}s", flush=True)
    clf = SGDClassifier(loss=args.loss, alpha=args.alpha, max_iter=args.epochs, tol=None,
                        average=args.average, n_jobs=2, random_state=SEED)
    clf.fit(x, y)
    print(f"trained in {time.time() - t0:.0f}s", flush=True)
    w = np.zeros((args.buckets, len(nm.TAGS)), dtype=np.float32)
    b = np.zeros(len(nm.TAGS), dtype=np.float32)
    for k, cls in enumerate(clf.classes_):
        w[:, cls] = clf.coef_[k]
        b[cls] = clf.intercept_[k]
    scales = np.maximum(np.abs(w).max(axis=0), 1e-9) / 127.0
    wq = np.round(w / scales[None, :]).astype(np.int8)
    trans = count_transitions(tags) * args.trans_weight
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "model.npz", weights_q=wq, scales=scales.astype(np.float32),
                        bias=b, trans=trans.astype(np.float32))
    config = {
        "tags": list(nm.TAGS), "n_buckets": args.buckets, "weights_file": "model.npz", "max_chunk": 300, "jieba_features": args.jieba,
        "trained_on": "MSRA NER train (SIGHAN 2006), research use; "
                      f"{len(train_s)} sentences, {HOLDOUT} held back with seed {SEED}",
        "learner": f"sklearn SGDClassifier(loss={args.loss}, alpha={args.alpha}, epochs={args.epochs}, "
                   f"average={args.average}); int8 weights; transitions = {args.trans_weight} * log P",
    }
    (out / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({(out / 'model.npz').stat().st_size / 1e6:.1f} MB)")
    model = nm.NerModel.load(out)
    evaluate(model, test_s, "MSRA held-back")


def cmd_evaluate(args) -> None:
    model = nm.NerModel.load(OUT)
    _, test_s = split_msra()
    res = {"msra_heldback": evaluate(model, test_s[: args.limit or None], "MSRA held-back")}
    pd = read_bio(SHARED / "peoples_daily_dev_bio.txt")
    res["peoples_daily_dev"] = evaluate(model, pd[: args.limit or None], "People's Daily dev")
    # about 64% of People's Daily dev sentences also occur in the MSRA train file: score the rest too
    train_s, _ = split_msra()
    seen = {t for t, _ in train_s}
    unseen = [s for s in pd if s[0] not in seen]
    res["peoples_daily_dev_unseen"] = evaluate(model, unseen[: args.limit or None],
                                               f"People's Daily dev, {len(unseen)} sentences not in training")
    if args.rules:
        res["msra_heldback_find_entities"] = evaluate_find_entities(test_s[: args.limit or None])
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1))


def evaluate_find_entities(sents) -> dict:
    """Micro P/R/F of the full ``find_entities`` (model + report rules) against MSRA conventions."""
    from textmine.extract.entities import find_entities

    names = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}
    tp = fp = fn = 0
    for text, tags in sents:
        g = {(s, e, names[y]) for s, e, y in gold_spans(tags)}
        p = {(x["start"], x["end"], x["type"]) for x in find_entities(text) if x["type"] != "WORK"}
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
    res = dict(zip("prf", prf(tp, fp, fn)))
    print(f"find_entities on MSRA held-back: P={res['p']:.4f} R={res['r']:.4f} F={res['f']:.4f}")
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("gazetteer")
    g.add_argument("--cpca-wheel", type=Path, required=True)
    t = sub.add_parser("train")
    t.add_argument("--buckets", type=int, default=2 ** 20)
    t.add_argument("--loss", default="modified_huber")
    t.add_argument("--alpha", type=float, default=1e-6)
    t.add_argument("--epochs", type=int, default=10)
    t.add_argument("--average", action="store_true")
    t.add_argument("--trans-weight", type=float, default=0.5)
    t.add_argument("--max-sentences", type=int, default=0)
    t.add_argument("--out", default=str(OUT), help="model folder (default: the packaged one)")
    t.add_argument("--jieba", action="store_true", help="add jieba word-boundary features")
    e = sub.add_parser("evaluate")
    e.add_argument("--limit", type=int, default=0)
    e.add_argument("--json")
    e.add_argument("--rules", action="store_true", help="also score find_entities (model + rules) on the slice")
    c = sub.add_parser("corpus", help="entity P/R/F of find_entities on gold articles")
    c.add_argument("dirs", nargs="*", type=Path,
                   default=[ROOT.parent / "shared" / "corpus" / "seed", ROOT.parent / "shared" / "corpus" / "dev"])
    c.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "gazetteer":
        build_gazetteer(args.cpca_wheel)
    elif args.cmd == "train":
        train(args)
    elif args.cmd == "corpus":
        for d in args.dirs:
            corpus_eval([d], show=args.show)
    else:
        cmd_evaluate(args)



# ---------------------------------------------------------------- corpus articles (measurement only)
_PINYIN = r"(?<=\p{Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)"


def normalize_for_measurement(text: str):
    """Normalized text and, per normalized char, its original offset (t2s, pinyin stripped, width folded).

    Only for scoring articles before the pipeline's own normalizer is wired in.
    """
    import unicodedata

    import opencc
    import regex

    keep, pos = [], []
    last = 0
    for m in regex.finditer(_PINYIN, text):
        for k in range(last, m.start()):
            keep.append(text[k])
            pos.append(k)
        last = m.end()
    for k in range(last, len(text)):
        keep.append(text[k])
        pos.append(k)
    conv = opencc.OpenCC("t2s")
    out = []
    for c in keep:
        s = conv.convert(c)
        f = unicodedata.normalize("NFKC", s)
        out.append(f if len(f) == 1 else s if len(s) == 1 else c)
    return "".join(out), pos + [len(text)]


def corpus_eval(dirs, show=False) -> dict:
    """Entity P/R/F on gold articles, with the official scorer's treatment of optional mentions."""
    from textmine.extract.entities import find_entities

    tp = fp = fn = 0
    for d in dirs:
        for gold_path in sorted(Path(d).glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            raw = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("gb18030")
            norm, pos = normalize_for_measurement(text)
            pred = set()
            for e in find_entities(norm):
                s, en = pos[e["start"]], pos[e["end"] - 1] + 1
                # a removed annotation right after the span belongs to it
                nxt = pos[e["end"]]
                if nxt > en:
                    en = nxt
                pred.add((s, en, e["type"]))
            gk = {(e["start"], e["end"], e["type"]): e.get("optional", False) for e in gold["entities"]}
            for k, opt in gk.items():
                if opt:
                    continue
                if k in pred:
                    tp += 1
                else:
                    fn += 1
                    if show:
                        print(f"  FN {gold_path.stem} {k[2]} {text[k[0]:k[1]]}")
            for k in pred - set(gk):
                fp += 1
                if show:
                    print(f"  FP {gold_path.stem} {k[2]} {text[k[0]:k[1]]}  «{norm[max(0, pos.index(k[0]) - 6):pos.index(k[0]) + 12]}»".replace("\n", " "))
    p, r, f = prf(tp, fp, fn)
    print(f"{' '.join(str(d) for d in dirs)}: P={p:.4f} R={r:.4f} F={f:.4f} tp={tp} fp={fp} fn={fn}")
    return {"p": p, "r": r, "f": f}


if __name__ == "__main__":
    main()
