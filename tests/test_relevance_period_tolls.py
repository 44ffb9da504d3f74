"""Relevance: a toll in the hundreds counted from a day ("since 3 March") or between two days weeks
apart, and a count kept "during the three months of" a campaign, are the toll of a period, not of
one event; a deed's own toll told over a day or two stays news. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "The general said the army mourns the deaths of 212 soldiers in clashes since 3 March.",
        "The colonel said the rebels suffered 1,460 dead from 3 March 1991 to 28 May 1991.",
        "Officials said 340 people were killed in the province between 2 April and 19 May.",
    ],
)
def test_a_toll_counted_over_weeks_is_no_event(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1991-06-02")) == []


def test_a_deed_told_over_two_nights_keeps_its_toll(analyse_text) -> None:
    text = "Rebels killed 120 villagers in Valdoria between 30 May and 31 May, the army said."
    events = violent(analyse_text(text, "1991-06-02"))
    assert [e.fatalities.best for e in events] == [120]


def test_a_count_kept_during_the_months_of_a_campaign_is_no_event(analyse_text) -> None:
    text = (
        "The justice minister asked parliament for more money for the courts. During the three "
        "months of the crackdown on the cartels, some 30 prosecutors have been killed by hired gunmen."
    )
    assert violent(analyse_text(text, "1991-06-02")) == []
