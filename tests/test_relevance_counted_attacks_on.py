"""Relevance: "attacks on" counted like "attacks": a count large enough for a statistic over a
period ("25 attacks on the pipeline this year") is a tally, while a few attacks on a day stay news.
Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "This year alone, the rebels launched 25 attacks on the Valdoria pipeline.",
        "So far this year the rebels have carried out 14 attacks on the Valdoria pipeline.",
        "Since January the militia has made 31 attacks against farms near Valdoria.",
    ],
)
def test_many_attacks_on_over_a_period_are_a_tally(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebels carried out 14 attacks on the Valdoria pipeline yesterday.",
        "Today the rebels launched three attacks on army posts near Valdoria.",
    ],
)
def test_a_few_attacks_on_told_with_their_day_stay_news(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
