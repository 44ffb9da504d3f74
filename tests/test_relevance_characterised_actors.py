"""Relevance: words that describe an actor rather than report a deed. The active perfect in a relative
clause with no day and no toll in numbers ("a regime that has murdered teachers") says what
someone is; "sowing death" is a figure of speech; "alleged kidnappers" are suspects; "has killed any
number of farmers" counts no one. Deeds with a day or a toll, and the passive ("who has been
kidnapped"), stay news. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called the army a force that has murdered and jailed teachers and bombed the schools.",
        "The bishop said the rebels are a gang that has brutally murdered children, old women and the sick.",
        "The senator said the Valdoria militia are a band who have attacked the poor.",
        "The mayor said the militias are sowing murder and fear in Valdoria.",
        "The court suspended the judge who freed a group of alleged kidnappers in Valdoria.",
        "The admiral said the rebels have killed any number of farmers in Valdoria.",
    ],
)
def test_words_about_an_actor_are_no_deed(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebels, who have killed 12 soldiers in Valdoria, fled to the hills.",
        "The rebels asked for a commission to receive an engineer who has been kidnapped in Valdoria.",
        "Rebels who attacked the police post at Valdoria on Monday fled to the hills.",
        "The kidnappers of two engineers in Valdoria demanded a ransom on Monday.",
    ],
)
def test_deeds_told_with_a_toll_a_day_or_a_victim_stay_news(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
