"""First-level regions are written with the English names analysts use, whatever the
spelling of the gazetteer's source."""

from __future__ import annotations

from conftest import event_place


def test_a_town_carries_the_english_name_of_its_region() -> None:
    place = event_place("Gunmen killed four villagers near Butembo on Sunday, local officials said.")
    assert place is not None and place.admin1 == "North Kivu"


def test_a_region_named_alone_takes_its_english_name() -> None:
    place = event_place("A roadside bomb killed three soldiers in Khost province on Tuesday.")
    assert place is not None and place.country_code == "AF" and place.admin1 == "Khost"
