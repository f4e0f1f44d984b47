"""Property: however text is dirtied, every normalized span maps back to its original surface.

Articles are built from pieces whose normalized form is known -- simplified and
traditional characters, traditional characters with their pinyin annotation,
full-width digits and letters, punctuation -- and the test asserts that the
normalized text is the concatenation of the expected forms and that each
piece's normalized span maps back to exactly the original piece.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import Style, pinyin

from textmine.document import Document
from textmine.normalize import normalize

# traditional characters whose t2s conversion does not depend on neighbours
TRAD = dict(zip("學習國會議經濟發動黨員區縣鄉鎮萬億場專題書記組織開展觀興", "学习国会议经济发动党员区县乡镇万亿场专题书记组织开展观兴"))
SIMPLE = "全县共开展志愿服务活动次名项个人民生工程"


def _annotated(ch: str) -> tuple[str, str]:
    reading = pinyin(ch, style=Style.TONE)[0][0]
    return f"{ch}({reading})", TRAD[ch]


piece = st.one_of(
    st.sampled_from(SIMPLE).map(lambda c: (c, c)),
    st.sampled_from(sorted(TRAD)).map(lambda c: (c, TRAD[c])),
    st.sampled_from(sorted(TRAD)).map(_annotated),
    st.integers(0, 9).map(lambda d: (chr(0xFF10 + d), str(d))),  # full-width digit
    st.integers(0, 9).map(lambda d: (str(d), str(d))),
    st.sampled_from("ＡＢＣ").map(lambda c: (c, chr(ord(c) - 0xFEE0))),
    st.sampled_from(["，", "。", "、", "（", "）", "%", "."]).map(
        lambda c: (c, chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c)
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(piece, min_size=1, max_size=40))
def test_normalized_spans_map_back_to_original_surface(pieces):
    original = "".join(o for o, _ in pieces)
    doc = normalize(Document("p", "p", original), ["clean_space", "fold_width", "strip_pinyin", "t2s"])
    assert doc.text == "".join(n for _, n in pieces)
    ostart = nstart = 0
    for o, n in pieces:
        span = doc.span(nstart, nstart + len(n))
        assert (span["start"], span["end"]) == (ostart, ostart + len(o))
        assert span["text"] == o and span["norm"] == n
        ostart += len(o)
        nstart += len(n)
