"""A place the data lacks, in a text that never tells its country, is still named.

"Gunmen attacked a checkpoint in the village of Kelbori": the cue makes Kelbori a place beyond
doubt, but no gazetteer entry holds it and nothing in the text (a country, a people, an armed
group of one country) says which country it lies in, so the spotter cannot place it. GTD and the
incident tables still code the town by its name; a record that keeps the name, with no country
and no point, says what the text says and invents nothing.
"""

from __future__ import annotations

import re

from eventwatch.gazetteer.spot import PlaceMention, rules
from eventwatch.model import Place
from eventwatch.resolve.facts import PlaceFact

# the word after a name, and the next: "[neighbourhood] of" in "the Shia neighbourhood of X"
_WORDS_AFTER = re.compile(r"(?:\s+([a-z]+))?\s+(of)\s+(?:the\s+)?[A-Z]")

_AFTER_IN = re.compile(r"\b[Ii]n\s+$")
_OWNER = re.compile(r"['’]s$")

# no point is known, only the name: the precision of a place known only by its region or country
_NAME_ONLY_PRECISION = 3


def name_only(written: str) -> Place:
    """The place a text names, by its name only."""
    return Place(
        name=" ".join(written.split()),
        country="",
        country_code="",
        precision=_NAME_ONLY_PRECISION,
        feature="place",
    )


def told_as_place(mention: PlaceMention, text: str) -> bool:
    """Whether a name the data lacks is written as a place: after a cue ("the village of X"), with
    its unit word ("X Subdivision") or after "in". A word that only describes the place named
    after it ("the mainly Sunni quarter of X", "the Shia district of X") is no place of its own."""
    if not mention.unlisted or mention.candidates:
        return False
    r = rules()
    units = r.locality_words | r.locality_after | r.region_words
    following = _WORDS_AFTER.match(text, mention.end)
    if following is not None:
        unit, after = following.group(1), following.group(2)
        if after == "of" and (unit is None and mention.text.split()[-1].lower() in units or unit in units):
            return False
    if mention.cued or mention.text.split()[-1].lower() in units:
        return True
    # "Gunmen shot two guards in Kelbori": in a text that names no other place (the only bare name
    # the spotter keeps) the name after "in" is where; a possessive names a firm or a person
    # ("in McKelby's")
    return bool(_AFTER_IN.search(text, max(0, mention.start - 4), mention.start)) and not _OWNER.search(mention.text)


def name_unplaced(facts: list[PlaceFact], told: set[int]) -> None:
    """Each usable place told as a place (its start in ``told``) that the spotter could not
    place, named as written. Only for a text that tells no country at all: where one is told, the
    spotter already put such a name there or had reason not to."""
    for fact in facts:
        if fact.place is None and fact.usable and fact.kind == "place" and fact.start in told:
            fact.place = name_only(fact.text)
