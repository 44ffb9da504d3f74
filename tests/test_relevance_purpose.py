"""Relevance: "to" before a light verb and its event noun ("to launch an assault", "to carry out a
terrorist attack") marks a purpose, as it does before "to attack"; the means of a deed done ("used
explosives to carry out an attack") and a deed told beside it stay news. Sentences are our own."""

from __future__ import annotations

import pytest


def violent(events: list) -> list:
    return [e for e in events if e.is_violent and not e.background]


@pytest.mark.parametrize(
    "text",
    [
        "It is necessary to launch an assault against the rebel strongholds in Valdoria.",
        "Rebels gathered near Valdoria to carry out a terrorist attack on the embassy.",
    ],
)
def test_a_light_verb_after_to_is_a_purpose(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels used explosives to carry out an attack on the bridge at Valdoria on Monday.",
        "Rebels went to Valdoria on Monday to carry out an attack and killed two guards.",
    ],
)
def test_deeds_with_a_light_verb_stay_news(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
