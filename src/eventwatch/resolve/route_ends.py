"""Towns named as the ends of a route ("a bus covering the Tolva - Ribera route") say where a vehicle
runs, not where the deed against it was done."""

from __future__ import annotations

import re
from functools import cache

from eventwatch.resources import alternation, load_yaml

# how far around a town a route naming it may reach (a few names joined by dashes and "and")
_REACH = 150


@cache
def _route_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in load_yaml("extract/place_roles_en.yaml")["route_words"])


@cache
def _route() -> re.Pattern[str]:
    # a name of one to three words; names joined by dashes, chains joined by "and" (grammar)
    name = r"[A-Za-z][A-Za-z.']*(?:\s+[A-Za-z][A-Za-z.']*){0,2}"
    chain = rf"{name}(?:\s?[-–]\s?{name})+"
    words = alternation(_route_words())
    return re.compile(rf"\b{chain}(?:,?\s+and\s+{chain})*\s+(?:{words})\b", re.IGNORECASE)


def names_route_end(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is one end of a route written as towns joined by dashes."""
    after = text[end : end + _REACH].lower()
    if not any(word in after for word in _route_words()):
        return False  # most towns have no route word after them: spare the pattern
    routes = _route().finditer(text, max(0, start - _REACH), end + _REACH)
    return any(m.start() <= start and end <= m.end() for m in routes)
