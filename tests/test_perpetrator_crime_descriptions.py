"""Perpetrators: a description that already says which criminal or political milieu did a deed ("a drug-trafficking
organization", "the ultraleftist groups") is a perpetrator in its own words, as analysts code it. Sentences,
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


def test_a_political_milieu_blamed_for_a_murder_is_named_as_blamed() -> None:
    text = (
        "   SAN SALVADOR, 3 MAR 90 -- [TEXT] THE INTERIOR MINISTER TODAY CONDEMNED THE MURDER OF THREE "
        "TEACHERS IN SANTA ANA AND BLAMED THE ULTRALEFTIST GROUPS FOR IT.\n\n"
        "   THE FMLN HAS LAUNCHED AN OFFENSIVE IN THE NORTH OF THE COUNTRY."
    )
    assert _names(text) == ["ultraleftist groups"]
