"""Place names that say something other than where an event happened: the town a unit or an
organisation is named after, a town named in a person's title."""

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
