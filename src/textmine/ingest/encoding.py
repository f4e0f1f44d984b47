"""Bytes to text: BOMs, UTF-8, UTF-16, GB18030/GBK and Big5 (or Big5-HKSCS), with a detector as referee.

Chinese archives come in all of these.  Order matters: a BOM is certain;
strict UTF-8 almost never decodes GBK bytes by accident; between GB18030 and
Big5 -- both decode much of the other's bytes without error -- charset-normalizer
decides, restricted to the encodings we expect so it cannot wander off to
cp1252.  Hong Kong files are often Big5-HKSCS (深水埗, 衞生署 are not in Big5):
it is tried when plain Big5 fails, and named only then.  A GBK file cut inside
a double-byte character loses only that byte, and the document says so.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from ..errors import TextmineError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK = ("gb18030", "big5", "big5hkscs")  # (big5hkscs only when big5 fails: it is Big5 plus Hong Kong characters)


@dataclass
class Decoded:
    text: str
    encoding: str
    note: str | None = None


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: NULs in every other byte of an ASCII-rich text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _mostly_printable(text: str) -> bool:
    """UTF-16 decodes almost any even-length bytes; real text is printable."""
    sample = text[:4096]
    bad = sum(1 for c in sample if (c < " " and c not in "\t\n\r") or "\ue000" <= c <= "\uf8ff" or c == "\ufffd")
    return bad / max(1, len(sample)) < 0.05


# control bytes that do not occur in text (tab, newlines, form feed and ESC do)
_CONTROL = bytes(b for b in range(256) if b < 9 or 13 < b < 32 and b != 27)


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    # counted by deleting them in C (a Python loop over 8 KB took most of decode's time)
    control = len(sample) - len(sample.translate(None, _CONTROL))
    return control / max(1, len(sample)) > 0.05


def decode(data: bytes, source: str | None = None) -> Decoded:
    """Decode ``data``; raise :class:`TextmineError` (E102, E103) when it is not text."""
    if not data.strip(b" \t\r\n\x0b\x0c"):
        # an empty file is still a document of the archive: it is counted, with no text
        return Decoded(data.decode("ascii", errors="replace"), "utf-8", note="empty: the file holds no text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(enc, errors="replace"), enc.replace("-sig", "") + ("-bom" if enc == "utf-8-sig" else ""))
    wide = _looks_utf16(data)
    if wide:
        text = data.decode(wide, errors="replace")
        if _mostly_printable(text):
            return Decoded(text, wide)
        raise TextmineError("E102", "binary file (NUL or control bytes), not text", source)
    if _is_binary(data):
        raise TextmineError("E102", "binary file (NUL or control bytes), not text", source)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason.startswith("unexpected end"):
            return Decoded(data[: exc.start].decode("utf-8"), "utf-8", note="truncated: last character incomplete")
    candidates = []
    for enc in _CJK:
        if enc == "big5hkscs" and candidates and candidates[-1][0] == "big5":
            continue
        try:
            candidates.append((enc, data.decode(enc)))
        except UnicodeDecodeError:
            continue
    if len(candidates) == 2:
        (e1, t1), (e2, t2) = candidates
        p1, p2 = _plausibility(t1), _plausibility(t2)
        if abs(p1 - p2) >= 20:
            # the wrong reading is full of private-use characters and lacks the commonest words
            return Decoded(t1, e1) if p1 > p2 else Decoded(t2, e2)
        enc = _referee(data, e2)
        return Decoded(dict(candidates)[enc], enc)
    if candidates:
        enc, text = candidates[0]
        return Decoded(text, enc)
    # neither decodes strictly: a file cut inside a character decodes but for its tail
    for enc in _CJK:
        try:
            data.decode(enc)
        except UnicodeDecodeError as exc:
            if exc.start >= len(data) - 1:
                return Decoded(data[: exc.start].decode(enc), enc, note="truncated: last character incomplete")
    raise TextmineError("E103", "cannot decode as UTF-8, UTF-16, GB18030 or Big5", source)


# the commonest characters of Chinese prose, in both scripts: a right reading is full of them
_COMMON = frozenset("的一是在不了有和人這这中大為为上個个國国年月日及與与等萬万元名")


def _plausibility(text: str) -> int:
    """How much a reading of the bytes looks like Chinese text: its commonest characters, less the
    private-use characters a GB18030 reading of Big5 bytes (or the reverse) is full of.  (Big5-HKSCS
    bytes such as 衞生署 decode without error as GB18030, and the detector then picked it.)"""
    sample = text[:8192]
    common = sum(1 for c in sample if c in _COMMON)
    private = sum(1 for c in sample if "\ue000" <= c <= "\uf8ff")
    return common - private


def _referee(data: bytes, big5: str = "big5") -> str:
    """GB18030 or ``big5`` (Big5 or Big5-HKSCS), judged by charset-normalizer on the bytes."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536], cp_isolation=["gb18030", big5]).best()
    if best is not None and best.encoding.replace("_", "").startswith("big5"):
        return big5
    return "gb18030"
