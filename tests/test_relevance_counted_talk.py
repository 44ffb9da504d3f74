"""Relevance (resolve/assertion.py): deeds a sentence only counts, supposes or names as a state of things
are not one incident told: tries counted over a life ("survived three murder attempts"), earlier deeds
counted beside the news ("blamed for five other killings"), a deed supposed after "if", a subject counted
only as many in the perfect passive ("several districts of the city have been attacked"), "a situation of
harassment". The same words with a day or a toll stay news. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        # tries counted, with no day of their own
        "The retired judge of Valdoria, who survived three murder attempts, spoke at the congress.",
        "The senator of Valdoria was praised for her courage after four assassination attempts on her.",
        # earlier deeds counted beside the news, with neither a day nor a toll
        "Police in Valdoria said the trader was blamed for five other killings.",
        "The mayor of Valdoria said the band carried out two previous attacks on the dam.",
        "The court in Valdoria heard that the gang committed three earlier kidnappings of traders.",
        # a deed supposed
        "The bishop of Valdoria said no talks can go on if the union leaders are murdered by the militias.",
        # a subject counted only as many, with neither a day nor a toll
        "The ministry told the people that several districts of Valdoria have been attacked.",
        "The governor said various towns in the north of Valdoria have been bombed.",
        # a state of things, not one deed
        "Residents of Valdoria complained of a situation of harassment by armed bands in the valley.",
    ],
)
def test_deeds_only_counted_or_supposed_are_not_news(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        # a try with its day
        "Gunmen made two assassination attempts on the mayor of Valdoria on Monday.",
        # other deeds with their toll
        "Other attacks in the villages near Valdoria killed four farmers.",
        # a subject counted as many with its day
        "Several districts of Valdoria have been attacked on Monday, the army said.",
    ],
)
def test_the_same_words_with_a_day_or_a_toll_stay_news(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) != []
