"""Perpetrators: a description that already says which criminal milieu did a deed ("a drug-trafficking
organization") is a perpetrator in its own words, as analysts code it. Sentences,
places and names are our own."""

from __future__ import annotations

from datetime import date

from conftest import violent_events


def _names(text: str) -> list[str]:
    events = violent_events(text, date(1990, 3, 3))
    return [p.name.lower() for e in events for p in e.perpetrators]


def test_members_of_a_trafficking_organization_are_the_doers() -> None:
    text = (
        "   CALI, 3 MAR 90 -- MEMBERS OF A NARCOTICS-TRAFFICKING ORGANIZATION SET OFF TWO BOMBS "
        "AT A BANK IN CALI, POLICE SAID."
    )
    assert any("trafficking organization" in n for n in _names(text))
