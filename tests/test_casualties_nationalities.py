"""A demonym right after a count names people ("four Norwegians and one Chilean"), so a deadly verb's
effect carries over to it like any people noun; a demonym used as an adjective before a thing
("two American helicopters") counts no one. Sentences are our own, with invented places."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _counts(sentence: str) -> list[tuple[str, int]]:
    return [(f.effect, f.value) for f in find_casualties(tokenize(sentence))]


def test_a_second_nationality_after_and_shares_the_deed() -> None:
    assert _counts("Gunmen killed four Norwegians and one Chilean near the Dorvik dam.") == [
        ("killed", 4),
        ("killed", 1),
    ]


def test_one_person_told_by_nationality_after_an_article_is_counted() -> None:
    assert _counts("The rebels wounded a Peruvian in the raid on Dorvik.") == [("wounded", 1)]


def test_a_nationality_before_a_thing_counts_no_one() -> None:
    assert _counts("The rebels destroyed two Bolivian helicopters near Dorvik.") == []
