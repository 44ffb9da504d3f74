"""A count of days or weeks before or after the day the story has reached ("Three days earlier, ...",
"A week later, ...") dates the clause it opens, counted from the last full day told before it; after
a noun ("the crackdown three days earlier") it is that noun's day and dates nothing. The sentences are
written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.dates import find_dates
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 9, 10)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def _days(text: str, anchor: date | None = _PUBLISHED) -> list[date | None]:
    return [d.value for d in find_dates(text, 0, len(text), published=_PUBLISHED, anchor=anchor)]


def test_a_count_of_days_or_weeks_from_the_storys_day() -> None:
    assert _days("Three days earlier, a bomb went off.", date(1989, 9, 6)) == [date(1989, 9, 3)]
    assert _days("However, only 4 days later, the judge was shot dead.", date(1989, 9, 1)) == [date(1989, 9, 5)]
    assert _days("A week later, a car bomb blew up.", date(1989, 8, 20)) == [date(1989, 8, 27)]
    assert _days("TWO WEEKS EARLIER, REBELS ATTACKED A POST.", date(1989, 9, 8)) == [date(1989, 8, 25)]


def test_the_count_starts_from_a_day_told_earlier_in_the_sentence() -> None:
    text = "On 2 August a car bomb destroyed a newspaper and 5 weeks later another car bomb hit a bank."
    assert _days(text, date(1989, 7, 1)) == [date(1989, 8, 2), date(1989, 9, 6)]


def test_a_count_after_a_noun_dates_no_clause() -> None:
    assert _days("Crowds protested against the crackdown three days earlier.") == []
    assert _days("The bomb went off two days later than the rebels had announced.") == []


def test_far_counts_date_nothing() -> None:
    assert _days("Ten weeks later, a bomb went off.") == []


def test_an_attack_days_before_the_one_reported_is_a_record_of_its_own() -> None:
    text = (
        "ORURO, 10 SEP 89 (EFE) -- [TEXT] Early today rebels attacked a radio station in Oruro. "
        "Three days earlier, a bomb exploded at the offices of a mining company in Potosi."
    )
    days = sorted(e.date_start for e in _events(text) if e.date_start is not None)
    assert days == [date(1989, 9, 7), date(1989, 9, 10)]
