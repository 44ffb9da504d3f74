"""A country written with a possessive ("Chile's embassy", "Peru's consul") says whose office is
meant, not where a deed happened, so a country written after "in" in the same sentence comes
first. The sentences are written for these tests; names are invented."""

from __future__ import annotations

from datetime import date

from conftest import violent, violent_events

_PUBLISHED = date(1989, 11, 22)


def test_a_country_after_in_beats_a_possessive_country() -> None:
    text = (
        "SANTIAGO, 22 NOV 89 (RADIO) -- [TEXT] Guerrillas bombed the car of a member of Chile's "
        "diplomatic mission in El Salvador on Monday, wounding his driver."
    )
    events = violent(violent_events(text, _PUBLISHED))
    assert [e.location.country for e in events] == ["El Salvador"]


def test_a_possessive_country_alone_is_still_where() -> None:
    text = (
        "LIMA, 22 NOV 89 (RADIO) -- [TEXT] Guerrillas bombed Peru's main power line on Monday, "
        "leaving the capital without light."
    )
    events = violent(violent_events(text, _PUBLISHED))
    assert [e.location.country for e in events] == ["Peru"]


def test_a_possessive_country_after_in_holds_the_town() -> None:
    text = (
        "A bomb went off at an army post in Niger's western region near the town of Tillaberi on "
        "Monday, killing three soldiers of Chad's contingent."
    )
    events = violent(violent_events(text, _PUBLISHED))
    assert [e.location.country for e in events] == ["Niger"]
