"""A day told for an act done to people ("the suspects were released on 7 May", "on 3 June, the
police arrested two men") dates that act, not the attack the sentence names beside it. The sentences
are written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 9, 10)  # a Sunday


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def _days(text: str) -> list[date | None]:
    return sorted(e.date_start for e in _events("LIMA, 10 SEP 89 (EFE) -- [TEXT] " + text))


def test_a_release_day_beside_the_deed_word_does_not_date_the_attack() -> None:
    text = (
        "A car bomb exploded outside the customs office in Huancayo on 5 September, killing three guards. "
        "Two men held on suspicion of taking part in the attack were released on 8 September for lack of proof."
    )
    assert _days(text) == [date(1989, 9, 5)]


def test_an_arrest_day_opening_its_clause_does_not_date_the_attack() -> None:
    text = (
        "A bomb went off at a bank in Huancayo, wounding two clerks. "
        "The prefect said that on 6 September, the police arrested a student and found papers linking him "
        "with the attack, which killed four people."
    )
    assert _days(text) == [_PUBLISHED]


def test_an_arrest_told_right_after_the_deed_keeps_its_day_for_the_deed() -> None:
    text = "On 6 September, a student was arrested in Huancayo after a bomb exploded outside the town hall."
    assert _days(text) == [date(1989, 9, 6)]
