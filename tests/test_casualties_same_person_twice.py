"""Killed counts: one person named twice in a sentence ("the murder of X ... the gunman who murdered
leader X") is one death, while two people who share surnames stay two. Sentences and names are our own."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text import tokenize


def killed(text: str) -> int:
    return sum(f.value for f in find_casualties(tokenize(text)) if f.effect == "killed")


@pytest.mark.parametrize(
    "text",
    [
        "STUDENTS ARE PROTESTING THE MURDER OF JUAN PEREZ GOMEZ [BREAK IN RECEPTION] THE POLICE ARE LOOKING "
        "FOR TWO ACCOMPLICES OF THE GUNMAN WHO MURDERED UNION LEADER JUAN PEREZ GOMEZ.",
        "Students are protesting the murder of Juan Perez Gomez, while the police look for the gunman who "
        "murdered union leader Juan Perez Gomez.",
        # a title joined by a hyphen between the deed and the name
        "THE PARTY, WHICH REGRETS THE DEATH OF JUAN PEREZ GOMEZ, SEEKS THE MEN WHO MURDERED RN-7 LEADER "
        "JUAN PEREZ GOMEZ.",
    ],
)
def test_one_person_named_twice_is_one_death(text: str) -> None:
    assert killed(text) == 1


def test_brothers_sharing_surnames_stay_two() -> None:
    text = "Gunmen killed Luis Perez Gomez in the morning and later murdered Juan Perez Gomez at his farm."
    assert killed(text) == 2
