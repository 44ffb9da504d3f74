"""Which candidate places of a gazetteer match survive: a name the index finds in the text is a
place only if what stands around it allows it. Common words, people's and organisations' names,
acronyms, lower-case words and small namesakes are dropped here, before matches compete for the
text; this runs for every match of the index, so the cheap tests come first."""

from __future__ import annotations

import re

from eventwatch.gazetteer.build import COUNTRY_BASE
from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.neighbours import NAME_WORD, adjacent, sentence_start, word_after, word_before
from eventwatch.gazetteer.people import first_name_before_surname, is_demonym, is_person, known_after_people
from eventwatch.gazetteer.spot_rules import (
    BIG_TOWN_POPULATION,
    COMMON_WORDS_MIN_POPULATION,
    FEATURE_MIN_POPULATION,
    Rules,
    listed,
)
from eventwatch.gazetteer.wire_capitals import dateline_shaped

# "Shi'ite", "Sana'a": an apostrophe inside a word, not a possessive
_INNER_APOSTROPHE = re.compile(r"['’`](?![sS]\b)\w")
# "RIVADAVIA AND SAN MARTIN STREETS": the first of two names a plural street word follows
_AND_SHARED_HEAD = re.compile(
    r"[ \n]+AND[ \n]+(?:[A-Z][A-Z'’-]*[ \n]+){1,3}(?:" + "|".join(sorted(listed("shared_name_heads"))).upper() + r")\b"
)
# a locality word heading an official name ("City of Damascus"): tiny, kept in code
_CITY_OF = re.compile(r"(?i:city|town)\s+of\s+")
CITY_OF_RATIO = 10  # how much bigger the place named without "City of" must be to be meant

# a match as the spotter collects them: (-length, start, end, ids)
Found = tuple[int, int, int, list[int]]


def accept(
    index: Index,
    r: Rules,
    text: str,
    start: int,
    end: int,
    key: str,
    ids: list[int],
    caps: bool,
    people: set[str] | None = None,
) -> list[int]:
    """The candidate ids of a match that survive the spotting rules; a name read as a person's
    goes into ``people`` so that its bare repeats are dropped too."""
    surface = text[start:end]
    if not caps:
        if not surface[0].isupper():
            # "the chilean army", "malian troops": a people's adjective written in lower case
            # still names its country; a lower-case word never names a town or a region
            if " " in surface or key in r.lower_not_demonyms:
                return []
            return [i for i in ids if i >= COUNTRY_BASE and index.kind_of(i) == "demonym"]
        for word in NAME_WORD.findall(surface)[1:]:
            if word[0].islower() and word not in r.connectors:
                return []
    prev, prev_sep, _ = word_before(text, start)
    prev_l = prev.lower() if prev else None
    if _INNER_APOSTROPHE.match(text, end):
        return []  # "Shi'ite", "Sana'a": part of a longer word
    if not caps and surface.isupper() and len(key) <= 5 and not dateline_shaped(text, start, end):
        # an acronym in mixed-case text ("IRA", "NATO") names a group, not a town
        return [i for i in ids if i >= COUNTRY_BASE]
    if prev_l in r.titles and prev_sep.strip(" .") == "" and prev_sep:
        if people is not None and any(i < COUNTRY_BASE for i in ids):
            people.add(key)
        return [i for i in ids if i >= COUNTRY_BASE and index.kind_of(i) == "demonym"]
    placeish = [i for i in ids if i < COUNTRY_BASE]
    named = [i for i in ids if i >= COUNTRY_BASE]
    if placeish and not caps:
        # "in Madagali Nigeria", "Gwoza Borno": the next name is the country or region holding the town
        containers = containers_after(index, text, end)
        held = held_by(index, containers, placeish)
        if held:
            return held
        if any(index.kind_of(i) == "country" for i in containers):
            # "Southwest Cameroon": a direction before a country, not a region elsewhere
            placeish = [i for i in placeish if index.kind_of(i) != "admin1"]
    if placeish and is_person(r, text, start, end, caps):
        if people is not None:
            people.add(key)
        placeish = []
    if placeish and reject_place(index, r, text, start, end, key, placeish, caps, prev, prev_sep):
        placeish = []
    # "Michael Jordan": a country name inside a longer capitalised name
    if (
        named
        and not caps
        and prev
        and adjacent(prev_sep)
        and prev[0].isupper()
        and prev_l not in r.common
        and prev_l not in r.prefixes
        and prev_l not in r.function_words  # "A Kenya police reservist": an article, not a name
        and is_country_only(index, named)
        and not holds_previous(index, text, start, named)
    ):
        named = [i for i in named if index.kind_of(i) == "demonym"]
    if named and caps and prev_l in r.given_names and adjacent(prev_sep):
        named = []
    return named + placeish


def containers_after(index: Index, text: str, end: int) -> list[int]:
    """Countries and regions named by the one to three capitalised words right after ``end``."""
    idx = index
    words = list(NAME_WORD.finditer(text, end, min(len(text), end + 40)))
    if not words or text[end : words[0].start()] != " ":
        return []
    found: list[int] = []
    for n in range(min(3, len(words))):
        if not words[n].group(0)[0].isupper() or (n and text[words[n - 1].end() : words[n].start()] != " "):
            break
        ids = idx.ids_for_name(text[words[0].start() : words[n].end()])
        found = [i for i in ids if idx.kind_of(i) in ("country", "admin1")] or found
    return found


def held_by(index: Index, containers: list[int], placeish: list[int]) -> list[int]:
    """The town's candidates that lie in one of the countries or regions written right after it."""
    if not containers:
        return []
    idx = index
    countries = {idx.cc_of(i) for i in containers if idx.kind_of(i) == "country"}
    regions = {i for i in containers if idx.kind_of(i) == "admin1"}
    return [
        i for i in placeish if idx.kind_of(i) == "place" and (idx.cc_of(i) in countries or idx.admin1_of(i) in regions)
    ]


def holds_previous(index: Index, text: str, start: int, named: list[int]) -> bool:
    """Whether the capitalised name right before a country is one of its towns ("Madagali Nigeria")."""
    idx = index
    countries = {idx.cc_of(i) for i in named}
    pos = start
    for _ in range(3):
        prev, sep, prev_start = word_before(text, pos)
        if prev is None or sep != " " or not prev[0].isupper():
            return False
        ids = idx.ids_for_name(text[prev_start : start - 1])
        if any(idx.kind_of(i) == "place" and idx.cc_of(i) in countries for i in ids):
            return True
        pos = prev_start
    return False


def is_country_only(index: Index, ids: list[int]) -> bool:
    """Whether every candidate is a country (no people's adjective among them)."""
    return all(index.kind_of(i) == "country" for i in ids)


def reject_place(
    index: Index,
    r: Rules,
    text: str,
    start: int,
    end: int,
    key: str,
    ids: list[int],
    caps: bool,
    prev: str | None,
    prev_sep: str,
) -> bool:
    """Whether a town or region match is no place: a soft stop word at a sentence start, a small
    town before a feature word, a run of common words, or a name inside a person's or an
    organisation's longer name."""
    if key in r.soft and (caps or sentence_start(text, start)):
        return True
    if (
        " " not in key
        and (key in r.feature_words or key in r.locality_words)
        and (caps or max(index.population(i) for i in ids) < COMMON_WORDS_MIN_POPULATION)
    ):
        # "AT LOS PINOS HACIENDA", "the Hacienda": a bare feature word names no town, in mixed case
        # unless a sizeable town bears it ("Plantation, Florida")
        return True
    prev_l = prev.lower() if prev else None
    nxt, next_sep, next_end = word_after(text, end)
    nxt_l = nxt.lower() if nxt else None
    if (
        nxt_l in r.feature_words
        and next_sep.strip() == ""
        and max(index.population(i) for i in ids) < FEATURE_MIN_POPULATION
    ):
        return True
    # "Red Cross", "Old City": common words that also name a hamlet somewhere
    # but a saint's or "Ciudad" head makes it a town's name ("San Rafael", "Ciudad Barrios")
    common_words = " " in key and key.split()[0] not in r.town_heads and all(w in r.common for w in key.split())
    if common_words and max(index.population(i) for i in ids) < COMMON_WORDS_MIN_POPULATION:
        return True
    if caps:
        if prev_l in r.given_names and adjacent(prev_sep):
            return True
        if first_name_before_surname(index, r, key, ids, nxt, next_sep):
            return True
        return bool(nxt_l in r.name_heads and adjacent(next_sep) or _AND_SHARED_HEAD.match(text, end))
    # mixed case: a surname after a first name ("Omar Ossi"), the second half of a compound
    # name ("Abdul-Reda", "Anti-Balaka", "Labu-Labu") unless the first half is another place
    # ("Bor-Juba road")
    if (
        prev
        and prev[0].isupper()
        and (
            (adjacent(prev_sep) and prev_l in r.first_names)
            or (prev_sep == "-" and _half_of_one_name(index, key, prev))
        )
    ):
        return True
    # mixed case: the first half of a hyphenated name ("Barangay Labu-Labu", "Ngoro-Tsanaga")
    # is no town of its own, unless the other half names a place too ("the Mali-Niger border")
    if (
        next_sep == "-"
        and nxt
        and nxt[0].isupper()
        and _half_of_one_name(index, key, nxt)
        and max(index.population(i) for i in ids) < BIG_TOWN_POPULATION
    ):
        return True
    # mixed case: a town named like a first name before a surname ("Hamid Karzai's office"),
    # whatever the town's size
    if adjacent(next_sep) and first_name_before_surname(index, r, key, ids, nxt, next_sep, caps=False):
        return True
    # mixed case: a name inside a longer run of capitalised words is a person's or an
    # organisation's, unless the run is a place pattern ("North X", "X Department", "the
    # Malian Mopti region", "Egyptian Rafah": a people's adjective before the name)
    if (
        prev
        and adjacent(prev_sep)
        and prev[0].isupper()
        and prev_l not in r.common
        and prev_l not in r.prefixes
        and prev_l not in r.function_words
        and not (is_demonym(index, prev) and known_after_people(index, r, ids, nxt, next_sep))
    ):
        return True
    if not (
        nxt
        and adjacent(next_sep)
        and nxt[0].isupper()
        and nxt_l not in r.region_words
        and nxt_l not in r.locality_words
    ):
        return False
    # "Frankfurt Airport", "Kabul International", "Kandahar Governor ...": a facility or a
    # function word after the name, or a town big enough to be meant, keeps the town
    if nxt_l in r.facility_words or nxt_l in r.function_words:
        return False
    if nxt_l in r.first_names and _name_follows(text, next_end) and not _own_name(index, key, ids):
        # "Shir Mohammad Zadran": a compound first name, then the surname; a town written by
        # its own name stays ("the mayor of Kandahar Abdul Wali")
        return True
    return max(index.population(i) for i in ids) < BIG_TOWN_POPULATION


def without_small_city_of(index: Index, text: str, found: list[Found]) -> list[Found]:
    """ "the Old City of Damascus": a small town officially named "City of Damascus" (in
    Oregon) yields to the far bigger place its last words name."""
    tails = {(start, end): ids for _neg, start, end, ids in found}
    kept = []
    for entry in found:
        _neg, start, end, ids = entry
        head = _CITY_OF.match(text, start, end)
        tail = tails.get((head.end(), end)) if head else None
        if tail and max(map(index.population, tail)) > CITY_OF_RATIO * max(map(index.population, ids)):
            continue
        kept.append(entry)
    return kept


def _own_name(index: Index, key: str, ids: list[int]) -> bool:
    """Whether a candidate is a region, or a town whose main name is the one written."""
    return any(index.kind_of(i) != "place" or fold_key(index.t.names[i]) == key for i in ids)


def _name_follows(text: str, pos: int) -> bool:
    """A capitalised word right after ``pos`` on the same line (a surname after a first name)."""
    word, sep, _ = word_after(text, pos)
    return word is not None and adjacent(sep) and word[0].isupper()


def _half_of_one_name(index: Index, key: str, other: str) -> bool:
    """Whether a name and the other half of its hyphenated word make one name ("Labu-Labu",
    "Abdul-Reda"): the halves repeat, or the other names no place ("Bor-Juba" names two)."""
    return fold_key(other) == key or not index.ids_for_name(other)
