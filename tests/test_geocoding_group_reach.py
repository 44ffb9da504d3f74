"""An armed group that raids its neighbours: the neighbour's people named say where."""

from __future__ import annotations

from conftest import located


def test_a_neighbours_soldiers_place_a_town_the_data_lacks_in_their_country(gaz) -> None:
    places = located(
        gaz, "Four Nigerien gendarmes died when Boko Haram fighters stormed their camp at Tchoukou Wanou on Friday."
    )
    assert places["Tchoukou Wanou"] is not None and places["Tchoukou Wanou"].country_code == "NE"


def test_the_group_alone_still_says_its_home_country(gaz) -> None:
    places = located(gaz, "Three herders were killed in a Boko Haram raid on the village of Kourouma.")
    assert places["Kourouma"] is not None and places["Kourouma"].country_code == "NG"


def test_a_group_without_listed_neighbours_keeps_its_country_over_foreign_troops(gaz) -> None:
    places = located(gaz, "Ethiopian troops were ambushed by al-Shabaab fighters near the village of Qorvandhere.")
    assert places["Qorvandhere"] is not None and places["Qorvandhere"].country_code == "SO"
