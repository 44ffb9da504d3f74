"""People counted with "loyal to ..." after them ("nine guards loyal to the governor were killed")
are counted by the verb after the modifier, as "from ..." or "belonging to ..." are. Sentences are our
own, with invented names and places."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _counts(sentence: str) -> list[tuple[str, int]]:
    return [(f.effect, f.value) for f in find_casualties(tokenize(sentence))]


def test_people_loyal_to_someone_counted_by_a_passive() -> None:
    assert _counts("At least nine guards loyal to the former governor were killed in a truck bombing.") == [
        ("killed", 9)
    ]


def test_people_loyal_to_someone_counted_by_a_perfect_passive() -> None:
    assert _counts("Four wardens loyal to the ousted mayor have been wounded at the Velmor depot.") == [("wounded", 4)]


def test_people_loyal_to_someone_as_an_object_stay_counted() -> None:
    assert _counts("Gunmen killed six soldiers loyal to the junta near the border.") == [("killed", 6)]
