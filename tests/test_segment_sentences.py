"""split_sentences (one pattern) must equal split_sentences_reference (cut, then trim) everywhere.

Cases: hand-made edge cases (ends, closers, bullets, whitespace of every kind), random strings over
the characters that matter, and the real texts of corpus/ and the shared seed/dev articles.
"""
import random
from pathlib import Path

import pytest
import regex

from textmine.segment import _BULLETS, _CLOSERS, _SPACES, _TERMINAL, split_sentences

REPO = Path(__file__).resolve().parent.parent


_SENT_END = regex.compile(rf"[{_TERMINAL}]+[{_CLOSERS}]*|\n+|(?=[{_BULLETS}])")


def split_sentences_reference(text: str) -> list[tuple[int, int]]:
    """:func:`split_sentences` spelled out: cut at the ends, then trim each piece."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        ms, me = m.span()
        # terminal punctuation stays with its sentence; newlines and the bullet lookahead do not
        end = me if me > ms and text[ms] != "\n" else ms
        _add(text, pos, end, spans)
        pos = me
    _add(text, pos, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


# each exercises one rule of the reference: terminal runs with closers, newline runs, the bullet
# lookahead (also right after an end and at the text start), whitespace-only pieces, trimming
EDGE = [
    "", " ", "\n\n", "。", "  。  ", "好。”", "好。”。", "好！？」』下一句", "甲\n乙\r\n丙",
    "●一●二", "  ● 一  ●", "。●x", "一 ● 。", "！”“好", "a. b? c!", "x\u3000\u3000。 \u2028y",
    "”开头", "结尾”", "●", "●。", "\x1c甲\x1f", "甲\u00a0\u00a0\n", "（一）前言。（二）",
]


@pytest.mark.parametrize("text", EDGE)
def test_edge_cases_equal_reference(text):
    assert split_sentences(text) == split_sentences_reference(text)


def test_random_texts_equal_reference():
    alphabet = "甲乙 \t\n\r\u3000\xa0。！？!?”’」』）)]】●■◆▲★•（“x"
    rng = random.Random(20261126)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert split_sentences(text) == split_sentences_reference(text), repr(text)


def test_real_texts_equal_reference(shared_dir):
    files = sorted((REPO / "corpus").glob("*.txt"))
    files += sorted((shared_dir / "corpus").glob("*/*.txt"))
    assert files
    for f in files:
        text = f.read_bytes().decode("utf-8", "replace")  # some inputs are GBK: any text will do
        assert split_sentences(text) == split_sentences_reference(text), f.name


def test_spaces_are_exactly_str_isspace():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert regex.findall(f"[{_SPACES}]", every) == [c for c in every if c.isspace()]
