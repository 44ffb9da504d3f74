"""Volunteers are people a count can name: "wounding a civil defence volunteer" counts one hurt.
Sentences and towns are our own."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def test_a_volunteer_is_counted_among_the_hurt() -> None:
    text = "Two grenades went off in Yala, one injuring three rangers and the other wounding a rescue volunteer."
    assert sum(f.value for f in find_casualties(tokenize(text)) if f.effect == "wounded") == 4


def test_volunteers_counted_by_number_are_people() -> None:
    figures = find_casualties(tokenize("Four volunteers were killed when their clinic was shelled."))
    assert [(f.effect, f.value) for f in figures] == [("killed", 4)]
