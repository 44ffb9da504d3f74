"""A sentence without an event word that opens by pointing at the deed just told and names its day
("It happened on 5 July at 0940 hours", "This occurred on 18 May") dates that deed when the report
told it without a day; a deed already dated keeps its day. The sentences are written for these
tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 7, 7)


def _days(text: str) -> list[date | None]:
    events: list[Event] = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    return [e.date_start for e in events]


def test_it_happened_on_a_day_dates_the_deed_told_before() -> None:
    text = (
        "LIMA, 7 JUL 89 (EFE) -- THIRTY SAILORS HAVE BEEN INJURED IN THE PORT OF CALLAO BY A BOMB PLANTED "
        'UNDER A BUS. OUR CORRESPONDENT CALLED THE MINISTRY. "IT HAPPENED ON 5 JULY AT 0940 HOURS," AN '
        "OFFICIAL SAID."
    )
    assert _days(text) == [date(1989, 7, 5)]


def test_this_occurred_on_a_weekday_dates_the_deed() -> None:
    text = "Gunmen set fire to the house of a judge in Cusco. This occurred on Tuesday, police said."
    assert _days(text) == [date(1989, 7, 4)]


def test_a_deed_with_a_day_of_its_own_keeps_it() -> None:
    text = "Gunmen set fire to the house of a judge in Cusco yesterday. It happened on 2 July, police said."
    assert _days(text) == [date(1989, 7, 6)]


def test_the_crime_perpetrated_on_a_day_dates_the_deed_told_before() -> None:
    text = (
        "QUITO, 7 JUL 89 (EFE) -- THE PROSECUTOR HAS CHARGED FOUR POLICEMEN WITH THE MURDER OF THREE FARM "
        "LEADERS. HE TOLD REPORTERS THAT THE FOUR TOOK PART IN THE CRIME PERPETRATED ON 20 JUNE NEAR THE TOWN "
        "OF AMBATO."
    )
    assert _days(text) == [date(1989, 6, 20)]


def test_the_incident_that_occurred_on_a_weekday_dates_the_deed() -> None:
    text = (
        "Gunmen shot the manager of a bank in Cusco. Police have questioned two guards about the incident "
        "that occurred on Tuesday."
    )
    assert _days(text) == [date(1989, 7, 4)]


def test_a_crime_without_a_day_right_after_dates_nothing() -> None:
    text = "Gunmen shot the manager of a bank in Cusco. The crime was perpetrated by two men, police said on Tuesday."
    assert _days(text) == [date(1989, 7, 7)]
