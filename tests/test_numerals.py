"""Numeral parsing to exact Decimal values (textmine.extract.numerals).

Cases are grouped by the form a report writes; each table says where its
examples come from.  The module's docstrings run as doctests here too.
"""
from __future__ import annotations

import doctest
from decimal import Decimal

import pytest

from textmine.extract import numerals
from textmine.extract.numerals import parse_fraction, parse_number, parse_range

# Arabic forms seen in the seed/dev/corpus gold files (1,236.5万元 in c07, 1,860场次 in c06,
# 47.264287亿元 from the brief) and in the full-width-folded c05 article.
ARABIC = [
    ("2000", Decimal(2000)),
    ("1,100", Decimal(1100)),
    ("1,236.5万", Decimal(12365000)),
    ("47.264287亿", Decimal("4726428700")),
    ("53.98", Decimal("53.98")),
    ("100000万", Decimal(1000000000)),
    ("1.6万", Decimal(16000)),
    ("0.11", Decimal("0.11")),
]

# Chinese numerals from the corpus (两千三百名 c04/c06, 十七支 c02, 一百二十名 c09, 第十七届 seed)
# and standard forms (〇, 廿, financial digits) from the brief.
CHINESE = [
    ("十七", 17),
    ("两千三百", 2300),
    ("一百二十", 120),
    ("三十", 30),
    ("一千零一", 1001),
    ("十万零一", 100001),
    ("一亿五千万零六千三百五十五", 150006355),
    ("〇", 0),
    ("二〇二一", 2021),
    ("廿二", 22),
    ("卅", 30),
    ("壹贰叁", 123),
    ("壹仟玖佰", 1900),
    ("貳拾", 20),
    ("五十三点九八", Decimal("53.98")),
    ("零点零一", Decimal("0.01")),
]

# Mixed Arabic/Chinese and spoken abbreviations (3万4000 in c05; 13万2 and 2万余 from the brief;
# 三万五 / 一百二 as cn2an's "normal" mode reads them).
MIXED = [
    ("3万4000", 34000),
    ("13万2", 132000),
    ("2万", 20000),
    ("1万600", 10600),
    ("三万五", 35000),
    ("一百二", 120),
    ("十三万零五", 130005),
    ("5千", 5000),
    ("9佰", 900),
]

# Vague and paired numerals: the spec (records.md) reads 两三个 as 2-3, never 23 (c05),
# 十几万 as a range (c10).
RANGES = [
    ("两三", (2, 3)),
    ("三五", (3, 5)),
    ("七八十", (70, 80)),
    ("十几", (10, 19)),
    ("十几万", (100000, 190000)),
    ("几十", (10, 90)),
    ("数十", (10, 90)),
]

# Fractions as percentages: 五分之一 (c10), 百分之五十三点九八 (c09).
FRACTIONS = [
    ("五分之一", Decimal(20)),
    ("百分之五十三点九八", Decimal("53.98")),
    ("三分之二", Decimal("66.67")),
    ("百分之八", Decimal(8)),
]

# Inputs that are not one number (cn2an's error tables and our own range rule).
REJECT = ["", "十一十二", "十七十八", "零点", "点零", "零点点", "零点零大", "负", "元整", "10.1万零100", "两三", "几", "abc"]


@pytest.mark.parametrize("text,expected", ARABIC)
def test_arabic(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text,expected", CHINESE)
def test_chinese(text, expected):
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text,expected", MIXED)
def test_mixed(text, expected):
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text,expected", RANGES)
def test_ranges(text, expected):
    assert parse_range(text) == (Decimal(expected[0]), Decimal(expected[1]))


def test_plain_number_is_not_a_range():
    assert parse_range("二十") is None
    assert parse_range("17") is None


@pytest.mark.parametrize("text,expected", FRACTIONS)
def test_fractions(text, expected):
    assert parse_fraction(text) == expected


@pytest.mark.parametrize("text", REJECT)
def test_rejects(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_values_are_exact_decimals():
    value = parse_number("1,236.5万")
    assert isinstance(value, Decimal)
    assert str(value * 1) != "12365000.000000001"
    assert parse_number("0.1") + parse_number("0.2") == Decimal("0.3")


def test_doctests():
    result = doctest.testmod(numerals, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 10
    assert result.failed == 0
