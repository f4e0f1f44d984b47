"""Normalization fixers, one table per fixer, and the seed article end to end.

Cases come from the seed article (pinyin after traditional characters, the GBK
island near 低碳出行), the issue text (full-width figures, tone-number
annotations) and real parentheses that must survive.
"""
from __future__ import annotations

import opencc
import pytest
import regex

from textmine.document import Document
from textmine.normalize import FIXERS, normalize
from textmine.normalize.chrome import is_chrome
from textmine.normalize.pinyin import strip_pinyin
from textmine.normalize.width import clean_space, fold_width


def norm(text: str, fixers=None) -> Document:
    doc = Document("t", "t", text)
    return normalize(doc, fixers) if fixers else normalize(doc)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("學(xué)習(xí)", "學習"),  # seed: tone marks after each character
        ("學（xué）習（xí）", "學習"),  # full-width brackets
        ("学(xue2)习(xi2)", "学习"),  # tone numbers
        ("学习(xuéxí)", "学习"),  # one annotation for a two-character word
        ("場(chǎng)", "場"),  # heteronym-free reading with a third tone
        ("黨組(黨委)", "黨組(黨委)"),  # seed: a real parenthesis
        ("村(社區(qū))", "村(社區)"),  # seed: real parenthesis holding an annotated character
        ("中國(guó)(深圳)", "中國(深圳)"),  # seed
        ("使用(APP)下单", "使用(APP)下单"),  # latin in brackets that is no reading
        ("学(ma)习", "学(ma)习"),  # a syllable that is not a reading of 学 stays
    ],
)
def test_strip_pinyin(raw, expected):
    assert strip_pinyin(raw).text == expected


def test_removed_annotation_belongs_to_its_character():
    doc = norm("宣讲300余場(chǎng),")
    i = doc.text.index("300余场")
    span = doc.span(i, i + len("300余场"))
    assert span["text"] == "300余場(chǎng)"
    assert span["norm"] == "300余场"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("１２３４．５万", "1234.5万"),  # issue 2
        ("ＡＰＰ（试行）", "APP(试行)"),
        ("共３００余场", "共300余场"),
        ("中\u3000文", "中 文"),  # ideographic space
    ],
)
def test_fold_width(raw, expected):
    out = fold_width(raw)
    assert out.text == expected and len(out.text) == len(raw)


def test_clean_space_drops_zero_width_and_cr():
    doc = norm("共\u200b10次\r\n完成", ["clean_space"])
    assert doc.text == "共10次\n完成"
    i = doc.text.index("10次")
    assert doc.span(i, i + 3)["text"] == "10次"


@pytest.mark.parametrize(
    "line, chrome",
    [
        ("免费成人看片_91理论片_9191成人_992tv在线成人免费观看_国产123区在线观看", True),  # dev a001 spam title
        ("首页 资讯 > 金融 > 正文", True),  # breadcrumb
        ("Copyright © 2005-2023 创投网 - All rights reserved", True),
        ("关于本站 管理团队 版权申明 网站地图 联系合作 招聘信息", True),
        ("市场监管总局:上半年食品安全监督抽检不合格率2.40%", False),  # a headline is content
        ("全县共开展志愿服务活动300余场,服务群众1.2万人次。", False),
    ],
)
def test_chrome_lines(line, chrome):
    assert is_chrome(line) is chrome


def test_every_fixer_is_registered_by_name():
    assert {"clean_space", "repair_garbled", "fold_width", "strip_pinyin", "t2s", "mark_chrome"} <= set(FIXERS)
    with pytest.raises(ValueError, match="unknown fixer"):
        norm("x", ["no_such_fixer"])


# -- the seed article: what issue 2 asks to see ---------------------------------

@pytest.fixture(scope="module")
def seed(shared_dir):
    text = (shared_dir / "corpus/seed/yongqing-2021.txt").read_text(encoding="utf-8")
    return norm(text)


def test_seed_pinyin_removed(seed):
    assert seed.quality["pinyin_annotations"] >= 360
    assert not regex.search(r"\p{Han}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\d?[)）]", seed.text)


def test_seed_is_simplified(seed):
    assert opencc.OpenCC("t2s").convert(seed.text) == seed.text
    assert seed.quality["script"] == "traditional"


def test_seed_real_parentheses_stay(seed):
    for kept in ("(党委)", "(社区)", "(深圳)"):
        assert kept in seed.text


def test_seed_garbled_island_reported_and_repaired(seed):
    garbled = seed.quality["garbled"]
    assert len(garbled) == 1
    g = garbled[0]
    assert "薄棒涨槎宋" in g["text"] and seed.original[g["start"]:g["end"]] == g["text"]
    assert g.get("repaired") == "保”“粽情端午"
    assert "绿色环保”“粽情端午" in seed.text
    assert any(why == "garbled" for _, _, why in seed.excluded)


def test_seed_offset_map_is_exact(seed):
    # every normalized character maps to a non-empty, ordered original range
    assert len(seed.starts) == len(seed.text) == len(seed.ends)
    assert all(s < e for s, e in zip(seed.starts, seed.ends))
    assert list(seed.starts) == sorted(seed.starts)
    for i in range(0, len(seed.text), 7):
        for j in (i + 1, i + 5, i + 40):
            j = min(j, len(seed.text))
            span = seed.span(i, j)
            assert seed.original[span["start"]:span["end"]] == span["text"]


def test_a_long_line_of_prose_is_no_chrome_whatever_words_it_holds():
    from textmine.normalize.chrome import is_chrome

    prose = ("全区老年助餐点达到76个，较年初新增12个。居民用手机扫一扫助餐点的二维码即可订餐，上半年累计提供"
             "助餐服务26.8万份。")
    assert not is_chrome(prose)
    # (a report signed with its source at the end of the last paragraph keeps the paragraph)
    assert not is_chrome("一台台京剧演出点燃了附近居民的热情，演出队伍达100多人。观众大呼过瘾，现场座无虚席。（来源：大众日报）")
    # the share bar and a source line are still chrome
    assert is_chrome("分享到：微信 微博 QQ空间")
    assert is_chrome("来源:成都市武侯区民政局 编辑:李明")  # (as normalized: half-width colons)
