"""Relevance: deeds told as a rule ("in many cases the rebels kidnap ..."), as a share of a statistic
("30 percent of the kidnappings") or as a count kept through a year still running ("so far in
1990") are no events of their own. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent

LEAD = "Rebels ambushed a police patrol near Valdoria on Tuesday, killing two officers."


@pytest.mark.parametrize(
    "text",
    [
        "In many cases the rebels kidnap farmers near Valdoria to raise money for their war.",
        "In most cases the gangs abduct traders on the Valdoria road and demand a ransom.",
        "Police say the rebels take part in 30 percent of the kidnapping trade in Valdoria.",
    ],
)
def test_deeds_as_a_rule_or_a_share_are_no_event(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_a_count_kept_through_the_year_lends_no_toll(analyse_text) -> None:
    tally = "The rebels have killed 48 farmers near Valdoria so far in 1990, the union said."
    events = violent(analyse_text(f"{LEAD} {tally}", "1990-03-07"))
    assert len(events) == 1
    assert events[0].fatalities.best == 2


def test_a_deed_told_with_its_day_stays_news(analyse_text) -> None:
    text = "Rebels kidnapped four farmers near Valdoria on Monday and demanded a ransom."
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1


@pytest.mark.parametrize(
    "tally, killed",
    [
        ("Several bombs have gone off in Valdoria in recent months.", 2),
        ("In recent weeks four traders have been shot dead in the Valdoria market.", 2),
    ],
)
def test_deeds_kept_count_of_in_recent_months_join_no_deed(analyse_text, tally: str, killed: int) -> None:
    events = violent(analyse_text(f"{LEAD} {tally}", "1990-03-07"))
    assert len(events) == 1
    assert events[0].fatalities.best == killed
    assert events[0].event_type == "Battles"


def test_the_deadliest_in_recent_years_keeps_its_toll(analyse_text) -> None:
    text = (
        "Gunmen attacked a convoy near Valdoria on Tuesday. Twelve guards died and five more were hurt"
        " in the ambush, the worst the province had seen in recent years."
    )
    events = violent(analyse_text(text, "1990-03-07"))
    assert len(events) == 1
    assert events[0].injuries.best == 5
