"""A household counted by its size ("a family of five") is that many people, not one victim; a family
named by whose it is ("the family of the mayor") stays one figure. Sentences are our own."""

from __future__ import annotations

from conftest import totals


def test_a_family_of_five_killed_is_five_dead() -> None:
    assert totals("Gunmen broke into a farmhouse near the river and killed a family of five.") == {"killed": 5}
    # a family named by whose it is has no size
    assert totals("The bomb killed the family of the judge.") == {"killed": 1}


def test_a_family_made_up_of_people_in_the_passive() -> None:
    assert totals("A family made up of seven people were killed when a shell struck their car.") == {"killed": 7}


def test_a_family_composed_of_members_who_died() -> None:
    assert totals("A family composed of four members died in the airstrike on the village.") == {"killed": 4}


def test_the_size_keeps_its_shares() -> None:
    sentence = "A family of six, including three small children, was killed in the blast."
    assert totals(sentence) == {"killed": 6}
