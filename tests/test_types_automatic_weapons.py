"""Event types: grenades or mortars fired together with automatic weapons are a ground assault (an armed
attack), as with rifles or machineguns. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

from conftest import one_violent_event


def test_grenades_with_automatic_weapons_are_an_armed_attack() -> None:
    text = (
        "REBELS ATTACKED THE POLICE POST OF VILLA NUEVA ON MONDAY WITH AUTOMATIC WEAPONS AND GRENADES, "
        "WOUNDING TWO GUARDS."
    )
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Armed Assault", event.to_record()
