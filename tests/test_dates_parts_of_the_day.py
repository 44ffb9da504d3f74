"""Parts of a day told against the report's day: "last evening" is yesterday's evening, as "last
night" is. Sentences are our own, with invented places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.dates import find_dates

_PUBLISHED = date(1990, 5, 10)


def _days(text: str, anchor: date | None = None) -> list[date | None]:
    return [d.value for d in find_dates(text, 0, len(text), published=_PUBLISHED, anchor=anchor)]


def test_last_evening_is_yesterday() -> None:
    assert _days("Gunmen fired on a bus in Tarso last evening.") == [date(1990, 5, 9)]
