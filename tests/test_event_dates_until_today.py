"""An end day ("until today", "by Friday") stretches a deed's period only when it is told beside a
deed word ("the fighting went on until 7 March"). Told for something else ("the police kept silent
about the case until today"), it ends the telling, and must not make an earlier deed overlap the
day of a later one, which would fold two killings into one record. The sentences are written for
these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 9)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_an_end_day_of_the_telling_keeps_two_killings_apart() -> None:
    text = (
        "GUATEMALA CITY, 9 MAR 90 -- Unidentified men shot dead Tomas Ardila, a union leader, in Guatemala "
        "City yesterday. Ramon Quiroga, another union leader, was killed on 5 March, apparently by a "
        "rightist group. Nobody can yet say whether the two killings are linked, since the authorities and "
        "the union leadership had kept every detail of the second case secret until today."
    )
    days = sorted(e.date_start for e in _events(text) if e.date_start is not None)
    assert days == [date(1990, 3, 5), date(1990, 3, 8)]


def test_an_end_day_beside_the_deed_stretches_its_period() -> None:
    text = "Rebels attacked the army garrison at Ilobasco on 4 March. The fighting went on until today."
    events = _events(text)
    assert [(e.date_start, e.date_end) for e in events] == [(date(1990, 3, 4), date(1990, 3, 9))]
