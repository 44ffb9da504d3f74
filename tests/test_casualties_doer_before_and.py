""" "A raider stormed the depot and a gendarme was killed": the person before a deed verb with its
object is the one who did the deed, not a second victim coordinated with the one after "and"; the
people of a coordinated subject still share its effect. Sentences are our own."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text import tokenize


def _killed(sentence: str) -> list[tuple[int, str | None]]:
    return [(f.value, f.side) for f in find_casualties(tokenize(sentence)) if f.effect == "killed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A militant stormed the depot and a gendarme was killed.",
        "Three insurgents ambushed the convoy and a sergeant was killed.",
        "A gunman ambushed their patrol and a constable was killed.",
        "One rebel raided the depot and one trooper died.",
    ],
)
def test_doer_of_a_deed_is_no_victim(sentence: str) -> None:
    assert _killed(sentence) == [(1, "security_forces")]


def test_doer_is_no_victim_before_a_possessed_one() -> None:
    assert _killed("Two bandits hijacked a lorry and its driver was killed.") == [(1, "civilians")]


def test_coordinated_victims_still_share_the_effect() -> None:
    assert sum(value for value, _ in _killed("A ranger and a porter were killed near the ridge.")) == 2


def test_attacker_told_in_a_relative_clause_still_died() -> None:
    # the deed is inside "who ...", so the attacker is still a subject of "were killed"
    assert _killed("A guerrilla who stormed the depot and a gendarme were killed.") == [
        (1, "perpetrators"),
        (1, "security_forces"),
    ]
