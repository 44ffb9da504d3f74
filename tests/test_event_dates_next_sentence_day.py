"""A deed dated only by the day it was reported takes the day the next sentence tells beside what
befell its victim, when that sentence names no deed of its own ("after being wounded ... on 4 March",
"reported missing ... late on 3 March"). The sentences are written for these tests; names are
invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 5)


def _days(text: str) -> list[date | None]:
    return [e.date_start for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_wounded_on_a_day_in_the_next_sentence_dates_the_reported_shooting() -> None:
    text = (
        "QUITO, 5 MAR 90 (EFE) -- [TEXT] DOCTORS REPORTED TODAY THAT THE TEACHER PEDRO LAMAS, WHO WAS SHOT "
        "BY TWO GUNMEN IN THE SOUTH OF THE COUNTRY, REMAINS IN A CRITICAL STATE.  A NURSE AT THE CLINIC "
        "WHERE LAMAS WAS BROUGHT AFTER BEING WOUNDED WITH HIS DRIVER ON 4 MARCH, SAID HE MAY LOSE AN ARM."
    )
    assert _days(text) == [date(1990, 3, 4)]


def test_missing_on_a_day_in_the_next_sentence_dates_the_reported_kidnapping() -> None:
    text = (
        "QUITO, 5 MAR 90 (EFE) -- [TEXT] A FARMER KIDNAPPED BY AN ARMED BAND LIVES ON A RANCH NEAR THE "
        "COAST, IT WAS REPORTED TODAY.  THE FARMER, WHO WAS REPORTED MISSING IN THE HILLS "
        "OF THE WESTERN PROVINCE LATE ON 3 MARCH, OWNS A DAIRY."
    )
    assert _days(text) == [date(1990, 3, 3)]


def test_a_day_in_the_next_sentence_beside_no_such_word_leaves_the_report_day() -> None:
    text = (
        "QUITO, 5 MAR 90 (EFE) -- [TEXT] DOCTORS REPORTED TODAY THAT THE TEACHER PEDRO LAMAS, WHO WAS SHOT "
        "BY TWO GUNMEN IN THE SOUTH OF THE COUNTRY, REMAINS IN A CRITICAL STATE.  THE TEACHER HAD "
        "RETURNED FROM A CONGRESS OF HIS UNION IN THE CAPITAL ON 1 MARCH."
    )
    assert _days(text) == [date(1990, 3, 5)]
