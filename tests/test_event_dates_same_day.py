"""A deed told "hours later", "later that day" or "on the same day" happened on the day the story has
reached, and that day may be one counted from the report ("on Tuesday", "yesterday"), not only one
written out. The sentences are written for these tests; names are invented, towns are used only as
places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.dates import find_dates
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(2021, 7, 14)  # a Wednesday


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def _days(text: str, anchor: date | None) -> list[date | None]:
    return [d.value for d in find_dates(text, 0, len(text), published=_PUBLISHED, anchor=anchor)]


def test_words_for_the_same_day_date_the_storys_day() -> None:
    story_day = date(2021, 7, 9)
    assert _days("Hours later, a bomb went off at the market.", story_day) == [story_day]
    assert _days("A few minutes later a second bomb exploded.", story_day) == [story_day]
    assert _days("Later that day, rebels burned a school.", story_day) == [story_day]
    assert _days("On the same day, gunmen killed a farmer.", story_day) == [story_day]


def test_hours_later_after_a_weekday_is_that_weekday() -> None:
    text = (
        "CELAYA -- Gunmen shot dead two farmers in Celaya on Tuesday, the state prosecutor said.\n\n"
        "Hours later, gunmen attacked a checkpoint in Irapuato, killing three soldiers, the army said."
    )
    events = _events(text)
    assert sorted((e.date_start, e.fatalities.best) for e in events) == [
        (date(2021, 7, 13), 2),
        (date(2021, 7, 13), 3),
    ]


def test_the_same_day_after_yesterday_is_yesterday() -> None:
    text = (
        "CELAYA -- A bomb exploded outside the town hall in Celaya yesterday, wounding four people, police "
        "said. Later that day, gunmen killed a councillor in Irapuato."
    )
    events = _events(text)
    assert {e.date_start for e in events} == {date(2021, 7, 13)}
    assert len(events) == 2
