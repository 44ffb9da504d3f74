"""Provinces and districts GeoNames' PyPI data lacks, from pycountry's ISO 3166-2 list.

GeoNames' first-level regions are indexed already; ISO 3166-2 also lists second-level units of
many countries (Burkina Faso's provinces, the DR Congo's new provinces, Uganda's districts). A
name the spotter found but the index lacks ("a raid in Oudalan Province") that is such a
unit of one country only tells the country; and a type word written with the name ("Soum
Province") prefers the unit to a small town of that name abroad. The place keeps the name as
written and the country's position at region precision (3): the unit is known, not its point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

import pycountry

from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.spot import PlaceMention
from eventwatch.model import Place

# the unit words a name may be written with, as ISO 3166-2 spells the unit types
_TYPE_WORD = re.compile(
    r"[\s-]+(province|district|department|region|prefecture|governorate|state|county|division|canton)$",
    re.IGNORECASE,
)
# "Southern District", "Central Region": a direction names a unit in many countries
_DIRECTION = re.compile(r"^(?:(?:north|south|east|west|central|upper|lower|middle|far)(?:ern)?[\s-]*)+$", re.IGNORECASE)
# names this short are mostly words or towns elsewhere ("Pool", "Meta", "Sud")
_MIN_BARE_LENGTH = 5


@dataclass(frozen=True)
class Unit:
    cc: str
    name: str
    kind: str  # ISO 3166-2 type, lower case ("province", "district municipality")
    parent: str | None


@cache
def _units() -> dict[str, tuple[Unit, ...]]:
    by_key: dict[str, list[Unit]] = {}
    names = {s.code: s.name for s in pycountry.subdivisions}
    for sub in pycountry.subdivisions:
        parent = names.get(sub.parent_code) if getattr(sub, "parent_code", None) else None
        for name in str(sub.name).split(" / "):
            unit = Unit(sub.country_code, name.strip(), str(sub.type).lower(), parent)
            by_key.setdefault(fold_key(unit.name), []).append(unit)
    return {key: tuple(units) for key, units in by_key.items()}


def unit_for(written: str) -> Unit | None:
    """The one ISO 3166-2 unit ``written`` names ("Oudalan Province", "Haut-Uele"), if only one
    country has a unit of that name (and type, when a type word is written)."""
    written = " ".join(written.split())
    typed = _TYPE_WORD.search(written)
    bare = written[: typed.start()] if typed else written
    if (not typed and len(bare) < _MIN_BARE_LENGTH) or _DIRECTION.match(bare):
        return None
    units = _units().get(fold_key(bare), ())
    if typed:
        word = typed.group(1).lower()
        units = tuple(u for u in units if word in u.kind)
    if len({u.cc for u in units}) != 1:
        return None
    return units[0]


def fill(index: Index, mentions: list[PlaceMention], results: list[Place | None]) -> list[Place | None]:
    """Results with unresolved unit names, and small towns abroad written with a unit word,
    placed in the country whose unit they name."""
    names_a_country = any(m.kind == "country" and not m.elsewhere for m in mentions)
    out = list(results)
    for n, (m, place) in enumerate(zip(mentions, results, strict=True)):
        if m.kind not in ("place", "admin1"):
            continue
        if place is None:
            if m.ids and not m.unlisted:
                continue
            unit = unit_for(m.text)
        elif place.feature != "country" and not names_a_country and _TYPE_WORD.search(m.text.strip()):
            # "Soum Province" is the Burkinabe province, not the Senegalese village
            unit = unit_for(m.text)
            if unit is None or unit.cc == place.country_code:
                continue
        else:
            continue
        if unit is not None:
            out[n] = _placed(index, m, unit) or place
    return out


def _placed(index: Index, m: PlaceMention, unit: Unit) -> Place | None:
    ident = index.country_id(unit.cc)
    if ident is None:
        return None
    first_level = unit.parent is None
    return replace(
        index.place(ident),
        name=" ".join(m.text.split()),
        admin1=unit.name if first_level else unit.parent,
        admin2=None if first_level else unit.name,
        precision=3,
        feature="admin1",
        geonames_id=None,
    )
