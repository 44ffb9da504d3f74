"""A person hurt who dies of it on another day: the death is the toll of the deed that hurt them, not
another incident. One record, dated by the deed, with the person among the dead and not the hurt.
Texts are our own; names and towns are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _events(text: str) -> list[tuple[date | None, int | None, int | None]]:
    events = analyse(Article(doc_id="t", text=text, published=date(1990, 3, 4)))
    return [(e.date_start, e.fatalities.best, e.injuries.best) for e in events]


def test_a_named_person_shot_one_day_who_died_the_next_is_one_death() -> None:
    text = (
        "VALDORA, 4 MAR 90 (EFE) -- Union leader Ivo Brane was shot last night in Valdora by unknown "
        "gunmen. Brane died early this morning in the hospital."
    )
    assert _events(text) == [(date(1990, 3, 3), 1, None)]


def test_a_death_told_first_takes_the_day_the_person_was_shot() -> None:
    text = (
        "VALDORA, 4 MAR 90 (EFE) -- A Dutch engineer died in a Valdora clinic early this morning. "
        "Police said the engineer was shot last night when gunmen stopped his car on the coast road."
    )
    assert _events(text) == [(date(1990, 3, 3), 1, None)]


def test_another_person_hurt_on_another_day_stays_apart() -> None:
    text = (
        "VALDORA, 4 MAR 90 (EFE) -- Union leader Ivo Brane was shot last night in Valdora by unknown "
        "gunmen. Farmer Tomas Lerida died early this morning in the hospital."
    )
    assert len(_events(text)) == 2
