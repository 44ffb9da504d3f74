"""Relevance: a sentence whose only figures are vague and in the hundreds or more, told in the
perfect or in a relative clause, with no day of its own, is a tally over time, not one event; a deed
told with such a figure stays news. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of peasants in Valdoria have been murdered by the rebels.",
        "The bishop recalled the riots in Valdoria, which left thousands dead.",
    ],
)
def test_a_vague_toll_over_time_is_a_tally(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people were killed in Valdoria on Monday when rebels attacked the market.",
        "Rebels executed hundreds of men in Valdoria during the offensive.",
    ],
)
def test_a_deed_with_a_vague_toll_stays_news(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1


def test_a_toll_in_the_thousands_of_a_year_is_a_tally(analyse_text) -> None:
    text = "Close to 1,800 people were killed in fighting between troops and rebels in Valdoria in 1989."
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_a_toll_in_the_thousands_of_a_day_stays_news(analyse_text) -> None:
    text = "Close to 1,800 people were killed in Valdoria on 3 March 1990 when troops shelled the town."
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
