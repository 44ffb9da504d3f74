"""A count of weeks back from the report ("two weeks ago") dates a day like a count of days does;
a vague or far count dates nothing. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.dates import find_dates

_PUBLISHED = date(1989, 9, 10)


def _days(text: str) -> list[date | None]:
    return [d.value for d in find_dates(text, 0, len(text), published=_PUBLISHED, anchor=None)]


def test_weeks_counted_back_from_the_report() -> None:
    assert _days("The guard was shot dead two weeks ago.") == [date(1989, 8, 27)]
    assert _days("A week ago, a bomb went off near the bridge.") == [date(1989, 9, 3)]
    assert _days("The office was burned 3 weeks ago.") == [date(1989, 8, 20)]


def test_vague_or_far_weeks_date_no_day() -> None:
    assert _days("A few weeks ago, a bomb went off near the bridge.") == []
    assert _days("The teacher was kidnapped 10 weeks ago.") == []


def test_a_month_back_dates_the_day_thirty_days_before() -> None:
    # "a month ago" counts back like "four weeks ago": a deed told with it is not the report's day's
    assert _days("The pipeline was blown up a month ago.") == [date(1989, 8, 11)]
    assert _days("The mayor was killed one month ago in the square.") == [date(1989, 8, 11)]
    assert _days("A few months ago, a bomb went off near the bridge.") == []
