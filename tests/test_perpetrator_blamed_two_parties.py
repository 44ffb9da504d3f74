"""Perpetrators: a blamed name in wire capitals stops at "and the": "blamed the X Front and the Y
Commandos for ..." blames two parties, each read as its own group (extract/actors._blamed_runs), where
one run read them as a single group or as none. Sentences and names are our own."""

from __future__ import annotations

from conftest import deed_actors as actors


def test_two_named_groups_blamed_are_two_perpetrators() -> None:
    found = actors("THE FARMERS BLAMED THE GREEN TIGER COMMANDOS AND THE RED HAND FRONT FOR THE MASSACRE.", "massacre")
    assert ("Green Tiger Commandos", "militants", "perpetrator") in found
    assert ("Red Hand Front", "rebels", "perpetrator") in found


def test_two_named_groups_held_responsible() -> None:
    text = "THE STRIKERS HOLD THE RED DAWN FRONT AND THE NORTHERN VANGUARD COMMAND RESPONSIBLE FOR THE BOMBING."
    found = actors(text, "bombing")
    assert ("Red Dawn Front", "rebels", "perpetrator") in found
    assert ("Northern Vanguard Command", "militants", "perpetrator") in found


def test_a_named_group_blamed_with_the_government() -> None:
    found = actors("THE FARMERS BLAMED THE RED HAND FRONT AND THE GOVERNMENT FOR THE MASSACRE.", "massacre")
    assert ("Red Hand Front", "rebels", "perpetrator") in found


def test_no_name_without_an_end_of_blame() -> None:
    found = actors("THE FARMERS BLAMED THE RED HAND FRONT AND THE ANGRY CROWD.", "massacre")
    assert not any(name == "Red Hand Front" for name, *_ in found)
