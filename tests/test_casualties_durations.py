"""A number followed by a unit of time is a span, not a count of people. Sentences are our own."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text import tokenize


def values(sentence: str) -> list[tuple[str, int]]:
    return [(f.effect, f.value) for f in find_casualties(tokenize(sentence))]


def test_days_after_a_deadly_verb_count_no_one() -> None:
    assert values("Two farmers were murdered 9 days ago near Tolva.") == [("killed", 2)]


def test_days_after_a_kidnapping_count_no_one() -> None:
    assert ("kidnapped", 11) not in values("The engineer, who was kidnapped 11 days ago, was freed today.")


def test_a_count_after_a_span_still_counts() -> None:
    assert values("Gunmen held the village for two days and killed 5 people.") == [("killed", 5)]
