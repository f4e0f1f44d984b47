"""Chinese and Arabic numerals to exact :class:`~decimal.Decimal` values.

Reports write the same number many ways: ``2000``, ``2,000``, ``两千``, ``贰仟``,
``2千``, ``0.2万``.  :func:`parse_number` reads all of them and returns an exact
``Decimal`` (checks compare totals exactly; a float would print ``12345000.0``).
It raises :class:`ValueError` for anything that is not one well-formed number,
so the figures stage can skip it instead of inventing a value.

The subtle rules, each with an example that runs as a doctest:

Section arithmetic: 十 百 千 multiply the digit before them inside a section,
万 and 亿 close a section; a bare 十 at the start means 一十.

>>> parse_number("一千零一万零一")
Decimal('10010001')
>>> parse_number("十七")
Decimal('17')
>>> parse_number("一千一百一十一万一千一百一十一亿")
Decimal('1111111100000000')

Spoken abbreviation: a single digit after the last unit counts in the next
smaller place (``三万五`` is 35000, ``一百二`` is 120); after 零 it does not.

>>> parse_number("三万五"), parse_number("一百二"), parse_number("十三万零五")
(Decimal('35000'), Decimal('120'), Decimal('130005'))
>>> parse_number("13万2")
Decimal('132000')

A multi-digit Arabic group after a unit is added as written (``3万4000``).

>>> parse_number("3万4000"), parse_number("1万600"), parse_number("200亿零四千230")
(Decimal('34000'), Decimal('10600'), Decimal('20000004230'))

Arabic numbers with separators and decimals, scaled by a following 万/亿.

>>> parse_number("1,236.5万"), parse_number("100000万"), parse_number("47.264287亿")
(Decimal('12365000.0'), Decimal('1000000000'), Decimal('4726428700.000000'))

Digits without units are positional (years, codes): ``二〇二一`` is 2021.
Two different adjacent digits such as ``两三`` are *not* 23 in running text --
they are a range, which :func:`parse_range` reads; :func:`parse_number`
refuses them so a caller cannot mistake one for the other.

>>> parse_number("二〇二一"), parse_number("一二三")
(Decimal('2021'), Decimal('123'))
>>> parse_range("两三")
(Decimal('2'), Decimal('3'))
>>> parse_range("十几万")
(Decimal('100000'), Decimal('190000'))

Decimals with 点, financial digits, 廿/卅, and a written amount of money.

>>> parse_number("五十三点九八"), parse_number("壹佰壹拾壹"), parse_number("廿二")
(Decimal('53.98'), Decimal('111'), Decimal('22'))
>>> parse_number("壹拾壹元壹角壹分")
Decimal('11.11')

Malformed input is refused:

>>> parse_number("十一十二")
Traceback (most recent call last):
ValueError: unit 十 after 十 in '十一十二'
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["DIGITS", "parse_number", "parse_range", "parse_fraction", "is_numeral"]

#: digit characters and their values (simplified, traditional, financial, spoken)
DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1, "弌": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "弍": 2,
    "三": 3, "叁": 3, "參": 3, "弎": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
_SMALL: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
# 廿 卅 卌 are contractions of 二十 三十 四十
_CONTRACT = {"廿": "二十", "卅": "三十", "卌": "四十"}
_NEG = ("负", "負", "-", "−")
_ARABIC = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_PLAIN = re.compile(r"([0-9]+(?:\.[0-9]+)?)([万亿]?)")
_ZERO = Decimal(0)
_MONEY_TAIL = re.compile(r"^(?:(?P<num>[^元圆圓]+)[元圆圓])?零?(?:(?P<jiao>.)角)?零?(?:(?P<fen>.)分)?[整正]?$")

#: every character that can belong to a numeral (for quick checks)
NUMERAL_CHARS = set(DIGITS) | set(_SMALL) | set(_BIG) | set(_CONTRACT) | set("0123456789.,点點")


def is_numeral(s: str) -> bool:
    """True when ``s`` parses as one number."""
    try:
        parse_number(s)
    except ValueError:
        return False
    return True


def _tokens(s: str) -> list[tuple[str, object]]:
    """Split into ('arabic', Decimal, ndigits) / ('digit', int) / ('small', int) / ('big', int) / ('zero', 0)."""
    out: list[tuple[str, object]] = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit() and ch.isascii():
            m = _ARABIC.match(s, i)
            assert m
            text = m.group()
            if m.end() < len(s) and s[m.end()] in ".,":
                raise ValueError(f"malformed Arabic number in {s!r}")
            out.append(("arabic", (Decimal(text.replace(",", "")), len(text.split(".")[0].replace(",", "")), "." in text)))
            i = m.end()
            continue
        if ch in ("零", "〇", "○"):
            out.append(("zero", 0))
        elif ch in DIGITS:
            out.append(("digit", DIGITS[ch]))
        elif ch in _SMALL:
            out.append(("small", _SMALL[ch]))
        elif ch in _BIG:
            out.append(("big", _BIG[ch]))
        else:
            raise ValueError(f"not a numeral character {ch!r} in {s!r}")
        i += 1
    return out


def _positional(s: str) -> Decimal | None:
    """``二〇二一`` -> 2021: digits only, read place by place; None if ``s`` has units."""
    if len(s) > 1 and all(ch in DIGITS for ch in s):
        if len(s) == 2 and _consecutive_digits(s):
            raise ValueError(f"{s!r} is a range (two or three), not a positional number; see parse_range")
        return Decimal("".join(str(DIGITS[ch]) for ch in s))
    return None


def _integer(s: str) -> Decimal:
    """The integer (or Arabic-decimal) part: section arithmetic with abbreviation."""
    pos = _positional(s)
    if pos is not None:
        return pos
    toks = _tokens(s)
    if not toks:
        raise ValueError(f"empty numeral {s!r}")
    total = Decimal(0)  # closed big sections
    section = Decimal(0)  # inside the current 万/亿 section
    pending: Decimal | None = None  # a digit (or Arabic group) waiting for its unit
    pending_single = False  # pending is one digit (abbreviation may apply)
    last_small: int | None = None  # last small unit in this section (order check)
    last_unit: int | None = None  # last unit of any size (for abbreviation)
    top_big = 0  # largest big unit seen
    after_zero = False
    scaled_decimal = False  # 10.1万: nothing may follow
    prev = None
    for kind, val in toks:
        if scaled_decimal:
            raise ValueError(f"nothing may follow a scaled decimal in {s!r}")
        if kind == "zero":
            if pending is not None:
                raise ValueError(f"zero after a digit in {s!r}")
            after_zero = True
        elif kind in ("digit", "arabic"):
            if pending is not None:
                raise ValueError(f"two numbers without a unit between them in {s!r}")
            if kind == "arabic":
                num, ndigits, has_dot = val  # type: ignore[misc]
                pending, pending_single = num, (ndigits == 1 and not has_dot)
            else:
                pending, pending_single = Decimal(val), True  # type: ignore[arg-type]
        elif kind == "small":
            unit = int(val)  # type: ignore[arg-type]
            if last_small is not None and unit >= last_small:
                name = {10: "十", 100: "百", 1000: "千"}
                raise ValueError(f"unit {name[unit]} after {name[last_small]} in {s!r}")
            if pending is None:
                if prev not in (None, "zero", "big", "small"):
                    raise ValueError(f"unit without a digit in {s!r}")
                pending = Decimal(1)
            section += pending * unit
            pending, last_small, last_unit, after_zero = None, unit, unit, False
        else:  # big
            unit = int(val)  # type: ignore[arg-type]
            if pending is not None:
                if prev == "arabic" and pending != pending.to_integral_value():
                    scaled_decimal = True
                section += pending
                pending = None
            if section == 0 and total == 0:
                section = Decimal(1) if prev is None else section
            if unit > top_big:
                total = (total + section) * unit
                top_big = unit
            else:
                if section == 0:  # 万亿: the 万 multiplies what came before
                    total = total * unit
                else:
                    total += section * unit
            section, last_small, last_unit, after_zero = Decimal(0), None, unit, False
        prev = kind
    if pending is not None:
        if pending_single and last_unit is not None and not after_zero and prev in ("digit", "arabic"):
            pending = pending * (last_unit // 10)  # 三万五, 一百二: the next smaller place
        section += pending
    return total + section


def parse_number(s: str) -> Decimal:
    """One numeral (Arabic, Chinese, financial or mixed) to an exact ``Decimal``.

    Raises :class:`ValueError` when ``s`` is not exactly one number.  A written
    amount of money (``壹拾壹元壹角``) is read as its value in 元.
    """
    s = s.strip()
    if not s:
        raise ValueError("empty numeral")
    if len(s) == 1 and s in DIGITS:
        return Decimal(DIGITS[s])  # 一, 五: most numerals in a report are one digit
    plain = _PLAIN.fullmatch(s)
    if plain and len(plain.group(1)) <= 13:
        # 2000, 1.5, 25亿, 3.2万: the same Decimal the section arithmetic below gives
        # ((0 + the number) times the big unit), exact at this length, without it
        value = _ZERO + Decimal(plain.group(1))
        return value * _BIG[plain.group(2)] if plain.group(2) else value
    sign = 1
    if s.startswith(_NEG):
        sign, s = -1, s[1:]
        if not s:
            raise ValueError("a sign without a number")
    for k, v in _CONTRACT.items():
        s = s.replace(k, v)
    m = _MONEY_TAIL.match(s) if s[-1] in "元圆圓角分整正" else None
    if m and (m.group("num") or m.group("jiao") or m.group("fen")):
        value = parse_number(m.group("num")) if m.group("num") else Decimal(0)
        for part, place in (("jiao", "0.1"), ("fen", "0.01")):
            if m.group(part):
                if m.group(part) not in DIGITS:
                    raise ValueError(f"bad {part} digit in {s!r}")
                value += DIGITS[m.group(part)] * Decimal(place)
        return sign * value
    if s.count("点") + s.count("點") > 1:
        raise ValueError(f"two decimal points in {s!r}")
    if "点" in s or "點" in s:
        whole, frac = re.split("[点點]", s)
        if not whole or not frac:
            raise ValueError(f"a decimal point needs digits on both sides: {s!r}")
        if any(ch not in DIGITS for ch in frac):
            # 一百点123 (Arabic fraction digits) is accepted; units after 点 are not
            if not frac.isdigit() or not frac.isascii():
                raise ValueError(f"the fraction after 点 must be digits: {s!r}")
            digits = frac
        else:
            digits = "".join(str(DIGITS[ch]) for ch in frac)
        value = _integer(whole) + Decimal("0." + digits)
        return sign * value
    try:
        return sign * _integer(s)
    except InvalidOperation as exc:  # pragma: no cover - defensive
        raise ValueError(f"not a number: {s!r}") from exc


def _consecutive_digits(s: str) -> tuple[int, int, str] | None:
    """``两三`` / ``三五`` / ``七八十`` -> (low, high, rest) when ``s`` starts with two range digits."""
    if len(s) >= 2 and s[0] in DIGITS and s[1] in DIGITS:
        a, b = DIGITS[s[0]], DIGITS[s[1]]
        if a and b and (b == a + 1 or (a, b) == (3, 5)):
            rest = s[2:]
            if all(ch in _SMALL or ch in _BIG for ch in rest):
                return a, b, rest
    return None


def parse_range(s: str) -> tuple[Decimal, Decimal] | None:
    """Vague and paired numerals as ``(low, high)``, or None when ``s`` is not one.

    ``两三`` (2-3), ``三五`` (3-5), ``七八十`` (70-80), ``十几`` (10-19), ``十几万``
    (100000-190000), ``几十`` (10-90), ``几百`` (100-900).  Peers such as
    WeTextProcessing read ``两三个`` as 23; in reports it is always "two or three".

    >>> parse_range("七八十")
    (Decimal('70'), Decimal('80'))
    >>> parse_range("数十")  # 数 before a unit is 几
    (Decimal('10'), Decimal('90'))
    >>> parse_range("几十")
    (Decimal('10'), Decimal('90'))
    >>> parse_range("二十") is None
    True
    """
    pair = _consecutive_digits(s)
    if pair:
        a, b, rest = pair
        scale = parse_number("一" + rest) if rest else Decimal(1)
        return Decimal(a) * scale, Decimal(b) * scale
    if s.startswith("数") and len(s) > 1:
        s = "几" + s[1:]  # 数十 is 几十
    if "几" in s and s.count("几") == 1:
        lo_s, hi_s = s.replace("几", "一"), s.replace("几", "九")
        if s.startswith("几") and len(s) > 1:
            pass
        elif s.endswith("几") or s[s.index("几") + 1] in _BIG:
            # 十几 / 十几万: 几 is the ones digit of its section
            lo_s = s.replace("几", "")
        try:
            return parse_number(lo_s), parse_number(hi_s)
        except ValueError:
            return None
    return None


_FRACTION = re.compile(r"^(?P<den>.+?)分之(?P<num>.+)$")


def parse_fraction(s: str) -> Decimal:
    """``五分之一`` -> 20 and ``百分之五十三点九八`` -> 53.98: a fraction as a percentage.

    >>> parse_fraction("五分之一"), parse_fraction("百分之五十三点九八"), parse_fraction("三分之二")
    (Decimal('20'), Decimal('53.98'), Decimal('66.67'))
    """
    m = _FRACTION.match(s)
    if not m:
        raise ValueError(f"not a fraction: {s!r}")
    den, num = parse_number(m.group("den")), parse_number(m.group("num"))
    if den == 0:
        raise ValueError(f"zero denominator in {s!r}")
    value = num * 100 / den
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    q = value.quantize(Decimal("0.01"))
    return q if q != value else value
