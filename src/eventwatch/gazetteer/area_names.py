"""Regions and districts written with their type word: "X Department" and "Usulutan and Morazan
departments" make a spotted name a region; "North Waziristan" (our own list of areas) and
"Punjwai district" (a name and a type word) are districts the data lacks, kept by name and placed
at their country."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from eventwatch.gazetteer.build import load_resource
from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.iso_units import countries_with_units, unit_for, unit_place
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.name_trie import trie_pattern
from eventwatch.gazetteer.neighbours import adjacent, spaced, word_after, word_before
from eventwatch.gazetteer.people import area_in_person_name
from eventwatch.gazetteer.spot_rules import LOCATIVES, SPOTTING, Rules
from eventwatch.resources import alternation

_WORD = re.compile(r"\w+")
# conjunctions of a list of places (English and Spanish): grammar, kept in code
_JOIN = re.compile(r"^\s*(,|and|y|&)\s*$", re.IGNORECASE)
# "of" after a locality word: "the Sinai city of ..." (grammar, kept in code)
_OF_AFTER = re.compile(r"\s+of\b")
_TOWN_WORDS = frozenset(SPOTTING["town_words"])
# a canton is a first-level region in some countries and a rural part of a municipality in others
_SUB_MUNICIPAL = frozenset(SPOTTING["sub_municipal_words"])
# between the words of a listed area's name: spaces, or the hyphen or apostrophe the name is
# written with ("Al-Ahsa", "Donga-Mantung", "Jema'a"), all of which fold to a space in its key
_NAME_GAP = r"(?:\s+|\s*[-‐‑–'’]\s*)"
# "Punjwai district", "Bajaur Agency", "Sabaa Al Bour Sub-district": capitalised words, then an
# administrative type word (``area_types``, written capitalised or not)
AREA = re.compile(
    r"\b((?:[A-Z][\w'’-]+ ){1,3}?)(?:"
    + "|".join(re.escape(form) for w in SPOTTING["area_types"] for form in (w[0].upper() + w[1:], w))
    + r")\b(?!\s+stores?\b)"
)


@cache
def known_areas() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Areas of ``aliases.yaml`` (folded name -> country code) and the pattern that finds them."""
    areas: dict[str, str] = {}
    for cc, names in (load_resource("aliases.yaml").get("areas") or {}).items():
        for name in names:
            areas[fold_key(name)] = cc
    if not areas:
        return areas, None
    # the type word, when written, is part of the name ("Bajaur Agency", "Sangin district")
    pattern = (
        r"\b(?:"
        + trie_pattern(areas, _NAME_GAP)
        + r")(?:\s+(?:"
        + alternation(SPOTTING["area_types_after_alias"])
        + r"))?\b"
    )
    return areas, re.compile(pattern, re.IGNORECASE)


def extend(index: Index, r: Rules, text: str, mentions: list[PlaceMention]) -> None:
    """ "X Department", "X Jurisdiction", "Usulutan and Morazan departments": a region word after
    a name makes it a region, a locality word after it a town."""
    idx = index
    for n, m in enumerate(mentions):
        if m.kind not in ("place", "admin1"):
            continue
        word, sep, word_end = word_after(text, m.end)
        if word is None or sep.strip() != "":
            continue
        if n + 1 < len(mentions) and mentions[n + 1].start < word_end:
            continue
        low = word.lower()
        sub = low in _SUB_MUNICIPAL and _after_locative(text, m.start)
        if low in r.region_words and not (sub and not _unit_of(idx, m, low)):
            to_admin1(idx, m, f"{m.text} {word}")
            m.end = word_end
            m.text = text[m.start : m.end]
            if low.endswith("s"):
                k = n
                while k > 0 and _JOIN.match(text[mentions[k - 1].end : mentions[k].start]):
                    to_admin1(idx, mentions[k - 1])
                    k -= 1
        elif low in r.locality_words:
            if (
                low in _TOWN_WORDS
                and _OF_AFTER.match(text, word_end)
                and any(idx.kind_of(i) == "admin1" for i in m.ids)
            ):
                # "the northern Sinai city of al-Arish": the region qualifies the town named
                # after "of" and is no town called "Sinai city" ("Mon district of Nagaland"
                # is the district: a district word names the unit before it)
                continue
            towns = [i for i in m.ids if idx.kind_of(i) == "place"]
            if towns:
                m.ids, m.kind = towns, "place"
            if sub and m.kind == "place":
                m.cued = True  # a small place here: a namesake abroad yields to the report's country
            m.end = word_end
            m.text = text[m.start : m.end]


def _after_locative(text: str, start: int) -> bool:
    """Whether a locative ("in", "at", "near") stands right before the name at ``start``: "IN EL
    NARANJO CANTON" says where, "THE EL PINO CANTON CIVIL DEFENSE" names a body."""
    prev, sep, _ = word_before(text, start)
    return prev is not None and spaced(sep) and prev.lower() in LOCATIVES


def _unit_of(index: Index, m: PlaceMention, word: str) -> bool:
    """Whether "<name> <word>" may be a first-level region: one of the name's regions lies in a
    country whose regions are of that type ("Zurich canton"). Elsewhere a canton is a rural part
    of a municipality ("IN EL NARANJO CANTON" of a Salvadoran report), not the region of the
    Dominican province or the Mexican states holding a town of that name."""
    units = countries_with_units(word)
    return any(index.kind_of(i) == "admin1" and index.cc_of(i) in units for i in m.all_ids or m.ids)


def to_admin1(index: Index, m: PlaceMention, written: str | None = None) -> None:
    """Make a town or region mention the first-level region of that name (or the region holding
    the town of that name, or an ISO unit the data lacks when ``written`` names one)."""
    idx = index
    if m.kind not in ("place", "admin1"):
        return
    regions = [i for i in m.all_ids or m.ids if idx.kind_of(i) == "admin1"]
    unit = unit_for(written) if written and not regions else None
    if unit is not None and all(idx.cc_of(i) != unit.cc for i in m.ids):
        # "Kalinga province": the Philippine province the data lacks, not the region of a
        # small Australian town of that name
        place = unit_place(idx, written or m.text, unit)
        if place is not None:
            m.ids, m.kind, m.country_code, m.candidates = [], "admin1", unit.cc, [place]
            return
    if not regions:
        # "Aktobe Region": the region of the town of that name
        seen: dict[int, None] = {}
        for i in m.ids:
            j = idx.admin1_of(i)
            if j >= 0:
                seen.setdefault(j)
        regions = list(seen)
    if regions:
        m.ids = sorted(regions, key=lambda i: -idx.population(i))
        m.kind = "admin1"
        ccs = {idx.cc_of(i) for i in m.ids}
        m.country_code = ccs.pop() if len(ccs) == 1 else None


def listed_areas(index: Index, r: Rules, text: str, mentions: list[PlaceMention], caps: bool) -> list[PlaceMention]:
    """ "North Waziristan": a district the sources lack, from our own list, placed at its country."""
    areas, areas_re = known_areas()
    if areas_re is None:
        return mentions
    added = []
    for match in areas_re.finditer(text):
        start, end = match.span()
        if not caps and not match.group(0)[0].isupper():
            continue
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue
        cc = areas.get(fold_key(match.group(0)))
        if cc is None:  # written with its type word ("Mohmand Agency"): a district's name
            cc = areas[fold_key(match.group(0).rsplit(None, 1)[0])]
        elif area_in_person_name(r, text, start, end, caps):
            continue  # "Imran Khan Mohmand": a person's surname, not the district
        if inside and any(m.end - m.start == end - start or _may_lie_in(index, m, cc) for m in inside):
            # the same name already spotted, or "Sangin district": the index's entry holds
            continue
        ident = index.country_id(cc)
        if ident is None:
            continue
        name = " ".join(match.group(0).split())
        name = name.title() if caps else name
        country = index.place(ident)
        place = replace(country, name=name, precision=3, feature="place", geonames_id=None)
        added.append(PlaceMention(start, end, text[start:end], "place", cc, [place], unlisted=True))
        if inside:
            # "Donga-Mantung", "Tala wa Barfak": a namesake abroad spotted inside the listed name
            # ("Donga" of Benin, "Tala" of Egypt) is no place of its own
            dropped = {id(m) for m in inside}
            mentions = [m for m in mentions if id(m) not in dropped]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _may_lie_in(index: Index, mention: PlaceMention, cc: str) -> bool:
    """Whether a name spotted inside a listed area's name may be that area's own place (the
    same name, or "Sangin" in "Sangin district"), not a namesake abroad ("Donga" of Benin in
    Cameroon's "Donga-Mantung")."""
    if mention.kind not in ("place", "admin1"):
        return True
    return mention.country_code == cc or any(index.cc_of(i) == cc for i in mention.all_ids or mention.ids)


def unlisted_areas(r: Rules, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "Punjwai district", "Bajaur Agency": an area the data lacks, named by its type word."""
    added = []
    for match in AREA.finditer(text):
        start, end = match.span()
        words = [w.lower() for w in _WORD.findall(match.group(1))]
        if any(w in r.function_words or w in r.titles for w in words):
            continue
        if any(w in r.common for w in words) and unit_for(match.group(0)) is None:
            # "Bay Region", written with its unit word, is Somalia's region; "Security Region" no unit
            continue
        if words[0] in r.prefixes and len(words) == 1:
            continue  # "Northern Province" names nothing without its country
        if any(m.start < end and start < m.end for m in mentions):
            continue
        prev, prev_sep, _ = word_before(text, start)
        if prev and adjacent(prev_sep) and prev[0].isupper() and prev.lower() not in r.common:
            continue  # inside a longer name ("Swat District Bar Association" is fine, "John Hill District" not)
        name = " ".join(text[start:end].split())
        added.append(PlaceMention(start, end, name, "place", None, [], unlisted=True))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
