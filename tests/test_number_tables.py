"""Public numeral tables run against our parser and figures stage.

The tables live in ``../shared/data/numbers/`` (see its README; not copied into the
repo) and these tests skip when it is absent:

* ``cn2an_cases.jsonl`` (MIT) -- cn2an's own test tables: numeral -> value, and the
  inputs it must reject;
* ``jionlp_money_cases.jsonl`` (Apache-2.0) -- JioNLP's money parser and extractor tests;
* ``itn_peer_cases.jsonl`` (Apache-2.0) -- WeTextProcessing / NeMo inverse text normalization.

Where a peer's expected answer disagrees with our spec (records.md) the case is a
strict xfail with the reason; the spec wins.
"""
from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from textmine.extract.figures import find_figures
from textmine.extract.numerals import parse_fraction, parse_number

NUMBERS = Path(__file__).resolve().parents[2] / "shared" / "data" / "numbers"


def _rows(name: str) -> list[dict]:
    path = NUMBERS / name
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _param(case_id: str, args: tuple, known: dict[str, str], key: str):
    reason = known.get(key)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(*args, id=case_id, marks=marks)


# ---------------------------------------------------------------------------- cn2an
def _cn2an_value_cases() -> list[tuple[str, Decimal, str]]:
    """(numeral, value, where) from cn2an: its cn2an() tables and its an2cn() tables read backwards."""
    out = []
    for r in _rows("cn2an_cases.jsonl"):
        modes = r.get("modes_expected_to_pass") or []
        if r["function"] == "cn2an" and isinstance(r["expected"], (int, float)) and "direct" not in modes:
            out.append((r["input"], Decimal(str(r["expected"])), r["group"]))
        elif (r["function"] == "an2cn" and modes and modes[0] in ("low", "up", "rmb")
              and isinstance(r["expected"], str) and isinstance(r["input"], (int, float, str))):
            try:
                value = Decimal(str(r["input"]))
            except ArithmeticError:
                continue
            if modes[0] == "rmb" and value != value.quantize(Decimal("0.01")):
                continue  # the writer rounds to 分: 0.0005 is written 零元整; no reader can undo that
            out.append((r["expected"], value, f"an2cn {modes[0]}"))
    return out


CN2AN_KNOWN: dict[str, str] = {}
CN2AN_VALUES = _cn2an_value_cases()


@pytest.mark.parametrize(
    "numeral,value",
    [_param(f"{i}-{n}", (n, v), CN2AN_KNOWN, n) for i, (n, v, _) in enumerate(CN2AN_VALUES)] or
    [pytest.param("", 0, marks=pytest.mark.skip(reason="../shared/data/numbers absent"))],
)
def test_cn2an_values(numeral, value):
    assert parse_number(numeral) == value


def test_cn2an_floor():
    if not CN2AN_VALUES:
        pytest.skip("../shared/data/numbers absent")
    same = 0
    for numeral, value, _ in CN2AN_VALUES:
        try:
            same += parse_number(numeral) == value
        except ValueError:
            pass
    assert same / len(CN2AN_VALUES) >= 0.98, f"{same}/{len(CN2AN_VALUES)}"


# Inputs cn2an's strict mode rejects that we read on purpose, with the reason.
ACCEPTED_ON_PURPOSE = {
    "一一": (Decimal(11), "digits without units are positional, as in 一一〇 or 二〇二一 (cn2an's normal mode agrees)"),
    "壹壹": (Decimal(11), "financial digits without units are positional too (cn2an's normal mode agrees)"),
    "百十一": (Decimal(111), "a bare 百 is 100 in running text (百场, 逾百场); cn2an's normal mode reads 一百十一 the same way"),
}


def _must_reject() -> list[str]:
    out = []
    for r in _rows("cn2an_cases.jsonl"):
        if r["expected"] == "ValueError":
            out.append(str(r["input"]))
    return out


MUST_REJECT = _must_reject()


@pytest.mark.parametrize("numeral", MUST_REJECT or [pytest.param("", marks=pytest.mark.skip(reason="../shared/data/numbers absent"))])
def test_cn2an_must_reject(numeral):
    if numeral in ACCEPTED_ON_PURPOSE:
        value, _why = ACCEPTED_ON_PURPOSE[numeral]
        assert parse_number(numeral) == value
    else:
        with pytest.raises(ValueError):
            parse_number(numeral)


def test_every_reject_is_rejected_or_explained():
    if not MUST_REJECT:
        pytest.skip("../shared/data/numbers absent")
    unexplained = []
    for numeral in MUST_REJECT:
        try:
            parse_number(numeral)
        except ValueError:
            continue
        if numeral not in ACCEPTED_ON_PURPOSE:
            unexplained.append(numeral)
    assert not unexplained


# ---------------------------------------------------------------------------- JioNLP money
_DEFINITION = {"accurate": "exact", "blur": "about", "blur-": "under", "blur+": "over"}

JIONLP_KNOWN = {
    "82，225.00元": "a full-width comma inside a number is a clause break in reports; we do not join 82 and 225",
    "233,333，333,434.344元": "a full-width comma inside a number is a clause break in reports",
    "新台币 177.1 亿元": "spaces inside the figure (and the currency before it) are not a report style we join",
    "15k左右": "k/w abbreviations are chat style, not report style",
    "30w上下": "k/w abbreviations are chat style, not report style",
    "10~15k元": "k/w abbreviations are chat style, not report style",
    "123元1角1分": "角/分 after 元 are not read in running text (reports write 123.11元)",
    "一百二十三元1角1分": "角/分 after 元 are not read in running text",
    "六十四万零一百四十三元一角七分": "角/分 after 元 are not read in running text",
    "一百三十五块六角七分钱": "角/分 after 块 are not read in running text",
    "十块三毛": "块/毛 spoken money is not report style",
    "三百万": "JioNLP assumes 元 for a bare number; we give no unit rather than guess",
    "肆佰叁拾萬": "JioNLP assumes 元 for a bare number; we give no unit rather than guess",
    "两个亿卢布": "两个亿 (a classifier inside the number) is spoken style",
    "港币两千九百六十元": "the currency written before the number is not joined; we report 元",
    "三万元欧元": "two currencies in a row; we keep the first (元)",
    "9000元日币": "the currency written after 元 is not joined; we report 元",
    "小于40万": "JioNLP assumes 元 for a bare number; we give no unit rather than guess",
    "3000多欧元": "JioNLP reads 3000多 as 3000-4000; the spec reads 多 as qualifier over with no upper bound",
    "几十万块": "JioNLP reads 几十万 as 100000-1000000; we read 100000-900000 and keep 块 as written",
    "人民币数十亿元": "JioNLP's 数十亿 upper bound is 1e10; ours is 9e9",
    "数十亿元人民币": "JioNLP's 数十亿 upper bound is 1e10; ours is 9e9",
    "十几块钱": "JioNLP's 十几 upper bound is 20; ours is 19 (the largest 十几)",
    "大约十多欧元": "JioNLP reads 十多 as 10-20; the spec reads 多 as qualifier over with no upper bound",
    "1万元--5万元": "a range with the unit written twice is read as two figures",
    "八到九百亿泰铢": "ambiguous (JioNLP's own note): we read 八 as 八百亿, JioNLP as 八亿",
    "50万元（含）以上": "（含） between the unit and 以上 is legal drafting style; we stop at the bracket",
    "1万(含)-5万元": "（含） inside a range is legal drafting style",
    "从8500到3万港元": "JioNLP reads 8500-30000 about; we read the range as exact bounds (the spec's qualifier for 3至5个)",
    "1万-5万元": "JioNLP calls a range blur; the spec's range (3至5个) is exact with value_max",
    "2——3万港币": "JioNLP calls a range blur; the spec's range is exact with value_max",
    "两到三万港元": "JioNLP calls a range blur; the spec's range is exact with value_max",
    "十八至三十万日元": "JioNLP calls a range blur; the spec's range is exact with value_max",
    "两到三仟澳元": "JioNLP calls a range blur; the spec's range is exact with value_max",
    "两~3百日元": "JioNLP calls a range blur; the spec's range is exact with value_max",
    "一百二十到一百五十万元": "JioNLP calls a range blur; the spec's range is exact with value_max",
    "一千到两千万元人民币": "JioNLP calls a range blur; the spec's range is exact with value_max",
    "七千到九千亿元": "JioNLP calls a range blur; the spec's range is exact with value_max",
    "八百到九百亿泰铢": "JioNLP calls a range blur; the spec's range is exact with value_max",
    "八九亿韩元": "JioNLP calls 八九 blur; the spec reads paired digits (两三个) as an exact range",
    "三五百块": "JioNLP calls 三五 blur; the spec reads paired digits as an exact range",
    "四五千块钱": "JioNLP calls 四五 blur; the spec reads paired digits as an exact range",
}


def _jionlp_parse_cases():
    out = []
    for r in _rows("jionlp_money_cases.jsonl"):
        if r["function"] == "jio.parse_money":
            out.append((r["input"], r["expected"]))
    return out


JIONLP_PARSE = _jionlp_parse_cases()


@pytest.mark.parametrize(
    "text,expected",
    [_param(f"{i}", (t, e), JIONLP_KNOWN, t) for i, (t, e) in enumerate(JIONLP_PARSE)] or
    [pytest.param("", {}, marks=pytest.mark.skip(reason="../shared/data/numbers absent"))],
)
def test_jionlp_money(text, expected):
    money = [f for f in find_figures(text) if f["kind"] == "money"]
    assert len(money) == 1, money
    f = money[0]
    num = expected["num"]
    if isinstance(num, list):
        assert (f["value"], f["value_max"]) == (Decimal(num[0]), Decimal(num[1]))
    else:
        assert f["value"] == Decimal(num)
        assert f["value_max"] is None
    unit = {"日币": "日元", "台币": "新台币"}.get(expected["case"], expected["case"])
    assert f["unit"] == unit
    assert f["qualifier"] == _DEFINITION[expected["definition"]]


JIONLP_EXTRACT_KNOWN = {
    "报账金额在1 万(含)-5 万元之间的交由上级批复。": "spaces and （含） inside a range are not report style",
    "我们薪酬能给到10k~15k。": "k abbreviations are chat style",
}


def _jionlp_extract_cases():
    return [(r["input"], r["expected"]) for r in _rows("jionlp_money_cases.jsonl") if r["function"].startswith("jio.ner")]


JIONLP_EXTRACT = _jionlp_extract_cases()


@pytest.mark.parametrize(
    "text,expected",
    [_param(f"{i}", (t, e), JIONLP_EXTRACT_KNOWN, t) for i, (t, e) in enumerate(JIONLP_EXTRACT)] or
    [pytest.param("", [], marks=pytest.mark.skip(reason="../shared/data/numbers absent"))],
)
def test_jionlp_money_in_text(text, expected):
    """The same money mentions are found: each expected span overlaps one of ours, and no extra money."""
    from textmine.segment import pos_tokens

    money = [f for f in find_figures(text, pos_tokens(text)) if f["kind"] == "money"]
    spans = [(f["start"], f["end"]) for f in money]
    assert len(spans) == len(expected), [text[s:e] for s, e in spans]
    for want, (s, e) in zip(expected, spans):
        ws, we = want["offset"]
        assert s < we and ws < e


# ---------------------------------------------------------------------------- ITN peers
ITN_KNOWN = {
    "幺八五洞幺拐两零柒幺玖": "radio digits (洞 0, 拐 7) are not report numerals",
    "一億零一萬一千一百一": "we read a final 一 after 百 as the next place (一百一 = 110, as cn2an's normal mode); the peer as 1",
}


def _itn_cases():
    out = []
    for r in _rows("itn_peer_cases.jsonl"):
        cat, inp, exp = r["category"], r["input"], r["expected"].replace(",", "")
        if cat == "ordinal":
            if not (inp.startswith("第") and exp.startswith("第")):
                continue
            inp, exp = inp[1:], exp[1:]
        if cat == "fraction":
            m = re.fullmatch(r"(\d+)/(\d+)", exp)
            if m:
                out.append((inp, ("fraction", Decimal(m.group(1)) * 100 / Decimal(m.group(2))), f"{r['source']}:{r['file']}:{r['line']}"))
            continue
        if cat in ("cardinal", "decimal", "number", "ordinal") and re.fullmatch(r"-?\d+(?:\.\d+)?", exp):
            out.append((inp, ("number", Decimal(exp)), f"{r['source']}:{r['file']}:{r['line']}"))
    return out


ITN = _itn_cases()


@pytest.mark.parametrize(
    "text,expected",
    [_param(where, (t, e), ITN_KNOWN, t) for t, e, where in ITN] or
    [pytest.param("", ("number", 0), marks=pytest.mark.skip(reason="../shared/data/numbers absent"))],
)
def test_itn_peer_values(text, expected):
    kind, value = expected
    if kind == "fraction":
        assert abs(parse_fraction(text) - value) < Decimal("0.01")
    else:
        assert parse_number(text) == value
