"""Perpetrators: a deed done "by the high command of the army" or "by the commander of the police" is
the force's deed, as one done "by members of the army" is; the force is not what the deed was done to.
Sentences, places and names are our own."""

from __future__ import annotations

from conftest import deed_actors as actors


def test_ordered_by_the_high_command_of_a_force() -> None:
    text = "The raid on the farming village was ordered by the high command of the armed forces."
    assert ("armed forces", "military", "perpetrator") in actors(text, "raid")


def test_carried_out_by_the_general_staff_of_a_force_in_capitals() -> None:
    text = "THE BOMBING OF THE TRADE OFFICE WAS CARRIED OUT BY THE GENERAL STAFF OF THE POLICE, THE UNION SAID."
    assert ("police", "police", "perpetrator") in actors(text, "bombing")


def test_done_by_the_commander_of_a_force() -> None:
    text = "The shooting of the two farmers near Valdora was carried out by the commander of the army."
    assert ("the army", "military", "perpetrator") in actors(text, "shooting")


def test_a_force_whose_commander_was_killed_is_not_the_doer() -> None:
    text = "The commander of the army was killed in an ambush near Valdora on Monday."
    assert all(role != "perpetrator" for _, _, role in actors(text, "killed"))
