"""The value every fixer returns."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..document import Edit, apply_edits


@dataclass
class Fix:
    """A fixer's result.

    ``starts``/``ends`` map each output character into the input text; ``None``
    means the fixer kept every character in place (1:1).  ``regions`` are spans
    of the *input* the fixer judged special, as ``(start, end, reason, extra)``.
    """

    text: str
    starts: np.ndarray | None = None
    ends: np.ndarray | None = None
    info: dict[str, Any] = field(default_factory=dict)
    changed: bool = False
    regions: list[tuple[int, int, str, dict]] = field(default_factory=list)

    @classmethod
    def from_edits(cls, text: str, edits: list[Edit], **info: Any) -> "Fix":
        if not edits:
            return cls(text, info=info)
        new, starts, ends = apply_edits(text, edits)
        return cls(new, starts, ends, info=info, changed=True)


def codepoints(text: str) -> np.ndarray:
    """The code points of ``text`` as a uint32 array (one C-speed pass, for vectorized prechecks)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
