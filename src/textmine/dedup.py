"""Near-duplicate documents: republished copies of one report.

County news sites repost each other's reports with a new header ("来源：…",
"责任编辑：…") and footer.  Summing figures over an archive must not count
such a copy twice, so batch mode marks every later copy with the id of the
first one it saw (``duplicate_of`` in the ``documents`` table).

Method: MinHash over character 5-gram shingles of the text (NFKC-folded,
whitespace removed), with locality-sensitive hashing in bands to find
candidates and the signature agreement as the estimate of Jaccard
similarity.  It is streaming -- each document is compared with those before
it, in input order -- so batch mode decides ``duplicate_of`` in the same pass
that dispatches documents, and memory grows by ~1.5 kB per document (not
quadratic like a pairwise cosine matrix).  Everything is numpy arithmetic on
code points with fixed seeds, so the same inputs always give the same marks
(``--resume`` relies on that).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, partial
from typing import Optional

import numpy as np

# CJK unified ideographs are inert under NFKC: each is its own normal form, has combining class 0 and
# takes part in no composition, so NFKC(a + ideographs + b) == NFKC(a) + ideographs + NFKC(b).  Folding
# only the runs between them (punctuation, digits, Latin; few distinct ones, hence the cache) gives the
# same text as folding the whole, ~6x faster on Chinese reports, where NFKC was most of dedup's time.
_IDEOGRAPHS = re.compile("([\u4e00-\u9fff]+)")
_nfkc_run = lru_cache(maxsize=1 << 14)(partial(unicodedata.normalize, "NFKC"))


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, computed run by run between CJK ideographs."""
    parts = _IDEOGRAPHS.split(text)
    parts[::2] = map(_nfkc_run, parts[::2])
    return "".join(parts)


def shingles(text: str, n: int = 5) -> np.ndarray:
    """64-bit hashes of the character ``n``-grams of ``text`` (folded; whitespace dropped)."""
    folded = "".join(nfkc(text).split())
    cps = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(cps) == 0:
        return np.zeros(0, dtype=np.uint64)
    if len(cps) < n:
        n = len(cps)
    h = np.zeros(len(cps) - n + 1, dtype=np.uint64)
    mult = np.uint64(0x100000001B3)  # FNV prime: a polynomial hash mod 2^64 (overflow is the modulus)
    with np.errstate(over="ignore"):
        for k in range(n):
            h = h * mult + cps[k:len(cps) - n + 1 + k]
    return h


class NearDuplicates:
    """Streaming near-duplicate finder: ``add(doc_id, text)`` returns the first earlier copy's id.

    ``threshold`` is the estimated Jaccard similarity of shingle sets above
    which two texts are copies; 0.7 marks a report reposted with a different
    header and footer and leaves apart two different reports of one county
    (which share far fewer 5-grams).
    """

    def __init__(self, threshold: float = 0.7, num_perm: int = 64, bands: int = 16, ngram: int = 5, seed: int = 20240601):
        if num_perm % bands:
            raise ValueError("num_perm must be a multiple of bands")
        rng = np.random.default_rng(seed)
        self.a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) | np.uint64(1)
        self.b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
        self.threshold, self.bands, self.rows, self.ngram = threshold, bands, num_perm // bands, ngram
        self.ids: list[str] = []
        self.roots: list[int] = []
        self.signatures: list[np.ndarray] = []
        self.buckets: dict[bytes, int] = {}

    def signature(self, text: str) -> Optional[np.ndarray]:
        h = shingles(text, self.ngram)
        if len(h) == 0:
            return None
        # multiply-shift hashing, one permutation per row: the high 32 bits of the smallest h*a+b
        # (mod 2^64); the shift is monotone, so it is applied to the minimum only, and the products
        # go into one reused buffer
        lows = np.empty(len(self.a), dtype=np.uint64)
        buf = np.empty_like(h)
        for i in range(len(self.a)):
            np.multiply(h, self.a[i], out=buf)
            np.add(buf, self.b[i], out=buf)
            lows[i] = buf.min()
        return (lows >> np.uint64(32)).astype(np.uint32)

    def add(self, doc_id: str, text: str) -> Optional[str]:
        """Index ``text``; return the id of the first earlier near-identical document, or None."""
        sig = self.signature(text)
        idx = len(self.ids)
        self.ids.append(doc_id)
        self.signatures.append(sig)
        self.roots.append(idx)
        if sig is None:
            return None
        keys = [bytes([band]) + sig[band * self.rows:(band + 1) * self.rows].tobytes() for band in range(self.bands)]
        best = None
        for cand in sorted({self.buckets[k] for k in keys if k in self.buckets}):
            other = self.signatures[cand]
            if float(np.mean(other == sig)) >= self.threshold:
                best = cand
                break
        for k in keys:
            self.buckets.setdefault(k, idx)
        if best is None:
            return None
        root = self.roots[best]
        self.roots[idx] = root
        return self.ids[root]

    def similarity(self, a: str, b: str) -> float:
        """Estimated Jaccard similarity of two texts' shingle sets (for tuning and tests)."""
        sa, sb = self.signature(a), self.signature(b)
        if sa is None or sb is None:
            return 0.0
        return float(np.mean(sa == sb))


def exact_jaccard(a: str, b: str, n: int = 5) -> float:
    """Exact Jaccard similarity of two texts' shingle sets (the quantity MinHash estimates)."""
    sa, sb = set(shingles(a, n).tolist()), set(shingles(b, n).tolist())
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)
