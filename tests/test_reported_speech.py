"""Reported speech (resolve/assertion.py): an event a sentence only talks about (imagined, called to
an end, denied, quoted as what someone says, told in the present progressive) starts no event;
news told in the same words still does. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        # imagined
        "Had they been rebels, they would have attacked the convoy near Valdoria on Monday.",
        "The police declared an alert in view of the possibility of bomb attacks on Monday in Valdoria.",
        # called to an end
        "On Monday church leaders in Valdoria demanded an end to the shelling of the town.",
        # denied
        "The report that a consul was shot in Valdoria on Monday is unfounded, the ministry said.",
        # a purpose, not a deed
        "Troops patrol the streets of Valdoria to prevent a bomb attack on the dam.",
        # recalled, with no day of its own
        "We remember the assassination of the mayor of Valdoria.",
        "Let us not forget the murder of the judges of Valdoria.",
        # a period of war, not one event
        "After ten days of fighting in Valdoria, the rebels withdrew on Monday.",
        # heard, not seen
        "Explosions were heard in Valdoria on Monday night.",
        "Three explosions have been heard in Valdoria, but their origin is not yet known.",
        "The sound of explosions is still being heard in several parts of Valdoria.",
        "In the outskirts of Valdoria one can still hear the explosions of mortars.",
        # quoted, with neither a day nor a toll
        'The mayor of Valdoria told the press: "The rebels ambushed the convoy to frighten the peasants."',
        # ... also when the quotation was opened in an earlier sentence of the paragraph
        'The rebel radio said: "Our units are strong. They ambushed a convoy near Valdoria and burned the trucks."',
        # the present progressive
        "The bishop of Valdoria said the army is bombing the villages of the valley.",
        "The bishop of Valdoria said troops are indiscriminately bombing the villages of the valley.",
        # the progressive with a toll but no day of its own
        "The mayor of Valdoria said the cartel is killing two judges.",
        # violence as the topic of a talk
        "Deputies in Valdoria debated the murder of the mayor.",
        # a campaign called off, with no day of its own
        "The rebels of Valdoria ceased bombing the pipeline but kept their camps.",
    ],
)
def test_an_event_only_talked_about_is_not_news(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Guerrillas killed two peasants in Valdoria on Monday, the army said.",
        # a word in quotation marks is the reporter's wording, not a quotation
        'His party said its leader was "kidnapped" in Valdoria on Monday.',
        # a quotation that gives a day and a toll reports news
        'The mayor said: "Gunmen shot dead three farmers in Valdoria on Monday."',
        # the present progressive with a day is news as it happens
        "The air force is bombing the hills around Valdoria tonight, residents said.",
        "Troops prevented a bomb attack on the dam at Valdoria on Monday.",
        "Rebels attacked the pipeline near Valdoria on Monday and continued attacking it on Tuesday.",
        "Two hours of fighting in Valdoria on Monday left five soldiers dead.",
        # a blast that was heard and also did harm is news
        "Residents heard the blast of a car bomb that killed two guards in Valdoria on Monday.",
    ],
)
def test_news_told_in_the_same_words_stays(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1


def test_a_toll_in_the_thousands_told_in_the_perfect_is_a_tally(analyse_text) -> None:
    text = "Thanks to that aid, 40,000 peasants in Valdoria have been killed and a million have fled the country."
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_a_toll_in_the_thousands_of_one_day_is_news(analyse_text) -> None:
    events = violent(analyse_text("A car bomb killed 1,200 people in Valdoria on Monday.", "1990-03-07"))
    assert [e.fatalities.best for e in events] == [1200]


def test_a_toll_over_hundreds_of_clashes_is_a_statistic(analyse_text) -> None:
    text = "Army commanders said 393 rebels and 143 soldiers were killed in Valdoria in more than 600 clashes."
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels carried out three bomb attacks in Valdoria on Monday, killing four people.",
        "Thirteen bombings ripped through Valdoria on Monday, killing 40 people.",
        "The 1989 Valdoria bombings killed 40 people on Monday.",
    ],
)
def test_a_few_events_counted_are_news(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) >= 1


def test_murders_alone_name_no_one_event(analyse_text) -> None:
    text = "A manhunt in Valdoria has resulted in murders, captures and searches."
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_the_murders_of_a_day_are_news(analyse_text) -> None:
    text = "The murders of two judges in Valdoria on Monday shocked the country."
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
