"""A bare count after "and" whose verb is left out keeps the effect of the participle after its aside:
"two were killed and one, a cook, badly injured" is one hurt. Sentences are our own."""

from __future__ import annotations

from conftest import totals


def test_a_count_with_a_named_aside_and_no_verb() -> None:
    sentence = "Four miners were killed in the ambush and one, Tomas Ruiz, seriously wounded."
    assert totals(sentence) == {"killed": 4, "wounded": 1}


def test_a_count_with_a_described_aside_and_no_verb() -> None:
    assert totals("Two porters died in the blast and one, a teenage boy, badly hurt.") == {"killed": 2, "wounded": 1}
