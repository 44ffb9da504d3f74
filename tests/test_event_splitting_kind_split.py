"""A later sentence of a draft that tells, singly and as news, a deed of another family than the
draft's first deeds (a bombing after a killing, a kidnapping after a bombing) is an incident of its
own, as MUC-4 codes it: the same day and place, without the figures, which stay with the first deed.
A deed named again ("the attack") stays with the first. The sentences are written for these tests;
names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1991, 3, 3)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_a_bomb_set_off_after_a_killing_is_a_bombing_of_its_own() -> None:
    text = (
        "LIMA, 3 MAR 91 -- Police said that armed men yesterday shot dead the night watchman of a "
        "cooperative in Huanta. Shortly afterwards the same men blew up a power pylon in Huanta."
    )
    events = _events(text)
    assert len(events) == 2
    assert {e.date_start for e in events} == {date(1991, 3, 2)}
    assert {e.location.name for e in events if e.location} == {"Huanta"}


def test_an_attack_named_again_stays_one_record() -> None:
    text = (
        "LIMA, 3 MAR 91 -- Armed men yesterday shot dead the night watchman of a cooperative in "
        "Huanta. Police blamed the attack on rebels."
    )
    assert len(_events(text)) == 1
