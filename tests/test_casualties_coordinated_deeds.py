"""An effect verb coordinated with a deed done to people and its object ("a herder killed and robbed
a man") is active: the people before it did the killing and are not counted as dead; told in the
passive or without an object, they are. Sentences are our own, with invented names and places."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _killed(sentence: str) -> list[int | None]:
    return [f.value for f in find_casualties(tokenize(sentence)) if f.effect == "killed"]


def test_the_doer_of_a_killing_and_robbery_is_not_counted() -> None:
    assert _killed("A young herdsman killed and robbed a trader on the road to Tarvo.") == []
    assert _killed("A farmhand named Oru Dabo killed and beat him near the Orvane market.") == []


def test_victims_killed_and_robbed_are_still_counted() -> None:
    assert _killed("Two traders were killed and robbed by bandits outside Kolta.") == [2]
    assert _killed("Three herdsmen killed and robbed on a track near Orvane.") == [3]
