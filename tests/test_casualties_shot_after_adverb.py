"""A passive "shot" may have a sentence adverb between the form of "be" and the participle: "two
porters were also shot" counts two hurt, like "two porters were shot". Sentences are our own, with
invented names."""

from __future__ import annotations

from eventwatch.extract.casualties import CasualtyFigure, find_casualties
from eventwatch.text.tokens import tokenize


def _figures(sentence: str) -> list[tuple[str, int]]:
    found: list[CasualtyFigure] = find_casualties(tokenize(sentence))
    return [(f.effect, f.value) for f in found]


def test_also_between_be_and_shot_keeps_the_hurt() -> None:
    assert _figures("Two porters were also shot near the quay.") == [("wounded", 2)]


def test_later_between_be_and_shot_keeps_the_hurt() -> None:
    assert _figures("A ferry clerk was later shot in the arm.") == [("wounded", 1)]


def test_shot_dead_after_an_adverb_is_still_no_wound() -> None:
    assert ("wounded", 1) not in _figures("A ferry clerk was later shot dead near the quay.")
