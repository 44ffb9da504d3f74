"""Implied attack: armed men described as the subject of a sentence whose people were hurt
("extremists harassed migrant children, two were injured") did it, though no event word names the
deed; a group named there is often the victim's ("X, a former leader of the front, ...") and
gives no deed."""

from __future__ import annotations

from datetime import date

from conftest import violent_events

DAY = date(2019, 3, 15)


def test_masked_extremists_as_subject_of_a_sentence_with_hurt_people() -> None:
    events = violent_events(
        "Masked extremists insulted a group of refugees at a station, four were injured.", published=DAY
    )
    assert len(events) == 1 and events[0].injuries.best == 4


def test_far_right_extremists_chasing_teenagers() -> None:
    events = violent_events(
        "Far-right extremists chased migrant teenagers outside a hostel, two were injured.", published=DAY
    )
    assert len(events) == 1 and events[0].injuries.best == 2


def test_people_hurt_with_no_one_armed_stay_no_attack() -> None:
    assert violent_events("Villagers argued over a fence in Tarvelo, two were injured.", published=DAY) == []
