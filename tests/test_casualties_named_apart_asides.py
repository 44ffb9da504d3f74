"""A lone victim named before a relative clause set off by commas ("Nurse Ana Vell, who had come to
help, was injured") is still a named person: told beside another person named hurt in a sentence of
their own, they are two people hurt. Texts are our own; names and towns are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _events(text: str) -> list[tuple[int | None, int | None]]:
    events = analyse(Article(doc_id="t", text=text, published=date(1990, 3, 4)))
    return [(e.fatalities.best, e.injuries.best) for e in events]


_LEAD = "VALDORA, 4 MAR 90 (EFE) -- "


def test_a_name_before_a_relative_clause_counts_apart() -> None:
    text = (
        _LEAD + "Nurse Ana Vell, who had driven in from the coast to open a clinic, was injured yesterday when a "
        "bomb went off at a cafe in Valdora. Farmer Ivo Brane was injured by glass as he ran away."
    )
    assert _events(text) == [(None, 2)]


def test_the_same_surname_after_an_aside_is_the_same_person() -> None:
    text = (
        _LEAD + "Nurse Ana Vell, who had driven in from the coast to open a clinic, was injured yesterday when a "
        "bomb went off at a cafe in Valdora. Vell was injured by glass as she ran away."
    )
    assert _events(text) == [(None, 1)]
