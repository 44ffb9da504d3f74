"""A condemnation follows the news: "the council condemned the recent murder of two judges" tells of
one deed just done, named by its victims, so the report codes it even without a day or a toll. A
condemned deed that names no one it was done to ("condemned the attack"), several deeds ("condemned
the killings") or a deed dated long ago stay passing references. The sentences are written for
these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from conftest import violent, violent_events

_PUBLISHED = date(1990, 1, 18)

_OPENING = (
    "QUITO, 18 JAN 90 (RADIO) -- [TEXT] The regional committee of the party ended its meeting today. "
    "It called for free elections and discussed the price of oil. It also voted on a new budget. "
)


def test_a_condemned_murder_named_by_its_victims_is_reported() -> None:
    text = _OPENING + (
        "In addition, the council deplored the recent murder in Guatemala of the two union organisers "
        "Julio Arenas Mota and Rosa Elvira Campos."
    )
    events = violent(violent_events(text, _PUBLISHED))
    assert len(events) == 1
    assert events[0].location is not None and events[0].location.country == "Guatemala"


def test_a_repudiated_murder_of_an_officer_is_reported() -> None:
    text = _OPENING + "Our union can only repudiate the brutal murder of one officer of the traffic police."
    assert len(violent(violent_events(text, _PUBLISHED))) == 1


def test_a_condemned_attack_naming_no_victim_stays_a_passing_reference() -> None:
    text = _OPENING + "In addition, the committee condemned the attack and asked for an inquiry."
    assert violent(violent_events(text, _PUBLISHED)) == []


def test_condemned_killings_stay_talk() -> None:
    text = _OPENING + "In addition, the committee condemned the killings of political leaders in the region."
    assert violent(violent_events(text, _PUBLISHED)) == []


def test_a_condemned_murder_dated_long_ago_stays_background() -> None:
    text = _OPENING + ("In addition, the committee condemned the murder of Archbishop Julio Arenas on 24 March 1980.")
    assert violent(violent_events(text, _PUBLISHED)) == []
