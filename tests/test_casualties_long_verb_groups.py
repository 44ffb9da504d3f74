"""A count after a comma with its own effect told through a long verb group ("three raiders are said
to have been killed") starts a clause of its own: it neither takes the effect of the count before it
nor breaks that count down. Sentences are our own, with invented names and places."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _figures(text: str) -> list[tuple[str, int, str | None]]:
    return [(f.effect, f.value, f.side) for f in find_casualties(tokenize(text))]


def test_attackers_said_to_have_been_killed_are_not_among_the_hurt() -> None:
    text = "The raid on the depot killed nine guards and wounded 14 others, three raiders are said to have been killed."
    assert ("killed", 3, "perpetrators") in _figures(text)
    assert sum(v for e, v, _ in _figures(text) if e == "wounded") == 14


def test_a_count_with_a_short_verb_group_of_its_own_keeps_its_effect() -> None:
    text = "The raid on the depot killed nine guards and wounded 14 others, three raiders were killed."
    assert ("killed", 3, "perpetrators") in _figures(text)
