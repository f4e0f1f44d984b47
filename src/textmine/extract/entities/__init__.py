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
* Report constructions (generalization round 5, a fresh unseen set): a level abbreviation + 局
  (市局, 区局) is a bare reference; a village's 驻村工作队 is the village; a party organ + role is
  cut before the longest mention is chosen (市|市场监管局党组书记); an ending before the noun it
  qualifies (副中心|城市) ends no body; an ordinary word + a character opening a noun (服务团|队) is
  no body; a township and a village in one span are two places; a function character opening a
  word after 、 belongs to the list item (、和平街道); a name candidate does not cut a title (由|第一书记);
  a byline token completes a short model name; a name before 全集/文集/传 … in 《》 is a PERSON, and
  persons named in titles are found at their other mentions; a river's section named by a place
  (长江某某段) is the river and the place, and lists closed by 等 + a river category are places; a
  short unknown site name may follow a verb (抓好|某某水库); a model span begun inside a clause word
  (联|合) starts after it; a quoted name after a verb of holding (举办“某某读书会”) is an event, at
  all its mentions; a national body starts at 国家 (国家|市场|监督管理总局); a model place ending in
  an attributive ending keeps the place (长三角中心|城市 -> 长三角); a listed township's stem may be a
  dictionary proper noun (、和平街道).

All word lists live in ``textmine/data/gazetteer``.

Speed: the passes do not rescan the text each for its own words.  The code points and the hash of
every adjacent character pair are computed once per text (numpy), and each word list is found by
one table lookup over them (:class:`.wordindex._WordIndex`); what a pass derives from the text
alone (township stems, where organization endings start) is cached per text too, and each pass
then looks only at its few candidate positions.  ``tests/test_entity_scans.py`` keeps the plain
version of every rewritten scan and pass and checks that both agree.

Layout: this module runs the passes in their order (:func:`find_entities`); each pass lives in
the module named for what it finds, over shared helpers below them (a pass imports helpers,
never another pass's module, except that the titles' persons reuse the clean-up):

* :mod:`.lexicons` -- the gazetteer word lists, ``rules.toml`` and jieba's tags and frequencies,
  read once per process; Han-character tests.
* :mod:`.wordindex` -- the per-text index: pair hashes, :class:`._WordIndex`, the occurrences of
  each word list in a text, the coverage mask of found spans.
* :mod:`.shapes` -- predicates on words that several passes ask (ends in an organization ending,
  starts with a place or a township, reads as a township, follows a boundary).
* :mod:`.cleanup` -- the model's spans; trimming, filtering, retyping, propagation, flattening.
* :mod:`.places` -- administrative names, gazetteer places, headings, regions, listed places,
  short names, a person's former home.
* :mod:`.bodies` -- organization names from a place and an ending; bodies split and merged;
  dateline agencies.
* :mod:`.localities` -- townships, development zones, roads and sites, numbered schools.
* :mod:`.persons` -- titles stripped, names by titles, credits and enumerations, names in 《》.

A test that replaces a helper must patch it in the module that calls it (a patch on this package
does not reach a call made inside a submodule); ``tests/test_entity_scans.py`` shows how.
"""
from __future__ import annotations

import re

from .cleanup import (
    _complete_endings, _filter_spans, _flatten, _model_spans, _propagate, _reach_level, _reach_word_start,
    _retype_and_extend, _strip_leading, _trim, _verb_across_end,
)
from .places import (
    _doctrine_places, _gazetteer_locations, _heading_places, _listed_places, _listed_short_places, _route_stops, _renamed_divisions, _person_sites, _regions, _river_sections, _special_region_places,
    _short_names, _split_admin_chain,
)
from .bodies import (
    _airports_of_places, _body_cut_inside_place, _bracketed_place_bodies, _campuses, _rail_lines_and_stations, _rail_stations, _chained_bodies, _defined_aliases, _dateline_orgs, _extend_orgs, _held_events, _listed_body_heads, _merge_adjacent, _units_before_their_heads, _units_under_bodies, _national_bodies, _non_body_places,
    _district_before_university, _organ_before_role, _split_extended_joins, _joined_after_body, _joined_field_schools, _split_joined_bodies, _body_stems, _split_place_chain_bodies,
    _registered_companies, _national_parks,
)
from .brands import national_brands
from .regional_bodies import special_region_bodies
from .media import media_names
from .species import species_names
from .landforms import named_landforms
from ...segment import pos_tokens
from .localities import (
    _cut_place_endings, _listed_divisions, _name_after_division, _numbered_schools, _ordinal_bodies, _parks, _place_extensions, _venues,
    _place_heads, _place_sites,
    _bodies_before_townships, _roads_and_sites, _stem_named_units, _township_bodies, _township_heads, _township_of_name, _townships,
    _village_lists, _villages_after_townships, _zones,
)
from .persons import (
    _credit_persons, _doctrine_bodies, _doctrine_persons, _enumerated_names, _given_name_completed, _persons_listed_with_places, _persons_in_works,
    _storm_names, _strip_titles, _things_named_like_persons, _title_persons, _township_persons,
)

# helpers that tests and tools import from the package itself (they live in the submodules)
from .lexicons import _all_han, _is_han, _lex, _rules, _word_tags  # noqa: F401
from .wordindex import (  # noqa: F401
    _covered, _find_words, _in_word_order, _occurrences, _spans_of, _starts_of, _word_index, _WordIndex,
)
from .shapes import (  # noqa: F401
    _after_boundary, _after_word, _ends_with_org_suffix, _inside_word, _org_suffix_at, _org_suffixes_by_first,
    _township_like,
)
from .cleanup import TYPE_NAMES, _generic_menu_item, _MENU_CHARS, _MENU_SEP  # noqa: F401
from .places import _colon_line_starts, _HEADING_PLACE  # noqa: F401
from .bodies import _ending_starts, _last_ending_start, _org_end, _within_reach_of_ending  # noqa: F401
from .localities import _school_number_re, _school_re, _zone_ends  # noqa: F401
from .persons import _credit_re, _CREDIT_SEP, _role_matches  # noqa: F401

_WORK_RE = re.compile(r"《[^《》\n]{1,80}》")


def _works(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORK_RE.finditer(text)]


def _work_person_mentions(text: str, spans: list[list], in_works: list[list]) -> list[list]:
    """Other mentions, outside any title, of the persons named inside 《》 titles (《某某与某地》 and
    the exhibition “某某与某地”): the names found inside titles propagate like every other name."""
    names = {text[s:e] for s, e, t in in_works if t == "PERSON" and e - s >= 2}
    if not names:
        return []
    known = {tuple(sp) for sp in spans}
    return [sp for sp in _propagate(text, spans + in_works)
            if sp[2] == "PERSON" and text[sp[0]:sp[1]] in names and tuple(sp) not in known
            and sp not in in_works]


def find_entities(text: str, tokens=None) -> list[dict]:
    """Entities in ``text``.

    text: NORMALIZED text (simplified script, pinyin annotations already removed, full-width folded).
    tokens: the segment stage's ``(word, start, end, pos)`` of ``text``; tagged here with jieba-rs when
    not given.
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
    spans = _strip_leading(text, _reach_word_start(text, _complete_endings(text, _trim(text, spans))))
    spans = _verb_across_end(text, _reach_level(text, spans))
    spans = _body_cut_inside_place(text, _strip_titles(text, spans))
    spans = _split_admin_chain(text, spans)
    spans = _filter_spans(text, spans)
    spans = _gazetteer_locations(text, spans + work_spans)
    spans = [sp for sp in spans if sp[2] != "WORK"]
    spans = _split_joined_bodies(text, _retype_and_extend(text, spans))
    spans = _zones(text, _merge_adjacent(text, spans))
    # townships first, so that a body after one is one name (X镇中心幼儿园, X镇人民政府)
    spans = [sp for sp in _townships(text, _bodies_before_townships(text, spans) + work_spans) if sp[2] != "WORK"]
    # (split again once extended: the model's span may stop inside the second body, 某科协联合镇农业服)
    spans = _verb_across_end(text, _extend_orgs(text, spans))
    spans = _flatten(_trim(text, _organ_before_role(text, _split_extended_joins(text, _joined_after_body(text, spans)))))
    spans = _body_cut_inside_place(text, spans)  # (again, for bodies the passes above extended)
    spans = _filter_spans(text, _split_place_chain_bodies(text, _organ_before_role(text, spans)), final=True)
    spans = _non_body_places(text, spans)
    spans = _listed_divisions(text, _township_heads(text, _townships(text, spans + work_spans)))
    spans = _stem_named_units(text, _township_bodies(text, _village_lists(text, _villages_after_townships(text, spans))))
    spans = _roads_and_sites(text, _cut_place_endings(text, spans))
    spans = _ordinal_bodies(text, _numbered_schools(text, spans))
    spans = _body_stems(text, _national_bodies(text, _dateline_orgs(text, spans)))
    spans = _person_sites(text, _title_persons(text, spans))
    spans = _doctrine_bodies(text, _doctrine_persons(text, _doctrine_places(text, _credit_persons(text, spans))))
    spans = _enumerated_names(text, _given_name_completed(text, spans))
    spans = _held_events(text, _listed_body_heads(text, _units_before_their_heads(text, spans)))
    spans = _propagate(text, _short_names(text, _listed_short_places(text, _renamed_divisions(text, _listed_places(text, _route_stops(text, _river_sections(text, _special_region_places(text, _regions(text, _heading_places(text, spans))))))))))
    spans = _zones(text, _township_of_name(text, _persons_listed_with_places(text, spans)))  # (again: places found by the passes after the first one)
    spans = national_brands(text, media_names(text, _name_after_division(text, _parks(text, _place_sites(
        text, _venues(text, _place_extensions(text, spans)))))))
    spans = _units_under_bodies(text, _defined_aliases(
        text, special_region_bodies(text, _registered_companies(text, spans))))
    spans = _chained_bodies(text, _campuses(text, _place_heads(text, _joined_field_schools(text, spans))))
    spans = _national_parks(text, spans)
    spans = _rail_lines_and_stations(text, _rail_stations(text, _airports_of_places(text, _bracketed_place_bodies(text, spans))))
    spans = [sp for sp in _township_persons(text, _storm_names(text, _district_before_university(text, spans)))
             if sp[2] != "WORK"]
    spans = _things_named_like_persons(text, spans)
    spans = species_names(text, named_landforms(text, spans, pos_tokens(text, "rjieba") if tokens is None else tokens))
    in_works = _persons_in_works(text, works)
    spans = _flatten(spans + work_spans + in_works + _work_person_mentions(text, spans + work_spans, in_works))
    return [{"start": s, "end": e, "type": t} for s, e, t in spans]
