"""Relevance: a large toll spread over a whole month or year ("during March", "last year", "this year")
is the count of that period, not one event's toll: it makes no record and lends no figure to the
deed told beside it. A toll with a day of its own, or one dated by a bare month, stays news.
Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent

_LEAD = "A customs officer was shot dead by gunmen in Valdoria on Tuesday."


@pytest.mark.parametrize(
    "tally",
    [
        "During September more than 280 people were killed across the country in the rebel campaign.",
        "Last year over 450 farmers were murdered by hired gunmen in more than 30 massacres.",
        "Rights groups say more than 500 people have been abducted this year.",
    ],
)
def test_a_toll_over_a_month_or_year_lends_no_figure(analyse_text, tally: str) -> None:
    events = violent(analyse_text(f"{_LEAD} {tally}", "1990-10-04"))
    assert len(events) == 1
    assert events[0].fatalities.best == 1
    assert not events[0].kidnapped


def test_a_toll_over_a_month_alone_is_no_event(analyse_text) -> None:
    text = "Officials said that during September more than 280 people were killed across the country."
    assert violent(analyse_text(f"The minister spoke in Valdoria on Tuesday. {text}", "1990-10-04")) == []


@pytest.mark.parametrize(
    "text",
    [
        "In May 1990 a car bomb killed 140 people at the bus terminal of Valdoria.",
        "A car bomb killed 140 people at the bus terminal of Valdoria during the night of 2 October.",
    ],
)
def test_one_deeds_large_toll_stays_news(analyse_text, text: str) -> None:
    events = violent(analyse_text(text, "1990-10-04"))
    assert len(events) == 1
    assert events[0].fatalities.best == 140
