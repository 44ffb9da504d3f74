"""One plain noun after "a" as the object of a verb that kills or wounds is one person, whatever the
trade ("killing a cashier"); one animal ("killed a cow") is no one, and "left a ... dead" keeps its
own reading. Sentences are our own, with invented names and places."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _counts(sentence: str) -> list[tuple[str, int]]:
    return [(f.effect, f.value) for f in find_casualties(tokenize(sentence))]


def test_a_trade_killed_is_one_death() -> None:
    assert _counts("Two gunmen burst into the Velmor bank, killing a cashier.") == [("killed", 1)]


def test_a_trade_and_a_known_person_killed_are_two_deaths() -> None:
    assert _counts("The grenade killed a ferryman and a Danish tourist on the quay.") == [("killed", 1), ("killed", 1)]


def test_a_trade_wounded_is_one_hurt() -> None:
    assert _counts("A sniper wounded a locksmith near the gate of Dorvik.") == [("wounded", 1)]


def test_an_animal_killed_is_no_one() -> None:
    assert _counts("The mine killed a cow in the pasture and wounded a shepherd.") == [("wounded", 1)]


def test_a_noun_that_is_no_single_word_is_left_alone() -> None:
    assert _counts("The rebels killed a day of talks in Dorvik.") == []


def test_a_thing_run_over_is_no_one() -> None:
    assert _counts("Two scouts were hurt when their jeep ran over a mine near Dorvik.") == [("wounded", 2)]


def test_a_place_after_the_verb_is_no_one() -> None:
    assert _counts("Five pilgrims were killed at a shrine outside Velmor.") == [("killed", 5)]
