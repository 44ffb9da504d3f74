"""A march word with people as its object ("marched them into the bush") is a forced march of
captives, not a demonstration; people who march themselves still protest. Sentences are our own,
with invented names and places."""

from __future__ import annotations

from eventwatch.extract.triggers import find_triggers
from eventwatch.text.tokens import tokenize


def _kinds(sentence: str) -> list[str]:
    return [t.kind for t in find_triggers(tokenize(sentence))]


def test_marched_with_a_pronoun_object_is_no_protest() -> None:
    assert "protest" not in _kinds("The kidnappers tied up the drivers and marched them towards the hills.")


def test_marching_hostages_is_no_protest() -> None:
    assert "protest" not in _kinds("Fighters were seen marching the hostages along a dry riverbed near Kolta.")


def test_marching_at_gunpoint_is_no_protest() -> None:
    assert "protest" not in _kinds("The teachers were marched at gunpoint out of the school compound.")


def test_people_who_march_still_protest() -> None:
    assert "protest" in _kinds("Hundreds of nurses marched through Orvane to demand higher pay.")
