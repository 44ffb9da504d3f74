"""A day counted back from the report ("two days ago", "8 days ago") dates the deed told beside it,
and keeps a deed of that day apart from the report's news of today. The sentences are written for
these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.dates import find_dates
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 9, 10)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def _days(text: str) -> list[date | None]:
    return [d.value for d in find_dates(text, 0, len(text), published=_PUBLISHED, anchor=None)]


def test_days_counted_back_from_the_report() -> None:
    assert _days("The mayor was shot dead 8 days ago.") == [date(1989, 9, 2)]
    assert _days("Two days ago, a bomb went off.") == [date(1989, 9, 8)]
    assert _days("A day ago, a bomb went off.") == [date(1989, 9, 9)]


def test_vague_or_far_counts_date_no_day() -> None:
    assert _days("A few days ago, a bomb went off.") == []
    assert _days("The judge was kidnapped 55 days ago.") == []


def test_a_deed_of_days_ago_is_kept_apart_from_todays_news() -> None:
    text = (
        "CALI, 10 SEP 89 (EFE) -- [TEXT] Gunmen killed two police officers in Cali today. "
        "Three days ago, a bomb exploded at a bank branch in Cali, wounding four people."
    )
    events = _events(text)
    assert sorted((e.date_start, e.fatalities.best, e.injuries.best) for e in events) == [
        (date(1989, 9, 7), None, 4),
        (date(1989, 9, 10), 2, None),
    ]
