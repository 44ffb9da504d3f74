"""Two deeds joined by "and" in one sentence, each told with a day of its own ("the murder on 26 May
of the mayor of one town and the murder on 27 May of six farmers in another"), are two incidents; a
span told for one deed ("attacks took place on the evening of 4 March and this morning") is not.
The sentences are written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 9)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_two_murders_each_on_its_own_day_are_two_records() -> None:
    text = (
        "BOGOTA, 9 MAR 90 -- The party issued its protest after the murder on 5 March of Julio Pardo, "
        "the mayor of Turbo, and the murder on 6 March of four more party members in Necocli."
    )
    records = sorted((e.date_start, e.location.name if e.location else None) for e in _events(text))
    assert [day for day, _ in records] == [date(1990, 3, 5), date(1990, 3, 6)]
    assert records[1][1] == "Necoclí"


def test_a_span_of_days_for_one_deed_is_one_record() -> None:
    text = (
        "SAN SALVADOR, 9 MAR 90 -- Guerrilla attacks took place in Ilobasco on the evening of 7 March and "
        "this morning in the suburbs, where rebels attacked a police post."
    )
    assert len(_events(text)) == 1
