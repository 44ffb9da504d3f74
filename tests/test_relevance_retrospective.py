"""Relevance: a report that leads with an attack long past, its day and toll told with the deed,
is about that attack (a feature written a year on), while the same attack told further down, or
an old day that only dates an aside in the lead, stays background. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import violent

HEADLINE = "A Town Still Counting Its Losses\n\nFifteen months on, the market has reopened but few have forgotten.\n\n"
LEAD = (
    "VALDORIA — An ordinary market day ended on March 3, 2015, as six gunmen opened fire on "
    "shoppers in the town square, killing 12 people.\n\n"
)
LATER = "Traders say business has recovered. The council has rebuilt the stalls and planted trees.\n\n"


def test_a_feature_leading_with_an_attack_a_year_past_codes_it(analyse_text) -> None:
    events = violent(analyse_text(HEADLINE + LEAD + LATER, "2016-06-10"))
    assert [(e.date_start, e.fatalities.best) for e in events] == [(date(2015, 3, 3), 12)]


def test_the_same_attack_told_further_down_is_background(analyse_text) -> None:
    text = (
        HEADLINE
        + LATER
        + "The mayor opened a new school in the spring, and the road to the coast was paved.\n\n"
        + "Tourists have started to come back, the hotel owners say.\n\n"
        + LEAD
    )
    assert violent(analyse_text(text, "2016-06-10")) == []


def test_an_old_day_dating_only_an_aside_in_the_lead_stays_background(analyse_text) -> None:
    text = (
        "The governor said today that there have been two attempts on his life since he took office "
        "on 14 January 2013.\n\nHe did not say who was behind them."
    )
    assert violent(analyse_text(text, "2015-08-01")) == []


def test_a_lead_day_lent_by_the_sentence_before_the_deed_keeps_it_background(analyse_text) -> None:
    text = (
        "A cargo plane landed at the ranch near Valdoria on 4 April 2012. "
        "Air force jets bombed it there, killing a guard.\n\nThe ranch is now a school."
    )
    assert violent(analyse_text(text, "2014-06-20")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Since the bombing of the market in Valdoria on 3 March 2014, which killed 74 people, the town "
        "has changed.\n\nTraders say business has recovered.",
        "The town has changed since the bombing of the market in Valdoria on 3 March 2014, which killed "
        "74 people.\n\nTraders say business has recovered.",
    ],
)
def test_an_old_attack_named_as_known_in_the_lead_stays_background(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "2016-06-10")) == []
