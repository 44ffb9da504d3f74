"""A day told between a speaker and the verb of saying ("the president today urged ...") dates the
statement, as one told right after the verb does ("said today"): when the sentence names another
day for the deed ("the murder of the union leader 2 days ago"), that day dates the deed. The
sentences are written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 1, 15)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_a_statement_day_before_the_verb_gives_way_to_the_deed_day() -> None:
    text = (
        "SAN JOSE, 15 JAN 90 (EFE) -- The bishop of the diocese today urged the government to order a full "
        "inquiry into the murder of union leader Mario Vela Cruz in Coban 2 days ago."
    )
    assert [e.date_start for e in _events(text)] == [date(1990, 1, 13)]


def test_a_statement_day_alone_still_dates_the_report() -> None:
    text = (
        "SAN JOSE, 15 JAN 90 (EFE) -- The bishop of the diocese today urged the government to order a full "
        "inquiry into the murder of union leader Mario Vela Cruz in Coban."
    )
    assert [e.date_start for e in _events(text)] == [date(1990, 1, 15)]
