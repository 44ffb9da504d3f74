"""Casualties: a report opening with people hurt "by" a person reports an attack even with no event
word and no town; hurt by a thing (debris, a fall) tell none."""

from __future__ import annotations

from conftest import violent_events


def test_people_hurt_by_a_suspect_tell_an_attack() -> None:
    events = violent_events("Three shop assistants were injured at a shopping arcade by a masked suspect on Friday.")
    assert len(events) == 1 and events[0].injuries.best == 3
    events = violent_events("Two ticket inspectors were hurt by unknown assailants late on Sunday.")
    assert len(events) == 1 and events[0].injuries.best == 2


def test_people_hurt_by_a_thing_tell_no_attack() -> None:
    assert violent_events("Four spectators were injured by falling scaffolding on Friday.") == []
