"""Place names that say something other than where an event happened: the town a unit or an
organisation is named after, a town named in a person's title, someone's home or a source's town."""

from __future__ import annotations

import re

from eventwatch.gazetteer.spot import rules
from eventwatch.resources import alternation, load_yaml

# "the Army Battalion of Tolva", "the battalion of engineers 'Tolva'": a unit's name
_UNIT_BEFORE = re.compile(
    r"\b(?:"
    + alternation(load_yaml("actors/units.yaml")["named_after_place"])
    + r")\s+(?:of\s+(?:[a-z]+\s+)?)?[\"“‘']?$",
    re.IGNORECASE,
)
# "the deputy governor of Kelbo was killed in Tolva": the town of a person's office
_OF_BEFORE = re.compile(r"\b([a-z-]+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PEOPLE_OF = frozenset(load_yaml("gazetteer/spotting.yaml")["people_of_place"])
_ROLES = load_yaml("extract/place_roles_en.yaml")
_NOT_WHERE = tuple(tuple(words.split()) for words in _ROLES["home_before"] + _ROLES["source_before"])
_SAYING = frozenset(load_yaml("extract/reporting_en.yaml")["verbs"])
_BY_SAYING = frozenset(_ROLES["before_saying"])
# "In Tolva, it was reported that ...": where the news was told, the deed told after "that"
_TOLD_THERE = re.compile(
    r"^,?\s+it\s+(?:was|has\s+been|had\s+been|is)\s+(?:[a-z]+ly\s+)?(?:" + alternation(sorted(_SAYING)) + r")\s+that\b",
    re.IGNORECASE,
)
# "police reported today in Tolva that ...": what follows "that" is the news ("reported in Tolva,
# 40 km from Kelbo, that" is left alone: the town it is measured from would stand in for it)
_THAT_AFTER = re.compile(r"^(?:\s+(?:" + alternation(sorted(_BY_SAYING)) + r"))?\s+that\b", re.IGNORECASE)


def _reported_in(words: tuple[str, ...], text: str, end: int) -> bool:
    """ "reported in Tolva that", "announced today in Tolva that": where it was said."""
    if len(words) < 2 or words[-1] != "in":
        return False
    said = words[-2] in _SAYING or len(words) >= 3 and words[-2] in _BY_SAYING and words[-3] in _SAYING
    return said and bool(_THAT_AFTER.match(text[end : end + 80]))


def names_a_unit(text: str, start: int) -> bool:
    """Whether the name is part of a military unit's name, never the event's place."""
    return bool(_UNIT_BEFORE.search(text, max(0, start - 40), start))


def names_whose(text: str, start: int, end: int) -> bool:
    """Whether the name only says whose organisation or office is meant ("the Narathiwat police",
    "Kabul Bank", "the mayor of Tolva"), so that a place written after "in" comes first."""
    words = text[end : end + 20].split(None, 1)
    if words and words[0].lower().strip(".,;:'’s") in rules().org_words | {"bank"}:
        return True
    owner = _OF_BEFORE.search(text, max(0, start - 30), start)
    return owner is not None and owner.group(1).lower() in rules().titles | _PEOPLE_OF


def names_home_or_source(text: str, start: int, end: int) -> bool:
    """ "a native of Tolva", "police sources in Tolva said", "in Tolva it was reported that": whom
    the town belongs to (a person's home, where the news came from), while the deed may lie anywhere."""
    if _TOLD_THERE.match(text[end : end + 60]):
        return True
    words = tuple(text[max(0, start - 40) : start].lower().replace(",", " ").split())
    return _reported_in(words, text, end) or any(words[-len(phrase) :] == phrase for phrase in _NOT_WHERE)
