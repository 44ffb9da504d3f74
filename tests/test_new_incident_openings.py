"""A sentence opening with "In addition," tells another incident than the one before, as "Meanwhile,"
does; "in addition to the bomber, ..." adds people to the same one. Sentences are our own, with invented
names and places."""

from __future__ import annotations

from datetime import date

from conftest import violent_events
from eventwatch.resolve.facts import sentence_facts
from eventwatch.text import split_sentences

_PUBLISHED = date(1990, 3, 3)


def _facts(text: str):  # type: ignore[no-untyped-def]
    sentence = split_sentences(text)[0]
    return sentence_facts(text, sentence, published=_PUBLISHED, anchor=_PUBLISHED, wire_caps=False)


def test_an_opening_in_addition_tells_another_incident() -> None:
    assert _facts("In addition, rebels burned a bus near the market of Velmora.").new_event


def test_in_addition_to_people_tells_no_other_incident() -> None:
    assert not _facts("In addition to the bomber, two guards were killed in the blast at the depot.").new_event


def test_the_hurt_of_the_incident_told_in_addition_stays_with_it() -> None:
    text = (
        "Rebels blew up a truck on the main road of Velmora at 0700 today. According to residents, a bus was "
        "also blown up 4 days ago at the same spot. In addition, a ministry car was destroyed by a bomb near "
        "the ministry at 0900. A street vendor was wounded by the blast."
    )
    hurt = [(e.date_start, e.injuries.best) for e in violent_events(text, _PUBLISHED) if e.injuries.best]
    assert hurt == [(_PUBLISHED, 1)]


def test_hurt_told_in_addition_stay_with_the_deed_before() -> None:
    text = (
        "Rebels attacked a police post in Cali this morning, killing two policemen. In addition, three "
        "civilians were wounded in the attack."
    )
    assert [(e.fatalities.best, e.injuries.best) for e in violent_events(text, _PUBLISHED)] == [(2, 3)]
