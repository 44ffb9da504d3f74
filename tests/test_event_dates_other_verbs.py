"""A day told right after a verb that is no deed ("imposed", "left", "signed") dates that act, not
the attack the sentence reports. The sentences are written for these tests; names are invented,
towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 9, 10)  # a Sunday


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def _day(text: str) -> date | None:
    events = _events("LIMA, 10 SEP 89 (EFE) -- [TEXT] " + text)
    assert len(events) == 1
    return events[0].date_start


def test_a_day_after_another_verb_gives_way_to_the_deeds_day() -> None:
    text = "The minister left for home Friday after a car-bomb explosion in Lima on Wednesday killed four people."
    assert _day(text) == date(1989, 9, 6)


def test_a_day_after_another_verb_far_from_the_deed_dates_nothing() -> None:
    text = "Gunmen killed three farmers in Huancayo, defying the curfew imposed by the governor 5 days ago."
    assert _day(text) == _PUBLISHED


def test_a_day_after_another_verb_that_opens_the_deed_stays() -> None:
    assert _day("The guerrilla offensive began Thursday in Huancayo, where rebels killed two soldiers.") == date(
        1989, 9, 7
    )


def test_a_day_after_a_deed_verb_stays() -> None:
    assert _day("Rebels attacked a police post in Huancayo Friday, killing two officers.") == date(1989, 9, 8)


def test_a_day_after_another_verb_that_times_the_deed_stays() -> None:
    text = "A nurse was shot dead in Huancayo when she arrived at the clinic Friday morning."
    assert _day(text) == date(1989, 9, 8)


def test_a_deed_told_as_what_began_keeps_its_day() -> None:
    text = "The fighting between troops and rebels in Huancayo began on 7 September and left six soldiers dead."
    assert _day(text) == date(1989, 9, 7)
