"""The perfect with a bare plural object, its noun described by a word or two ("have attacked government
officials", "has murdered rural teachers"), in a sentence with neither a day nor a toll, tells what
someone has been doing, not one deed, as "have murdered judges" does (resolve/assertion.py,
``_bare_plural_at``). A determiner, a number or a name keeps the deed news. Sentences and places are
our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the rebels of Valdoria have attacked government officials and judges.",
        "The bishop said the militia of Valdoria has murdered rural teachers in the hills.",
        "THE MINISTER SAID THE REBELS OF VALDORIA HAVE ATTACKED GOVERNMENT OFFICIALS AND JUDGES.",
    ],
)
def test_perfect_with_described_plural_is_a_pattern(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister said on Monday that the rebels have attacked two army posts in Valdoria.",
        "The police said gunmen have murdered Ana Cruz, the mayor of Valdoria.",
        "THE POLICE SAID GUNMEN HAVE KIDNAPPED THE MAYOR OF VALDORIA.",
    ],
)
def test_perfect_with_a_known_object_is_news(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
