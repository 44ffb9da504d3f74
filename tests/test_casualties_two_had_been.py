"""Two people joined by "and" as the subject of "had been" / "has been": "the judge and the colonel had
been murdered" is two, as "a guard and a caretaker was injured" is; the subject ends before the
auxiliary. Sentences are our own inventions."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _killed(text: str) -> list[int]:
    return [f.value for f in find_casualties(tokenize(text)) if f.effect == "killed"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The prosecutor and the major had been murdered before dawn in Valdora.", [2]),
        ("THE PROSECUTOR AND THE MAJOR HAD BEEN MURDERED; ORTEGA WAS MURDERED THAT EVENING.", [2, 1]),
    ],
)
def test_two_joined_by_and_before_had_been(text: str, counts: list[int]) -> None:
    assert _killed(text) == counts


def test_one_person_before_had_been_stays_one() -> None:
    assert _killed("The prosecutor had been murdered before dawn in Valdora.") == [1]
