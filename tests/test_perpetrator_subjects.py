"""Perpetrators: a force is the subject of a deed across an adverb ("indiscriminately bombed"), an aside
set off by commas ("the air force, using gunships, has bombed") and after a word that opens a clause
("after army troops attacked in ..."); of forces blamed alike, the one told with its country is coded.
Sentences, places and names are our own."""

from __future__ import annotations

from datetime import date

from conftest import deed_actors as actors
from conftest import violent_events


def test_an_adverb_between_a_force_and_its_deed() -> None:
    text = "AT DAWN THE CORUMBA BATTALION INDISCRIMINATELY BOMBED FARMS NEAR TOLVA."
    assert actors(text, "bombed") == [("Corumba Battalion", "military", "perpetrator")]


def test_an_aside_between_a_force_and_its_deed() -> None:
    text = "THE AIR FORCE, USING TWO HELICOPTERS AND A PLANE, HAS BOMBED VILLAGES NEAR TOLVA."
    assert ("air force", "military", "perpetrator") in actors(text, "bombed")
    # an aside holding a deed of its own is no aside: the force is left without a role
    other = "THE AIR FORCE, AFTER REBELS BOMBED A BRIDGE, HAS PATROLLED THE AREA."
    assert ("air force", "military", None) in actors(other, "bombed")


def test_a_force_after_a_clause_opener_is_the_subject() -> None:
    text = "THE CLASH BEGAN AFTER BOLIVIAN ARMY TROOPS ATTACKED IN THE HAMLET OF TOLVA."
    assert ("bolivian army troops", "military", "perpetrator") in actors(text, "attacked")
    # without the opener, "soldiers attacked in ..." may be a reduced passive: no role is given
    passive = "FOUR SOLDIERS ATTACKED IN THE HAMLET OF TOLVA WERE TAKEN TO HOSPITAL."
    assert ("soldiers", "military", "perpetrator") not in actors(passive, "attacked")


def test_a_group_that_stresses_something_is_a_source() -> None:
    text = "THE GUERRILLAS EMPHASIZED THE CLASH BEGAN IN TOLVA."
    assert actors(text, "clash") == [("guerrillas", "rebels", "source")]


def test_the_force_told_with_its_country_is_coded() -> None:
    text = (
        "   TOLVA, 3 MAR 90 -- [TEXT] THE STUDENTS SAID THE KIDNAPPING OF FOUR LEADERS WAS CARRIED OUT BY "
        "THE ARMY.\n\n   THE KIDNAPPING WAS PLANNED BY THE PERUVIAN ARMY, THEY SAID."
    )
    events = violent_events(text, date(1990, 3, 3))
    assert {p.name for e in events for p in e.perpetrators} == {"peruvian army"}
