"""A deed told in a statement dated only by the day it was told ("the minister said today that a
commando killed ...") is the deed the report dates elsewhere ("the kidnapping took place
yesterday"): one record, with the statement's toll and the deed's day. Texts are our own."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _records(text: str, published: date = date(1990, 1, 13)) -> list:
    return analyse(Article(doc_id="t", text=text, published=published))


def test_a_toll_told_on_the_day_of_a_statement_joins_the_dated_deed() -> None:
    events = _records(
        "GUATEMALA CITY, 13 JAN 90 (EFE) -- Interior Minister Ramon Teles said today that a commando "
        "killed Tomas Lerida, leader of the Popular Party, and lawyer Rosa Tanis. Teles said the commando "
        "wanted to take Lerida abroad alive. According to police reports, the kidnapping took place "
        "yesterday when Lerida and Tanis were driving to the airport in this capital."
    )
    assert len(events) == 1
    assert events[0].fatalities.best == 2
    assert events[0].date_start == date(1990, 1, 12)


def test_a_deed_with_a_toll_of_its_own_stays_apart() -> None:
    events = _records(
        "COBAN, 13 JAN 90 (EFE) -- Army spokesman Ramon Teles said today that rebels killed three soldiers "
        "near the town. On Thursday, rebels killed two farmers in Coban."
    )
    assert sorted(e.fatalities.best for e in events) == [2, 3]


def test_a_protest_at_a_murder_is_a_statement_about_the_dated_deed() -> None:
    events = _records(
        "SAN SALVADOR, 29 AUG 89 (EFE) -- School director Tomas Lerida protested today the murder of a young "
        "student. The school is one of the largest in the country. Lerida said that the student, Ivo Pons, "
        "was shot in the back near his home in San Salvador on 22 August.",
        date(1989, 8, 29),
    )
    assert len(events) == 1
    assert events[0].fatalities.best == 1
    assert events[0].date_start == date(1989, 8, 22)
