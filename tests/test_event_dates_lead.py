"""A sentence that only sets the scene's day ("The council met today ...") lends that day to the
deed told right after it only when the deed names no day of its own. The sentences are written for
these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 15)  # a Thursday


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_a_deed_with_its_own_day_keeps_it_after_a_dated_lead() -> None:
    text = (
        "LIMA, 15 MAR 90 (EFE) -- [TEXT] The electoral council met today to review security for the "
        "elections. Gunmen killed the mayor of Jauja on 12 March as he left his office."
    )
    events = _events(text)
    assert [(e.date_start, e.fatalities.best) for e in events] == [(date(1990, 3, 12), 1)]


def test_a_deed_with_its_own_weekday_keeps_it_after_a_dated_lead() -> None:
    text = (
        "LIMA, 15 MAR 90 (EFE) -- [TEXT] The electoral council met today to review security for the "
        "elections. On Tuesday, rebels blew up a power pylon near Huancayo."
    )
    events = _events(text)
    assert [e.date_start for e in events] == [date(1990, 3, 13)]


def test_a_deed_without_a_day_takes_the_leads_day() -> None:
    text = (
        "LIMA, 15 MAR 90 (EFE) -- [TEXT] On 11 March, the electoral council met to review security for "
        "the elections. Gunmen killed the mayor of Jauja as he left the meeting."
    )
    events = _events(text)
    assert [e.date_start for e in events] == [date(1990, 3, 11)]
