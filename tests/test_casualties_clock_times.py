"""A time of day written as four digits in wire copy ("at approximately 1500") counts no one.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text import tokenize


def _killed(text: str) -> list[int]:
    return sorted(c.value for c in find_casualties(tokenize(text, 0, len(text))) if c.effect == "killed")


@pytest.mark.parametrize(
    "text",
    [
        "THE UNION LEADER WAS GUNNED DOWN AT APPROXIMATELY 1600 (2100 GMT) YESTERDAY IN HIS OFFICE.",
        "THE UNION LEADER WAS MURDERED AT ABOUT 1500 TODAY.",
        "THE JUDGE WAS SHOT DEAD AT AROUND 0730 ON MONDAY AS HE LEFT HIS HOUSE.",
        "A COUNCILLOR WAS KILLED AT APPROXIMATELY 2230, WITNESSES SAID.",
    ],
)
def test_a_hedged_time_of_day_is_no_toll(text: str) -> None:
    assert _killed(text) == [1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE FLOODS AND THE FIGHTING KILLED APPROXIMATELY 1500 PEOPLE.", [1500]),
        ("Officials said about 1200 villagers were killed at Dara.", [1200]),
    ],
)
def test_a_hedged_count_is_still_a_toll(text: str, expected: list[int]) -> None:
    assert _killed(text) == expected
