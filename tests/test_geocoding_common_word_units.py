"""Geocoding: a region whose name is a common word ("Bay") is the region when written with its
unit word; a common word before a unit word that names no unit stays no place."""

from __future__ import annotations

from conftest import event_place


def test_a_common_word_region_written_with_its_unit_word() -> None:
    place = event_place("Militants ambushed a supply convoy in the Bay Region on Friday, killing three drivers.")
    assert place is not None and place.name == "Bay Region" and place.country_code == "SO"
    assert place.admin1 == "Bay"


def test_a_village_in_a_common_word_region_is_placed_there() -> None:
    place = event_place("Four herders were shot dead near the Darqaley village in the Bay region on Sunday.")
    assert place is not None and place.country_code == "SO" and place.admin1 == "Bay"


def test_a_common_word_before_a_unit_word_naming_no_unit_is_no_place() -> None:
    place = event_place("Two guards were killed at a checkpoint in the Security District on Sunday.")
    assert place is None or place.name != "Security District"
