"""Relevance: "fighting this menace", "the struggle against this scourge" name a policy against an evil
the sentence has named before (drugs, crime), not combat; fighting told with a foe stays news.
Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "The council gave aid to other towns, especially in Valdoria, fighting this scourge.",
        "The mayor has promised new funds for clinics in Valdoria, which are fighting this menace.",
    ],
)
def test_fighting_an_evil_is_a_policy(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_fighting_a_foe_stays_news(analyse_text) -> None:
    text = "Troops were fighting the rebels near Valdoria this morning."
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
