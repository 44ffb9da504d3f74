"""Event types: a report's one explosive weapon types a bare "attack" only when no other event of the report
tells a blast of its own; where one does, the weapon belongs to that blast. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

from conftest import violent_events


def test_a_bare_attack_beside_another_events_bomb_stays_an_attack() -> None:
    text = (
        "A bomb exploded at a bank in Villa Nueva on Monday, wounding two guards. "
        "On Tuesday, rebels attacked the town hall of Santa Rosa, 40 km away."
    )
    types = sorted(e.attack_type for e in violent_events(text, date(1990, 3, 8)))
    assert types == ["Armed Assault", "Bombing/Explosion"], types


def test_a_bare_attack_in_a_report_naming_its_dynamite_is_a_bombing() -> None:
    text = "Rebels attacked the town hall of Santa Rosa on Tuesday. Police said dynamite was used."
    types = [e.attack_type for e in violent_events(text, date(1990, 3, 8))]
    assert types == ["Bombing/Explosion"], types
