"""The last word on the activity of figures no rule types, or only a rule from beyond their clause.

The taxonomy's triggers, cues, the paragraph's topic and the clause model
(:mod:`textmine.extract.activities`) label most figures; some are left with
none because nothing near them names the work: ``为3.2万名困难群众发放救助金``
is a service with no service word, ``全县共有养老机构18家`` is no activity at all.
Telling those apart is a matter of how reports are read, and only gold files
say it: this model is trained on the labels of the gold files in ``corpus/``
(``scripts/train_activity_review.py``) over five views of a figure -- the words
of its clause before it and after it, its whole sentence, what it counts, and
its unit and kind -- and the stage asks it about the figures the rules
left without a label, and those a rule typed from beyond their clause (a far
trigger's vote, the paragraph's topic: ``全县现有律师事务所18家`` after a
sentence about legal publicity is no publicity).  It changes a label when it is
sure (its score for another type beats its score for the given one, or for "no
activity", by ``margin``): leaving each gold set out in
turn it fixes four figures for every one it spoils, and of the 303 figures of
the dev gold it changes two (the script prints the table).

Applied with numpy like the clause model (an :class:`ActivityModel` per view,
the views' scores added); a sentence's view is computed once.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import TextmineError
from .activities import ActivityModel, default_model_path

__all__ = ["ReviewModel", "FIELDS", "NONE", "figure_views", "load_review"]

#: the views of a figure, in the order of the model's blocks
FIELDS = ("left", "right", "sentence", "counted", "meta")
#: the class of "no activity"
NONE = "none"
#: characters of the clause kept on each side of a figure
REACH = 40


def figure_views(text: str, q: dict, clause: tuple[int, int]) -> tuple[str, str, str, str]:
    """The per-figure views (left, right, counted, meta); the sentence view is the sentence's text."""
    left = text[max(clause[0], q["start"] - REACH):q["start"]]
    right = text[q["end"]:min(clause[1], q["end"] + REACH)]
    return left, right, q.get("counted") or "", f"{q.get('unit') or ''}|{q.get('kind') or ''}"


@dataclass(frozen=True)
class ReviewModel:
    """One :class:`ActivityModel` per view (no intercept of its own), their scores summed."""

    classes: tuple[str, ...]
    views: dict[str, ActivityModel]
    intercept: np.ndarray
    margin: float

    def scores(self, per_figure: list[tuple[str, str, str, str]], sentences: list[str],
               sentence_of: list[int]) -> np.ndarray:
        """Scores (figures x classes): ``per_figure`` views of each figure, the distinct
        ``sentences`` and, per figure, the index of its sentence among them."""
        n = len(per_figure)
        out = np.tile(self.intercept, (n, 1))
        if not n:
            return out
        columns = list(zip(*per_figure))
        for name, texts in zip(("left", "right", "counted", "meta"), columns):
            out += self.views[name].scores(list(texts))
        out += self.views["sentence"].scores(sentences)[np.asarray(sentence_of, dtype=np.int64)]
        return out

    def review(self, labels: list[str | None], scores: np.ndarray) -> list[str | None]:
        """The model's label where it beats the given one by ``margin``; else the given one.
        ``None`` (no activity) is the class ``none``; labels the model does not know stay."""
        index = {c: i for i, c in enumerate(self.classes)}
        best = scores.argmax(axis=1)
        out = []
        for label, row, b in zip(labels, scores, best.tolist()):
            mine = index.get(NONE if label is None else label)
            if mine is None or b == mine or row[b] - row[mine] <= self.margin:
                out.append(label)
            else:
                choice = self.classes[b]
                out.append(None if choice == NONE else choice)
        return out


@lru_cache(maxsize=4)
def load_review(path: str | None = None) -> ReviewModel:
    """The model in folder ``path`` (``review.npz`` + ``review.json``); default: the package's."""
    folder = Path(path) if path else default_model_path()  # (beside the clause model)
    try:
        meta: dict[str, Any] = json.loads((folder / "review.json").read_text(encoding="utf-8"))
        with np.load(folder / "review.npz", allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        classes = tuple(meta["classes"])
        views = {}
        for name in FIELDS:
            vocab = arrays[f"{name}_vocabulary"]
            views[name] = ActivityModel(
                classes=classes,
                index={str(g): i for i, g in enumerate(vocab.tolist())},
                idf=arrays[f"{name}_idf"].astype(np.float64),
                coef=arrays[f"{name}_coef"].astype(np.float64),
                intercept=np.zeros(len(classes)),
                ngram=tuple(meta["ngram_range"]),
                threshold=1.0,
            )
        return ReviewModel(classes, views, arrays["intercept"].astype(np.float64), float(meta["margin"]))
    except (OSError, ValueError, KeyError) as exc:
        raise TextmineError("E301", f"activity review model unreadable: {exc}", str(folder), stage="activities") from None
