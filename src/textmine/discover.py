"""Find the wordings of an archive that no activity type covers yet.

The taxonomy (``pipelines/activities.toml``) is written from a few archives;
a researcher's own archive reports other work (``核酸检测``, ``疫苗接种`` in 2020).
:func:`discover` gathers the clauses in which no trigger fires -- by default only
those that state a figure, since those are the ones left unlabelled -- and
clusters them (TF-IDF over jieba words, MiniBatchKMeans), so each cluster is a
candidate type with the words that set it apart and clauses to read.  Turning a
candidate into a type is one ``[types.NAME]`` table in the taxonomy file.
"""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable

import numpy as np
import regex

from .document import Document
from .extract.activities import find_triggers, load_taxonomy, mask_digits, split_clauses
from .segment import split_sentences

log = logging.getLogger(__name__)

__all__ = ["Candidate", "uncovered_clauses", "discover"]

# a clause states a figure: Arabic digits that are not a date (widths are folded), or a
# Chinese numeral other than a lone 一 (一个, 一位 are articles more than counts) with a classifier
_FIGURE = regex.compile(
    r"\d+(?:\.\d+)?(?![\d.年月日时号])"
    r"|(?:[两三四五六七八九十百千万]|一[十百千万])[一二两三四五六七八九十百千万]*[余多]?[个次场名人项件期批家所处条支户起位]"
)
# words worth showing: two or more Han characters (or Latin letters), not numeral + classifier
_WORD = regex.compile(r"^(?![一二两三四五六七八九十百千万亿零几第])\p{Han}{2,}$|^[A-Za-z]{2,}$")


@dataclass
class Candidate:
    """One cluster of uncovered clauses: a candidate activity type."""

    cluster: int
    size: int
    terms: list[str]
    examples: list[str]

    def as_dict(self) -> dict:
        return asdict(self)


def uncovered_clauses(
    docs: Iterable[Document],
    *,
    taxonomy: str | Path | None = None,
    figures_only: bool = True,
    min_chars: int = 6,
    max_chars: int = 120,
    limit: int = 100_000,
    seed: int = 0,
) -> list[str]:
    """Clauses of normalized ``docs`` in which no trigger of the taxonomy (nor a not-activity wording) fires.

    Documents are used as they are: pass them through :func:`textmine.normalize.normalize`
    first (the command does).  Duplicate clauses are kept once.  Beyond ``limit``
    clauses a uniform sample of ``limit`` is kept (reservoir sampling), so a
    million-article archive is read in one pass in bounded memory.
    """
    import random

    tax = load_taxonomy(taxonomy)
    rng = random.Random(seed)
    seen: set[int] = set()
    out: list[str] = []
    n_seen = 0
    for doc in docs:
        text = doc.text
        for s, e in split_sentences(text):
            trig = find_triggers(text, tax, s, e)
            for cs, ce in split_clauses(text, s, e):
                clause = text[cs:ce].strip()
                if not min_chars <= len(clause) <= max_chars or hash(clause) in seen:
                    continue
                if doc.is_excluded(cs, ce):
                    continue
                if any(cs < te and ts < ce for ts, te, _ in trig):
                    continue
                if figures_only and not _FIGURE.search(clause):
                    continue
                seen.add(hash(clause))
                n_seen += 1
                if len(out) < limit:
                    out.append(clause)
                else:
                    j = rng.randrange(n_seen)
                    if j < limit:
                        out[j] = clause
    return out


def _words(text: str) -> list[str]:
    from .segment import cut

    return [w for w in cut(mask_digits(text)) if _WORD.match(w)]


def discover(
    clauses: list[str],
    *,
    clusters: int = 8,
    terms: int = 8,
    examples: int = 3,
    seed: int = 0,
) -> list[Candidate]:
    """Cluster ``clauses`` into at most ``clusters`` candidate types, largest first.

    A cluster's terms are the words whose TF-IDF weight in its centroid most
    exceeds their weight over all clauses (what sets the cluster apart, not
    ``开展`` or ``全县``); its examples are the clauses nearest the centroid.
    """
    if clusters < 1:
        raise ValueError("clusters must be at least 1")
    if not clauses:
        return []
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer=_words, sublinear_tf=True, min_df=1, max_df=0.5 if len(clauses) >= 20 else 1.0)
    try:
        x = vec.fit_transform(clauses)
    except ValueError:  # no words at all (every clause was digits and punctuation)
        return []
    keep = np.asarray(x.sum(axis=1)).ravel() > 0
    rows = np.flatnonzero(keep)
    if not len(rows):
        return []
    x = x[rows]
    k = min(clusters, x.shape[0])
    km = MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=3, batch_size=1024)
    assign = km.fit_predict(x)
    vocab = np.array(vec.get_feature_names_out())
    overall = np.asarray(x.mean(axis=0)).ravel()
    out: list[Candidate] = []
    for c in range(k):
        members = np.flatnonzero(assign == c)
        if not len(members):
            continue
        centroid = np.asarray(x[members].mean(axis=0)).ravel()
        lift = centroid - overall
        order = [i for i in np.argsort(-lift) if centroid[i] > 0][:terms]
        sims = np.asarray(x[members] @ centroid).ravel()
        near = members[np.argsort(-sims)][:examples]
        out.append(Candidate(cluster=0, size=int(len(members)), terms=[str(vocab[i]) for i in order],
                             examples=[clauses[rows[i]] for i in near]))
    out.sort(key=lambda cand: (-cand.size, cand.terms))
    for i, cand in enumerate(out, 1):
        cand.cluster = i
    return out
