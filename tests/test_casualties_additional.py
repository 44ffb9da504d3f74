"""Figures that add to the victims told before ("his driver was also killed") and figures that only
contrast with another effect in their own sentence. Sentences are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

from conftest import one_violent_event
from eventwatch.model import Event

_PUBLISHED = date(1990, 3, 3)


def _event(text: str) -> Event:
    return one_violent_event(text, _PUBLISHED)


def test_a_person_also_killed_adds_to_the_named_victim() -> None:
    event = _event(
        "ARDENVILLE, 3 MAR 90 -- MAYOR TOMAS BREVIK WAS MURDERED TODAY BY GUNMEN IN ARDENVILLE. "
        "HIS DRIVER WAS ALSO KILLED IN THE ATTACK."
    )
    assert event.fatalities.best == 2


def test_counted_people_also_killed_add_to_the_named_victim() -> None:
    event = _event(
        "ARDENVILLE, 3 MAR 90 -- Judge Tomas Brevik was shot dead today by gunmen in Ardenville. "
        "Two of his bodyguards were also killed in the attack."
    )
    assert event.fatalities.best == 3


def test_another_that_contrasts_with_the_dead_of_its_sentence_adds_nothing() -> None:
    event = _event(
        "ARDENVILLE, 3 MAR 90 -- Gunmen attacked an army patrol in Ardenville today. Two soldiers were "
        "wounded. The army said one soldier died and another four were wounded during the clash."
    )
    assert event.injuries.best == 4


def test_another_after_the_same_effect_still_adds() -> None:
    event = _event(
        "ARDENVILLE, 3 MAR 90 -- Gunmen attacked an army patrol in Ardenville today. Two soldiers were "
        "wounded in the first volley. Another five soldiers were wounded when the patrol returned fire."
    )
    assert event.injuries.best == 7
