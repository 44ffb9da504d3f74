"""Verbs of saying in their plain form ("refused to confirm today", "agreed to tell today") date a
statement, not the deed the sentence tells with a day of its own. The sentences are written for
these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 1, 16)  # a Tuesday


def _days(text: str) -> list[date | None]:
    return [e.date_start for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_tell_today_dates_the_statement() -> None:
    text = "Two survivors agreed to tell today how soldiers shot dead four farmers near Apopa on Sunday."
    assert _days(text) == [date(1990, 1, 14)]


def test_a_plain_verb_of_saying_dates_the_statement() -> None:
    text = "Police refused to confirm today that rebels kidnapped two engineers near Tame on Sunday."
    assert _days(text) == [date(1990, 1, 14)]
