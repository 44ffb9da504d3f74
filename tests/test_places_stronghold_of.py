"""Places: "the rebel stronghold of X" names a town a side holds, as "the town of X" does, so a
name the data lacks is kept as the scene rather than the region written after it."""

from __future__ import annotations

from conftest import event_place


def test_a_stronghold_the_data_lacks_is_the_scene() -> None:
    text = (
        "Militants raided a police post in the former rebel stronghold of Qarzuf"
        " in Yemen's Shabwa Governorate, killing three officers."
    )
    place = event_place(text)
    assert place is not None and place.name == "Qarzuf" and place.country_code == "YE"


def test_a_stronghold_of_no_told_country_is_named() -> None:
    place = event_place("Gunmen killed four villagers in the militia stronghold of Velmorant on Saturday.")
    assert place is not None and place.name == "Velmorant"
