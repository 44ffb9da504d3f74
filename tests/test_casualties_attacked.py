"""People counted by an attack verb ("stabbed three people") include the dead the report tells among
them: the hurt are the rest. Sentences are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(2016, 5, 4)


def _event(text: str) -> Event:
    events = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    assert len(events) == 1
    return events[0]


def test_killing_some_of_those_stabbed_leaves_the_rest_hurt() -> None:
    event = _event("A man stabbed four shoppers at a market in Velmora on Tuesday, killing one of them.")
    assert (event.fatalities.best, event.injuries.best) == (1, 3)


def test_a_next_sentence_that_splits_the_count_gives_the_hurt() -> None:
    event = _event(
        "An assailant entered a cafe in Velmora on Tuesday and stabbed three customers. "
        "One of them died and two others were wounded in the attack."
    )
    assert (event.fatalities.best, event.injuries.best) == (1, 2)


def test_a_split_that_does_not_add_up_leaves_the_count() -> None:
    event = _event(
        "An assailant entered a cafe in Velmora on Tuesday and stabbed five customers. "
        "One of them died and two others were wounded in the attack."
    )
    assert event.injuries.best == 5


def test_the_attacker_shot_dead_is_none_of_the_attacked() -> None:
    event = _event(
        "An assailant stabbed two guards at the gate of a barracks in Velmora on Tuesday. "
        "He was shot dead and a third guard was hurt by a stray bullet."
    )
    assert event.injuries.best == 2
