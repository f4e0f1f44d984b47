"""Hong Kong and Taiwan variant characters that OpenCC's t2s keeps are folded too (data/t2s_variants.txt).

Hong Kong releases write 衞生署 and 醫務衞生局 with 衞, a standard form OpenCC's traditional side keeps,
so t2s leaves it and the body is never read as 卫生署.  The fold is one character for one: offsets
into the user's text do not move.
"""
from __future__ import annotations

from importlib import resources

import opencc
import pytest

from textmine.document import Document
from textmine.normalize import normalize
from textmine.normalize import script


def _rows() -> list[tuple[str, str]]:
    raw = resources.files("textmine.data").joinpath("t2s_variants.txt").read_text(encoding="utf-8")
    return [tuple(line.split("\t")) for line in raw.splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("variant, simplified", _rows())
def test_each_variant_is_one_t2s_keeps_and_hk2s_or_tw2s_simplifies(variant, simplified):
    assert opencc.OpenCC("t2s").convert(variant) == variant
    assert simplified in (opencc.OpenCC("hk2s").convert(variant), opencc.OpenCC("tw2s").convert(variant))
    assert opencc.OpenCC("t2s").convert(simplified) == simplified  # already simplified


def test_characters_of_simplified_text_are_not_folded():
    table = dict(_rows())
    assert "著" not in table and "么" not in table  # 著名, 什么: simplified text writes them


def test_a_hong_kong_body_is_read_in_simplified_with_its_offsets():
    text = "黃大仙區社區康健服務中心聯同衞生署及醫務衞生局合作。"
    doc = normalize(Document(doc_id="x", source="x", original=text))
    assert doc.text == "黄大仙区社区康健服务中心联同卫生署及医务卫生局合作。"
    s = doc.text.index("卫生署")
    assert doc.to_original(s, s + 3) == (text.index("衞生署"), text.index("衞生署") + 3)


def test_a_variant_alone_is_not_skipped_by_the_fast_path():
    assert script.may_change("卫生署与衞生署")
    assert script.t2s("衞生").text == "卫生"


def test_a_variant_is_folded_where_a_line_changes_length(monkeypatch):
    """OpenCC's phrase table can change a line's length (aligned with difflib); a variant in the
    part of the line that the conversion leaves alone is still folded."""
    class Lengthening:
        def convert(self, s: str) -> str:
            return s.replace("乾隆", "乾隆帝")

    monkeypatch.setattr(script, "_converter", lambda config: Lengthening())
    fix = script.t2s("乾隆年間衞生")
    assert fix.text == "乾隆帝年間卫生"
