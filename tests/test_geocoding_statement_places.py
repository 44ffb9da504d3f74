"""A place written after a verb of saying and "in" is where something was said or broadcast ("the
governor said in Lima", "radio reports broadcast in Bogota"), not where the deed happened. The
sentences are written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 6, 3)


def _places(text: str) -> list[str]:
    events: list[Event] = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    return [e.location.name for e in events if e.location is not None]


def test_said_in_a_town_is_where_the_statement_was_made() -> None:
    text = "HUANCAYO, 3 JUN 89 (EFE) -- Rebels blew up two power pylons today, the regional governor said in Lima."
    assert _places(text) == ["Huancayo"]


def test_reports_broadcast_in_a_town_do_not_place_the_deed() -> None:
    text = (
        "Today, Medellin once again suffered bomb attacks when four bank branches were damaged by "
        "explosives, according to radio reports broadcast in Bogota."
    )
    assert _places(text) == ["Medellín"]


def test_attacks_reported_in_a_town_happened_there() -> None:
    text = "LIMA, 3 JUN 89 (EFE) -- Bomb attacks on two banks were reported in Huancayo today."
    assert _places(text) == ["Huancayo"]
