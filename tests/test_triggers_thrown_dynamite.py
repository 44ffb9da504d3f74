"""Sticks of dynamite thrown at a target are a bombing ("two dynamite sticks were thrown at a
bank", "rebels hurled dynamite sticks at the embassy"), even in a sentence with no other event
word. The sentences are written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 9, 3)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_dynamite_sticks_thrown_are_a_bombing() -> None:
    events = _events("ORURO, 3 SEP 89 (EFE) -- Yesterday two dynamite sticks were thrown at a bank in Oruro.")
    assert [e.attack_type for e in events] == ["Bombing/Explosion"]


def test_dynamite_hurled_by_rebels_is_a_bombing() -> None:
    events = _events("ORURO, 3 SEP 89 (EFE) -- REBELS HURLED DYNAMITE STICKS AT THE MAYOR'S OFFICE IN ORURO TODAY.")
    assert [e.attack_type for e in events] == ["Bombing/Explosion"]


def test_a_dynamite_attack_days_before_another_is_told_apart() -> None:
    text = (
        "ORURO, 3 SEP 89 (EFE) -- Early today rebels attacked a radio station in Oruro. Three days "
        "earlier, three dynamite sticks were thrown at the warehouse of a tin company."
    )
    assert sorted(e.date_start for e in _events(text)) == [date(1989, 8, 31), date(1989, 9, 3)]
