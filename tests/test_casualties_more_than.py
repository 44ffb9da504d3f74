""" "More than 30 people" bounds a count from below; it does not count people besides others as "30
more people" does. Sentences are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

from conftest import one_violent_event
from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _figures(text: str) -> list[tuple[str, int, bool]]:
    return [(f.effect, f.value, f.additional) for f in find_casualties(tokenize(text))]


def test_more_than_a_number_is_a_bound_not_an_addition() -> None:
    assert _figures("More than 30 people were injured in the blast.") == [("wounded", 30, False)]


def test_a_number_with_more_after_it_still_adds() -> None:
    assert _figures("Five more people died in hospital.") == [("killed", 5, True)]


def test_a_later_toll_told_as_more_than_a_number_updates_the_first_one() -> None:
    event = one_violent_event(
        "ARDENVILLE, 3 MAR 90 -- A car bomb exploded near the bus station in Ardenville today, killing "
        "three people and wounding 12. Hospital officials said later that more than 30 people had been "
        "injured in the explosion.",
        date(1990, 3, 3),
    )
    assert (event.fatalities.best, event.injuries.best) == (3, 30)
