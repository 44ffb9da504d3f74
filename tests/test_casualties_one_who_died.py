"""One person told by a plain noun after "a" or "one" who died counts one death, whatever the trade
("a ferryman died"): the people tables cannot list every trade. Sentences are our own, with invented
names and places."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _killed(sentence: str) -> list[int]:
    return [f.value for f in find_casualties(tokenize(sentence)) if f.effect == "killed"]


def test_a_trade_after_a_that_died_is_one_death() -> None:
    assert _killed("A ferryman died when the grenade went off on the quay.") == [1]


def test_a_trade_after_one_that_died_is_one_death() -> None:
    assert _killed("One cobbler died in the blast at the Dorvik market.") == [1]


def test_a_noun_after_of_a_is_not_the_one_who_died() -> None:
    assert _killed("The owner of a bakery died when the shells hit Dorvik.") == []


def test_a_unit_of_time_after_a_is_no_one() -> None:
    assert _killed("A week later the curfew died down in Dorvik.") == []
