"""Geocoding: a national capital against a small namesake in the country a report is filed from."""

from __future__ import annotations

from datetime import date

from conftest import event_place

_FILED_FROM_MEXICO = "   MEXICO CITY (MEXICO), 3 JUN 90 (NOTIMEX) -- [TEXT] "


def test_the_capital_of_the_country_whose_rebels_are_named_is_meant() -> None:
    text = _FILED_FROM_MEXICO + (
        "HEAVY FIGHTING WAS REPORTED TODAY IN SAN SALVADOR, WHERE FMLN REBELS ATTACKED AN ARMY POST "
        "AND KILLED 4 SOLDIERS."
    )
    place = event_place(text, date(1990, 6, 3))
    assert place is not None and place.name == "San Salvador" and place.country_code == "SV"


def test_the_small_namesake_at_home_stays_when_the_capital_s_country_is_not_named() -> None:
    text = _FILED_FROM_MEXICO + "GUNMEN KILLED 2 POLICEMEN IN SAN SALVADOR TODAY."
    place = event_place(text, date(1990, 6, 3))
    assert place is not None and place.country_code == "MX"


def test_a_dateline_names_the_capital_over_a_bigger_namesake() -> None:
    text = "   SAN JOSE, 4 NOV 89 (AFP) -- [TEXT] A BOMB EXPLODED AT A BANK HERE TODAY, KILLING 2 GUARDS."
    place = event_place(text, date(1989, 11, 4))
    assert place is not None and place.country_code == "CR"


def test_a_dateline_keeps_a_namesake_many_times_bigger_than_the_capital() -> None:
    text = "   HAMILTON, 4 NOV 89 (AFP) -- [TEXT] A BOMB EXPLODED AT A BANK HERE TODAY, KILLING 2 GUARDS."
    place = event_place(text, date(1989, 11, 4))
    assert place is not None and place.country_code != "BM"
