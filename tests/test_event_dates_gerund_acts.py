"""A day told after a gerund of another act ("two weeks after taking office on 30 June", "shortly
after leaving the capital on Monday") dates that act, not the killing the sentence tells. The
sentences are written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 7, 14)


def _dated(text: str) -> list[tuple[date | None, str]]:
    events = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    return [(e.date_start, e.date_precision) for e in events]


def test_the_day_a_mayor_took_office_does_not_date_his_murder() -> None:
    text = (
        "Gunmen shot dead the new mayor of Ilopango in front of the town hall together with his driver, "
        "barely two weeks after taking office on 30 June."
    )
    assert _dated(text) == [(date(1989, 7, 14), "week")]


def test_a_day_beside_the_deed_still_dates_it() -> None:
    text = "Gunmen shot dead the new mayor of Ilopango yesterday, two weeks after taking office."
    assert _dated(text) == [(date(1989, 7, 13), "day")]
