"""A sentence that only names a day sets the scene of the deed told next ("The following month, on
20 April, ..."), unless that deed names a day of its own: then it is told on its own day. Texts are
our own, with invented names."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _days(text: str) -> dict[date | None, int | None]:
    events = analyse(Article(doc_id="t", text=text, published=date(1989, 9, 10)))
    return {e.date_start: e.fatalities.best for e in events}


def test_a_deed_with_a_day_of_its_own_is_not_set_on_the_day_before_it() -> None:
    days = _days(
        "TOLVA, 10 SEP 89 (AFP) -- POLICE FOUND THE BODIES OF TWO STUDENTS KIDNAPPED LAST WEEK NEAR THE "
        "UNIVERSITY CAMPUS IN TOLVA TODAY. THE TWO STUDENTS WENT MISSING ON 29 AUGUST. IN ADDITION, THE "
        "POLICE IDENTIFIED THE BODY OF RAUL MENDIZ, WHO WAS ABDUCTED ON FRIDAY, 8 SEPTEMBER."
    )
    assert days.get(date(1989, 9, 8)) == 1


def test_a_day_told_alone_still_sets_the_scene_of_the_deed_told_next() -> None:
    days = _days(
        "TOLVA, 10 SEP 89 (AFP) -- The town had been quiet for weeks. It was 2 September. Gunmen killed "
        "two farmers on the road to Anta."
    )
    assert days.get(date(1989, 9, 2)) == 2
