"""Relevance: the perfect with a bare plural object and neither a day nor a toll ("they have murdered
judges") tells a pattern of deeds, not one event; a deed done to someone named or counted stays
news. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "In Valdoria they have murdered judges and journalists.",
        "The bishop said the rebels have repeatedly attacked villages near Valdoria.",
    ],
)
def test_deeds_done_to_many_are_a_pattern(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels have attacked the post at Valdoria, the army said.",
        "Rebels have killed two judges in Valdoria.",
    ],
)
def test_a_deed_done_to_someone_stays_news(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
