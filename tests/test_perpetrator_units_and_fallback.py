"""Perpetrators: units of the state's forces, people told by their uniforms, members of a group after
"by", and descriptions of a milieu kept as written. Sentences, places and names are our own."""

from __future__ import annotations

from datetime import date

from conftest import deed_actors as actors
from conftest import violent_events


def perpetrators(text: str) -> list[str]:
    events = violent_events(text, date(1990, 3, 9))
    assert events, text
    return [p.name for e in events for p in e.perpetrators]


def test_a_numbered_unit_blamed_for_a_killing_is_named() -> None:
    text = (
        "THE MURDER OF TWO TEACHERS IN EL ROBLE WAS CARRIED OUT BY THE 4TH MILITARY DETACHMENT, "
        "THE TEACHERS' UNION OF TOLVA SAID TODAY."
    )
    assert "4th Military Detachment" in perpetrators(text)


def test_a_named_battalion_is_state_forces_and_acts_only_when_blamed() -> None:
    blamed = actors("THE PEASANTS WERE KILLED BY THE CORUMBA BATTALION.", "killed")
    assert ("Corumba Battalion", "military", "perpetrator") in blamed
    # forces merely present ("reacted", "repelled") do not take a deed told in the sentence
    present = actors("THE 2D INFANTRY BRIGADE REACTED QUICKLY AFTER THE BOMB EXPLODED.", "exploded")
    assert [(n, r) for n, _, r in present] == [("2d Infantry Brigade", None)]


def test_a_company_that_is_a_business_is_not_a_unit() -> None:
    assert actors("A BOMB DAMAGED THE TELEPHONE COMPANY OFFICES.", "damaged") == []


def test_men_in_military_uniforms_are_state_forces() -> None:
    found = actors("THE MAYOR WAS SHOT BY A GROUP OF ARMED INDIVIDUALS WEARING ARMY UNIFORMS.", "shot")
    assert found == [("a group of armed individuals wearing army uniforms", "military", "perpetrator")]
    # a school uniform says nothing about who did it
    assert actors("THREE PUPILS WEARING SCHOOL UNIFORMS WERE SHOT IN TOLVA.", "shot") == []


def test_members_of_a_force_after_by_are_the_perpetrators() -> None:
    found = actors("THE STUDENT WAS KIDNAPPED BY MEMBERS OF THE NATIONAL POLICE.", "kidnapped")
    assert ("national police", "police", "perpetrator") in found


def test_a_deed_attributed_to_a_milieu_names_it() -> None:
    found = actors("THE AUTHORITIES ATTRIBUTED THE MURDER TO THE DRUG MAFIAS.", "murder")
    assert ("drug mafias", "militants", "perpetrator") in found


def test_the_drug_mafias_told_as_doers_are_not_replaced_by_a_cartel_named_elsewhere() -> None:
    text = (
        "A car bomb left by drug traffickers exploded in Tolva today, killing three people. "
        "The Extraditables later threatened judges in a communique."
    )
    assert perpetrators(text) == ["drug traffickers"]


def test_forces_being_charged_with_a_death_are_the_accused() -> None:
    found = actors("THE POLICE ARE BEING CHARGED WITH THE DEATH OF A STUDENT IN TOLVA.", "death")
    assert ("police", "police", "perpetrator") in found
