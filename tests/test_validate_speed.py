"""The faster look-ups of the validate stage answer what the plain ones answer (issue 6, speed).

The stage asks "does this label hold any of these cue words" once per figure; one stdlib
pattern of the words answers it (the plain version, kept here, loops over the words)."""
from __future__ import annotations

from textmine.validate import patterns
from textmine.validate.text import _CUT_CLASS

LABELS = ["全年新开通公交线路", "目前全县共有公交线路", "立刑事案件", "破获刑事案件", "其余正在推进中",
          "尚未完工", "已经办结", "累计", "", "共", "合计检查", "二是阶段性办结", "受理群众来信", "和平"]


def test_any_of_finds_a_word_where_the_word_loop_does():
    c = patterns.cues()
    lists = [c["total_after"]["words"], c["rest"]["words"], c["pending"]["words"], c["done"]["words"][2:], []]
    lists += [c["stages"][k] for k in ("outcome", "intake", "added", "stock")]
    for words in lists:
        pattern = patterns._any_of(words)
        texts = LABELS + [x + w + y for w in words for x in ("", "新") for y in ("", "2")]
        for t in texts:
            assert bool(pattern.search(t)) == any(w in t for w in words), (words, t)
            # (a window of the text, as the stage passes the clause bounds)
            assert bool(pattern.search(t, 1, len(t) - 1)) == any(w in t[1:len(t) - 1] for w in words)


def test_the_cut_table_covers_every_cut_and_clips_the_rest_to_nothing():
    import numpy as np

    table = _CUT_CLASS
    assert len(table) == 0x10000 and table[0xFFFF] == 0
    for ch in patterns._CLAUSE_SEP + patterns._SENT_SEP + "(（)）":
        assert table[ord(ch)]
    text = "共有学校12所（其中𠀀小学8所），\U0001F600完成。\n"
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    big = np.zeros(0x110000, dtype=np.uint8)
    big[:0x10000] = table
    assert (table.take(codes, mode="clip") == big.take(codes)).all()
