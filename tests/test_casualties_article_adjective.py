"""A deed word after an article is an adjective, not a deed with an object: "the injured party" in
a legal passage is no one hurt, even in capital-letter wire copy where every word looks like a
name. Sentences are our own, with invented names."""

from __future__ import annotations

from eventwatch.extract.casualties import CasualtyFigure, find_casualties
from eventwatch.text.tokens import tokenize


def _figures(sentence: str) -> list[tuple[str, int]]:
    found: list[CasualtyFigure] = find_casualties(tokenize(sentence))
    return [(f.effect, f.value) for f in found]


def test_the_injured_party_in_wire_capitals_is_no_one_hurt() -> None:
    assert _figures("THE LAWYER SAID THE INJURED PARTY MAY SUE THE PUBLISHER FOR LIBEL.") == []


def test_the_injured_party_in_ordinary_case_is_no_one_hurt() -> None:
    assert _figures("The lawyer said the injured party may sue the publisher for libel.") == []


def test_an_article_before_a_person_noun_still_counts_one_hurt() -> None:
    assert _figures("THE INJURED GUARD WAS TAKEN TO A CLINIC IN TOWN.") == [("wounded", 1)]


def test_a_deed_on_a_named_person_in_capitals_still_counts() -> None:
    assert _figures("THE RAIDERS INJURED OSWALDO PRIETO NEAR THE MILL.") == [("wounded", 1)]
