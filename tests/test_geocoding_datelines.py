"""A town before a comma at the start of a line: a dateline, or a town and the one holding it."""

from __future__ import annotations

from conftest import located


def test_a_title_line_naming_a_town_and_its_city_is_no_dateline(gaz) -> None:
    # Richmond in Virginia is the best-known Richmond; written before London it is London's
    places = located(gaz, "Richmond, London pub bombing\nA bomb wrecked a pub and wounded six drinkers.")
    assert places["Richmond"] is not None and places["Richmond"].country_code == "GB"


def test_a_wire_dateline_still_names_the_best_known_town(gaz) -> None:
    places = located(gaz, "RICHMOND, 3 NOV 89 -- A BOMB WRECKED A PUB AND WOUNDED SIX DRINKERS.")
    assert places["RICHMOND"] is not None and places["RICHMOND"].country_code == "US"
