"""Where a deed told from a bureau abroad happened: the country its own sentences name.

A wire report filed from a capital ("QUITO, 9 MAR 90 --") about a deed elsewhere often names that
country only through its people or forces: "the Salvadoran army", "Peruvian police", "the FMLN".
A deed whose sentences name no place falls back to the dateline's town; when those sentences name
one other country (by its forces, offices or people, unless named as foreigners such as hostages or
technicians, or by a national armed group) and the report never names the dateline's country (nor
any place in it) outside the dateline, the deed happened in that country, not in the bureau's town
(precision 3: only the country is known).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from eventwatch.gazetteer import get_gazetteer
from eventwatch.model import Place
from eventwatch.resolve.facts import PlaceFact, SentenceFacts
from eventwatch.resources import load_yaml

_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


@cache
def _abroad_people() -> frozenset[str]:
    return frozenset(load_yaml("extract/place_roles_en.yaml")["people_abroad"])


def _forces_of(fact: PlaceFact, facts: SentenceFacts) -> bool:
    """A national armed group ("the FMLN"), a people's force or office ("the Peruvian police") or
    a people's men ("Peruvian peasants"): those act or live in their own country. A people named
    as foreigners ("two Brazilian technicians were abducted", "the Spanish tourists") may be
    victims abroad, and so may a people's plural alone ("three Spaniards"); a country's own name in
    such a sentence that is not the deed's place plays another part ("we have assured Spain ...")."""
    if fact.kind == "group":
        return True
    if fact.kind != "demonym":
        return False
    after = _NEXT_WORD.match(facts.sentence.text, fact.end - facts.sentence.start)
    if after is not None and after.group(1).lower() in _abroad_people():
        return False
    return fact.org or after is not None and not fact.text.lower().endswith("s")


def _filed_town(places: list[PlaceFact]) -> Place | None:
    return next(
        (f.place for f in places if f.dateline and f.place is not None and f.place.feature == "place"),
        None,
    )


def abroad_country(
    sentences: list[SentenceFacts], places: list[PlaceFact], fallen_back: Place | None
) -> tuple[Place, int] | None:
    """The one other country the deed's sentences name when it only fell back to the dateline's
    town, with where the text first names it (the location's evidence); None when the deed keeps
    that town (the report names the town's country again, or the deed's sentences name several
    countries or none)."""
    filed = _filed_town(places)
    if fallen_back is None or filed is None or fallen_back.geonames_id != filed.geonames_id:
        return None
    if any(f.place is not None and f.place.country_code == filed.country_code for f in places if not f.dateline):
        return None  # the report names the bureau's own country again: its news may well be there
    named: dict[str, int] = {}
    for facts in sentences:
        for f in facts.places:
            if _forces_of(f, facts) and not f.dateline and f.place is not None and f.place.country_code:
                named.setdefault(f.place.country_code, f.start)
    if len(named) != 1 or filed.country_code in named:
        return None
    ((code, start),) = named.items()
    country = get_gazetteer().country(code)
    return (replace(country, precision=3), start) if country is not None else None
