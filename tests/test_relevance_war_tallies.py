"""Relevance: the summed toll of a stretch of fighting or an offensive is a tally, not one event, when
told in the perfect ("the fighting ... has left 400 dead") or with a verb that sums it up ("the
offensive resulted in", "sustained ... during the offensive"); a toll told of one day's fighting in
the past tense stays news. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "Church leaders on Monday called for a truce to end the fighting around Valdoria, which has left 400 dead.",
        "The general said the rebel offensive resulted in 1,200 guerrillas and 150 soldiers killed.",
        "The army said the rebels sustained 900 killed during their offensive on the coast.",
    ],
)
def test_the_summed_toll_of_fighting_is_a_tally(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "At least 150 people were killed in clashes near Valdoria on Monday.",
        "Fighting near Valdoria on Monday left 12 soldiers dead.",
        "Fighting near Valdoria between 2 and 4 March has left 140 soldiers dead.",
    ],
)
def test_the_toll_of_one_days_fighting_stays_news(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
