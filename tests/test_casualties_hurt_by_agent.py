"""People who hurt others with an active verb ("several men wounded a watchman") did a deed of their
own: told with its own day and town it is a record, not the wounded of the record before it. The
passive and the hurt counted before the verb stay the toll of the deed told before. Texts are our own,
with invented places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse

DEED = "LIMA, 4 MAR 90 -- Guerrillas blew up a power pylon in Huancayo on 2 March. "


def _records(text: str):
    return analyse(Article(doc_id="t", text=text, published=date(1990, 3, 4)))


def _pylon(events):
    return next(e for e in events if e.location and e.location.name == "Huancayo")


def test_an_agent_who_wounded_someone_elsewhere_is_a_deed_of_its_own() -> None:
    events = _records(DEED + "On 3 March several armed men wounded a night watchman at a bank in Cusco.")
    assert _pylon(events).injuries.best is None
    other = next(e for e in events if e.location and e.location.name == "Cusco")
    assert other.injuries.best == 1
    assert other.date_start == date(1990, 3, 3)


def test_the_passive_stays_the_toll_of_the_deed_before() -> None:
    events = _records(DEED + "Two guards were wounded by the blast.")
    assert len(events) == 1
    assert _pylon(events).injuries.best == 2


def test_the_hurt_counted_before_the_verb_stay_the_toll() -> None:
    events = _records(DEED + "Three soldiers wounded in the blast were taken to a hospital.")
    assert len(events) == 1
    assert _pylon(events).injuries.best == 3


def test_people_who_wounded_someone_did_an_armed_assault_not_the_report_s_bombing() -> None:
    events = _records(DEED + "On 3 March several armed men wounded a night watchman at a bank in Cusco.")
    other = next(e for e in events if e.location and e.location.name == "Cusco")
    assert other.attack_type == "Armed Assault"
