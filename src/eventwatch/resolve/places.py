"""Which of the places a sentence names is where the event happened."""

from __future__ import annotations

import re

from eventwatch.model import Place

_LOCATIVE = frozenset(
    {"in", "near", "at", "outside", "around", "of", "on", "inside", "within", "across", "downtown", "into"}
)
# "went to Syria", "arrived from Iraq": places of movement, not of the event
_MOVEMENT = frozenset({"to", "from", "toward", "towards", "via", "fled", "abroad", "visit", "visited", "left"})
_DISTANCE = ("miles from", "km from", "kilometers from", "kilometres from", "border with", "away from")


# "next to", "close to", "the entrance to" place something at the name, not on the way to it
_BESIDE = frozenset({"next", "close", "entrance", "adjacent", "gates", "gate", "outskirts"})


def _beside(text: str, start: int, before: str | None) -> bool:
    if before != "to":
        return False
    words = text[max(0, start - 40) : start].lower().replace(",", " ").split()
    return len(words) >= 2 and words[-2] in _BESIDE


def preposition_before(text: str, start: int) -> str | None:
    words = text[max(0, start - 40) : start].lower().replace(",", " ").split()
    return words[-1] if words else None


def is_usable(text: str, start: int, end: int, kind: str, followed_by_org: bool) -> tuple[bool, str | None]:
    """Whether a place mention can be an event's location, and the word before it."""
    before = preposition_before(text, start)
    after = text[end : end + 8].lower()
    if followed_by_org or kind == "demonym":
        return False, before
    if after.startswith(("-based", " based", "-born", "’s border", "'s border", "-led", "-backed")):
        return False, before
    # "Sgt. Sofer, 39, of Beersheba": where a person comes from
    if before == "of" and re.search(r"\b\d{1,3},\s*of\s*$", text[max(0, start - 12) : start]):
        return False, before
    if before in _MOVEMENT and not _beside(text, start, before):
        return False, before
    context = text[max(0, start - 30) : start].lower()
    if any(marker in context for marker in _DISTANCE):
        return False, before
    return True, before


def rank(place: Place, preposition: str | None) -> tuple[int, int]:
    """Lower is better: a town after "in"/"near" first, then regions, then countries."""
    by_feature = {"place": 0, "admin1": 1, "country": 2}.get(place.feature, 2)
    return by_feature, 0 if preposition in _LOCATIVE else 1


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``inner`` lies within ``outer`` (a town in its region or country)."""
    if outer.country_code != inner.country_code:
        return False
    if outer.feature == "country":
        return True
    if outer.feature == "admin1":
        return inner.admin1 is not None and inner.admin1 == outer.admin1
    return outer.geonames_id == inner.geonames_id or outer.name == inner.name


def compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    return contains(a, b) or contains(b, a)


def more_precise(current: Place | None, candidate: Place) -> bool:
    if current is None:
        return True
    order = {"place": 0, "admin1": 1, "country": 2}
    return order.get(candidate.feature, 2) < order.get(current.feature, 2) and contains(current, candidate)
