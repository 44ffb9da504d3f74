"""A bounded count after a deadly verb ("killed at least nine") is the verb's object, so the verb is
active: the person told before it (a speaker, "an official says a mine killed ...") is no victim, as
"killed at a checkpoint" still tells a passive. Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import totals


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A district official says a landmine killed at least six herders near Tarvo.", {"killed": 6}),
        ("A local elder says a mortar round killed at least three farmers.", {"killed": 3}),
    ],
)
def test_a_bounded_count_is_the_object(sentence: str, expected: dict) -> None:
    assert totals(sentence) == expected


def test_a_place_after_the_verb_still_tells_a_passive() -> None:
    assert totals("A local elder says a mortar round killed at least three farmers.") == {"killed": 3}
    assert totals("One soldier killed at a checkpoint near Tarvo, the army said.") == {"killed": 1}
