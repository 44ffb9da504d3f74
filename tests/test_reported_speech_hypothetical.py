"""Reported speech (resolve/assertion.py): an attack someone has the capacity for, is capable of, or
finds necessary is imagined, not done. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "The minister said on Monday that the rebels lack the capacity for a bombing in Valdoria.",
        "Officers said on Monday that the rebels are capable of an attack on Valdoria.",
        "The mayor called on Monday for the necessary bombing of the rebel camps near Valdoria.",
    ],
)
def test_an_attack_one_is_capable_of_is_imagined(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_an_attack_told_beside_it_stays_news(analyse_text) -> None:
    text = "Rebels attacked a post in Valdoria on Monday, showing a capacity the army had denied."
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
