"""Geocoding: the second-level unit written after a village is carried as the village's
district, whether the data lacks the unit ("X Upazila") or keeps only its region ("Beni
Territory", held at North Kivu)."""

from __future__ import annotations

from conftest import event_place


def test_an_upazila_the_data_lacks_is_the_village_s_district() -> None:
    place = event_place(
        "A trader was hacked to death in the village of Dolmari in the Karsadi Upazila of the Khulna District."
    )
    assert place is not None and place.name == "Dolmari" and place.admin2 == "Karsadi Upazila"


def test_a_territory_kept_at_its_province_is_the_village_s_district() -> None:
    place = event_place("Rebels killed nine farmers in Wandeko village, Beni Territory, on Saturday night.")
    assert place is not None and place.name == "Wandeko" and place.admin2 == "Beni Territory"
    assert place.admin1 == "North Kivu"
    place = event_place("Soldiers killed six militiamen in a clash at Kimbalu, in Beni territory (North Kivu).")
    assert place is not None and place.name == "Kimbalu" and place.admin2 == "Beni territory"


def test_a_first_level_region_written_after_a_village_is_no_district() -> None:
    place = event_place("Gunmen killed four herders in Wandeko village, Borno State, on Saturday night.")
    assert place is not None and place.name == "Wandeko" and place.admin2 is None
