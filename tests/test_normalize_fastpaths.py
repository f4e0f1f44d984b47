"""The normalize fast paths give exactly what the slow paths give.

Each fixer first asks a cheap question (one C-speed pass) whether it has
anything to do and returns the text untouched when not.  These tests pin the
answers of those questions, and the rewritten loops, to the slow computations
they stand for:

- ``data/t2s_changing.txt`` must be what the installed OpenCC's ``t2s``
  dictionaries imply (regenerate with ``python tests/test_normalize_fastpaths.py``
  after an OpenCC upgrade);
- text without a listed character or phrase converts to itself; text with one
  is converted (cases: the table's own entries, the repository corpus, the
  shared seed/dev articles, random strings mixing listed keys into simplified text);
- detect_script, fold_width, clean_space, mark_chrome, the pinyin pattern,
  apply_edits, the garbled byte guess and binary sniffing equal their previous
  formulations (kept here as references) on those texts and constructed edge cases.
"""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import opencc
import pytest
import regex

from textmine.document import Document, Edit, apply_edits
from textmine.normalize import normalize
from textmine.normalize.chrome import is_chrome, mark_chrome
from textmine.normalize.script import _converter, detect_script, may_change, t2s
from textmine.normalize.width import clean_space, fold_width

REPO = Path(__file__).resolve().parents[1]
TABLE = REPO / "src/textmine/data/t2s_changing.txt"
# OpenCC's t2s.json: the normalization dictionary, then the conversion group in order
T2S_DICTS = ("CJK_Compatibility_Ideographs", "TSPhrases", "TSCharactersExt", "TSCharacters")


def _opencc_share() -> Path:
    return Path(opencc.__file__).parent / "clib" / "share" / "opencc"


def _opencc_dict_tool() -> Path:
    return Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"


def changing_entries(tmp: Path) -> dict[str, str]:
    """Every t2s dictionary key whose default (first) value differs from it, with that value.

    A key that changes in any of the dictionaries is listed (the first such value):
    listing too much costs a little speed, listing too little would change output.
    """
    import os

    tool = _opencc_dict_tool()
    env = dict(os.environ, LD_LIBRARY_PATH=str(tool.parents[1] / "lib64"))
    rows: dict[str, str] = {}
    for name in T2S_DICTS:
        out = tmp / f"{name}.txt"
        subprocess.run(
            [str(tool), "-i", str(_opencc_share() / f"{name}.ocd2"), "-o", str(out), "-f", "ocd2", "-t", "text"],
            check=True, env=env, capture_output=True,
        )
        for line in out.read_text(encoding="utf-8").splitlines():
            key, values = line.split("\t")
            first = values.split(" ")[0]
            if first != key:
                rows.setdefault(key, first)
    return rows


def write_table(path: Path, rows: dict[str, str]) -> None:
    head = [
        "# t2s entries that change text: key<TAB>default value, from OpenCC "
        f"{getattr(opencc, '__version__', '')} dictionaries",
        "# (" + ", ".join(T2S_DICTS) + "; Apache-2.0, https://github.com/BYVoid/OpenCC).",
        "# Text containing none of these keys is its own t2s conversion: textmine.normalize.script",
        "# skips OpenCC for it.  Regenerate: python tests/test_normalize_fastpaths.py",
    ]
    body = [f"{k}\t{v}" for k, v in sorted(rows.items(), key=lambda kv: (len(kv[0]), kv[0]))]
    path.write_text("\n".join(head + body) + "\n", encoding="utf-8")


def _table_rows() -> dict[str, str]:
    rows = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            k, v = line.split("\t")
            rows[k] = v
    return rows


@pytest.mark.skipif(not _opencc_dict_tool().exists(), reason="OpenCC's opencc_dict tool is not installed")
def test_table_is_what_installed_opencc_implies(tmp_path):
    assert _table_rows() == changing_entries(tmp_path), (
        "OpenCC's t2s dictionaries changed: regenerate with python tests/test_normalize_fastpaths.py"
    )


def test_every_listed_entry_is_converted():
    conv = _converter("t2s")
    rows = _table_rows()
    singles = [k for k in rows if len(k) == 1]
    assert all(may_change(k) for k in rows)
    # a listed single character is changed by OpenCC on its own
    assert [k for k in singles if conv.convert(k) == k] == []


def _corpus_texts() -> list[str]:
    """The repository's gold articles and, when ``../shared`` is there, the seed and dev articles."""
    from textmine.ingest.encoding import decode

    files = sorted(REPO.glob("corpus/*.txt")) + sorted(REPO.parent.glob("shared/corpus/*/*.txt"))
    return [decode(f.read_bytes()).text for f in files]


def _random_texts(n: int, seed: int) -> list[str]:
    """Strings mixing common simplified characters with the keys of every t2s dictionary entry."""
    rng = random.Random(seed)
    rows = list(_table_rows())
    common = "的一是在了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研覆坏拉沈藉一，。（）1"
    out = []
    for _ in range(n):
        parts = [rng.choice(rows) if rng.random() < 0.05 else rng.choice(common) for _ in range(rng.randint(1, 40))]
        out.append("".join(parts))
    return out


def test_t2s_fast_path_equals_opencc():
    """t2s is OpenCC's t2s after the variant fold (data/t2s_variants.txt, tests/test_t2s_variants.py)."""
    from textmine.normalize.script import _variants

    conv = _converter("t2s")
    texts = _corpus_texts() + _random_texts(3000, seed=6)
    for text in texts:
        expected = conv.convert(text.translate(_variants()[0]))
        if not may_change(text):
            assert expected == text
        fix = t2s(text)
        assert fix.text == expected


def detect_script_reference(text: str, sample: int = 20000) -> str:
    """detect_script before the fast path (OpenCC on every sample)."""
    han = "".join(regex.findall(r"\p{Han}", text[:sample]))
    if not han:
        return "simplified"
    to_s = sum(1 for a, b in zip(han, _converter("t2s").convert(han)) if a != b) / len(han)
    to_t = sum(1 for a, b in zip(han, _converter("s2t").convert(han)) if a != b) / len(han)
    if to_s < 0.01:
        return "simplified"
    if to_t < max(0.01, to_s / 5):
        return "traditional"
    return "mixed"


def test_detect_script_equals_reference():
    texts = _corpus_texts() + _random_texts(2000, seed=7)
    # a phrase key whose characters are split by punctuation still joins in the Han-only sample
    texts += ["回，覆", "沈。思" * 50, "一目，瞭然", "覆盖" * 200 + "回覆"]
    assert [detect_script(t) for t in texts] == [detect_script_reference(t) for t in texts]


_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
_ODD = str.maketrans({c: " " for c in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\t\x0b\x0c"})

EDGE = [
    "",
    "a",
    "\n\n",
    "中\u3000文，。１２３４．５ＡＢＣ～！\uff5e\uff5f\uff00",
    "\r\n\r\r\n\u200b\ufeff\u00ad\u2060x\u00a0y\t\x0b\x0c\u2009",
    "首页 | 新闻 | 政务 | 服务\n正文第一段。\nCopyright © 2005-2023\n",
    "a_b_c_d 没有句号\n有句号。a_b_c_d\n",
    "首页 新闻中心 政务公开 办事服务 互动交流\n",
    "line\rwith\x1ccontrol\u2028sep\u2029x\x85y\n",
    "學(xué)習(xí) 中國(guó)(深圳) 学(xue2)习 使用(APP)",
    "\U00020000\U0002a6d6 𠀀 emoji 😀 ，",
]


def test_width_and_space_equal_reference():
    for text in EDGE + _corpus_texts():
        folded = fold_width(text)
        expected = text.translate(_FOLD)
        assert folded.text == expected
        assert folded.info == {"folded": sum(1 for a, b in zip(text, expected) if a != b)}
        assert folded.changed == (expected != text)
        assert folded.starts is None

        cleaned = clean_space(text)
        spaced = regex.sub(r"\r(?=\n)|[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", text.translate(_ODD))
        assert cleaned.text == spaced


def mark_chrome_reference(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\n")
        if is_chrome(body):
            out.append((pos, pos + len(body)))
        pos += len(line)
    return out


def test_mark_chrome_equals_line_by_line():
    for text in EDGE + _corpus_texts():
        fix = mark_chrome(text)
        assert [(s, e) for s, e, _, _ in fix.regions] == mark_chrome_reference(text)
        assert fix.text == text and fix.starts is None


def test_fixers_leave_clean_text_unmapped():
    """Nothing to do means no offset map: the document keeps its identity map."""
    doc = Document("c", "c", "全县共开展志愿服务活动300余场。\n")
    before = doc.starts
    normalize(doc, ["clean_space", "repair_garbled", "strip_pinyin", "t2s", "mark_chrome"])
    assert doc.starts is before
    assert doc.quality["fixers"] == {}


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        write_table(TABLE, changing_entries(Path(d)))
    print(f"wrote {TABLE}", file=sys.stderr)


def apply_edits_reference(text, edits):
    """apply_edits before it was vectorized: one small array per piece."""
    pieces, starts, ends, pos = [], [], [], 0
    for ed in edits:
        if ed.start > pos:
            pieces.append(text[pos:ed.start])
            seg = np.arange(pos, ed.start, dtype=np.int64)
            starts.append(seg)
            ends.append(seg + 1)
        if ed.replacement:
            k = len(ed.replacement)
            pieces.append(ed.replacement)
            starts.append(np.full(k, ed.start, dtype=np.int64))
            ends.append(np.full(k, ed.end, dtype=np.int64))
        elif ed.attach_left and ends and len(ends[-1]):
            ends[-1] = ends[-1].copy()
            ends[-1][-1] = ed.end
        pos = ed.end
    if pos < len(text):
        pieces.append(text[pos:])
        seg = np.arange(pos, len(text), dtype=np.int64)
        starts.append(seg)
        ends.append(seg + 1)
    if starts:
        return "".join(pieces), np.concatenate(starts), np.concatenate(ends)
    return "".join(pieces), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)


@pytest.mark.parametrize("seed", range(300))
def test_apply_edits_equals_reference(seed):
    """Random sorted edits (deletions, attached deletions, replacements, insertions, adjacent ones)."""
    rng = random.Random(seed)
    text = "".join(rng.choice("学习ab，1") for _ in range(rng.randint(0, 30)))
    edits, pos = [], 0
    while pos <= len(text) and rng.random() < 0.8:
        start = min(len(text), pos + rng.choice([0, 0, 1, 2, 5]))
        end = min(len(text), start + rng.choice([0, 1, 1, 3]))
        edits.append(Edit(start, end, rng.choice(["", "", "x", "yz"]), attach_left=rng.random() < 0.5))
        pos = end if end > start else end + 1
    new, starts, ends = apply_edits(text, edits)
    ref_new, ref_starts, ref_ends = apply_edits_reference(text, edits)
    assert new == ref_new
    assert starts.tolist() == ref_starts.tolist() and ends.tolist() == ref_ends.tolist()
    assert starts.dtype == ends.dtype == np.int64


_ANNOTATION_REFERENCE = regex.compile(
    r"(?<=\p{Han})[(（]\s*((?:[a-zA-ZüÜ\p{Mn}\u00c0-\u024f\u1e00-\u1eff]+[1-5]?\s*){1,4})[)）]"
)


def test_pinyin_pattern_finds_what_the_lookbehind_first_pattern_found():
    from textmine.normalize.pinyin import _ANNOTATION

    for text in EDGE + _corpus_texts():
        got = [(m.span(), m.group(1)) for m in _ANNOTATION.finditer(text)]
        assert got == [(m.span(), m.group(1)) for m in _ANNOTATION_REFERENCE.finditer(text)]


def _guess_reference(byte, is_trail, neighbour, after):
    """garbled._guess before it batched OpenCC: one conversion per candidate character."""
    from textmine.normalize.garbled import _freq

    freq, conv = _freq(), _converter("t2s")
    best, best_f = "", 0
    for other in range(0x81, 0xFF) if is_trail else range(0x40, 0xFF):
        raw = bytes([other, byte]) if is_trail else bytes([byte, other])
        try:
            ch = raw.decode("gbk")
        except UnicodeDecodeError:
            continue
        f = freq.get(conv.convert(neighbour + ch if after else ch + neighbour), 0)
        if f > best_f:
            best, best_f = ch, f
    return best


@pytest.mark.parametrize("neighbour", ["环", "端", "發", "碳", "国"])  # seed island neighbours and a traditional one
def test_garbled_guess_equals_one_conversion_per_candidate(neighbour):
    from textmine.normalize.garbled import _guess

    for byte in range(0x40, 0xFF, 3):
        for is_trail, after in ((True, True), (False, True), (False, False)):
            assert _guess(byte, is_trail, neighbour, after) == _guess_reference(byte, is_trail, neighbour, after)


def test_chrome_fast_path_knows_every_line_break_but_newline():
    """mark_chrome splits on \\n alone only when no other break str.splitlines honours is present."""
    from textmine.normalize.chrome import _OTHER_BREAK

    breaks = [chr(c) for c in range(0x10000) if len(f"a{chr(c)}b".splitlines()) > 1 and chr(c) != "\n"]
    assert breaks and all(_OTHER_BREAK.search(c) for c in breaks)


@pytest.mark.parametrize("seed", range(50))
def test_binary_sniffing_counts_control_bytes_like_a_loop(seed):
    from textmine.ingest.encoding import _is_binary

    rng = random.Random(seed)
    share = rng.choice([0.0, 0.02, 0.05, 0.06, 0.2])
    data = bytes(rng.randrange(1, 32) if rng.random() < share else rng.randrange(32, 256) for _ in range(rng.randint(0, 9000)))
    sample = data[:8192]
    control = sum(1 for b in sample if b < 9 or 13 < b < 32 and b != 27)
    assert _is_binary(data) == (control / max(1, len(sample)) > 0.05)
