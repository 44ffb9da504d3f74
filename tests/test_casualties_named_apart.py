"""Lone victims named one to a sentence: "Nurse Ana Vell was injured ... Farmer Ivo Brane was
injured" tells two people hurt, where repeated tolls would keep the largest. The same surname, a
pronoun or a people noun ("the mayor") may be the person told before, so those stay one. Texts are
our own; names and towns are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _events(text: str) -> list[tuple[int | None, int | None]]:
    events = analyse(Article(doc_id="t", text=text, published=date(1990, 3, 4)))
    return [(e.fatalities.best, e.injuries.best) for e in events]


_LEAD = "VALDORA, 4 MAR 90 (EFE) -- Gunmen fired on a bus yesterday near Valdora. "


def test_two_people_named_apart_are_two() -> None:
    text = _LEAD + "Nurse Ana Vell was injured in the shooting. Farmer Ivo Brane was injured as he ran away."
    assert _events(text) == [(None, 2)]


def test_the_same_surname_is_the_same_person() -> None:
    text = _LEAD + "Nurse Ana Vell was injured in the shooting. Vell was injured in the arm."
    assert _events(text) == [(None, 1)]


def test_a_people_noun_may_be_the_person_named() -> None:
    text = _LEAD + "Nurse Ana Vell was injured in the shooting. The nurse was injured in the arm."
    assert _events(text) == [(None, 1)]
