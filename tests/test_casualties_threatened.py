"""A count of people someone threatened, planned or tried to kill or seize ("the rebels have
threatened to kill 10 mayors") counts no one who suffered: it is no toll, neither of a record of its
own nor of the deed told before it. Texts are our own, with invented places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse

DEED = "LIMA, 4 MAR 90 -- Guerrillas blew up a power pylon in Huancayo on 2 March. "


def _records(text: str):
    return analyse(Article(doc_id="t", text=text, published=date(1990, 3, 4)))


def test_a_threat_to_kill_is_no_toll() -> None:
    events = _records(DEED + "The rebels have threatened to kill 10 mayors for every rebel jailed.")
    assert all(e.fatalities.best is None for e in events)


def test_a_plan_to_kidnap_is_no_count() -> None:
    events = _records(DEED + "Police said the rebels planned to kidnap two ministers.")
    assert all(e.kidnapped is None for e in events)


def test_a_threat_then_a_killing_keeps_its_toll() -> None:
    events = _records(DEED + "The rebels threatened the town and killed 10 mayors.")
    assert any(e.fatalities.best == 10 for e in events)
