"""Perpetrators: a word of blame before "members of the ..." blames the members, and so their force
("accusing members of the navy of the massacre"). Sentences are our own."""

from __future__ import annotations

from conftest import deed_actors as actors


def test_accusing_members_of_a_force_blames_the_force() -> None:
    text = "THE BISHOP IS ACCUSING MEMBERS OF THE ARMED FORCES OF THE MASSACRE IN THE VALLEY."
    assert ("armed forces", "military", "perpetrator") in actors(text, "massacre")


def test_members_of_a_force_without_blame_are_not_accused() -> None:
    text = "THE BISHOP IS MEETING MEMBERS OF THE ARMED FORCES AFTER THE MASSACRE IN THE VALLEY."
    assert ("armed forces", "military", "perpetrator") not in actors(text, "massacre")
