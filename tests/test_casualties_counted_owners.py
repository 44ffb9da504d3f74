"""Victims counted as the owners of the deed: "the six monks' slaying" is six killed, as "the slaying
of six monks" is; the apostrophe after a counted plural people noun makes them the deed's victims.
A thing they own is no deed ("the three nurses' car"). Sentences are our own inventions."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _killed(text: str) -> list[int]:
    return [f.value for f in find_casualties(tokenize(text)) if f.effect == "killed"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The bishop named the persons involved in the six monks' slaying.", 6),
        ("THE BISHOP NAMED THE PERSONS INVOLVED IN THE SIX FRANCISCAN MONKS' MURDER.", 6),
        ("The three nurses' murder shocked the town of Valdora.", 3),
    ],
)
def test_counted_owners_of_a_deed_are_its_victims(text: str, count: int) -> None:
    assert _killed(text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "The three nurses' car was burned near Valdora.",
        "The two reporters' report on the murder was published.",
    ],
)
def test_what_counted_people_own_is_no_deed(text: str) -> None:
    assert _killed(text) == []
