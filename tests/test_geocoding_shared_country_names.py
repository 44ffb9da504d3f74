"""A country name two countries share ("Congo") means the one the text's other places lie in."""

from __future__ import annotations

from datetime import date

from conftest import event_place, located


def test_congo_beside_towns_of_the_democratic_republic_is_that_country(gaz) -> None:
    text = "Armed men kidnapped three nurses in eastern Congo, on a road north of Goma in North Kivu province."
    assert located(gaz, text)["Congo"].country_code == "CD"


def test_congo_beside_brazzaville_stays_the_republic(gaz) -> None:
    text = "Gunmen robbed a bus in Congo, some 40 km from Brazzaville."
    assert located(gaz, text)["Congo"].country_code == "CG"


def test_congo_alone_keeps_its_default(gaz) -> None:
    assert located(gaz, "A grenade exploded at a bar in Congo.")["Congo"].country_code == "CG"


def test_an_armed_group_of_one_country_settles_the_name() -> None:
    place = event_place(
        "Fighters of the Allied Democratic Forces shot dead nine farmers at a village in Congo on Tuesday.",
        date(2019, 5, 2),
    )
    assert place is not None and place.country_code == "CD"
