"""A place told right after a verb of saying and its day ("the president said today in Caracas
that ...") is where the statement was made, not where the deed it tells of happened, as one told
right after the verb is ("said in Caracas"). The sentences are written for these tests; names are
invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 5, 18)


def _countries(text: str) -> list[str | None]:
    events = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    return [e.location.country if e.location else None for e in events]


def test_said_today_in_a_town_places_the_statement() -> None:
    text = (
        "The Honduran foreign minister said today in Caracas that a death squad took part in the "
        "murder in Guatemala of union leader Pablo Ruano Vidal on 12 May."
    )
    assert _countries(text) == ["Guatemala"]
