"""Relevance: "the number of ... has risen to N" or "has increased N percent" keeps a count over time;
plural deeds counted so lend it no figure and make no event, while a deed told with a day of its own
stays news. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "Compared to last year, the number of kidnappings in Valdoria has increased 40 percent, and murders "
        "25 percent.",
        "The number of attacks on buses in Valdoria has risen to 14.",
    ],
)
def test_a_running_count_is_no_event(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_a_deed_with_a_day_stays_news(analyse_text) -> None:
    text = "The number of car bombs that exploded in Valdoria on Monday has risen to four, and 20 people were wounded."
    events = violent(analyse_text(text, "1990-03-07"))
    assert len(events) == 1
    assert events[0].injuries.best == 20
