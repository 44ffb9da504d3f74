"""A sentence that only counts the dead or hurt reports another incident, not the record's toll,
when it names another town than the record's and tells a cause of its own ("one man died when a
train was derailed near X"), or names another day written out in full ("On 28 February three
soldiers were wounded" after a deed of 2 March); one naming no other town or day, or the record's
own, still counts the record's dead. Texts are our own, with invented places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse

DEED = "LIMA, 4 MAR 90 -- Guerrillas blew up a power pylon in Huancayo on 2 March. "


def _records(text: str):
    return analyse(Article(doc_id="t", text=text, published=date(1990, 3, 4)))


def _pylon(events):
    return next(e for e in events if e.location and e.location.name == "Huancayo")


def test_a_death_with_its_own_cause_in_another_town_is_not_the_toll() -> None:
    events = _records(DEED + "One person died when a freight train was derailed near Cusco.")
    assert _pylon(events).fatalities.best is None


def test_a_death_in_the_same_town_is_the_toll() -> None:
    events = _records(DEED + "One person died when the pylon fell in Huancayo.")
    assert _pylon(events).fatalities.best == 1


def test_a_death_naming_no_town_is_the_toll() -> None:
    events = _records(DEED + "One person died when the pylon fell.")
    assert _pylon(events).fatalities.best == 1


def test_a_toll_on_another_day_is_not_the_record_s() -> None:
    events = _records(DEED + "On 28 February three soldiers were wounded.")
    assert _pylon(events).injuries.best is None


def test_a_toll_on_the_record_s_day_is_the_record_s() -> None:
    events = _records(DEED + "On 2 March three soldiers were wounded.")
    assert _pylon(events).injuries.best == 3
