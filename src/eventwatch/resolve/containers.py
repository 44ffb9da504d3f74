"""The unit holding each place a text names: "Arhama in Shopian district", "Barriya area in
western Baghdad", "Las Mercedes, Sardinata", "Quetta's Kandahari Bazaar"."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from eventwatch.resolve.facts import PlaceFact
from eventwatch.resolve.places import (
    LOCATIVE,
    comma_container,
    container_relation,
    held_by,
    names_its_quarter,
    names_seat,
    within,
)
from eventwatch.resources import load_yaml

_POSSESSIVE = re.compile(r"['’]s\s+")
_OWNED_TOWN = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|district|suburb|neighbou?rhood|area)\s+of\s+", re.IGNORECASE
)
_QUARTER_WORD = re.compile(r"\s+(?:neighbou?rhood|suburb|quarter)$", re.IGNORECASE)


@cache
def _site_in() -> re.Pattern[str]:
    """ "X Airport in", "X army camp in", "X Square, ": a site named after X, in the town next."""
    words = "|".join(re.escape(w) for w in load_yaml("gazetteer/sites.yaml")["site_words"])
    return re.compile(
        rf"^\s+(?:[\w-]+\s+){{0,2}}(?:{words})\s*(?:,\s*|\s+(?:in|at)\s+)(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
        re.IGNORECASE,
    )


# "in the Kelbo area of Tolva", "at the southern Kelbo district of ...": the phrase's own preposition
_PHRASE_START = re.compile(r"\b(in|at|near|inside|outside|around)\s+the\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


def _phrase_preposition(view: str, start: int) -> str | None:
    """The preposition of a phrase that begins with "the" before a part written with the unit
    holding it, so that the part ranks as the town after "in" does."""
    found = _PHRASE_START.search(view, max(0, start - 40), start)
    return found.group(1).lower() if found else None


def _container(view: str, facts: list[PlaceFact], n: int) -> tuple[PlaceFact, str]:
    """The place holding fact ``n`` and the words before it. A region written with a possessive
    only says whose district comes next ("Gundipora in Kashmir's Pulwama district"): the district
    holds the place."""
    part, nxt = facts[n], facts[n + 1]
    between = view[part.end : nxt.start]
    if n + 2 < len(facts) and nxt.place is not None and nxt.place.feature == "admin1":
        after = facts[n + 2]
        if (
            after.place is not None
            and after.place.feature == "place"
            and _POSSESSIVE.fullmatch(view, nxt.end, after.start)
        ):
            return after, between
    return nxt, between


@cache
def _town_part_comma() -> re.Pattern[str]:
    """ "X corregimiento, ", "X barrio, ": a word for a part of a town, then a comma."""
    words = "|".join(re.escape(w) for w in load_yaml("gazetteer/sites.yaml")["town_part_words"])
    return re.compile(rf"^\s+(?:{words})\s*,\s*$", re.IGNORECASE)


def _part_of_town(between: str, part: PlaceFact, container: PlaceFact) -> bool:
    """ "Nariño corregimiento, Tuluá, in Valle del Cauca": a place written as a part of a town, then
    that town of its country, lies in that town even when the data's only namesake is far away
    (``within`` then puts it at the town, which it carries as its ``admin2``)."""
    town = container.place
    if part.place is None or town is None or part.place.feature != "place" or town.feature != "place":
        return False
    return part.place.country_code == town.country_code and bool(_town_part_comma().match(between))


def place_in_containers(view: str, facts: list[PlaceFact]) -> None:
    """Each place moved into the unit written after it. Right to left, so that a chain of units
    ends at the outermost one the data knows ("Hor Dalal village in al-Sufra area in southern
    Baghdad": al-Sufra lies in Baghdad, and Hor Dalal with it)."""
    for n in range(len(facts) - 2, -1, -1):
        part = facts[n]
        container, between = _container(view, facts, n)
        if part.place is None or container.place is None or container.dateline:
            continue
        if names_its_quarter(part.text, between):
            # "the eastern Baghdad neighborhood of Qadisiyat": the town, not a part of the quarter
            part.place = replace(part.place, name=_QUARTER_WORD.sub("", part.place.name))
            continue
        written_in = container_relation(between)
        site = written_in is None and bool(_site_in().match(between))
        if site and part.place.country_code != container.place.country_code:
            part.usable = False  # "Kelbo Airport in Tolva" abroad: a name, not the town
            continue
        relation = written_in or ("in" if site else None)
        if relation is None and (
            comma_container(between, part.place, container.place) or _part_of_town(between, part, container)
        ):
            relation = "in"
        if relation is not None:
            part.place, usable = within(part.place, container.place, relation, between)
            part.usable = part.usable and usable
            if written_in == "in" and part.place.country_code == container.place.country_code:
                part.preposition = _phrase_preposition(view, part.start) or part.preposition
                if part.preposition not in LOCATIVE and names_seat(between):
                    # "attacked Kelbo, headquarters of Tolva": the town a unit is run from lies in
                    # it as a town after "in" does, and ranks before the unit
                    part.preposition = "in"
        elif _POSSESSIVE.fullmatch(between):
            # "Quetta's Kandahari Bazaar area": the owner is the town holding the place
            container.place = held_by(container.place, part.place)
        elif _OWNED_TOWN.fullmatch(between) and part.place.country_code == container.place.country_code:
            # "in Kelbo's town of Tolva": the town is where, the owner only the unit holding it
            part.usable = False
            container.preposition = part.preposition
            if container.place.feature == "place" and container.place.admin2 is None:
                container.place = replace(container.place, admin2=part.place.name)
