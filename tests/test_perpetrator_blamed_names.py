"""Perpetrators: in wire copy in capitals, a group's name is read where the text holds it responsible
("hold the ... Movement responsible"); a deed told of unnamed soldiers in a report that blames a named
force is coded to that force. Sentences, places and names are our own."""

from __future__ import annotations

from datetime import date

from conftest import deed_actors as actors
from conftest import violent_events


def test_a_group_held_responsible_is_named_and_blamed() -> None:
    text = "THE POLICE HOLD THE RED DAWN REVOLUTIONARY MOVEMENT RESPONSIBLE FOR THE ATTACK."
    assert ("Red Dawn Revolutionary Movement", "rebels", "perpetrator") in actors(text, "attack")
    blamed = actors("THE MAYOR BLAMED THE BLACK HAND FRONT FOR THE ATTACK.", "attack")
    assert ("Black Hand Front", "rebels", "perpetrator") in blamed


def test_words_after_blame_without_an_organisation_word_are_no_name() -> None:
    found = actors("THE MAYOR BLAMED THE BAD WEATHER FOR THE ATTACK.", "attack")
    assert found == []


def test_unnamed_soldiers_are_coded_as_the_named_force_the_report_blames() -> None:
    text = (
        "   TOLVA, 3 MAR 90 -- [TEXT] SOLDIERS SHOT DEAD FOUR PEASANTS IN TOLVA YESTERDAY.\n\n"
        "   HUMAN RIGHTS GROUPS SAID THAT 20 PEASANTS WERE KILLED BY THE SALVADORAN ARMY IN TOLVA LAST YEAR."
    )
    events = violent_events(text, date(1990, 3, 3))
    first = min(events, key=lambda e: e.evidence[0].start)
    assert [p.name for p in first.perpetrators] == ["FAES: Salvadoran Army"]
