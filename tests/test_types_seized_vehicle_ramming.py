"""Event types: a road vehicle seized to ram people ("hijacked a lorry and drove it into the crowd") is
the means of the attack, which types the event; a bus or plane seized with those aboard, or a truck
seized for its load, stays a hijacking. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import one_violent_event


@pytest.mark.parametrize(
    "text",
    [
        "Two men hijacked a lorry in Villa Nueva, drove it into a crowded square and stabbed passers-by, killing six.",
        "Four people were killed when a van ploughed into a queue at a market in Villa Nueva. "
        "The van had been hijacked an hour before the attack.",
    ],
)
def test_a_vehicle_seized_to_ram_people_is_an_armed_attack(text: str) -> None:
    event = one_violent_event(text, date(2016, 9, 2))
    assert event.attack_type == "Armed Assault", event.to_record()


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen hijacked a bus near Villa Nueva and killed two of its passengers.",
        "Gunmen hijacked a truck loaded with flour on the road out of Villa Nueva and killed its driver.",
    ],
)
def test_a_seized_carrier_or_load_stays_a_hijacking(text: str) -> None:
    event = one_violent_event(text, date(2016, 9, 2))
    assert event.attack_type == "Hijacking", event.to_record()
