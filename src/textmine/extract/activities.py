"""Activity types: which kind of work each figure (and sentence) reports.

A researcher asks "how many lectures did county committees report"; that needs
the activity of the clause a figure sits in.  The label set and its trigger
words live in a data file (``pipelines/activities.toml``), so an archive with
its own vocabulary gets new types without code.  This module applies it:

* triggers are found once per document by one regex written as a character
  trie (leftmost-longest, so ``民生工程`` beats ``工程`` and a user's ``核酸检测``
  beats ``检测``) plus the taxonomy's few patterns; campaign names
  (``党史学习教育``) are matched too and dropped -- they name the campaign, not
  the work done; nothing is taken from garbled text or page chrome;
* a figure takes the nearest trigger of its *clause* (the sentence cut at
  ``, ; :``) -- reports put the trigger before the figure (``开展义诊36场次``)
  or after it (``组织2000余名党员干部赴西柏坡…接受党性教育``); a governing verb
  listed as ``strong`` (``被评为``) beats a nearer noun;
* a comparison clause (``同比增长18%``) describes the figure before it and takes
  its type -- also none, when that figure is a rate or level no trigger typed
  (``空气质量优良天数比例``: environment and health indicators grow too); with
  nothing to compare it is growth of output (``investment``);
* otherwise the sentence's triggers vote, nearer ones weighing more (a lone far
  trigger does not decide); an enumeration continues the figure before it,
  and so does a clause of people taking part (``参与群众6000余人``, words under
  ``joins``) -- they took part in the work the figure before counts;
  then a type's ``cues``, nouns of what is counted (``学校``, ``患者``, ``医院``:
  services delivered to residents are mostly reported by what they serve, with
  no activity word -- ``为87所中小学配备…``), in a clause without triggers;
  then a small linear model over character n-grams (trained on clauses the
  triggers label in unlabelled reports, ``scripts/train_activities.py``) when it
  is confident; then a sentence that refers back (``其中24个事项已完成``) takes
  the previous sentence's type, and so does a sentence with no trigger at all in
  the same paragraph (a report's paragraph tells of one piece of work: on four
  unseen sets, scored as they were first met, 0.5-3 points of accuracy gained);
* the ``[not_activity]`` wordings (party membership statistics, deputies'
  proposals, casualties) compete like triggers and give ``None`` when they win:
  many figures in reports count stocks, not activities;
* last, the review model learnt from the gold files
  (:mod:`textmine.extract.activity_review`) labels the figures still without a
  type and overrules, when it is sure, a type reasoned from beyond the figure's
  clause (vote, topic, list, growth, clause model: ``_REVIEWED``).
"""
from __future__ import annotations

import json
import logging
import operator
import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import numpy as np
import regex

from ..document import Document
from ..errors import TextmineError
from .wordscan import WordScan

log = logging.getLogger(__name__)

__all__ = [
    "NOT_ACTIVITY", "Taxonomy", "ActivityModel", "load_taxonomy", "load_model", "default_taxonomy_path",
    "default_model_path", "find_triggers", "split_clauses", "char_ngrams", "tag_activities",
]

#: internal label of the ``[not_activity]`` table: wins like a type, reported as ``None``
NOT_ACTIVITY = "not_activity"

# clause ends: Chinese/ASCII clause punctuation; a comma before three digits is a
# thousands separator (1,860场次), not a clause end.  (Semicolons and sentence ends: the
# stdlib engine, faster per call; not the clause ends: its ``\d`` follows an older Unicode.)
_CLAUSE_END = regex.compile(r"[，；：;:。！？!?]|,(?!\d{3}(?!\d))")
_SEGMENT_END = re.compile(r"[；;。！？!?]")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPACES = re.compile(r"\s\s+")


# -- the taxonomy ---------------------------------------------------------------
@dataclass(frozen=True)
class Taxonomy:
    """A compiled taxonomy file: types, their names and one matcher for all triggers."""

    source: str
    types: tuple[str, ...]
    names: dict[str, str]
    literal_re: Any  # triggers and ignored names in one trie regex
    literal_type: dict[str, str]  # word -> type, or "" for an ignored name
    patterns: tuple[tuple[Any, str], ...]
    growth_re: Any
    growth_type: str | None
    continues_re: Any
    none_kinds: frozenset[str]
    none_units: frozenset[str]
    edition_units: frozenset[str]
    strong: frozenset[str]
    joins_re: Any = None  # 参与群众6000余人: taking part in the work the clause before counts
    literal_pairs: Any = None  # the same words found through their first two characters (WordScan)
    cue_re: Any = None  # nouns of what is counted (学校, 患者): type a clause only when no trigger is in it
    cue_type: Any = None  # cue word -> type


@lru_cache(maxsize=1)
def default_taxonomy_path() -> Path:
    """``pipelines/activities.toml``, shipped inside the package as ``textmine.pipelines``
    (resolved once: ``importlib.resources`` costs more than the rest of a short document)."""
    return Path(str(resources.files("textmine.pipelines").joinpath("activities.toml")))


def _fold(words: Iterable[str]) -> list[str]:
    """Run words through the normalizers documents go through (widths, script)."""
    from ..normalize import FIXERS

    out = []
    for w in words:
        w = str(w)
        for name in ("fold_width", "t2s"):
            w = FIXERS[name](w).text
        out.append(w)
    return out


def _alternation(words: Iterable[str]) -> Any:
    """One compiled regex matching any of ``words``, longest first at each position.

    The alternation is written as a character trie (``民生(?:工程|实事)``):
    the stdlib ``re`` then scans a text several times faster than a flat list
    of hundreds of words -- this runs on every document of an archive.
    """
    trie: dict = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return None

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return re.compile(build(trie))


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read and compile a taxonomy file; a bad file raises a one-line :class:`TextmineError`."""
    path = Path(path) if path is not None else default_taxonomy_path()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise TextmineError("E300", "taxonomy file not found", str(path), stage="activities") from None
    return _load_taxonomy(str(path), mtime)


@lru_cache(maxsize=8)
def _load_taxonomy(path: str, mtime: int) -> Taxonomy:  # mtime: an edited file is re-read
    def bad(reason: str) -> TextmineError:
        return TextmineError("E300", f"bad taxonomy: {reason}", path, stage="activities")

    try:
        config = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise bad(f"not valid TOML: {exc}") from None
    types_cfg = config.get("types")
    if not isinstance(types_cfg, dict) or not types_cfg:
        raise bad("needs [types.NAME] tables")
    settings = config.get("settings", {})
    tables = dict(types_cfg)
    if NOT_ACTIVITY in tables:
        raise bad(f"'{NOT_ACTIVITY}' is reserved for the [not_activity] table")
    if isinstance(config.get("not_activity"), dict):
        tables[NOT_ACTIVITY] = config["not_activity"]
    literal_type: dict[str, str] = {}
    patterns: list[tuple[Any, str]] = []
    names: dict[str, str] = {}
    strong: set[str] = set()
    cue_type: dict[str, str] = {}
    for w in _fold(settings.get("ignore", [])):
        literal_type[w] = ""  # matched like a trigger, so the longest reading wins, then dropped
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise bad(f"[types.{name}] must be a table")
        names[name] = str(table.get("zh", name))
        triggers, pats, governing = table.get("triggers", []), table.get("patterns", []), table.get("strong", [])
        if not isinstance(governing, list):
            raise bad(f"{name}: 'strong' must be a list of strings")
        for w in _fold(governing):
            strong.add(w)
            literal_type.setdefault(w, name)
        triggers, pats, cues = table.get("triggers", []), table.get("patterns", []), table.get("cues", [])
        if not isinstance(triggers, list) or not isinstance(pats, list) or not isinstance(cues, list):
            raise bad(f"{name}: 'triggers', 'patterns' and 'cues' must be lists of strings")
        for w in _fold(cues):
            cue_type.setdefault(w, name)
        if not triggers and not pats:
            raise bad(f"{name}: no triggers or patterns")
        for w in _fold(triggers):
            literal_type.setdefault(w, name)  # first type listing a word keeps it
        for p in _fold(pats):
            try:
                patterns.append((regex.compile(p), name))
            except regex.error as exc:
                raise bad(f"{name}: pattern {p!r}: {exc}") from None
    growth_type = settings.get("growth_type")
    if growth_type is not None and growth_type not in types_cfg:
        raise bad(f"growth_type {growth_type!r} is not a type")
    return Taxonomy(
        source=path,
        types=tuple(types_cfg),
        names=names,
        literal_re=_alternation(literal_type),
        literal_pairs=WordScan.of(literal_type),
        literal_type=literal_type,
        patterns=tuple(patterns),
        growth_re=_alternation(_fold(settings.get("growth", []))),
        growth_type=growth_type,
        continues_re=_alternation(_fold(settings.get("continues", []))),
        none_kinds=frozenset(settings.get("none_kinds", [])),
        none_units=frozenset(_fold(settings.get("none_units", []))),
        edition_units=frozenset(_fold(settings.get("edition_units", []))),
        strong=frozenset(strong),
        joins_re=_alternation(_fold(settings.get("joins", []))),
        cue_re=_alternation(cue_type),
        cue_type=cue_type,
    )


def find_triggers(text: str, tax: Taxonomy, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Trigger matches ``(start, end, type)`` in ``text[start:end]``, non-overlapping, in text order.

    Words are matched leftmost-longest (``人居环境整治`` is one construction
    trigger, not construction + enforcement); a pattern match overlapping a
    word keeps the longer of the two.  Ignored names (campaigns) are matched
    the same way and dropped, with any pattern match touching them.
    """
    end = len(text) if end is None else end
    if tax.literal_pairs is not None:
        spans = tax.literal_pairs.spans(text, start, end)
    elif tax.literal_re is not None:
        spans = [m.span() for m in tax.literal_re.finditer(text, start, end)]
    else:
        spans = []
    literal_type = tax.literal_type
    found = [(s, e, literal_type[text[s:e]]) for s, e in spans]
    masked = [(s, e) for s, e, name in found if not name]  # ignored names: they mask patterns, then go
    if masked:
        found = [t for t in found if t[2]]
    extra = []
    for rx, name in tax.patterns:
        for m in rx.finditer(text, start, end):
            s, e = m.span()
            if e > s and not any(s < me and ms < e for ms, me in masked):
                extra.append((s, e, name))
    if not extra:
        return found
    # words never overlap each other; settle overlaps with pattern matches in one sweep
    kept: list[tuple[int, int, str]] = []
    for s, e, name in sorted(found + extra, key=lambda t: (t[0], t[0] - t[1])):
        if kept and s < kept[-1][1]:
            if e - s > kept[-1][1] - kept[-1][0]:
                kept[-1] = (s, e, name)
            continue
        kept.append((s, e, name))
    return kept


def split_clauses(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Clause spans of ``text[start:end]``: cut at ``, ; :`` and sentence ends.

    Not at ``、``: it joins the items of one list under one verb
    (``组织…赴西柏坡、廊坊法治宣教中心等红色教育基地接受党性教育``), and cutting
    there would part the figure from the verb that governs it.
    """
    return _split_at(_CLAUSE_END, text, start, len(text) if end is None else end)


def _split_at(pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-empty spans of ``text[start:end]`` between matches of ``pattern``."""
    spans, pos = [], start
    for m in pattern.finditer(text, start, end):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        spans.append((pos, end))
    return spans


# -- the classifier -------------------------------------------------------------
def char_ngrams(text: str, lo: int, hi: int) -> list[str]:
    """Character n-grams of ``text`` (the analyzer the model was trained with): all of length
    ``lo``, then ``lo + 1``, ... each in text order.  The grams of length n are those of length
    n - 1 with the next character added (joined by ``map`` in C, not sliced one by one)."""
    out: list[str] = []
    grams: list[str] = list(text)
    for n in range(1, hi + 1):
        if n > 1:
            grams = list(map(str.__add__, grams, text[n - 1:]))
        if n >= lo:
            out.extend(grams)
    return out


def mask_digits(text: str) -> str:
    """Digits become ``0`` so the model sees ``0余场``, not every number.

    Runs of whitespace collapse to one space, as scikit-learn's char analyzer
    does before taking n-grams (the model was trained through it).
    """
    return _SPACES.sub(" ", _DIGITS.sub("0", text))


@dataclass(frozen=True)
class ActivityModel:
    """TF-IDF over character n-grams + a linear layer, applied with numpy (no scikit-learn at run time)."""

    classes: tuple[str, ...]
    index: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray  # (n_features, n_classes)
    intercept: np.ndarray
    ngram: tuple[int, int]
    threshold: float
    separator: str = ""  # a character no feature contains (found when the model is made)
    _packed: dict = field(default=None, init=False, repr=False, compare=False)  # see _packed_vocabulary

    def __post_init__(self) -> None:
        if not self.separator:
            used = set("".join(self.index))
            object.__setattr__(self, "separator", next(ch for ch in map(chr, range(0x110000)) if ch not in used))
        object.__setattr__(self, "_packed", _packed_vocabulary(self.index))

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        """Best class and its probability for each text (vectorized in one pass)."""
        if not texts:
            return []
        scores = self.scores(texts)
        scores -= scores.max(axis=1, keepdims=True)
        prob = np.exp(scores)
        prob /= prob.sum(axis=1, keepdims=True)
        best = prob.argmax(axis=1)
        return [(self.classes[b], float(prob[i, b])) for i, b in enumerate(best)]

    def scores(self, texts: list[str]) -> np.ndarray:
        """The linear scores (texts x classes, intercept included) of the texts' tf-idf vectors."""
        rows, sizes, cols, counts, order = self._features(texts)
        scores = np.tile(self.intercept, (len(texts), 1))
        if len(rows):
            idx = cols
            w = (1.0 + np.log(counts.astype(np.float64))) * self.idf[idx]
            at = 0
            for n in sizes.tolist():  # each row to unit length, one text at a time as in training
                row = w[at:at + n]
                row /= np.sqrt(row.dot(row)) or 1.0
                at += n
            # the sparse product x @ coef without building a sparse matrix per call, summed as
            # scipy's CSR kernel sums it (a row's features in column order, one after the other):
            # the terms of each row, padded with zeros, added up by a running sum (np.add.reduceat
            # and sum add in another order: the last bit of a probability would differ)
            row_of = np.repeat(np.arange(len(rows)), sizes)
            place = np.arange(len(idx)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
            terms = np.zeros((len(rows), sizes.max(), self.coef.shape[1]))
            terms[row_of, place] = w[order, None] * self.coef[idx[order]]
            scores[rows] += np.cumsum(terms, axis=1)[:, -1]
        return scores

    def _features(self, texts: list[str]) -> tuple[np.ndarray, ...]:
        """The known n-grams of each text, counted: ``rows`` (the texts with any), ``sizes`` (how
        many distinct ones each has), then for all of them row after row ``cols`` (features) and
        ``counts`` in order of first occurrence in :func:`char_ngrams` (the order the weights are
        normalized in), and ``order``, the permutation putting each row's features in column order.

        The n-grams of all texts are taken at once from the texts joined by a separator no
        feature contains (an n-gram across two texts is then unknown, as an n-gram with the
        separator inside one text would be): an n-gram is its code points side by side in one
        integer (21 bits each), looked up among the features' in one sorted search per length,
        and counted per text with one ``np.unique``.
        """
        lo, hi = self.ngram
        masked = list(map(mask_digits, texts))
        joined = self.separator.join(masked)
        lengths = np.fromiter(map(len, masked), dtype=np.int64, count=len(masked))
        # the text each character of ``joined`` belongs to (a separator: the text before it)
        row_of_char = np.repeat(np.arange(len(masked)), lengths + 1)[:len(joined)]
        codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        known, rank = [], []  # per length: the feature of each n-gram (-1 unknown) and its row
        for n in range(lo, hi + 1):
            many = max(len(joined) - n + 1, 0)  # n-grams of this length
            if n in self._packed:
                packed = codes[:many]
                for j in range(1, n):
                    packed = packed << 21 | codes[j:j + many]
                keys, features = self._packed[n]
                at = np.minimum(np.searchsorted(keys, packed), len(keys) - 1)
                known.append(np.where(keys[at] == packed, features[at], -1))
            else:  # (longer n-grams do not fit in 64 bits: looked up as strings)
                grams = map(joined.__getitem__, map(slice, range(many), range(n, many + n)))
                known.append(np.fromiter(map(self.index.get, grams, repeat(-1)), dtype=np.int64, count=many))
            rank.append(row_of_char[:many])
        feature = np.concatenate(known)
        row = np.concatenate(rank)
        # the n-grams of one text in char_ngrams order: by row, then by length, then by position
        # (a stable sort by row keeps the other two)
        seq = np.argsort(row, kind="stable")
        feature, row = feature[seq], row[seq]
        valid = feature >= 0
        feature, row = feature[valid], row[valid]
        size = len(self.idf)
        keys, first, count = np.unique(row * size + feature, return_index=True, return_counts=True)
        by_first = np.argsort(first, kind="stable")  # rows stay in order: each row's n-grams are together
        per_row = np.bincount(keys // size, minlength=len(texts))
        rows = np.flatnonzero(per_row)
        sizes = per_row[rows]
        # keys are sorted by (row, feature): the rank of each first occurrence in that order
        order = np.argsort(by_first, kind="stable")
        return rows, sizes, keys[by_first] % size, count[by_first], order


def _packed_vocabulary(index: dict[str, int]) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """For each n-gram length up to 3 (63 bits): the features' n-grams as integers (21 bits a
    code point, as :meth:`ActivityModel._features` packs a text's), sorted, and their features.
    A length with no feature has a key no n-gram packs to (-1)."""
    by_length: dict[int, list[tuple[int, int]]] = {n: [] for n in (1, 2, 3)}
    for gram, feature in index.items():
        if len(gram) in by_length:
            key = 0
            for ch in gram:
                key = key << 21 | ord(ch)
            by_length[len(gram)].append((key, feature))
    return {n: (np.array([k for k, _ in sorted(pairs)] or [-1], dtype=np.int64),
                np.array([f for _, f in sorted(pairs)] or [-1], dtype=np.int64))
            for n, pairs in by_length.items()}


def default_model_path() -> Path:
    return Path(str(resources.files("textmine.data").joinpath("activities")))


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> ActivityModel:
    """The model in directory ``path`` (``model.npz`` + ``model.json``); default: the package's."""
    folder = Path(path) if path else default_model_path()
    try:
        meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
        with np.load(folder / "model.npz", allow_pickle=False) as z:
            vocab, idf, coef, intercept = z["vocabulary"], z["idf"], z["coef"], z["intercept"]
    except (OSError, ValueError, KeyError) as exc:
        raise TextmineError("E301", f"activity model unreadable: {exc}", str(folder), stage="activities") from None
    return ActivityModel(
        classes=tuple(meta["classes"]),
        index={str(g): i for i, g in enumerate(vocab.tolist())},
        idf=idf.astype(np.float64),
        coef=coef.astype(np.float64),  # stored as float16; widened once here, not per document
        intercept=intercept.astype(np.float64),
        ngram=tuple(meta["ngram_range"]),
        threshold=float(meta.get("threshold", 0.6)),
    )


# -- the stage ------------------------------------------------------------------
def _distance(qs: int, qe: int, ts: int, te: int) -> int:
    if te <= qs:
        return qs - te
    if ts >= qe:
        return ts - qe
    return 0


def _nearest(q: dict, triggers: list[tuple[int, int, str]], text: str, strong: frozenset[str]) -> str:
    # a governing verb (strong), then the nearest trigger; one before the figure wins
    # a tie (the verb usually governs what follows)
    return min(triggers, key=lambda t: (text[t[0]:t[1]] not in strong, _distance(q["start"], q["end"], t[0], t[1]),
                                        t[0] > q["start"]))[2]


def _vote(q: dict, triggers: list[tuple[int, int, str]], segments: list[tuple[int, int]], decay: float,
          least: float) -> str | None:
    """Type with the most distance-weighted trigger mass (later triggers and other segments count half).

    A trigger at distance ``d`` weighs ``1 / (1 + d / decay)``; a type needs
    ``least`` in all, so one trigger far off in a long sentence does not label it.
    """
    seg = next(((s, e) for s, e in segments if s <= q["start"] < e), None)
    mass: dict[str, float] = {}
    for ts, te, name in triggers:
        d = _distance(q["start"], q["end"], ts, te)
        w = 1.0 / (1.0 + d / decay)
        if ts >= q["end"]:
            w *= 0.5
        if seg is not None and not (seg[0] <= ts < seg[1]):
            w *= 0.5
        mass[name] = mass.get(name, 0.0) + w
    if not mass:
        return None
    best, weight = max(mass.items(), key=lambda kv: kv[1])
    return best if weight >= least else None


# sources of a label a later figure of the sentence may continue (a comparison, people
# taking part, an enumeration)
_DECIDED = ("clause", "compare", "vote", "list", "cue")
# kinds of figure that measure a level (a rate, a concentration), not an amount of output
_INDICATORS = ("percent", "measure")


def _cue(q: dict, clause: tuple[int, int], text: str, tax: Taxonomy) -> str | None:
    """The type of the cue noun nearest the figure in its clause (``None`` without one)."""
    if tax.cue_re is None:
        return None
    found = [(m.start(), m.end()) for m in tax.cue_re.finditer(text, clause[0], clause[1])]
    if not found:
        return None
    s, e = min(found, key=lambda t: (_distance(q["start"], q["end"], t[0], t[1]), t[0] > q["start"]))
    return tax.cue_type[text[s:e]]


def _public(label: str | None) -> str | None:
    return None if label in (None, NOT_ACTIVITY) else label


# the endings of a government department's name (局, 委员会, 办公室, 人民政府)
_DEPARTMENT_END = re.compile(r"(?:局|厅|委员会|委|部|办公室|办|政府|署)$")


def _outside_bodies(text: str, triggers: list[tuple[int, int, str]],
                    entities: list[dict]) -> list[tuple[int, int, str]]:
    """Triggers that are not inside the name of a government department: 县教育体育局 holds 体育, but
    the bureau named does no sport.  (A centre's or association's name may say what it does:
    农业技术推广中心, 志愿者协会.)  The entities stage runs before this one; with no entities every
    trigger counts."""
    bodies = sorted((e["start"], e["end"]) for e in entities or ()
                    if e.get("type") == "ORGANIZATION" and _DEPARTMENT_END.search(text, max(0, e["end"] - 3), e["end"]))
    if not bodies or not triggers:
        return triggers
    starts = [a for a, _ in bodies]
    out = []
    for t in triggers:
        k = bisect_right(starts, t[0]) - 1
        if k >= 0 and t[1] <= bodies[k][1]:
            continue
        out.append(t)
    return out


def tag_activities(
    doc: Document,
    *,
    taxonomy: Path | None = None,
    model: Path | None = None,
    use_model: bool = True,
    threshold: float | None = None,
    carry: bool = True,
    decay: float = 10.0,
    least: float = 0.25,
    review: bool = True,
    review_model: Path | None = None,
) -> Document:
    """Set ``q["activity"]`` on every figure and ``activities`` on every sentence.

    ``taxonomy``: the taxonomy file (default ``pipelines/activities.toml``);
    ``model``: a folder with ``model.npz``/``model.json`` (default: the
    package's); ``use_model=False`` keeps to the triggers (no clause model,
    no review); ``threshold`` overrides the model's confidence threshold;
    ``carry`` lets a sentence without triggers continue the previous
    sentence's type; ``decay`` is the distance (characters) at which a
    sentence trigger's vote halves and ``least`` the weight a type needs to
    win the vote; ``review`` lets the
    model learnt from the gold files label a figure nothing else labelled, when
    it is sure enough (:mod:`textmine.extract.activity_review`;
    ``review_model``: a folder with ``review.npz``/``review.json``, default
    the package's).
    """
    tax = load_taxonomy(taxonomy)
    text = doc.text
    triggers = _outside_bodies(text, find_triggers(text, tax), doc.entities)
    by_sentence: list[list[tuple[int, int, str]]] = [[] for _ in doc.sentences]
    sentence_of = _sentence_finder(doc.sentences)
    excluded = bool(doc.excluded)
    with_triggers: set[int] = set()
    if triggers and doc.sentences:
        # the sentence of every trigger (what sentence_of says), in one sorted search
        starts = np.fromiter(map(_FIRST, triggers), dtype=np.int64, count=len(triggers))
        place = np.searchsorted(sentence_of.starts, starts, side="right") - 1
        inside = (place >= 0) & (starts < sentence_of.ends.take(np.maximum(place, 0)))
        for t, si, ok in zip(triggers, place.tolist(), inside.tolist()):
            if ok and not (excluded and doc.is_excluded(t[0], t[1])):
                by_sentence[si].append(t)
                with_triggers.add(si)
    quantities_of: dict[int, list[dict]] = {}
    for q in doc.quantities:
        si = q.get("sentence")
        if si is None or not 0 <= si < len(doc.sentences):
            si = sentence_of(q["start"])
        q["activity"] = None
        if si is not None:
            quantities_of.setdefault(si, []).append(q)

    clause_of: dict[int, tuple[int, int]] = {}
    for si, qs in quantities_of.items():
        sent = doc.sentences[si]
        clauses = split_clauses(text, sent["start"], sent["end"])
        clause_starts = [s for s, _ in clauses]
        for q in qs:
            # the clause holding the figure's start: the last starting at or before it, if it
            # reaches that far (clauses do not overlap)
            k = bisect_right(clause_starts, q["start"]) - 1
            clause_of[id(q)] = clauses[k] if k >= 0 and q["start"] < clauses[k][1] else (q["start"], q["end"])
    labels: dict[int, str | None] = {}  # id(q) -> internal label
    source: dict[int, str] = {}
    pending: list[dict] = []  # figures no trigger decided: the model's turn
    follow: dict[int, dict] = {}  # id(q) -> the undecided figure its comparison clause describes
    for si, qs in sorted(quantities_of.items()):
        sent = doc.sentences[si]
        trig = by_sentence[si]
        segments = None  # split when a vote needs them
        for q in sorted(qs, key=_start):
            key = id(q)
            if q.get("kind") in tax.none_kinds or q.get("unit") in tax.none_units:
                # (but an edition of an event, 第三届柑橘文化节, is of the kind of event its name says)
                reach = q["end"] + len(q.get("counted") or "") + 1  # (the event's name right after the figure)
                named = [t for t in trig if q["end"] <= t[0] and t[1] <= reach] \
                    if q.get("unit") in tax.edition_units else []
                labels[key], source[key] = (_nearest(q, named, text, tax.strong), "clause") if named else (None, "kind")
                continue
            clause = clause_of[key]
            inside = [t for t in trig if clause[0] <= t[0] < clause[1]]
            if inside:
                labels[key], source[key] = _nearest(q, inside, text, tax.strong), "clause"
                continue
            if tax.growth_re is not None and tax.growth_re.search(text, clause[0], clause[1]):
                before = [p for p in qs if p["start"] < q["start"] and source.get(id(p)) in _DECIDED]
                earlier = [t for t in trig if t[1] <= clause[0]]
                undecided = [p for p in qs if p["start"] < q["start"] and source.get(id(p)) != "kind"]
                if before:
                    labels[key], source[key] = labels[id(before[-1])], "compare"
                elif earlier:  # 党员总人数…,则较…增加15.9%: compares what the earlier clause counts
                    labels[key], source[key] = earlier[-1][2], "compare"
                elif undecided and undecided[-1].get("kind") in _INDICATORS:
                    # 空气质量优良天数比例为91.2%,同比上升1.6个百分点: the change of a rate or
                    # level no trigger typed is of its kind; growth of an amount is output
                    follow[key] = undecided[-1]
                    continue
                elif tax.growth_type:
                    labels[key], source[key] = tax.growth_type, "growth"
                if key in labels:
                    continue
            if tax.joins_re is not None and tax.joins_re.search(text, clause[0], q["start"]):
                # 开展应急演练40场次，参与群众6000余人: the people of the work just counted
                before = [p for p in qs if p["start"] < q["start"] and source.get(id(p)) in _DECIDED]
                if before:
                    labels[key], source[key] = labels[id(before[-1])], "joins"
                    continue
            if trig and segments is None:
                segments = _segments(text, sent["start"], sent["end"])
            voted = _vote(q, trig, segments or [], decay, least) if trig else None
            if voted is not None:
                labels[key], source[key] = voted, "vote"
                continue
            # an enumeration (农药残留超标42.98%,微生物污染14.67%,…) continues the figure before it
            before = [p for p in qs if p["start"] < q["start"] and source.get(id(p)) in _DECIDED]
            if before:
                labels[key], source[key] = labels[id(before[-1])], "list"
                continue
            cue = _cue(q, clause, text, tax)
            if cue is not None:
                # 为87所中小学配备…: the noun of what is counted types a clause no trigger types
                labels[key], source[key] = cue, "cue"
                continue
            pending.append(q)

    # the model only where no trigger of the sentence spoke (asked before the vote it
    # overrode better context, measured with 40% of the triggers removed); one
    # vectorized pass over the document's undecided clauses
    if pending and use_model:
        mdl = load_model(str(model) if model else None)
        cut = mdl.threshold if threshold is None else threshold
        spans = sorted({clause_of[id(q)] for q in pending})
        guess = {span: label for span, (label, p) in zip(spans, mdl.predict([text[s:e] for s, e in spans]))
                 if label in tax.types and p >= cut}
        for q in pending:
            if clause_of[id(q)] in guess:
                labels[id(q)], source[id(q)] = guess[clause_of[id(q)]], "model"

    for key, p in follow.items():  # in text order: a chain of comparisons follows its head
        if id(p) in labels:
            labels[key], source[key] = labels[id(p)], "compare"

    # sentences: their triggers' types, then the figures' types; carry the previous topic
    topic: str | None = None
    topic_at = 0
    for sent in doc.sentences:
        sent["activities"] = []  # nothing to label, and the topic carries on unchanged
    for si in sorted(quantities_of.keys() | with_triggers):
        sent = doc.sentences[si]
        trig = by_sentence[si]
        if si not in quantities_of:  # triggers only: their types, and the last one is the topic
            sent["activities"] = _trigger_types(trig)
            topic, topic_at = trig[-1][2], sent["end"]
            continue
        qs = sorted(quantities_of.get(si, ()), key=_start)
        if carry and not trig and tax.continues_re is not None:
            # (a sentence of the same paragraph with no trigger at all goes on with its topic: a
            # report's paragraph tells of one piece of work)
            same_para = topic is not None and "\n" not in text[topic_at:sent["start"]]
            for q in qs:
                refers_back = tax.continues_re.search(text, sent["start"], q["start"])
                if id(q) not in labels and topic is not None and (refers_back or same_para):
                    labels[id(q)], source[id(q)] = topic, "carry"
        types = _trigger_types(trig)
        decided = _UNDECIDED  # the label of the last figure decided otherwise than by its kind
        for q in qs:
            key = id(q)
            label = labels.get(key)
            if key in labels and source[key] != "kind":
                decided = label
            q["activity"] = activity = _public(label)
            if activity and activity not in types:
                types.append(activity)
        sent["activities"] = types
        if decided is not _UNDECIDED:
            topic, topic_at = decided, sent["end"]
        elif trig:
            topic, topic_at = trig[-1][2], sent["end"]
    if review and use_model:
        asked = [(si, q) for si, qs in sorted(quantities_of.items()) for q in qs
                 if source.get(id(q)) in _REVIEWED]
        for si in review_figures(doc, asked, clause_of, tax, review_model) if asked else ():
            doc.sentences[si]["activities"] = _sentence_types(by_sentence[si],
                                                              sorted(quantities_of[si], key=_start))
    return doc


#: the routes whose label the review model may overrule when it is sure: none (no rule spoke),
#: and those that reason from beyond the figure's clause -- the sentence's vote, the paragraph's
#: topic, the figure before in a list, growth of output, the clause model.  A trigger in the
#: figure's own clause (and what follows from one: its comparison, its participants), a cue
#: noun and the figure's kind stay.  Measured leaving whole gold sets out: of 14663 corpus
#: figures 0.788 -> 0.807 right, the dev gold unchanged (0.983), and on four unseen sets met
#: in session 23 (24 articles) 0.709 -> 0.740.
_REVIEWED = frozenset({None, "vote", "carry", "list", "growth", "model"})


def review_figures(doc: Document, figures: list[tuple[int, dict]], clause_of: dict[int, tuple[int, int]],
                   tax: Taxonomy, folder: Path | None = None) -> set[int]:
    """Let the review model relabel the ``(sentence, figure)`` pairs when it is sure (one pass a
    document); the sentences whose figures changed are returned."""
    from .activity_review import figure_views, load_review

    mdl = load_review(str(folder) if folder else None)
    text = doc.text
    views, sentences, sentence_of, seen = [], [], [], {}
    for si, q in figures:
        if si not in seen:
            sent = doc.sentences[si]
            seen[si] = len(sentences)
            sentences.append(text[sent["start"]:sent["end"]])
        views.append(figure_views(text, q, clause_of[id(q)]))
        sentence_of.append(seen[si])
    labels = mdl.review([q["activity"] for _, q in figures], mdl.scores(views, sentences, sentence_of))
    changed = set()
    for (si, q), label in zip(figures, labels):
        if label != q["activity"] and (label is None or label in tax.types):
            q["activity"] = label
            changed.add(si)
    return changed


def _sentence_types(triggers: list[tuple[int, int, str]], figures: list[dict]) -> list[str]:
    """A sentence's types: its triggers' (in order of first mention), then its figures' (in text order)."""
    types = _trigger_types(triggers)
    for q in figures:
        if q["activity"] and q["activity"] not in types:
            types.append(q["activity"])
    return types


def _trigger_types(triggers: list[tuple[int, int, str]]) -> list[str]:
    """The types of a sentence's triggers in order of first mention ([not_activity] left out)."""
    types: list[str] = []
    for _, _, name in triggers:
        if name != NOT_ACTIVITY and name not in types:
            types.append(name)
    return types


_FIRST = operator.itemgetter(0)
_UNDECIDED = object()  # no label yet (None is a label: "no activity")


def _start(q: dict) -> int:
    return q["start"]


def _sentence_finder(sentences: list[dict[str, Any]]):
    """``Document.sentence_of`` with the sentence starts listed once; the function has them, and
    the ends, as arrays (``.starts``, ``.ends``) to place many positions in one search."""
    starts = [s["start"] for s in sentences]

    def sentence_of(pos: int) -> int | None:
        i = bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < sentences[i]["end"] else None

    sentence_of.starts = np.array(starts, dtype=np.int64)
    sentence_of.ends = np.fromiter((s["end"] for s in sentences), dtype=np.int64, count=len(sentences))
    return sentence_of


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Semicolon segments of a sentence (a ``;`` separates reports of different work)."""
    return _split_at(_SEGMENT_END, text, start, end)
