"""A time told again on another clock in brackets ("at 2150 (0250 GMT 9 May)") carries that
clock's day, which is often the next one; the deed keeps the day the report gives it, and the
bracket does not make a second record. The sentences are written for these tests; names are
invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.dates import find_dates
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 5, 8)


def _records(text: str) -> list[tuple[date | None, str | None]]:
    events: list[Event] = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    return [(e.date_start, e.location.name if e.location else None) for e in events]


def test_a_date_on_another_clock_is_not_the_deeds_day() -> None:
    text = (
        "QUITO, 8 MAY 90 (EFE) -- [TEXT] SHOPKEEPER TOMAS ALDANA WAS MURDERED TODAY IN GUAYAQUIL. THE POLICE "
        "SAID ALDANA WAS SHOT BY TWO MEN AS HE CLOSED HIS SHOP AT 2150 (0250 GMT 9 MAY)."
    )
    assert _records(text) == [(date(1990, 5, 8), "Guayaquil")]


def test_a_bracket_without_a_clock_keeps_its_date() -> None:
    sentence = "The guard was shot dead in the attack (on 6 May) near the bridge."
    found = find_dates(sentence, 0, len(sentence), published=_PUBLISHED, anchor=None)
    assert [d.value for d in found] == [date(1990, 5, 6)]


def test_the_clock_bracket_holds_no_date() -> None:
    sentence = "The bomb went off at 2330 (0430 UTC 7 May)."
    found = find_dates(sentence, 0, len(sentence), published=_PUBLISHED, anchor=None)
    assert found == []


def test_a_translators_square_bracket_on_another_clock_holds_no_date() -> None:
    sentence = "THE CAR BOMB WENT OFF AT 2310 [0410 GMT ON 9 MAY] OUTSIDE THE BARRACKS."
    found = find_dates(sentence, 0, len(sentence), published=_PUBLISHED, anchor=None)
    assert found == []


def test_a_long_editors_note_in_square_brackets_keeps_its_date() -> None:
    sentence = (
        "[MADRID RADIO AT 1200 GMT REPORTS THAT A JUDGE WAS SHOT AND KILLED IN THE OLD QUARTER OF THE "
        "CITY ON 6 MAY BY A GROUP OF ARMED MEN]"
    )
    found = find_dates(sentence, 0, len(sentence), published=_PUBLISHED, anchor=None)
    assert [d.value for d in found] == [date(1990, 5, 6)]
