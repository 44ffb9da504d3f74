"""A death told in the passive with the town where it happened right after it ("the priests of the
parish were killed in Santa Tecla") is a deed at a place, news even without a count, a day or an
author; without the town ("were killed, the bishop said") or with no town after "in" ("were
killed in recent years") it stays talk of deaths. The sentences are written for these tests; names are
invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from conftest import violent, violent_events

_PUBLISHED = date(1989, 11, 17)

_OPENING = (
    "CLANDESTINE, 17 NOV 89 (RADIO) -- [REPORT] [TEXT] The commander spoke about the talks and the "
    "pressure of several governments. He said the talks would go on. "
)


def test_people_killed_in_a_named_town_are_reported() -> None:
    text = _OPENING + "However, despite this pressure, the priests of the parish were killed in Santa Tecla."
    events = violent(violent_events(text, _PUBLISHED))
    assert [e.location.name for e in events if e.location is not None] == ["Santa Tecla"]


def test_people_killed_without_a_town_stay_talk() -> None:
    text = _OPENING + "However, despite this pressure, the priests of the parish were killed, the bishop said."
    assert violent(violent_events(text, _PUBLISHED)) == []


def test_people_killed_in_recent_years_stay_talk() -> None:
    text = _OPENING + "However, despite this pressure, the priests of the parish were killed in recent years."
    assert violent(violent_events(text, _PUBLISHED)) == []
