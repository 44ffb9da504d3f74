"""A number followed by a unit of distance counts no one, like a span of time: "killed 300 metres
from the bridge" is one death at a distance, not 300. Sentences are our own, with invented names and
places."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _killed(sentence: str) -> list[int]:
    return [f.value for f in find_casualties(tokenize(sentence)) if f.effect == "killed"]


def test_metres_after_a_deed_count_no_one() -> None:
    assert _killed("The magistrate was killed about 300 metres from the court house.") == [1]


def test_yards_after_a_deed_count_no_one() -> None:
    assert _killed("The magistrate was killed 80 yards from his front door.") == [1]


def test_kilometers_beside_a_count_leave_the_count() -> None:
    assert _killed("Six farmers were killed 12 kilometers north of Dorvik.") == [6]
