"""A modifier telling where the counted people were ("standing near the gate", "sitting outside the
cafe") lies between the count and its verb: the count still takes the verb's effect. Sentences are our own."""

from __future__ import annotations

from conftest import totals


def test_people_standing_somewhere_who_died() -> None:
    assert totals("Three porters standing beside the truck also died.") == {"killed": 3}


def test_people_sitting_near_a_place_who_were_hurt() -> None:
    assert totals("Five students sitting near the entrance were injured by flying glass.") == {"wounded": 5}


def test_people_outside_a_place() -> None:
    assert totals("Two guards outside the consulate were wounded when the grenade went off.") == {"wounded": 2}
