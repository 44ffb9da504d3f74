"""A plural the word lists do not mark ("bombs"), counted in the perfect as many as a statistic counts,
is a tally of a campaign, not one event; the same word counted few, or in the past tense, tells news.
The sentences are written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 10)
_DATELINE = "LIMA, 10 MAR 90 (EFE) -- "


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=_DATELINE + text, published=_PUBLISHED)) if e.is_violent]


def test_many_bombs_counted_in_the_perfect_are_a_tally() -> None:
    text = "Drug gangs have set off more than 120 bombs, killing at least 85 people, in reprisal for the extraditions."
    assert _events(text) == []


def test_many_bombs_planted_in_the_perfect_are_a_tally() -> None:
    assert _events("Since August the cartel has planted some 75 bombs in banks and party offices of the capital.") == []


def test_a_few_bombs_in_the_perfect_are_news() -> None:
    events = _events("Rebels have set off three bombs in Tarma today, killing two guards.")
    assert [e.fatalities.best for e in events] == [2]


def test_many_bombs_dropped_in_one_raid_are_news() -> None:
    events = _events("The air force dropped 60 bombs on the hills near Tarma yesterday, killing 12 rebels.")
    assert [e.date_start for e in events] == [date(1990, 3, 9)]
