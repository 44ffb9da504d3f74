"""The "also" of a verb tells that every person of its subject is one more: "two guards and a cook were
also hurt" adds three, not one, to the hurt told before. Sentences are our own."""

from __future__ import annotations

from conftest import one_violent_event
from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _added(sentence: str) -> list[tuple[int, bool]]:
    return [(f.value, f.additional) for f in find_casualties(tokenize(sentence))]


def test_every_count_of_the_subject_is_added() -> None:
    assert _added("Two of her bodyguards and a shopkeeper were also injured.") == [(2, True), (1, True)]
    # a count of another clause stays as it is
    assert _added("The rebels killed three farmers and two others were also hurt.") == [(3, False), (2, True)]


def test_a_longer_list_is_added_throughout() -> None:
    sentence = "Three soldiers, a cook and two drivers were also wounded by the shrapnel."
    assert all(added for _, added in _added(sentence))


def test_the_whole_subject_adds_to_the_hurt_told_before() -> None:
    text = (
        "A roadside bomb hit the convoy of the district mayor near the market. The mayor was lightly hurt. "
        "Two of his guards and a shopkeeper were also injured and taken to a clinic."
    )
    assert one_violent_event(text).injuries.best == 4
