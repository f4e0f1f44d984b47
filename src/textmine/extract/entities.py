"""Named entities: PERSON, LOCATION, ORGANIZATION, WORK.

``find_entities`` runs the statistical character model (:mod:`textmine.extract.ner_model`,
trained on MSRA news) and then a few general rules that adapt it to report language and to the
output contract in ``spec/records.md``:

* WORK: a title in 《》 including the brackets; a PERSON inside a title is kept (the one overlap).
* ORGANIZATION: a place, a body or a bare 县/市/省/区/镇/乡 abbreviation, an optional short middle
  without clause words, and an organization ending (县委, 人民政府, 中心, 领导小组 …) form one flat
  mention; bare 县委/县政府/镇党委, bare endings and numbered sessions are not names.  A county or
  higher abbreviation starts a body even before a word it could form a word with (县|市场监管局); a
  township found first carries its bodies (X镇中心幼儿园) and is split from the county before it
  (宁远县 | 清水桥镇党委); schools named by place and number (县一中, 城北二中) are found; a website menu
  or breadcrumb label made of two ordinary words (新闻中心) is not a name.
* LOCATION: chained administrative names are split (湖北省枝江市 = 湖北省 + 枝江市); full
  administrative names from the gazetteer, townships (X镇/X乡) and roads/sites (X路, X公园) after a
  word boundary are added; category words (淘宝村) are dropped.
* PERSON: a title before a name is not part of it (县委书记冯学军 -> 冯学军); names after a title
  or before an honorific (习近平总书记), in an enumeration next to a found name, and in a title
  (《缅怀王权》), and after a credit role in a byline (责任编辑：X, 记者 X Y, 审核：X) are found.
* Everywhere: model spans that cut ordinary jieba words are dropped, stop-names are dropped, and a
  name found once is found at its other mentions in the same text.
* Report constructions (generalization round 3): a conjunction before an abbreviation is no county
  (领导和|县人大); a verb after a complete body, or a clause word / conjunction inside a model span,
  separates two bodies (某局|邀请|某大学, 某局联合|市公安局); a party organ before a role belongs to the
  title (某局党组|书记); a body after a chain of full place names keeps only the lowest place
  (某市 | 某区某局); a body's section is part of it (某局食品经营科); generic bodies without a place
  (人民代表大会) are no names; development zones (某某经济开发区), sites after a place (某某|景区),
  regions (长三角), a person's former home (某某故居), a place's short name where its full name was
  found, a place opening a headline before a colon, and the items of a list closed by 等 + a place
  category (甲、乙等8个景区) are LOCATIONs; townships may have three-character stems and follow a
  word (其中|某某镇).
* Report constructions (generalization round 4; docs/entities.md lists them with their data keys):
  department names holding 和 (某市住房和城乡建设局: a body word tagged nt after the work it names
  closes the name) and a second body after a conjunction and a full place name (县政府和|某市公安局);
  旗 as a county-level abbreviation; body words starting with a clause character (县就业服务中心);
  a model span cut inside a word completed (某县医|疗保障局); a place + numbered session or team
  (某县第五届, 某镇代表队) is the place; body + one verb cut (团县委|组织); bare organs (局党委) and
  village mediation committees are no names; 和县|直 is no place; lists closed by 等 + qualifier +
  category (甲、乙等重点林区) and a first item after the opening verb; a township's lost head
  (在X|YZ镇) and stems that are dictionary place names holding a clause character; a
  three-character name before the clause's 为; a propagated place restores a cut head (two
  shared characters at least); 林场 and 联合社 are body endings.

All word lists live in ``textmine/data/gazetteer``.

Speed: the passes do not rescan the text each for its own words.  The code points and the hash of
every adjacent character pair are computed once per text (numpy), and each word list is found by
one table lookup over them (:class:`_WordIndex`); what a pass derives from the text alone
(township stems, where organization endings start) is cached per text too, and each pass then
looks only at its few candidate positions.  ``tests/test_entity_scans.py`` keeps the plain version
of every rewritten scan and pass and checks that both agree.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import numpy as np

from textmine.extract import ner_model as nm
from textmine.segment import short_freq, word_tags

TYPE_NAMES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}

_WORK_RE = re.compile(r"《[^《》\n]{1,80}》")

# what is computed once per text (code points, pair hashes, ending positions ...) is cached for
# the last two texts: all passes over a document share it (the titles' passes in _persons_in_works
# come after them), and a long document's arrays are not kept after the next ones
_TEXT_CACHE = 2


@lru_cache(maxsize=1)
def _lex() -> dict:
    base = nm.data_dir() / "gazetteer"
    words = {name: set(nm.read_wordlist(base / fn)) for name, fn in {
        "surnames": "surnames.txt", "titles": "titles.txt", "titles_after": "titles_after.txt",
        "admin": "admin_divisions.txt", "admin_short": "admin_short.txt",
        "admin_suffixes": "admin_suffixes.txt", "org_suffixes": "org_suffixes.txt",
        "org_breakers": "org_breakers.txt", "leading": "leading_function_chars.txt",
        "stop": "stop_names.txt", "loc_suffixes": "loc_suffixes.txt",
    }.items()}
    words["org_suffixes"] |= set(_rules()["rule_endings"])  # rule-only endings (not model features)
    words["org_suffixes_sorted"] = sorted(words["org_suffixes"], key=len, reverse=True)
    words["admin_suffixes_sorted"] = sorted(words["admin_suffixes"], key=len, reverse=True)
    words["titles_sorted"] = sorted(words["titles"], key=len, reverse=True)
    words["titles_after_sorted"] = sorted(words["titles_after"], key=len, reverse=True)
    # (lengths and first characters: a lookup tries only the lengths a word can have)
    words["org_suffix_lengths"] = sorted({len(w) for w in words["org_suffixes"]}, reverse=True)
    words["title_heads"] = {w[:2] for w in words["titles"]}
    words["title_words"] = words["titles"] | words["titles_after"]
    words["breaker_firsts"] = {w[0] for w in words["org_breakers"]}
    # (characters no proper-name stem holds: one-character breakers and function characters)
    words["breaker_or_leading_chars"] = {w for w in words["org_breakers"] | words["leading"] if len(w) == 1}
    return words


@lru_cache(maxsize=1)
def _rules() -> dict:
    """The closed word classes of ``rules.toml``, flattened to one name -> list/set mapping."""
    import tomllib

    raw = tomllib.loads((nm.data_dir() / "gazetteer" / "rules.toml").read_text(encoding="utf-8"))
    out = {}
    for section in raw.values():
        for key, val in section.items():
            # suffix lists keep their order (longest first where it matters); tag lists become sets
            out[key] = sorted(val, key=len, reverse=True) if key.endswith("suffixes") else set(val)
    return out


def _word_tags() -> dict:
    """jieba's dictionary word -> POS tag (used only to recognise ordinary words).

    Read once per process by :func:`textmine.segment.word_tags` straight from jieba's dictionary
    file, so a worker segmenting with rjieba never loads jieba.posseg or a jieba tokenizer.
    """
    return word_tags()


def _word_freq() -> dict:
    """jieba's word -> frequency for words of one or two characters (all :func:`_more_common` compares)."""
    return short_freq()


def _more_common(word: str, other: str) -> bool:
    """``word`` is a dictionary word used more often than ``other`` (市场 over 县市, 政务 over 县政)."""
    freq = _word_freq()
    return bool(freq.get(word)) and freq.get(word, 0) > freq.get(other, 0) \
        and _word_tags().get(word, "")[:1] == "n"  # a noun (市场, 政务), not 地级


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


_NOT_HAN = re.compile("[^\u4e00-\u9fff\u3400-\u4dbf]")


def _all_han(w: str) -> bool:
    """Every character of ``w`` is Han (:func:`_is_han`; one regex search, not a test per character)."""
    return _NOT_HAN.search(w) is None


# ------------------------------------------------------------------ spans
def _model_spans(text: str) -> list[list]:
    return [[s, e, TYPE_NAMES[y]] for s, e, y in nm.get_model().predict(text)]


def _split_admin_chain(text: str, spans: list[list]) -> list[list]:
    """Split a LOCATION made of several administrative names into one mention per name."""
    lx = _lex()
    out = []
    for s, e, t in spans:
        if t != "LOCATION":
            out.append([s, e, t])
            continue
        parts = _admin_parts(text[s:e], lx)
        if parts:
            out.extend([s + a, s + b, t] for a, b in parts)
        else:
            out.append([s, e, t])
    return out


def _admin_parts(name: str, lx) -> list[tuple[int, int]] | None:
    """Cut ``name`` into consecutive pieces, each a gazetteer admin name or ending in an admin suffix.

    Returns None unless at least two pieces and the first one is a known administrative name.
    """
    n = len(name)
    pieces, i = [], 0
    while i < n:
        best = None
        for j in range(n, i + 1, -1):
            w = name[i:j]
            if w in lx["admin"] and (j == n or _admin_parts_ok(name[j:], lx)):
                best = j
                break
        if best is None:
            if pieces and _ends_admin(name[i:], lx) and len(name) - i >= 2:
                best = n
            else:
                return None
        pieces.append((i, best))
        i = best
    return pieces if len(pieces) >= 2 else None


def _admin_parts_ok(rest: str, lx) -> bool:
    return any(rest.startswith(w) for w in (rest[:k] for k in range(2, len(rest) + 1)) if w in lx["admin"]) \
        or (_ends_admin(rest, lx) and len(rest) >= 2)


def _ends_admin(w: str, lx) -> bool:
    return any(w.endswith(s) and len(w) > len(s) for s in lx["admin_suffixes_sorted"])


def _gazetteer_locations(text: str, spans: list[list]) -> list[list]:
    """Full administrative names (with their suffix) that the model left untagged."""
    out = list(spans)
    # only where a name starts can one be added (a few dozen places in a long report)
    name_starts = sorted(_starts_of(text, "admin"))
    if not name_starts:
        return out
    lx = _lex()
    admin = lx["admin"]
    tags = _word_tags()
    taken = _covered(spans, len(text))
    lengths = _admin_lengths()
    n = len(text)
    R = _rules()
    conjunctions, abbreviations = R["conjunctions"], R["place_abbreviations"]
    free = 0  # positions before this one are inside a name just added
    for i in name_starts:
        if i < free:
            continue
        if i > 0 and text[i] in conjunctions and text[i + 1:i + 2] in abbreviations and _is_han(text[i - 1]) \
                and not taken[i - 1]:
            continue  # 领导和|县人大: mid-clause, a conjunction before an abbreviation, not the county 和县
        # 办理县: a short name glued to the previous character as an ordinary word is not a mention
        if not taken[i] and (i == 0 or not taken[i - 1]) and not (i > 0 and text[i - 1:i + 1] in tags):
            for ln in lengths[text[i]]:
                if ln >= 2 and i + ln <= n and text[i:i + ln] in admin and not any(taken[i:i + ln]):
                    out.append([i, i + ln, "LOCATION"])
                    free = i + ln
                    break
    return out


@lru_cache(maxsize=1)
def _org_suffixes_by_first() -> dict[str, list[str]]:
    """First character -> organization endings starting with it, longest first."""
    out: dict[str, list[str]] = {}
    for suf in _lex()["org_suffixes_sorted"]:
        out.setdefault(suf[0], []).append(suf)
    return out


@lru_cache(maxsize=1)
def _ending_head_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The one-character organization endings, the first two characters of the longer ones, and
    the first characters of all."""
    endings = _lex()["org_suffixes"]
    pairs = np.zeros(1 << _PAIR_BITS, dtype=bool)
    pairs[[_pair_key(w[:2]) for w in endings if len(w) >= 2]] = True
    return _char_table(w for w in endings if len(w) == 1), pairs, _char_table(w[0] for w in endings)


@lru_cache(maxsize=_TEXT_CACHE)
def _ending_starts(text: str) -> np.ndarray:
    """Positions, ascending, where an organization ending (any of ``org_suffixes``) may start: the
    character is a one-character ending, or it and the next one open a longer ending.  Every
    position where one starts is among them (a hash collision adds a position now and then, but
    always one whose character starts some ending)."""
    singles, pairs, firsts = _ending_head_tables()
    codes = _bmp_codes(text)
    mask = singles[codes]
    if len(text) >= 2:
        mask[:-1] |= pairs[_pair_hashes(text)] & firsts[codes[:-1]]
    return np.flatnonzero(mask)


@lru_cache(maxsize=_TEXT_CACHE)
def _ending_start_list(text: str) -> list[int]:
    """:func:`_ending_starts` as a list (for ``bisect``)."""
    return _ending_starts(text).tolist()


@lru_cache(maxsize=1)
def _admin_lengths() -> dict[str, tuple[int, ...]]:
    """First character -> lengths of the administrative names starting with it, longest first."""
    return nm.Lexicon.of(_lex()["admin"]).lengths


# character pairs are hashed into a table of this many bits: small enough to stay in the CPU cache
# (a collision only costs a set lookup; the 3,173 place names' final pairs fill 5% of the slots)
_PAIR_BITS = 16
_PAIR_MASK = (1 << _PAIR_BITS) - 1
_PAIR_MULT = 40503


def _pair_key(pair: str) -> int:
    """The table slot of a two-character string (what :func:`_pair_hashes` computes for the text)."""
    return (ord(pair[0]) * _PAIR_MULT + ord(pair[1])) & _PAIR_MASK


@lru_cache(maxsize=_TEXT_CACHE)
def _codes(text: str) -> np.ndarray:
    """The code points of ``text``."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _char_table(chars) -> np.ndarray:
    """A lookup table of the Basic Multilingual Plane marking ``chars``, indexed by
    :func:`_bmp_codes`."""
    codes = [ord(c) for c in chars]
    if any(c >= 0xFFFF for c in codes):
        raise ValueError("a character table holds characters of the Basic Multilingual Plane only")
    table = np.zeros(0x10000, dtype=bool)
    table[codes] = True
    return table


@lru_cache(maxsize=_TEXT_CACHE)
def _bmp_codes(text: str) -> np.ndarray:
    """The code points of ``text`` as table indices, those beyond the Basic Multilingual Plane as
    U+FFFF (a noncharacter no table marks)."""
    return np.minimum(_codes(text), 0xFFFF).astype(np.intp)


@lru_cache(maxsize=_TEXT_CACHE)
def _pair_hashes(text: str) -> np.ndarray:
    """The table slot of every adjacent pair of characters of ``text``: entry ``i`` is the pair
    ``text[i:i + 2]``.  Computed once per text and shared by every word list looked for in it."""
    codes = _codes(text)
    # (as indices: each table lookup would convert them again)
    return ((codes[:-1] * np.uint32(_PAIR_MULT) + codes[1:]) & np.uint32(_PAIR_MASK)).astype(np.intp)


def _pair_hits(text: str, table: np.ndarray) -> list[int]:
    """Positions ``i`` (ascending) where ``text[i:i + 2]`` hashes to a marked slot of ``table``."""
    if len(text) < 2:
        return []
    return np.flatnonzero(table[_pair_hashes(text)]).tolist()


class _WordIndex:
    """Every occurrence of a word list in a text, found from the words' last two characters.

    A regex alternation of thousands of names tries each name at each position (seconds on a long
    report), and a Python test at every character is hardly better; even a regex character-class
    scan for the words' last characters costs ~20 ns a character.  Instead numpy hashes every
    adjacent pair of the text's characters once per text (:func:`_pair_hashes`), a table of the
    words' final pairs (书记, 主任 of titles; 安县, 平区 of place names) marks the few places where a
    word of two or more characters can end, and a set lookup per possible length there confirms a
    word.  One-character words (路, 镇) are found by a ``str.find`` per character.
    """

    def __init__(self, words) -> None:
        self.words = frozenset(w for w in words if w)
        self.single = tuple(sorted(w for w in self.words if len(w) == 1))
        by_tail: dict[str, set[int]] = {}
        for w in self.words:
            if len(w) >= 2:
                by_tail.setdefault(w[-2:], set()).add(len(w))
        self.lengths = {t: tuple(sorted(ls, reverse=True)) for t, ls in by_tail.items()}
        self.table = np.zeros(1 << _PAIR_BITS, dtype=bool)
        self.table[[_pair_key(t) for t in by_tail]] = True

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every occurrence, overlaps included: words of two or more characters
        by their end (longest first at one end), then each one-character word's; each word's from
        left to right."""
        out = []
        if self.lengths:
            words, get = self.words, self.lengths.get
            for i in _pair_hits(text, self.table):
                e = i + 2
                for ln in get(text[i:e], ()):
                    a = e - ln
                    if a >= 0 and text[a:e] in words:
                        out.append((a, e))
        for c in self.single:
            p = text.find(c)
            while p >= 0:
                out.append((p, p + 1))
                p = text.find(c, p + 1)
        return out


@lru_cache(maxsize=None)
def _word_index(name: str) -> _WordIndex:
    """The index of one word list of ``_lex()`` or ``rules.toml``, built on first use."""
    lx = _lex()
    return _WordIndex(lx[name] if name in lx else _rules()[name])


@lru_cache(maxsize=32)
def _spans_of(text: str, name: str) -> list[tuple[int, int]]:
    """Occurrences of a word list in ``text`` (cached: several passes read the same lists of one text)."""
    return _word_index(name).spans(text)


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each word's occurrences, word by word longest first (the order of the
    ``<name>_sorted`` list), each word's from left to right without overlaps -- what
    ``re.finditer`` per word gives.  Titles before and after names come from one scan."""
    words = _lex()[name]
    found = [(a, e) for a, e in _spans_of(text, "title_words") if text[a:e] in words]
    return _in_word_order(text, found, _rank(name))


@lru_cache(maxsize=None)
def _rank(name: str) -> dict[str, int]:
    """Word -> its place in the ``<name>_sorted`` list."""
    return {w: k for k, w in enumerate(_lex()[name + "_sorted"])}


def _in_word_order(text: str, spans, rank: dict[str, int]) -> list[tuple[int, int]]:
    """Occurrences ``spans`` regrouped word by word in ``rank`` order, each word's left to right
    without overlaps."""
    found: dict[str, list[int]] = {}
    for a, e in spans:
        found.setdefault(text[a:e], []).append(a)
    out = []
    for w in sorted(found, key=rank.__getitem__):
        last = -1
        for a in found[w]:  # ascending: the index reports each word's left to right
            if a >= last:
                last = a + len(w)
                out.append((a, last))
    return out


def _starts_of(text: str, name: str) -> set[int]:
    """Positions where a word of the list ``name`` starts (one scan instead of a test at every position)."""
    return {a for a, _ in _spans_of(text, name)}


_ONES = [b"\x01" * n for n in range(64)]  # (the fill of a short span, made once)


def _covered(spans, n) -> bytearray:
    """Which positions a span covers (1) or not (0); reads like a list of bools."""
    taken = bytearray(n)
    for s, e, _ in spans:
        if e > s:
            taken[s:e] = _ONES[e - s] if e - s < 64 else b"\x01" * (e - s)
    return taken


def _org_suffix_at(text: str, i: int) -> int:
    """Length of the longest organization ending at ``i`` that is not the start of a longer word (0 if none)."""
    if i >= len(text):
        return 0
    candidates = _org_suffixes_by_first().get(text[i])
    if not candidates:
        return 0
    tags = _word_tags()
    for suf in candidates:
        if text.startswith(suf, i):
            e = i + len(suf)
            # 处理, 局长: the ending's last character begins an ordinary word with what follows
            if len(suf) == 1 and ((e < len(text) and text[e - 1:e + 1] in tags)
                                  or (i > 0 and text[i - 1:e] in tags and text[i - 1:e] not in _lex()["org_suffixes"]
                                      and not _body_word_before(text, 0, i, 1, tags))):
                continue  # 处理, 局长, 带队
            return len(suf)
    return 0



_MAX_MIDDLE = 10


def _org_end(text: str, i: int, prefix_is_org: bool) -> int | None:
    """End of an organization name whose place prefix ends at ``i``: optional middle, then an ending.

    The middle holds at most ``_MAX_MIDDLE`` Han characters and no breaker word (function
    characters, clause verbs, numerals outside 第N), no title (县委书记 stops at 县委); the furthest
    ending wins, but past a first ending only multi-character endings extend the name
    (沂南县图书馆 | 新馆).
    """
    # an end is only set where an ending starts: past the last one that may start within reach
    # nothing more can be found (the loop could only stop there), and most places and
    # abbreviations (nine in ten) have no ending within reach at all
    stop = _last_ending_start(text, i, min(len(text), i + _MAX_MIDDLE + 1))
    if stop is None:
        return None
    stop += 1
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    suffixes = lx["org_suffixes"]
    breakers, breaker_firsts = lx["org_breakers"], lx["breaker_firsts"]
    titles, title_heads = lx["titles"], lx["title_heads"]
    numerals = nm._NUMERALS
    conjunctions, abbreviations = R["conjunctions"], R["place_abbreviations"]
    best = None
    first = i if prefix_is_org else None  # after a complete body only multi-character endings extend it
    j = i
    ending_firsts = _org_suffixes_by_first()
    while j < stop and j - i <= _MAX_MIDDLE and _is_han(text[j]):
        c = text[j]
        ln = _org_suffix_at(text, j) if c in ending_firsts else 0
        if ln and j > 0 and text[j - 1:j + ln] in tags and text[j - 1:j + ln] not in suffixes \
                and not _abbreviated_body(text[j - 1:j + ln]) and not _body_word_before(text, i, j, ln, tags):
            ln = 0  # 纽约|市中心: the ending is part of an ordinary word (but 县法院 is a body)
        if text[j:j + 2] in title_heads and any(text[j:j + k] in titles for k in range(max(2, ln + 1), 6)):
            break  # 县委书记: a title ends the name (but 烈士陵园 is an ending)
        if not ln and c in breaker_firsts and (c in breakers or text[j:j + 2] in breakers
                                               or text[j:j + 3] in breakers or text[j:j + 4] in breakers) \
                and text[j:j + 2] not in R["body_words"]:
            break  # (but 县|就业服务中心: a word naming the body's work)
        if (prefix_is_org and (tags.get(text[j:j + 2]) == "v" or tags.get(text[j:j + 3]) == "v")) \
                or (best == j and not ln and (tags.get(text[j:j + 2]) in ("v", "vn") or tags.get(text[j:j + 3]) in ("v", "vn"))):
            break  # 市政府|责成…, 县教育局|邀请…大学, 某局|检查学校: after a complete body a verb starts the clause
        if c in numerals and text[j - 1] != "第" and not (j > i and text[j - 1] in numerals):
            break
        if j > i and text[j - 1] in conjunctions and (c in abbreviations or _admin_at(text, j)):
            break  # 县委和县政府, 县政府和某市公安局: a second body starts (住房和城乡建设局 goes on)
        if c in conjunctions and (best == j or (prefix_is_org and j == i)):
            break  # 公安部和海关: two bodies, not one
        # a body's section after its name: 某局|食品经营科
        section = (prefix_is_org or best is not None) and ln == 1 and j > i and c in R["sub_unit_endings"]
        if ln == 1 and j > i and c not in R["strong_one_char_endings"] and not section:
            ln = 0  # 中国人民|所: a weak one-character ending only right after the place
        if ln and ((best is None and first is None) or ln >= 2 or section):
            best = j + ln
        j += 1
    return best


@lru_cache(maxsize=1)
def _abbreviation_table() -> np.ndarray:
    return _char_table(_rules()["place_abbreviations"])


def _abbreviations_at(text: str) -> np.ndarray:
    """Positions of the place abbreviation characters (县, 市, 镇 …), ascending."""
    return np.flatnonzero(_abbreviation_table()[_bmp_codes(text)])


def _within_reach_of_ending(text: str, positions: np.ndarray) -> list[int]:
    """The distinct ``positions``, ascending, that have an organization ending starting at most
    ``_MAX_MIDDLE + 1`` characters after them: a name starting or continuing there can end in
    one (:func:`_org_end`); nine in ten positions have none.  One numpy search for them all."""
    starts = _ending_starts(text)
    if not len(positions) or not len(starts):
        return []
    at = np.unique(positions)
    nxt = np.minimum(np.searchsorted(starts, at), len(starts) - 1)  # the first one at or after
    return at[(starts[nxt] >= at) & (starts[nxt] <= at + _MAX_MIDDLE + 1)].tolist()


def _last_ending_start(text: str, a: int, b: int) -> int | None:
    """The last position in ``a .. b - 1`` where an organization ending may start (None if none)."""
    starts = _ending_start_list(text)
    k = bisect_left(starts, b) - 1
    return starts[k] if k >= 0 and starts[k] >= a else None


def _body_word_before(text: str, i: int, j: int, ln: int, tags: dict) -> bool:
    """The ending at ``j`` closes a dictionary word of three or four characters tagged as a body
    (建设局, nt) after the work it names (建设, a verbal noun) inside the middle: 某市住房和城乡建|设局
    is a bureau, though 设局 alone is a word (but 中西部, also nt in jieba, is a direction)."""
    e = j + ln
    return any(tags.get(text[e - k:e], "").startswith("nt") and tags.get(text[e - k:e - ln]) in ("v", "vn")
               for k in (3, 4) if e - k >= i)


def _admin_at(text: str, j: int) -> bool:
    """A full administrative name from the gazetteer starts at ``j`` (保定市, 某某县)."""
    lengths = _admin_lengths().get(text[j])
    if not lengths:
        return False
    admin = _lex()["admin"]
    return any(text[j:j + k] in admin for k in lengths)


def _abbreviated_body(w: str) -> bool:
    """``w`` is a place abbreviation and a body ending that ends in a strong body character: the
    dictionary word 县法院 or 区法院 is a body's name, 市中心 or 县城 is not."""
    R = _rules()
    return len(w) >= 3 and w[0] in R["place_abbreviations"] and w[1:] in _lex()["org_suffixes"] \
        and w[-1] in R["strong_one_char_endings"]


def _extend_orgs(text: str, spans: list[list]) -> list[list]:
    """LOCATION/ORGANIZATION/abbreviation + middle + organization ending -> one ORGANIZATION.

    永清县委, 丰城市人民政府, 廊坊法治宣教中心, 县委理论学习中心组, 县第二人民医院.
    """
    lx = _lex()
    R = _rules()
    leading, breakers = lx["leading"], lx["org_breakers"]
    abbreviation_chars, county_or_higher = R["place_abbreviations"], R["county_or_higher"]
    tags = _word_tags()
    out = [list(sp) for sp in spans]
    starts = {}
    for s, e, t in spans:
        if t in ("LOCATION", "ORGANIZATION"):
            starts[e] = (s, t)
    # a place right after another place starts a body of its own (某市|某区市场监管局, 某县|某地革命博物馆);
    # only a full administrative name does so before a registered company's name, which keeps its
    # place (北京某某文化发展有限公司)
    place_starts = {s: text[s:e] in lx["admin"] for s, e, t in spans if t == "LOCATION"}
    registered = R["registered_endings"]
    n = len(text)
    # a name can only start after a found place/body or at an abbreviation character, and only
    # where an ending follows within reach (of a prefix ending at i or of an abbreviation at i)
    after_names = np.fromiter((i for i in starts if i < n), dtype=np.intp)
    for i in _within_reach_of_ending(text, np.concatenate((after_names, _abbreviations_at(text)))):
        # prefix = a found place/org ending at i ...
        if i in starts:
            s, t = starts[i]
            if t == "ORGANIZATION" and _ends_with_org_suffix(text[s:i]) \
                    and not any(text[s:i].endswith(p) for p in R["parent_endings"]):
                continue  # 贝尔公司|买下…公司: only government bodies have sub-units after them
            if t == "LOCATION" and (place_starts.get(i) or _starts_with_township(text[i:i + 12])):
                continue  # 宁远县|清水桥镇党委, 某市|某区市场监管局: the lower place's body is a name of its own
            # 某县医|疗保障局, 某县人民武|装部: a body the model cut inside a word is completed like a
            # place's body (any ending), not like a complete body's sub-unit
            cut = t == "ORGANIZATION" and text[i - 1:i + 1] in tags and not _ends_with_org_suffix(text[s:i])
            end = _org_end(text, i, t == "ORGANIZATION" and not cut)
            if end and t == "LOCATION" and i in place_starts and not any(text.endswith(x, 0, end) for x in registered):
                continue
            if end:
                out.append([s, end, "ORGANIZATION"])
        # ... or a bare 县/市/省 abbreviation (县委, 县文化馆) at a word boundary
        c = text[i]
        if c not in abbreviation_chars:
            continue
        if (i == 0 or not _is_han(text[i - 1]) or text[i - 1] in leading or i in starts
                or text[max(0, i - 2):i] in breakers or text[max(0, i - 3):i] in breakers) \
                and not (text[i:i + 2] in tags and not _org_suffix_at(text, i + 1)  # 县城, 市场
                         and not (c in county_or_higher and _more_common(text[i + 1:i + 3], text[i:i + 2]))):
            # (but 县|市场监管局, 县|政务服务中心: a county or higher abbreviation before a word that is
            # more common than the one it would form with it; 区域|性 stays a word)
            end = _org_end(text, i + 1, False)
            if end and end - i >= 3 and not (text[i:end] in tags and not tags[text[i:end]].startswith("nt")
                                             and not _abbreviated_body(text[i:end])):
                out.append([i, end, "ORGANIZATION"])
    return out


def _split_joined_bodies(text: str, spans: list[list]) -> list[list]:
    """A model span holding two bodies joined by a clause verb or conjunction is two names:
    某局联合市公安局 -> 某局 + 市公安局 (联合, 会同, 和 … are never inside one name)."""
    joiners = _joiners_by_first()
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION" and e - s >= 6:
            for k in range(s + 2, e - 2):
                j = next((w for w in joiners.get(text[k], ()) if text.startswith(w, k)), None)
                if j and _ends_with_org_suffix(text[s:k]) and k + len(j) < e - 1 \
                        and _ends_with_org_suffix(text[k + len(j):e]) and e - k - len(j) >= 3:
                    out.append([s, k, t])
                    s = k + len(j)
                    break
        out.append([s, e, t])
    return out


@lru_cache(maxsize=1)
def _joiners_by_first() -> dict[str, list[str]]:
    """First character -> the words that join two bodies starting with it, longest first: clause
    words of two or more characters and conjunctions (not 于 of 共青团于都县委)."""
    joiners = {w for w in _lex()["org_breakers"] if len(w) >= 2} | _rules()["conjunctions"]
    out: dict[str, list[str]] = {}
    for w in sorted(joiners, key=len, reverse=True):
        out.setdefault(w[0], []).append(w)
    return out


def _organ_before_role(text: str, spans: list[list]) -> list[list]:
    """A body's party organ followed by a role belongs to a person's title: 县教育局党组|书记 -> 县教育局.

    (The organ alone stays a name where it acts: 某镇党委组织…; and 县委书记 keeps 县委.)
    """
    R = _rules()
    organs, roles = R["party_organs"], R["organ_roles"]
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION" and any(text.startswith(r, e) for r in roles):
            for organ in organs:
                cut = e - len(organ)
                if text.startswith(organ, cut) and cut - s >= 3 and _ends_with_org_suffix(text[s:cut]):
                    e = cut
                    break
        out.append([s, e, t])
    return out


def _split_place_chain_bodies(text: str, spans: list[list]) -> list[list]:
    """A body named after a chain of places is the higher places plus the lowest place's body:
    某市某区人民法院 -> 某市 + 某区人民法院 (as 湖北省枝江市 is two LOCATIONs)."""
    lx = _lex()
    admin = lx["admin"]
    out = []
    for s, e, t in spans:
        while t == "ORGANIZATION":
            a = next((k for k in range(min(e - s - 3, 8), 1, -1) if text[s:s + k] in admin), 0)
            # the next place: a full administrative name, with a body name after it
            b = next((k for k in range(min(e - s - a - 1, 8), 1, -1) if text[s + a:s + a + k] in admin), 0) if a else 0
            if not (a and b and _ends_with_org_suffix(text[s + a:e])):
                break
            out.append([s, s + a, "LOCATION"])
            s += a
        out.append([s, e, t])
    return out


def _strip_leading(text: str, spans: list[list]) -> list[list]:
    """Drop function characters the model glued to the front of a name (由卫健委 -> 卫健委)."""
    leading = _lex()["leading"]
    out = []
    for s, e, t in spans:
        while t in ("ORGANIZATION", "LOCATION") and e - s > 2 and text[s] in leading \
                and not _starts_with_place(text[s:e]) and not _starts_with_word(text, s, e):
            s += 1  # 由卫健委 -> 卫健委, but 以色列 and 经合组织 stay
        if t == "ORGANIZATION":
            # 成立县委…领导小组: a clause verb glued to the front (but 联合国 is a word of its own)
            for k in (4, 3, 2):
                if e - s - k >= 2 and text[s:s + k] in _lex()["org_breakers"] \
                        and not any(text[s:s + m] in _word_tags() for m in range(k + 1, min(e - s, 6) + 1)):
                    s += k
                    break
        out.append([s, e, t])
    return out


def _starts_with_word(text: str, s: int, e: int) -> bool:
    """The span starts with a dictionary word of 2+ characters (以色列, 经合组织)."""
    tags = _word_tags()
    return any(text[s:s + k] in tags for k in range(2, min(e - s, 6) + 1))


def _starts_with_place(w: str) -> bool:
    lx = _lex()
    return any(w[:k] in lx["admin"] or w[:k] in lx["admin_short"] for k in range(2, min(len(w), 8) + 1))


_INNER_PUNCT = re.compile(r"[。，、；：！？,;:!?\s“”‘’\"「」『』]")
_EDGE = re.compile(r"^[^\w《]+|[^\w》]+$")


def _trim(text: str, spans: list[list]) -> list[list]:
    """Trim punctuation at the edges; drop spans with clause punctuation inside."""
    out = []
    for s, e, t in spans:
        w = text[s:e]
        m = _EDGE.search(w)
        while m and w:
            if m.start() == 0:
                s += m.end()
            else:
                e -= len(w) - m.start()
            w = text[s:e]
            m = _EDGE.search(w)
        if e - s >= 1 and not _INNER_PUNCT.search(text[s:e]):
            out.append([s, e, t])
    return out



_ORDINAL_BODY = re.compile(r"^[县市省区]?第?[0-9一二三四五六七八九十百]+届")


def _filter_spans(text: str, spans: list[list]) -> list[list]:
    """Remove what the report conventions do not count as a mention."""
    lx = _lex()
    R = _rules()
    stop = lx["stop"]
    tags = _word_tags()
    out = []
    for s, e, t in spans:
        w = text[s:e]
        if e - s < 2 or w in stop:
            continue
        if t == "PERSON" and len(w) == 3 and w[0] in lx["surnames"] and (
                w[2] in R["trailing_clause_chars"] or (e < len(text) and text[e - 1:e + 1] in tags
                                                       and w not in tags and text[e] not in R["name_end_chars"]
                                                       and text[e] not in R["clause_start_chars"])):
            e -= 1  # 杨琨被…, 陈冲报|告: a clause character or word start glued to a two-character name
            w = text[s:e]
        if t == "PERSON" and (w in tags and not tags[w].startswith("nr") and len(w) == 2
                              or w[-1] in R["trailing_clause_chars"]):
            continue  # 夏天, 干啥, 司的: ordinary words, not names
        if t == "PERSON":
            # 学史崇德: a name whose given-name part is an ordinary stop word
            if w[1:] in stop or w[2:] in stop and len(w) > 3:
                continue
            if w[0] not in lx["surnames"] and w[:2] not in lx["surnames"] and tags.get(w, "nr")[:2] != "nr":
                continue
            if "·" in w and (w.split("·")[0] in lx["admin_short"] or w.split("·")[0] in lx["admin"]):
                continue
            if not all(_is_han(c) or c == "·" for c in w):
                continue
        elif t == "LOCATION":
            # 淘宝村, 特色镇: a category of village or town, not a place
            if w[-1] in R["category_suffixes"] and len(w) >= 3 and tags.get(w[:-1], "") in R["category_stem_tags"] \
                    and w[:-1] not in lx["admin_short"]:
                continue
            # 和县|直部门: a conjunction + a level abbreviation before 直/级 is an adjective, no place
            if len(w) == 2 and w[0] in R["conjunctions"] and w[1] in R["place_abbreviations"] \
                    and text[e:e + 1] in R["level_adjective_chars"]:
                continue
        elif t == "ORGANIZATION":
            if _generic_menu_item(text, s, e):
                continue
            # a bare ending (人大, 宣讲团, 县委), a kind of body without its place (人民代表大会) or a
            # numbered session (县十八届人大) is not a name
            cut = _body_before_verb(w, lx, tags)
            if cut:
                e, w = s + cut, w[:cut]  # 团县委|组织青年…: a verb after a complete body starts the clause
            if w in lx["org_suffixes"] or (w[0] in R["place_abbreviations"] and w[1:] in R["bare_bodies"]) \
                    or w in R["generic_bodies"] or (w[:2] in R["level_words"] and w[2:] in R["generic_bodies"]) \
                    or _ORDINAL_BODY.match(w) \
                    or (len(w) >= 3 and w[0] in R["strong_one_char_endings"] and w[1:] in R["party_organs"]):
                continue  # (局党委, 院党组: a body's party organ named without the body)
        out.append([s, e, t])
    return out


_SESSION_TAIL = re.compile(r"第[0-9一二三四五六七八九十百]+届$")


def _non_body_places(text: str, spans: list[list]) -> list[list]:
    """An ORGANIZATION made of a place and no body is the place: 某县第五届 (运动会), 某某镇代表队.

    Run after the bodies are complete (a model span that began inside the place, 某山镇代表队, has got its head back)."""
    lx = _lex()
    R = _rules()
    out = []
    for s, e, t in spans:
        if t == "ORGANIZATION":
            place = _place_before_non_body(text[s:e], lx, R)
            if place:
                e, t = s + place, "LOCATION"
        out.append([s, e, t])
    return out


def _place_before_non_body(w: str, lx, R) -> int:
    """Length of the place that opens an ORGANIZATION span ending in no body: a numbered session
    (某县第五届 of 某县第五届运动会) or a place's team (某某镇代表队).  The place is a gazetteer name
    or ends in an administrative suffix (某某镇); 0 when the span is not of this kind."""
    m = _SESSION_TAIL.search(w)
    if m:
        stem = w[:m.start()]
    else:
        team = next((x for x in R["team_endings"] if w.endswith(x)), None)
        if team is None:
            return 0
        stem = w[:-len(team)]
    if len(stem) >= 2 and (stem in lx["admin"] or any(stem.endswith(x) for x in lx["admin_suffixes_sorted"])
                           and len(stem) >= 3):
        return len(stem)
    return 0


def _body_before_verb(w: str, lx, tags: dict) -> int:
    """Length of the body in an ORGANIZATION span that runs on into a verb: 团县委组织 (the model
    read the verb 组织 as part of the name) -> 团县委.  The span itself must end in no body ending
    (县委组织部 stays), the rest be one dictionary verb and the part before end in a body ending."""
    if _ends_with_org_suffix(w):
        return 0
    for k in (2, 3):
        head, verb = w[:-k], w[-k:]
        if len(head) >= 2 and tags.get(verb) == "v" and _ends_with_org_suffix(head):
            return len(head)
    return 0


_MENU_CHARS = re.compile(r"[\s>»|｜]")
_MENU_SEP = re.compile(r"\s*(?:[>»|｜]|\s{1,})\s*")


def _generic_menu_item(text: str, s: int, e: int) -> bool:
    """A website menu or breadcrumb item made of a common word and an ending (新闻中心, 管理团队).

    The line is a breadcrumb (首页 > 新闻中心 > 正文) or a row of at least three short items separated
    by spaces, and the item's stem before its ending is an ordinary dictionary word, not a name.
    """
    b = text.find("\n", e)
    items = _menu_items(text, text.rfind("\n", 0, s) + 1, b if b >= 0 else len(text))
    w = text[s:e]
    if not items or w not in items:
        return False
    tags = _word_tags()

    def common(x: str) -> bool:
        return x in tags and tags[x][:2] not in ("ns", "nr", "nt", "nz") and tags[x] != "j"

    # two ordinary words of 2+ characters each: 新闻|中心, 管理|团队 (not 人民|网, 新华|社)
    return any(common(w[:k]) and common(w[k:]) for k in range(2, len(w) - 1))


@lru_cache(maxsize=64)
def _menu_items(text: str, a: int, b: int) -> tuple[str, ...]:
    """The items of the line ``text[a:b]`` if it is a breadcrumb or a row of at least three short
    items separated by spaces, else none (cached: the mentions of one paragraph share its line)."""
    line = text[a:b].strip()
    if not _MENU_CHARS.search(line):
        return ()  # one item: neither a breadcrumb nor a row of items
    items = tuple(x for x in _MENU_SEP.split(line) if x)
    if not (re.search(r"\s[>»]\s", line) or (len(items) >= 3 and all(len(x) <= 8 for x in items))):
        return ()
    return items


@lru_cache(maxsize=4096)
def _org_suffix_len(w: str) -> int:
    """Length of the longest multi-character (or strong one-character) organization ending of ``w``.

    (Cached: the passes ask it again and again about the same few hundred names of a text.)"""
    lx = _lex()
    suffixes = lx["org_suffixes"]
    for ln in lx["org_suffix_lengths"]:  # longest first, one set lookup per length
        if ln <= len(w) and w[-ln:] in suffixes and (ln >= 2 or w[-1] in _rules()["strong_one_char_endings"]):
            return ln
    return 0


def _ends_with_org_suffix(w: str) -> bool:
    return _org_suffix_len(w) > 0


def _cuts_words(text: str, s: int, e: int, t: str) -> bool:
    """A model span that cuts ordinary words: 高|中国|家 (both edges), 红|军渡河 (a place cutting 红军)."""
    tags = _word_tags()
    w = text[s:e]
    left = s > 0 and text[s - 1:s + 1] in tags
    right = e < len(text) and text[e - 1:e + 1] in tags
    if e - s == 2 and left and right:
        return True
    if not (t == "LOCATION" and left and w not in tags and e - s >= 3):
        return False
    if s >= 2 and text[s - 2:s] in tags and _township_like(w, tags):
        return False  # 其中|龙亢镇: the character before closes a word of its own
    # (a known name or one that starts with a place is no cut; tested last, it is the slow test)
    return not ((w in tags and tags[w][:2] in ("ns", "nr", "nt")) or _starts_with_place(w))


def _township_like(w: str, tags: dict) -> bool:
    """``w`` reads as a township name: a 2-3 character stem that is no ordinary word, and a suffix
    that does not end an ordinary word (城镇, 下乡)."""
    suf = next((x for x in _rules()["township_suffixes"] if w.endswith(x)), None)
    if suf is None or not 2 <= len(w) - len(suf) <= 3:
        return False
    stem = w[:-len(suf)]
    names = _rules()["township_name_tags"]
    # (the stem's last character and the suffix may form a rare word, 口镇 of 某口镇, but not a common
    # one: 城镇, 下乡, 家乡)
    tail = w[-len(suf) - 1:]
    common_tail = _word_freq().get(tail, 0) >= _COMMON_TAIL if len(tail) == 2 else tail in tags
    return tags.get(stem, "ns") in names and tags.get(stem[:2], "ns") in names and not common_tail


# a word seen this often in jieba's dictionary is an ordinary word (城镇 2194, 下乡 439, 山乡 66), one
# seen less a chance join of a name's last character and its suffix (口镇 4, 关镇 8)
_COMMON_TAIL = 50


def _retype_and_extend(text: str, spans: list[list]) -> list[list]:
    """A LOCATION ending in an organization ending is an ORGANIZATION (沂南县文化馆); an
    ORGANIZATION whose first character ends a dictionary word starts with that word (交通|运输部)."""
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    loc_suf = lx["loc_suffixes"]
    admin_firsts = _admin_lengths()  # (a place name can only start with one of these)
    taken = _covered(spans, len(text))
    out = []
    for s, e, t in spans:
        w = text[s:e]
        if t == "LOCATION" and len(w) >= 3:
            for k in range(len(w) - 1, 0, -1):
                suf = w[k:]
                if suf in lx["org_suffixes"] and (suf not in loc_suf or suf in R["rule_endings"]) \
                        and len(w) - len(suf) >= 2 \
                        and (len(suf) >= 2 or suf in R["strong_one_char_endings"]):
                    t = "ORGANIZATION"
                    break
        if t == "LOCATION" and e < len(text) and not taken[e] and text[s] in admin_firsts and any(
                text[s:e + k] in lx["admin"] for k in (1, 2, 3) if e + k <= len(text)):
            # 金华|市民生: the model left the administrative suffix to the next word (but 南昌|市场)
            e2 = next(e + k for k in (3, 2, 1) if e + k <= len(text) and text[s:e + k] in lx["admin"])
            if text[e2 - 1:e2 + 1] not in tags or text[e2:e2 + 2] in tags:
                e = e2
                w = text[s:e]
        if _cuts_words(text, s, e, t):
            continue
        if t == "ORGANIZATION" and not _ends_with_org_suffix(w):
            # 县第二人民医院|门诊: the model ran past the ending into the next noun
            for k in range(1, 4):
                cut = e - k
                if cut - s >= 3 and _ends_with_org_suffix(text[s:cut]) and text[cut:e] not in lx["org_suffixes"] \
                        and (len(text[s:cut]) - _org_suffix_len(text[s:cut]) >= 2):
                    e = cut
                    break
        if t in ("ORGANIZATION", "LOCATION") and s > 0 and not taken[s - 1] and text[s - 1] in admin_firsts and any(
                text[s - 1:s + k] in lx["admin"] for k in range(2, min(e - s, 6) + 1)) \
                and not (text[s - 1] in R["conjunctions"] and text[s] in R["place_abbreviations"]):
            s -= 1  # 联合于都县: the model dropped the first character of a known place (but 某部和|县某办)
        elif t == "ORGANIZATION":
            model_start = s
            for back in (2, 3, 4):
                a = s - back
                if a < 0 or any(taken[a:s]) or not _all_han(text[a:s]):
                    break
                if any(text[a:s + m] in tags for m in (1, 2)) and text[a:s] not in lx["org_breakers"]:
                    s = a
                    break
            if s == model_start and s >= 1 and not taken[s - 1] and _is_han(text[s - 1]) and text[s - 1:s + 1] in tags \
                    and not any(text[s:s + k] in tags for k in (2, 3, 4)) and text[s - 1] not in lx["org_breakers"] \
                    and not (s >= 2 and text[s - 2:s] in tags) \
                    and not (text[s - 1] in R["conjunctions"] and text[s] in R["place_abbreviations"]):
                # (not 会同|县卫健委: 同 ends a word already; not 某部和|县某办)
                s -= 1  # 开|发区管委会, 冶金|工业部: the model cut the first word of the name (not 经|国务院)
        out.append([s, e, t])
    return out




def _zones(text: str, spans: list[list]) -> list[list]:
    """A development zone named after its place is one LOCATION: 某县|经济开发区, 某市|高新区.

    The place is a found LOCATION or a gazetteer name (full or short) right after a boundary; the
    zone word alone (开发区) is no name.  A found place before a site word (某某|景区, 某某|湿地) is
    one LOCATION with it as well.
    """
    lx = _lex()
    R = _rules()
    zone_ends = _zone_ends(text)
    if not zone_ends:
        return spans
    ends = {e: k for k, (_, e, t) in enumerate(spans) if t == "LOCATION"}
    all_ends = {e for _, e, _ in spans}
    taken = _covered(spans, len(text))
    out = [list(sp) for sp in spans]
    for p, b in sorted(zone_ends.items()):
        site = b < 0
        b = abs(b)
        if any(taken[p:b]):
            continue
        if p in ends:
            out[ends[p]][1] = b
            taken[p:b] = b"\x01" * (b - p)
            continue
        if site:
            continue
        for k in (4, 3, 2):
            a = p - k
            w = text[a:p]
            if a >= 0 and (w in lx["admin"] or w in lx["admin_short"]) and not any(taken[a:p]) \
                    and _after_boundary(text, a, all_ends):
                out.append([a, b, "LOCATION"])
                taken[a:b] = b"\x01" * (b - a)
                break
    return out


def _zone_ends(text: str) -> dict[int, int]:
    """Start -> end of the longest zone word starting there (开发区), or minus the end of the
    longest site word of two or more characters (景区, 湿地: only after a found place)."""
    zone_ends = _longest_at(_spans_of(text, "zone_suffixes"))
    site_ends = _longest_at((a, b) for a, b in _spans_of(text, "site_suffixes") if b - a >= 2)
    for p, b in site_ends.items():
        zone_ends.setdefault(p, -b)
    return zone_ends


def _longest_at(spans) -> dict[int, int]:
    """Start -> end of the longest of the occurrences ``spans`` starting there."""
    out: dict[int, int] = {}
    for a, b in spans:
        if b > out.get(a, a):
            out[a] = b
    return out


def _after_boundary(text: str, i: int, ends: set[int]) -> bool:
    """May a name start at ``i``: text start, a non-Han character, a function character
    (``在``, ``对``) or right where another mention ends?"""
    return i == 0 or not _is_han(text[i - 1]) or text[i - 1] in _lex()["leading"] or i in ends


def _townships(text: str, spans: list[list]) -> list[list]:
    """X镇 / X乡 / X街道 with a two- or three-character proper-name stem (新兴镇, 白石铺镇) after a boundary.

    A boundary is the text start, a non-Han or function character, the end of a mention, or the end
    of a dictionary word (其中|某某镇, 走访|某某乡) where the stem is no ordinary word; a model place
    that stops before its township suffix gets it back (某某滩|镇).  What depends on the text alone
    is worked out once per text (:func:`_township_candidates`; the pass runs twice).
    """
    tags = _word_tags()
    taken = _covered(spans, len(text))
    ends = {e for _, e, _ in spans}
    out = [list(sp) for sp in spans]
    loc_end = {e: k for k, (s, e, t) in enumerate(out) if t == "LOCATION" and 2 <= e - s <= 3}
    for p, e, stems in _township_candidates(text):
        if p in loc_end and not any(taken[p:e]) and text[e - 1:e + 1] not in tags and text[p:e + 1] not in tags:
            sp = out[loc_end[p]]  # 冷水滩|镇: the model left the township suffix off
            if text[sp[0]:e] not in tags:
                sp[1] = e
                taken[p:e] = b"\x01" * (e - p)
            continue
        for i, after_word, like in stems:
            boundary = _after_boundary(text, i, ends)
            word_boundary = not boundary and after_word
            if not (boundary or word_boundary) or any(taken[i:e]):
                continue
            if (p - i == 3 or word_boundary) and not like:
                continue  # 送戏下乡, 深化城镇: a three-character stem or one after a word must read as a name
            out.append([i, e, "LOCATION"])
            taken[i:e] = b"\x01" * (e - i)
            break
    return out


@lru_cache(maxsize=_TEXT_CACHE)
def _township_candidates(text: str) -> list[tuple[int, int, tuple[tuple[int, bool, bool], ...]]]:
    """Each township suffix two or more characters into ``text``, ascending: its start and end, and
    the stems before it (three characters, then two) that can name a township as far as the text
    alone tells -- each as its start, whether a dictionary word ends right before it
    (:func:`_after_word`) and whether stem and suffix read as a name (:func:`_township_like`;
    True where that is not asked: a two-character stem not after a word).
    Whether a stem follows a boundary and is free depends on the mentions found, so
    :func:`_townships` checks that."""
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    name_tags = R["township_name_tags"]
    out = []
    # a stem ends where a suffix starts: only those places are looked at
    for p, e in sorted(_longest_at(_spans_of(text, "township_suffixes")).items()):  # (the longest suffix at p)
        if p < 2:
            continue
        stems = []
        # 美丽乡|村: the suffix starts an ordinary word (but 某某乡|党委)
        if not (text[p:e + 1] in tags and not _org_suffix_at(text, e)):
            for k in (3, 2):
                i = p - k
                if i < 0:
                    continue
                stem = text[i:p]
                if not _all_han(stem) or not nm._NUMERALS.isdisjoint(stem) \
                        or (tags.get(stem) not in name_tags  # (花都街道: a dictionary place name may hold 都)
                            and not lx["breaker_or_leading_chars"].isdisjoint(stem)):
                    continue
                if (stem in tags and tags[stem] not in R["township_stem_tags"]) or stem in lx["stop"] \
                        or stem[-1] in R["place_abbreviations"]:
                    continue
                if text[i:e] in tags and tags[text[i:e]] != "ns":
                    continue  # 乡镇, 城乡 and other ordinary words
                if k == 3 and any(c in R["place_abbreviations"] for c in stem):
                    continue
                after_word = _after_word(text, i, tags)
                # (a two-character stem must read as a name only after a word: looked up only then)
                like = (k == 2 and not after_word) or _township_like(text[i:e], tags)
                stems.append((i, after_word, like))
        out.append((p, e, tuple(stems)))
    return out


def _township_heads(text: str, spans: list[list]) -> list[list]:
    """A township the model began one character late gets its first character back: 在石|龙坳镇 ->
    石龙坳镇, when the two-character stem is no word, the character before it follows a boundary
    and joins no word with it, and the three-character stem reads as a name."""
    R = _rules()
    lx = _lex()
    tags = _word_tags()
    ends = {e for _, e, _ in spans}
    starts = {s for s, _, _ in spans}
    out = []
    for s, e, t in spans:
        if t == "LOCATION" and s >= 1 and s - 1 not in ends:
            suf = next((x for x in R["township_suffixes"] if text.endswith(x, s, e)), None)
            i = s - 1
            c = text[i]
            if suf and e - s - len(suf) == 2 and _is_han(c) and _after_boundary(text, i, ends) \
                    and c not in lx["leading"] and c not in lx["org_breakers"] and c not in nm._NUMERALS \
                    and c not in R["place_abbreviations"] and text[s:e - len(suf)] not in tags \
                    and text[i:s + 1] not in tags and i not in starts and _township_like(text[i:e], tags):
                s = i
        out.append([s, e, t])
    return out


def _after_word(text: str, i: int, tags: dict) -> bool:
    """A dictionary word ends right before ``i`` (其中|, 走访|) and ``i`` does not continue it."""
    return i >= 2 and (text[i - 2:i] in tags or (i >= 3 and text[i - 3:i] in tags)) and text[i - 1:i + 1] not in tags




def _school_endings() -> str:
    return "|".join(map(re.escape, sorted(_rules()["school_number_endings"], key=len, reverse=True)))


@lru_cache(maxsize=1)
def _school_number_re() -> re.Pattern:
    """A school number and ending (一中, 十二小, 三职高)."""
    return re.compile(r"[一二三四五六七八九十]{1,2}(?:" + _school_endings() + ")")


_SCHOOL_DIGITS = "一二三四五六七八九十"


@lru_cache(maxsize=1)
def _school_number_index() -> _WordIndex:
    """The school numbers with their endings (一中, 十二小, 三职高), one or two digits: where one of
    them starts a number starts, overlapping starts (十一中, 一中) included."""
    endings = _rules()["school_number_endings"]
    return _WordIndex({a + e for a in _SCHOOL_DIGITS for e in endings}
                      | {a + b + e for a in _SCHOOL_DIGITS for b in _SCHOOL_DIGITS for e in endings})


@lru_cache(maxsize=1)
def _school_re() -> re.Pattern:
    """A school name at a position: a 1-2 character place stem, a number and an ending (the stem captured)."""
    return re.compile(r"(?=([\u4e00-\u9fff]{1,2})[一二三四五六七八九十]{1,2}(?:" + _school_endings() + "))")


def _numbered_schools(text: str, spans: list[list]) -> list[list]:
    """Schools named by place and number (县一中, 城北二中, 市三小) after a boundary, before a list/clause end."""
    # a school name starts one or two characters before a numbered ending: only there is the
    # name pattern tried (the same matches as scanning every position, at a fraction of the cost)
    numbers = {c for c, _ in _school_number_index().spans(text)}
    starts = sorted({c - k for c in numbers for k in (1, 2) if c >= k})
    out = list(spans)
    if not starts:
        return out
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    taken = _covered(spans, len(text))
    ends = {e for _, e, _ in spans}
    full = _school_number_re()
    for i in starts:
        m = _school_re().match(text, i)
        if not m:
            continue
        stem = m.group(1)
        if not _after_boundary(text, i, ends):
            continue
        tail = full.match(text, i + len(stem))
        if not tail:
            continue
        e = tail.end()
        if any(taken[i:e]) or not (e == len(text) or not _is_han(text[e]) or text[e] in R["name_end_chars"]) \
                or not nm._NUMERALS.isdisjoint(stem):
            continue  # 一老一小: a slogan of numbers, not a school
        if len(stem) == 1:
            ok = stem in R["place_abbreviations"]
        else:
            ok = (stem in lx["admin_short"] or tags.get(stem, "ns") in R["township_stem_tags"]) \
                and not not lx["breaker_or_leading_chars"].isdisjoint(stem)
        if ok:
            out.append([i, e, "ORGANIZATION"])
            for k in range(i, e):
                taken[k] = True
    return out


# a news dateline: agency or site name, optional place, date and 电/讯 (新华社北京3月5日电, X网12月2日电)
_DATELINE = re.compile(r"(?:^|(?<=[\s（(【]))([\u4e00-\u9fff]{2,4}(?:网|社|报|台))"
                       r"(?=[\u4e00-\u9fff]{0,6}[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日电"
                       r"|[\u4e00-\u9fff]{0,6}讯)", re.M)


_DATELINE_ENDS = ("日电", "讯")


def _dateline_orgs(text: str, spans: list[list]) -> list[list]:
    """The agency or site that opens a news dateline (中新网12月2日电, 某某日报讯) is an ORGANIZATION."""
    out = list(spans)
    # a dateline ends in 日电 or 讯 at most 20 characters after its start: the pattern is searched
    # only in the stretch before each of those (rare) words; the full-text match at each start found
    # gives the name (datelines cannot overlap: each starts after a space or a line start)
    found = set()
    for word in _DATELINE_ENDS:
        p = text.find(word)
        while p >= 0:
            found.update(m.start() for m in _DATELINE.finditer(text, max(0, p - 24), p + len(word)))
            p = text.find(word, p + 1)
    if not found:
        return out
    taken = _covered(spans, len(text))
    for a in sorted(found):
        m = _DATELINE.match(text, a)
        a, b = m.span(1)
        if not any(taken[a:b]) and text[a] != "本" and text[a:b] not in _lex()["stop"]:
            out.append([a, b, "ORGANIZATION"])
    return out


def _roads_and_sites(text: str, spans: list[list]) -> list[list]:
    """X路 / X大街 / X公园 … with a 2-4 character proper stem right after a boundary (宏业路, 滨河路)."""
    lx = _lex()
    R = _rules()
    tags = _word_tags()
    taken = _covered(spans, len(text))
    ends = {e for _, e, _ in spans}
    out = list(spans)
    n = len(text)
    # a 2-4 character stem ends where a suffix starts: only those places are looked at
    suffix_at = _starts_of(text, "site_suffixes")
    resume = 0  # positions before this one are inside a site just added
    for i in sorted({p - k for p in suffix_at for k in (2, 3, 4) if 0 <= p - k < n - 2}):
        if i < resume or not _after_boundary(text, i, ends) or taken[i]:
            continue
        hit = None
        for ln in (2, 3, 4):
            stem = text[i:i + ln]
            if len(stem) < ln or not _all_han(stem) or any(taken[i:i + ln]):
                break
            if not (lx["breaker_or_leading_chars"].isdisjoint(stem) and nm._NUMERALS.isdisjoint(stem)
                    and R["not_in_site_stem"].isdisjoint(stem)):
                break
            if any(tags.get(stem[:k], "").startswith("v") for k in (2, 3)):
                break  # 打造精品街, 涵盖道路: a clause, not a name
            suf = next((x for x in R["site_suffixes"] if text.startswith(x, i + ln)), None)
            if suf:
                e = i + ln + len(suf)
                whole = text[i:e]
                if any(taken[i:e]) or (whole in tags and tags[whole] != "ns") or stem in lx["stop"] \
                        or text[i + ln - 1:i + ln + len(suf)] in tags \
                        or (stem in tags and tags[stem] in ("v", "vn", "d", "a", "ad", "m", "q", "r", "p", "c")):
                    break
                hit = e
                break
        if hit:
            out.append([i, hit, "LOCATION"])
            resume = hit
    return out


def _person_sites(text: str, spans: list[list]) -> list[list]:
    """A person's former home or memorial site is a place: 某某某|故居 -> one LOCATION."""
    suffixes = _rules()["person_site_suffixes"]
    starts = {s for s, _, _ in spans}
    out = []
    for s, e, t in spans:
        if t == "PERSON" and e not in starts:
            suf = next((x for x in suffixes if text.startswith(x, e)), None)
            if suf:
                s, e, t = s, e + len(suf), "LOCATION"
        out.append([s, e, t])
    return out


def _merge_adjacent(text: str, spans: list[list]) -> list[list]:
    """A place or body directly followed by a body is one name (中国解放军, 共青团于都县委)."""
    lx = _lex()
    spans = sorted(spans)
    out: list[list] = []
    for sp in spans:
        if out and out[-1][1] == sp[0] and sp[2] == "ORGANIZATION" and out[-1][2] in ("LOCATION", "ORGANIZATION"):
            nxt = text[sp[0]:sp[1]]
            # keep 湖北省 | 枝江市人民政府 apart: the second body starts with its own place
            # (and 宁远县 | 清水桥镇党委: a township below the county starts its own body)
            starts_with_place = any(nxt[:k] in lx["admin"] for k in range(2, min(len(nxt), 8) + 1)) \
                or _starts_with_township(nxt)
            if out[-1][2] == "LOCATION" and starts_with_place:
                out.append(sp)
                continue
            if out[-1][2] == "ORGANIZATION" and not (starts_with_place or _starts_with_place(nxt)):
                out.append(sp)  # 新华网 | 联合国; but 共青团 + 于都县委 is one body
                continue
            out[-1] = [out[-1][0], sp[1], "ORGANIZATION"]
            continue
        out.append(sp)
    return out


@lru_cache(maxsize=1)
def _credit_re() -> re.Pattern:
    """A credit role and its colon (or spaces) at the head of a byline: 责任编辑：, 记者 , 审核:."""
    roles = sorted(_rules()["credit_roles"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, roles)) + r")(?:[ \t\u3000]*[：:][ \t\u3000]*|[ \t\u3000]+)")


_CREDIT_SEP = re.compile(r"[ \t\u3000]*[、，,/][ \t\u3000]*|[ \t\u3000]+")


def _role_matches(text: str) -> list[re.Match]:
    """What ``_credit_re().finditer(text)`` finds, matched only where a credit role word starts
    (found through the word index) instead of tried at every character."""
    roles = _credit_re()
    out = []
    end = 0
    for a in sorted(_starts_of(text, "credit_roles")):
        if a >= end:
            m = roles.match(text, a)
            if m:
                out.append(m)
                end = m.end()
    return out


def _credit_persons(text: str, spans: list[list]) -> list[list]:
    """Names in bylines and editor credits: （责任编辑：X）, 记者 X Y, 审核：X、Y.

    After a credit role word and a colon or spaces, each 2-3 character token that starts with a
    surname and ends at a non-Han character is a PERSON, as are the tokens listed after it with
    spaces, 、 or commas, until a token is not such a name (or is the next role).
    """
    found = _role_matches(text)
    out = list(spans)
    if not found:
        return out
    lx = _lex()
    sur = lx["surnames"]
    tags = _word_tags()
    taken = _covered(spans, len(text))
    roles = _credit_re()
    n = len(text)
    for m in found:
        i = m.end()
        while i < n:
            if roles.match(text, i):
                break
            end = None
            for ln in (3, 2, 4):
                b = i + ln
                w = text[i:b]
                if b <= n and (b == n or not _is_han(text[b])) and _all_han(w) \
                        and (w[0] in sur or w[:2] in sur) and (ln < 4 or w[:2] in sur) \
                        and w not in lx["stop"] and tags.get(w, "nr").startswith("nr") and not _org_suffix_at(w, ln - 1):
                    end = b
                    break
            if end is None:
                break
            if not any(taken[i:end]):
                out.append([i, end, "PERSON"])
                for k in range(i, end):
                    taken[k] = True
            sep = _CREDIT_SEP.match(text, end)
            if not sep:
                break
            i = sep.end()
    return out


@lru_cache(maxsize=1)
def _township_firsts() -> frozenset:
    return frozenset(suf[0] for suf in _rules()["township_suffixes"])


def _starts_with_township(w: str) -> bool:
    """``w`` starts with a 2-3 character stem and a township suffix and goes on (清水桥镇党委, 大同镇政府)."""
    R = _rules()
    for k in (2, 3):
        if w[k:k + 1] not in _township_firsts() or not any(w.startswith(suf, k) and len(w) > k + len(suf) for suf in R["township_suffixes"]):
            continue
        stem = w[:k]
        tag = _word_tags().get(stem)
        if all(_is_han(c) and c not in nm._NUMERALS for c in stem) \
                and (tag is None or tag in R["township_stem_tags"]):
            return True
    return False


def _title_persons(text: str, spans: list[list]) -> list[list]:
    """Names right after a title (村民焦玉莲) or right before an honorific (习近平总书记)."""
    lx = _lex()
    sur = lx["surnames"]
    tags = _word_tags()
    taken = _covered(spans, len(text))
    out = list(spans)

    def plausible(a: int, b: int) -> bool:
        w = text[a:b]
        if w[0] not in sur and w[:2] not in sur:
            return False
        if any(taken[a:b]) or not _all_han(w) or w in lx["stop"]:
            return False
        if "委" in w or _org_suffix_at(w, len(w) - 1) or w[-1] in _rules()["trailing_clause_chars"]:
            return False  # 县委书记, 公司的同志
        tag = tags.get(w)
        return tag is None or tag.startswith("nr")

    for b, _ in _occurrences(text, "titles_after"):
        for ln in (3, 2):
            a = b - ln
            if a >= 0 and (text[a] in sur or text[a:a + 2] in sur) and plausible(a, b):
                # prefer 3 only when the 2-char reading would start with a non-surname
                if ln == 3 and text[a + 1] in sur and not (a == 0 or not _is_han(text[a - 1])):
                    continue
                out.append([a, b, "PERSON"])
                for k in range(a, b):
                    taken[k] = True
                break
    for _, a in _occurrences(text, "titles"):
        if text[a:a + 1] not in sur and text[a:a + 2] not in sur:
            continue  # no name starts here (most titles: the first test of plausible, done once)
        for ln in (3, 2):
            b = a + ln
            if b <= len(text) and plausible(a, b) and (b == len(text) or text[b] in _rules()["name_end_chars"]
                                                        or not _is_han(text[b])):
                out.append([a, b, "PERSON"])
                for k in range(a, b):
                    taken[k] = True
                break
    return out


def _strip_titles(text: str, spans: list[list]) -> list[list]:
    """A PERSON span that starts with a title keeps only the name after it."""
    lx = _lex()
    titles = lx["titles_sorted"]
    heads = lx["title_heads"]
    out = []
    for s, e, t in spans:
        if t == "PERSON" and text[s:s + 2] in heads:
            for ttl in titles:
                if text.startswith(ttl, s) and e - s - len(ttl) >= 2:
                    s += len(ttl)
                    break
        out.append([s, e, t])
    return out


def _enumerated_names(text: str, spans: list[list]) -> list[list]:
    """Names listed with 、 next to a found PERSON (孙凤娥、邢磊、侯鑫月) are PERSONs too."""
    lx = _lex()
    sur = lx["surnames"]
    taken = _covered(spans, len(text))
    out = list(spans)
    persons = sorted((s, e) for s, e, t in spans if t == "PERSON")
    for s, e in persons:
        # forward
        i = e
        while i < len(text) and text[i] == "、":
            cand = _name_candidate(text, i + 1, sur, taken)
            if not cand:
                break
            out.append([i + 1, cand, "PERSON"])
            for k in range(i + 1, cand):
                taken[k] = True
            i = cand
        # backward
        j = s
        while j > 0 and text[j - 1] == "、":
            found = None
            for ln in (3, 2):
                a = j - 1 - ln
                if a >= 0 and text[a] in sur and _all_han(text[a:j - 1]) \
                        and not any(taken[a:j - 1]) and (a == 0 or not _is_han(text[a - 1]) or text[a - 1] == "、"
                                                          or (a >= 2 and text[a - 2:a] in lx["titles"])
                                                          or text[a - 1] in "和与及"):
                    found = a
                    break
            if found is None:
                break
            out.append([found, j - 1, "PERSON"])
            for k in range(found, j - 1):
                taken[k] = True
            j = found
    return out




def _name_candidate(text: str, i: int, sur, taken) -> int | None:
    """End of a 2-3 character name starting at ``i`` and followed by a list/clause boundary."""
    for ln in (2, 3):
        e = i + ln
        if e > len(text) or text[i] not in sur or any(taken[i:e]) or not _all_han(text[i:e]):
            continue
        if e == len(text) or text[e] in _rules()["name_end_chars"] or not _is_han(text[e]):
            return e
    return None


@lru_cache(maxsize=1)
def _list_close_re() -> re.Pattern:
    """等 + optional number, classifier and short qualifier (8个A级) + a place category (景区, 村, 地)."""
    cats = "|".join(map(re.escape, sorted(_rules()["list_place_categories"], key=len, reverse=True)))
    quals = "|".join(map(re.escape, sorted(_rules()["list_qualifiers"], key=len, reverse=True)))
    return re.compile(r"等(?:[0-9一二三四五六七八九十百千]+[个处座]?[A-Za-z0-9\u4e00-\u9fff]{0,4}?|" + quals
                      + ")?(?:" + cats + ")")


def _listed_places(text: str, spans: list[list]) -> list[list]:
    """Items of a list closed by a place category are places: 甲、乙、丙等8个A级景区, 甲、乙等地.

    Each item (2-4 Han characters, or a found mention) becomes a LOCATION if it was untagged or
    tagged PERSON; a list holding an ordinary word (企业、学校等地) is left alone.
    """
    if "等" not in text:
        return spans
    tags = _word_tags()
    lx = _lex()
    names = _rules()["township_name_tags"]
    by_end = {}
    for k, (s, e, t) in enumerate(spans):
        by_end.setdefault(e, k)
    out = [list(sp) for sp in spans]
    add = []
    for m in _list_close_re().finditer(text):
        if m.end() < len(text) and text[m.end() - 1:m.end() + 1] in tags:
            continue  # 等地方, 等村民: the category starts another word
        items, j = [], m.start()
        while True:
            if j in by_end:
                a = out[by_end[j]][0]
            else:
                a = j
                while a > 0 and j - a < 4 and _is_han(text[a - 1]) and text[a - 1] not in lx["leading"] \
                        and text[a - 1] != "、":
                    a -= 1
                if j - a >= 2 and a > 0 and _is_han(text[a - 1]) and text[a - 1] not in lx["leading"]:
                    # 建成|甲、乙等…: the first item may follow the verb that opens the list
                    a = next((k for k in range(max(a, 2), j - 1) if tags.get(text[k - 2:k], "")[:1] == "v"), a)
                if j - a < 2 or (a > 0 and _is_han(text[a - 1]) and text[a - 1] not in lx["leading"]
                                 and not (a >= 2 and tags.get(text[a - 2:a], "")[:1] == "v")):
                    break  # no item, or it runs on into the clause
            items.append((a, j))
            if a > 0 and text[a - 1] == "、":
                j = a - 1
            else:
                break
        if len(items) < 2:
            continue
        if any(j not in by_end and text[a:j] in tags and tags[text[a:j]][:2] not in names for a, j in items):
            continue  # 企业、学校等地: ordinary words
        for a, j in items:
            k = by_end.get(j)
            if k is not None and out[k][0] == a:
                if out[k][2] == "PERSON":
                    out[k][2] = "LOCATION"
            elif not any(sp[0] < j and a < sp[1] for sp in out):
                add.append([a, j, "LOCATION"])
    return out + add


_HEADING_PLACE = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff]{2,6})(?=[：:])", re.M)


def _heading_places(text: str, spans: list[list]) -> list[list]:
    """A place name (full or short) opening a line before a colon is a LOCATION: the headline style
    ``某某：全力推进…`` and ``某某县：…`` of county news."""
    # (a match is tried only where a line holding a colon starts: what finditer finds)
    found = [m for m in (_HEADING_PLACE.match(text, a) for a in _colon_line_starts(text)) if m is not None]
    out = list(spans)
    if not found:
        return out
    lx = _lex()
    tags = _word_tags()
    taken = _covered(spans, len(text))
    for m in found:
        a, b = m.span(1)
        w = text[a:b]
        if (w in lx["admin"] or w in lx["admin_short"]) and not any(taken[a:b]) \
                and tags.get(w, "ns")[:1] not in ("v", "a", "d", "c", "p", "r", "m"):  # (not 同心：)
            out.append([a, b, "LOCATION"])
    return out


def _colon_line_starts(text: str) -> list[int]:
    """Where the lines holding a colon (： or :) start, ascending: a heading before a colon can only
    open one of them (a report has a hundred lines and two colons)."""
    starts = set()
    for colon in "：:":
        q = text.find(colon)
        while q >= 0:
            starts.add(text.rfind("\n", 0, q) + 1)
            q = text.find(colon, q + 1)
    return sorted(starts)


def _regions(text: str, spans: list[list]) -> list[list]:
    """Economic regions named without an administrative suffix (长三角, 京津冀) are LOCATIONs."""
    found = _spans_of(text, "regions")
    regions = {text[a:b] for a, b in found}
    if not found:
        return spans
    tags = _word_tags()
    taken = _covered(spans, len(text))
    out = list(spans)
    for a, b in _in_word_order(text, found, {w: -len(w) for w in regions}):  # longest first
        if not any(taken[a:b]) and not _inside_word(text, a, b, tags):
            out.append([a, b, "LOCATION"])
            taken[a:b] = b"\x01" * (b - a)
    return out


def _inside_word(text: str, a: int, b: int, tags: dict) -> bool:
    """``text[a:b]`` is part of a longer dictionary word (一|京津|冀 is not, 新华|社 is)."""
    return any(text[x:y] in tags for x in range(max(0, a - 2), a + 1) for y in range(b, min(len(text), b + 2) + 1)
               if (x, y) != (a, b))


def _short_names(text: str, spans: list[list]) -> list[list]:
    """A place named in full once (某某县) is also meant by its short name elsewhere (建设新某某).

    Only a short name of two or more characters from the gazetteer, not inside a found mention and
    not part of a longer dictionary word.
    """
    lx = _lex()
    shorts = set()
    for s, e, t in spans:
        if t not in ("LOCATION", "ORGANIZATION"):
            continue
        # the place itself or the place a body is named after (某某县人民法院)
        w = next((text[s:s + k] for k in range(min(e - s, 8), 1, -1) if text[s:s + k] in lx["admin"]), None)
        if w:
            for suf in lx["admin_suffixes_sorted"]:
                short = w[:-len(suf)]
                if w.endswith(suf) and len(short) >= 2 and short in lx["admin_short"]:
                    shorts.add(short)
                    break
    tags = _word_tags()
    # (a short name that is also an ordinary word, 解放 of 解放区, is not taken on its own)
    shorts = {w for w in shorts if tags.get(w, "ns")[:2] in ("ns", "nr", "nz", "j")}
    if not shorts:
        return spans
    taken = _covered(spans, len(text))
    out = list(spans)
    for a, b in _in_word_order(text, _find_words(text, shorts), {w: -len(w) for w in shorts}):
        if not any(taken[a:b]) and not _inside_word(text, a, b, tags):
            out.append([a, b, "LOCATION"])
            taken[a:b] = b"\x01" * (b - a)
    return out


def _propagate(text: str, spans: list[list]) -> list[list]:
    """Other mentions of a PERSON/LOCATION/ORGANIZATION string found once are mentions too."""
    names = {}
    for s, e, t in spans:
        if e - s >= 2 and t != "WORK":
            names.setdefault(text[s:e], t)
    if not names:
        return spans
    taken = _covered(spans, len(text))
    tags = _word_tags()
    out = list(spans)
    order = sorted(names, key=len, reverse=True)
    by_start = {sp[0]: sp for sp in out}
    for a, b in _in_word_order(text, _find_words(text, names), {w: k for k, w in enumerate(order)}):
        t = names[text[a:b]]
        if not any(taken[a:b]) and not _glued_mention(text, a, b, t, tags):
            out.append([a, b, t])
            taken[a:b] = b"\x01" * (b - a)
        elif not taken[a] and taken[b - 1]:
            # 某|某岭林场 where 某某岭 was found elsewhere: a mention that starts inside the name and
            # runs past it lost the name's head; it gets it back
            k = next((k for k in range(a + 1, b) if taken[k]), b)
            sp = by_start.get(k)
            if sp is not None and sp[1] > b and sp[2] != "PERSON" and b - k >= 2 and t == "LOCATION":
                # (at least two shared characters: 武汉 found elsewhere does not turn 汉阳 into 武汉阳)
                sp[0] = a
                taken[a:k] = b"\x01" * (k - a)
    return out


def _find_words(text: str, words) -> list[tuple[int, int]]:
    """``(start, end)`` of every occurrence of a few words (one document's names), overlaps
    included, as :class:`_WordIndex` gives them: by end, longest first at one end (callers regroup
    them word by word with :func:`_in_word_order`; words of equal rank keep this order, leftmost
    first -- the former search per last character grouped them in the set's order, which
    varied with the hash seed).

    An index of the words is built for this text alone: its table of final character pairs is
    looked up in the text's pair hashes, shared with the word lists' scans.
    """
    return _WordIndex(words).spans(text)


def _glued_mention(text: str, a: int, b: int, t: str, tags: dict) -> bool:
    """A two-character name inside an ordinary word is no mention of it."""
    if b - a != 2:
        return False
    if t != "PERSON":
        # 发展中国家: not the country (but 中共|党员 keeps the party)
        return any(text[x:y] in tags and tags[text[x:y]][:2] not in ("ns", "nt")
                   for x in range(max(0, a - 3), a) for y in range(b, min(len(text), b + 3) + 1))
    # 王强|调: a short name glued into an ordinary word
    return (a > 0 and text[a - 1:a + 1] in tags) or (b < len(text) and text[b - 1:b + 1] in tags)


def _works(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORK_RE.finditer(text)]


def find_entities(text: str) -> list[dict]:
    """Entities in ``text``.

    text: NORMALIZED text (simplified script, pinyin annotations already removed, full-width folded).
    Returns ``[{"start", "end", "type"}]``, offsets into ``text``, half-open, sorted by start, flat
    longest mentions that do not overlap, except that a PERSON inside a WORK title is also reported.
    """
    if not text:
        return []
    works = _works(text)
    work_spans = [[a, b, "WORK"] for a, b in works]
    spans = _model_spans(text)
    # inside a title only PERSON survives (found again below); spans crossing a bracket are dropped
    spans = [sp for sp in spans if not any(sp[0] < b and a < sp[1] for a, b in works)]
    spans = _strip_leading(text, _trim(text, spans))
    spans = _strip_titles(text, spans)
    spans = _split_admin_chain(text, spans)
    spans = _filter_spans(text, spans)
    spans = _gazetteer_locations(text, spans + work_spans)
    spans = [sp for sp in spans if sp[2] != "WORK"]
    spans = _split_joined_bodies(text, _retype_and_extend(text, spans))
    spans = _zones(text, _merge_adjacent(text, spans))
    # townships first, so that a body after one is one name (X镇中心幼儿园, X镇人民政府)
    spans = [sp for sp in _townships(text, spans + work_spans) if sp[2] != "WORK"]
    spans = _flatten(_trim(text, _extend_orgs(text, spans)))
    spans = _filter_spans(text, _split_place_chain_bodies(text, _organ_before_role(text, spans)))
    spans = _non_body_places(text, spans)
    spans = _township_heads(text, _townships(text, spans + work_spans))
    spans = _roads_and_sites(text, spans)
    spans = _numbered_schools(text, spans)
    spans = _dateline_orgs(text, spans)
    spans = _person_sites(text, _title_persons(text, spans))
    spans = _credit_persons(text, spans)
    spans = _enumerated_names(text, spans)
    spans = _propagate(text, _short_names(text, _listed_places(text, _regions(text, _heading_places(text, spans)))))
    spans = _zones(text, spans)  # (again: places found by the passes after the first one)
    spans = [sp for sp in spans if sp[2] != "WORK"]
    spans = _flatten(spans + work_spans + _persons_in_works(text, works))
    return [{"start": s, "end": e, "type": t} for s, e, t in spans]


def _title_name(inner: str) -> tuple[int, int] | None:
    """A title that is one word plus a name (缅怀|王权, 英烈|胡春航) or a name plus one verb (李广|回乡)."""
    lx = _lex()
    tags = _word_tags()
    sur = lx["surnames"]

    def is_name(w: str) -> bool:
        tag = tags.get(w)
        return (2 <= len(w) <= 3 and (w[0] in sur or w[:2] in sur) and _all_han(w)
                and (tag is None or tag.startswith("nr")) and w not in lx["stop"])

    for k in (2, 3, 4):
        head, tail = inner[:k], inner[k:]
        known_head = head in tags and not tags[head].startswith("nr")
        # 缅怀|王权 (a dictionary word before the name) or 红嫂|明德英 (any head before a 3-character name)
        if (known_head or (len(tail) == 3 and _all_han(head))) and is_name(tail):
            return k, len(inner)
    for k in (2, 3):
        head, tail = inner[:k], inner[k:]
        if is_name(head) and tail in tags and tags[tail].startswith("v"):
            return 0, k
    return None


def _persons_in_works(text: str, works) -> list[list]:
    """PERSON mentions inside 《》 titles (《缅怀王权》 holds 王权), found by the model on the title alone."""
    out = []
    for a, b in works:
        inner = text[a + 1:b - 1]
        for s, e, t in _model_spans(inner):
            if t == "PERSON":
                out.append([a + 1 + s, a + 1 + e, t])
        for s, e, t in _title_persons(inner, []):
            out.append([a + 1 + s, a + 1 + e, t])
        name = _title_name(inner)
        if name:
            ns, ne = a + 1 + name[0], a + 1 + name[1]
            out = [sp for sp in out if sp[1] <= ns or sp[0] >= ne]  # the title's structure wins over the model
            out.append([ns, ne, "PERSON"])
    return _filter_spans(text, _flatten(out))


def _flatten(spans: list[list]) -> list[list]:
    """Sorted, duplicate-free, non-overlapping (longest first), keeping PERSONs nested in a WORK."""
    # (one stable sort decides: spans it ties -- same start and end, types other than WORK -- keep
    # the order the passes found them in; a set's order would make the winner depend on the
    # process's string hash seed)
    spans = list(dict.fromkeys(map(tuple, spans)))
    works = [sp for sp in spans if sp[2] == "WORK"]
    chosen: list[tuple] = []
    taken = bytearray(max((sp[1] for sp in spans), default=0))
    for sp in sorted(spans, key=lambda sp: (sp[2] != "WORK", -(sp[1] - sp[0]), sp[0])):
        s, e, t = sp
        if works and t == "PERSON" and any(w[0] < s and e < w[1] for w in works):
            chosen.append(sp)
            continue
        if e > s and any(taken[s:e]):
            continue
        chosen.append(sp)
        if e > s:
            taken[s:e] = b"\x01" * (e - s)
    return [list(sp) for sp in sorted(chosen)]
