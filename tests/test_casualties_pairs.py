"""Nouns that always name two people count two: "their parents were injured", "killed a farmer and his
parents", "an elderly couple was killed"; "a couple of" stays a vague few. Sentences are our own."""

from __future__ import annotations

from conftest import totals


def test_owned_parents_as_the_subject_are_two() -> None:
    assert totals("Four pupils were killed and their parents were hurt in the shelling.") == {"killed": 4, "wounded": 2}


def test_owned_parents_after_another_victim_are_two_more() -> None:
    assert totals("Masked raiders wounded a shepherd and his parents.") == {"wounded": 3}


def test_owned_parents_as_the_object_are_two() -> None:
    assert totals("The blast killed a baby girl and wounded her parents.") == {"killed": 1, "wounded": 2}
    # a deed not done counts no one
    assert totals("The man had threatened to kill his parents.") == {}


def test_a_couple_is_two() -> None:
    assert totals("An elderly couple was killed when the mortar round struck their kitchen.") == {"killed": 2}
