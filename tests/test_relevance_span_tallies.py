"""Relevance: a toll told in the perfect over a span opened by "since" or measured in weeks or more
is a period's count, not one deed's; a deed told with its own day stays news. Sentences and places
are our own."""

from __future__ import annotations

import pytest

from conftest import violent

LEAD = "Rebels ambushed a police patrol near Valdoria on Tuesday, killing two officers."


@pytest.mark.parametrize(
    "tally",
    [
        "The court said that six magistrates have been killed in three months.",
        "Since June, a union leader, a lawyer and at least four teachers have been murdered.",
        "Nineteen guards have been killed in Port Ansel since last Friday.",
        "The army said today that 312 people have been killed in clashes over the past 4 days.",
        "During the present election campaign four mayors have been murdered in the province.",
        "Seven union organisers have been shot dead during the current harvest campaign.",
        "Some villagers have been killed in the crossfire since the rebels began the siege on 2 March.",
    ],
)
def test_a_toll_over_a_span_is_no_deed_of_its_own(analyse_text, tally: str) -> None:
    events = violent(analyse_text(f"{LEAD} {tally}", "1990-03-07"))
    assert len(events) == 1
    assert events[0].fatalities.best == 2


@pytest.mark.parametrize(
    "news",
    [
        "Three farmers have been killed in Valdoria on Monday when soldiers fired on a market.",
        "Two nurses have been wounded in the last few hours in a mortar attack on Valdoria.",
        "Four engineers were kidnapped by rebels near Valdoria on 2 March and have been held since then.",
    ],
)
def test_a_deed_told_in_the_perfect_stays_news(analyse_text, news: str) -> None:
    assert len(violent(analyse_text(news, "1990-03-07"))) == 1
