"""A deed told in a "when" clause right after a date long past is as old as that date, whatever other
day its sentence tells; further down a report it is background, not news. The sentences are written
for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 15)
_LEAD = (
    "LIMA, 15 MAR 90 (EFE) -- [TEXT] The interior minister met union leaders today to discuss the "
    "transport strike that has kept buses off the roads of the capital for a week.\n\n"
    "The talks will resume on Monday, a ministry spokesman said.\n\n"
    "The drivers ask for a rise in fares and for new roads in the poorer districts.\n\n"
)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_a_deed_in_a_when_clause_after_an_old_day_is_background() -> None:
    text = _LEAD + (
        "Troops patrolled Huancayo today to stop the rebels from marking the anniversary of their revolt, "
        "begun on 4 May 1981, when a rebel column burned the town hall of Chupaca."
    )
    assert _events(text) == []


def test_a_deed_before_an_old_month_and_a_when_clause_is_background() -> None:
    text = _LEAD + (
        "The cabinet drafted today an amnesty that would also cover the rebels who stormed the court of "
        "Tarma in June 1984, when 40 people died."
    )
    assert _events(text) == []


def test_a_recent_day_before_a_when_clause_keeps_the_deed() -> None:
    text = _LEAD + "A rebel column burned the town hall of Chupaca on 11 March, when the mayor was away."
    events = _events(text)
    assert [e.date_start for e in events] == [date(1990, 3, 11)]


def test_a_deed_told_before_the_old_day_and_its_comma_stays_news() -> None:
    text = _LEAD + (
        "Rebels burned the town hall of Chupaca on 11 March, on the anniversary of the revolt of 4 May "
        "1981, when the first column took the town."
    )
    assert len(_events(text)) == 1


def test_a_feature_leading_with_a_deed_long_past_keeps_it() -> None:
    text = "TARMA, Peru -- A quiet fair day ended on 4 May 1988, when gunmen killed nine traders in the square."
    events = _events(text)
    assert [(e.date_start, e.fatalities.best) for e in events] == [(date(1988, 5, 4), 9)]
