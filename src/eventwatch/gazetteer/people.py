"""People's names read as places: many surnames and first names are also towns somewhere
("DANILO BARILLAS", "Omar Ossi", "SCOTT MORALES"). These checks tell a person's name by what
stands around it (a title, a first name, an age, a speaker's tag, a compound surname's link word)
and let a name after a people's adjective stay a place ("Egyptian Rafah")."""

from __future__ import annotations

import re

from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.neighbours import adjacent, spaced, word_after, word_before
from eventwatch.gazetteer.spot_rules import (
    BIG_TOWN_POPULATION,
    DATE_WORDS,
    LOCATIVES,
    SMALL_TOWN_POPULATION,
    Rules,
    listed,
)

# "BARILLAS, 50, WAS ...": a name followed by an age is a person's
_AGE_AFTER = re.compile(r"\s*,\s*\d{1,2}\s*,")
# a speaker's tag of up to three name words: "[PIZARRO]", "[DEL CAMPO]", "[JUAN DE LEON]"
_SPEAKER_TAG_OPEN = re.compile(r"\[(?:[^\W\d]+[ .'’-]+){0,2}$")
_SPEAKER_TAG_CLOSE = re.compile(r"(?:[ .'’-]+[^\W\d]+){0,2}\]")
# "Karzai's": the name without its possessive ending
_POSSESSIVE_END = re.compile(r"['’]s?$")
# the link words inside Spanish and Portuguese compound surnames ("PAIM DE OLIVEIRA")
_SURNAME_LINKS = listed("surname_links")


def speaker_tag(text: str, start: int, end: int) -> bool:
    """The name lies in a bracketed speaker's tag that opens a line or a sentence of an interview
    ("[DEL CAMPO] WE ARE ..."), not in an editor's bracket inside a sentence ("[IN SANTA ANA]")."""
    opening = _SPEAKER_TAG_OPEN.search(text, max(0, start - 40), start)
    if opening is None or opening.end() != start:
        return False
    closing = _SPEAKER_TAG_CLOSE.match(text, end)
    if closing is None:
        return False
    before = text[: opening.start()].rstrip(" \t")
    return not before or before[-1] in ".?!:\"'\n"


def is_person(r: Rules, text: str, start: int, end: int, caps: bool) -> bool:
    """The name is a person's: after a title (in capitals also after a first name), after a
    first name or a title and one more capitalised name, before an age, or a speaker's tag in
    an interview."""
    if _AGE_AFTER.match(text, end):
        return True
    if speaker_tag(text, start, end):
        return True
    prev, sep, prev_start = word_before(text, start)
    if prev is None or not spaced(sep):
        return False
    low = prev.lower()
    if low in r.titles or (caps and low in r.first_names):
        return True
    if caps and low in _SURNAME_LINKS and first_name_through_link(r, text, prev_start):
        return True
    if not (caps or (prev[0].isupper() and adjacent(sep))):
        return False
    if low in r.connectors or low in r.function_words or low in r.not_names or low in r.prefixes:
        return False
    if low in r.region_words or low in r.locality_words or low in r.feature_words:
        return False
    prev2, sep2, _ = word_before(text, prev_start)
    if prev2 is None or not spaced(sep2) or not (caps or (prev2[0].isupper() and adjacent(sep2))):
        return False
    low2 = prev2.lower()
    # "GENERAL OSCAR BOTERO RESTREPO", "Narayan Bahadur Karki" reach the title or first name
    # through one more name
    return low2 in r.first_names or low2 in r.titles


def area_in_person_name(r: Rules, text: str, start: int, end: int, caps: bool) -> bool:
    """Whether a district of our own list is the last word of a person's name ("Imran Khan
    Mohmand", "Ali Hassan Abu Kamal"): the tests of ``is_person``, and in mixed case also right
    after a first name; a type word after the name keeps the district ("Shirin Tagab district")."""
    if is_person(r, text, start, end, caps):
        return True
    if caps:
        return False
    nxt, next_sep, _ = word_after(text, end)
    if nxt and spaced(next_sep) and (nxt.lower() in r.region_words or nxt.lower() in r.locality_words):
        return False
    prev, sep, _ = word_before(text, start)
    if prev is None or not adjacent(sep) or not prev[0].isupper():
        return False
    low = prev.lower()
    return low in r.first_names or low in r.titles


def first_name_through_link(r: Rules, text: str, link_start: int) -> bool:
    """Whether a surname and a first name stand before the link word of a compound surname
    ("PAULO CESAR PAIM DE ..."); a first name right before the link is a place's saint or
    patron ("SANTA ROSA DE ..."), not a surname."""
    surname, sep, surname_start = word_before(text, link_start)
    if surname is None or not spaced(sep):
        return False
    low = surname.lower()
    if low in r.first_names or low in r.common or low in r.function_words or low in r.prefixes:
        return False
    if low in r.region_words or low in r.locality_words or low in r.feature_words or low in r.not_names:
        return False
    first, sep2, _ = word_before(text, surname_start)
    return first is not None and spaced(sep2) and first.lower() in r.first_names


def first_name_before_surname(
    index: Index, r: Rules, key: str, ids: list[int], nxt: str | None, next_sep: str, caps: bool = True
) -> bool:
    """A place named like a first name and followed by another name is a person's first name
    ("SCOTT MORALES", "ESTELA CRUZ", "Hamid Karzai's office"); a word of place, title or
    organisation after it keeps the place, and in capitals, where every word looks like a name,
    so does a town big enough to be meant."""
    if nxt is not None:
        nxt = _POSSESSIVE_END.sub("", nxt)
    if key not in r.first_names or nxt is None or not spaced(next_sep) or not nxt.isalpha():
        return False
    if not caps and not nxt[0].isupper():
        return False
    low = nxt.lower()
    if low in r.common or low in r.function_words or low in r.not_names or low in DATE_WORDS:
        return False
    if low in r.region_words or low in r.locality_words or low in r.feature_words or low in r.facility_words:
        return False
    if low in r.building_words or low in r.name_heads or low in r.org_words or low in r.titles:
        return False
    if low in r.force_words or low in r.prefixes or index.ids_for_name(nxt):
        return False
    return not caps or max(index.population(i) for i in ids) < BIG_TOWN_POPULATION


def known_person(text: str, m: PlaceMention, people: set[str]) -> bool:
    """A bare repeat of a surname seen in a person's name ("... KILLING BARILLAS"), unless
    written as a place ("in Valencia")."""
    if m.kind not in ("place", "admin1") or m.key not in people:
        return False
    prev, sep, _ = word_before(text, m.start)
    return not (prev and prev.lower() in LOCATIVES and spaced(sep))


def name_goes_on(nxt: str | None, next_sep: str, r: Rules) -> bool:
    """Whether another capitalised word that is no region or locality word follows ("Taiwanese
    Chang An Wei" is a person)."""
    return bool(
        nxt
        and adjacent(next_sep)
        and nxt[0].isupper()
        and nxt.lower() not in r.region_words
        and nxt.lower() not in r.locality_words
    )


def is_demonym(index: Index, word: str) -> bool:
    """Whether the word is a people's adjective ("Egyptian")."""
    return any(index.kind_of(i) == "demonym" for i in index.ids_for_name(word))


def known_after_people(index: Index, r: Rules, ids: list[int], nxt: str | None, next_sep: str) -> bool:
    """Whether a name after a people's adjective is a place ("Egyptian Rafah", "the Malian
    Mopti region"), not a person's surname ("the Taiwanese Chang An"): a region word follows,
    or it names a region or a sizeable town, and no further capitalised name follows."""
    if nxt and adjacent(next_sep) and nxt.lower() in r.region_words:
        return True
    if name_goes_on(nxt, next_sep, r):
        return False
    return any(index.kind_of(i) == "admin1" or index.population(i) >= SMALL_TOWN_POPULATION for i in ids)
