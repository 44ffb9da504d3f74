"""Perpetrators: actors joined by "and" to the one a text blames share the blame ("blamed on the police
and government agents"); the two sides of a fight ("the rebels and the army clashed") do not. Sentences,
places and names are our own."""

from __future__ import annotations

from datetime import date

from conftest import deed_actors as actors
from conftest import found_actors, violent_events


def test_an_actor_joined_to_the_blamed_one_is_blamed_too() -> None:
    found = actors("THE UNION BLAMED THE BOMBING ON THE ARMY AND GOVERNMENT AGENTS.", "bombing")
    assert ("the army", "military", "perpetrator") in found
    assert ("government", "state forces", "perpetrator") in found


def test_two_sides_of_a_fight_are_not_one_blame() -> None:
    found = found_actors("THE REBELS AND THE POLICE CLASHED NEAR THE BRIDGE, KILLING TWO.", "clashed")
    assert [a.joined for a in found] == [False, False]
    text = "   VALDORA, 4 MAR 90 -- [TEXT] THE REBELS AND THE POLICE CLASHED IN VALDORA ON 2 MARCH, LEAVING FIVE DEAD."
    assert all(len(e.perpetrators) <= 1 for e in violent_events(text, date(1990, 3, 4)))


def test_the_record_names_every_actor_blamed_together() -> None:
    text = (
        "   VALDORA, 4 MAR 90 -- [TEXT] A BOMB KILLED THREE TEACHERS IN VALDORA ON 2 MARCH, "
        "AN ATTACK THE TEACHERS' UNION HAS BLAMED ON THE ARMY AND GOVERNMENT AGENTS."
    )
    events = violent_events(text, date(1990, 3, 4))
    assert [[p.name for p in e.perpetrators] for e in events] == [["the army", "government"]]
