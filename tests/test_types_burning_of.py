"""Types: a burning named as a noun ("claimed the burning of a bus depot") is an arson, coded as a
facility attack. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

from conftest import one_violent_event


def test_the_burning_of_a_building_is_an_arson() -> None:
    event = one_violent_event(
        "The rebels claimed the burning of a bus depot in Villa Nueva on Monday.", date(1990, 3, 8)
    )
    assert event.attack_type == "Facility/Infrastructure Attack", event.to_record()
