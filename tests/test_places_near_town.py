"""A deed placed only by its distance from a town ("seized at a farm some 25 km from Medellin") is
coded to that town with precision 2 ("near it", as ACLED's geo-precision), not to the report's
dateline; a town told as the scene itself comes first. The sentences are written for these tests;
names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 9)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_a_deed_measured_from_a_town_is_near_that_town() -> None:
    text = (
        "BOGOTA, 9 MAR 90 (EFE) -- A Dutch agronomist, Pieter Vos, was kidnapped on 6 March at a farm "
        "about 25 km from Medellin by armed men, the embassy said today."
    )
    [event] = _events(text)
    assert event.location is not None
    assert (event.location.name, event.location.precision) == ("Medellín", 2)


def test_a_town_told_as_the_scene_comes_first() -> None:
    text = (
        "BOGOTA, 9 MAR 90 (EFE) -- A Dutch agronomist, Pieter Vos, was kidnapped on 6 March in Envigado, "
        "about 10 km from Medellin, by armed men, the embassy said today."
    )
    [event] = _events(text)
    assert event.location is not None
    assert (event.location.name, event.location.precision) == ("Envigado", 1)
