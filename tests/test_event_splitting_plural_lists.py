"""A plural deed word over a list of the towns it struck names those incidents: "the banks in X, Y
and Z were the targets of bomb attacks" is one record per town, not talk of attacks in general.
The sentences are written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 2, 10)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def _towns(events: list[Event]) -> list[str]:
    return sorted(e.location.name for e in events if e.location is not None)


def test_offices_in_three_towns_targeted_by_bomb_attacks_are_three_records() -> None:
    text = (
        "Police reported today that a bank branch was damaged by a bomb in Concepcion. Earlier this "
        "week, the offices of the farmers' union in Talca, Temuco and Osorno were the targets of bomb attacks."
    )
    events = _events(text)
    assert _towns(events) == ["Concepción", "Osorno", "Talca", "Temuco"]
    assert {e.attack_type for e in events} == {"Bombing/Explosion"}
    assert len({e.event_id for e in events}) == 4


def test_plural_attacks_without_a_list_of_towns_stay_talk() -> None:
    text = (
        "Police reported today that a bank branch was damaged by a bomb in Concepcion. Bomb attacks "
        "against banks have become a worry for the government."
    )
    assert _towns(_events(text)) == ["Concepción"]


def test_plural_clashes_over_a_list_of_towns_are_not_counted_town_by_town() -> None:
    text = (
        "Police reported today that a bank branch was damaged by a bomb in Concepcion. Clashes were "
        "reported in Talca, Temuco and Osorno."
    )
    assert _towns(_events(text)) == ["Concepción"]
