"""ISO 3166-2 units (pycountry): provinces, districts and departments by the name written, and
the place such a unit stands for when the GeoNames data lacks it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

import pycountry

from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.index import Index
from eventwatch.model import Place
from eventwatch.resources import alternation, load_yaml

# the unit words a name may be written with, as ISO 3166-2 spells the unit types
_NAMES = load_yaml("gazetteer/names.yaml")
TYPE_WORD = re.compile(r"[\s-]+(" + alternation(_NAMES["iso_type_words"]) + r")$", re.IGNORECASE)
# "Southern District", "Central Region": a direction names a unit in many countries
_DIRECTION = re.compile(r"^(?:(?:" + alternation(_NAMES["unit_directions"]) + r")(?:ern)?[\s-]*)+$", re.IGNORECASE)
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
    for unit in _second_level():
        by_key.setdefault(fold_key(unit.name), []).append(unit)
    return {key: tuple(units) for key, units in by_key.items()}


def _second_level() -> list[Unit]:
    """Districts and divisions ISO 3166-2 stops short of (units2.yaml)."""
    table: dict[str, dict[str, dict[str, list[str]]]] = load_yaml("gazetteer/units2.yaml") or {}
    return [
        Unit(cc, str(name), kind, parent)
        for cc, kinds in table.items()
        for kind, parents in kinds.items()
        for parent, names in parents.items()
        for name in names
    ]


@cache
def countries_with_units(word: str) -> frozenset[str]:
    """The countries some of whose ISO 3166-2 units are of the type ``word`` names ("canton":
    Switzerland and Luxembourg)."""
    word = word.lower()
    return frozenset(u.cc for units in _units().values() for u in units if word in u.kind)


def unit_for(written: str) -> Unit | None:
    """The one ISO 3166-2 unit ``written`` names ("Oudalan Province", "Haut-Uele"), if only one
    country has a unit of that name (and type, when a type word is written)."""
    written = " ".join(written.split())
    typed = TYPE_WORD.search(written)
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


def unit_place(index: Index, written: str, unit: Unit) -> Place | None:
    """The unit at its first-level region's position (else its country's) and region precision
    (3), named as written: the unit is known, not its point."""
    first_level = unit.parent is None
    region = index.admin1_id(unit.cc, unit.name if first_level else unit.parent)  # type: ignore[arg-type]
    ident = region if region is not None else index.country_id(unit.cc)
    if ident is None:
        return None
    return replace(
        index.place(ident),
        name=" ".join(written.split()),
        admin1=index.admin1_name(unit.cc, unit.name if first_level else unit.parent),  # type: ignore[arg-type]
        admin2=None if first_level else unit.name,
        precision=3,
        feature="admin1",
        geonames_id=None,
    )
