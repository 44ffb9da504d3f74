"""Relevance: "to" before a light verb and its event noun ("to launch an assault", "to carry out a
terrorist attack") marks a purpose, as it does before "to attack"; the means of a deed done ("used
explosives to carry out an attack"), a deed told beside it, and a deed begun ("started to attack")
stay news. Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import violent


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


def test_a_deed_begun_is_no_purpose(analyse_text) -> None:
    text = "On Monday troops started to attack the rebel positions in Valdoria."
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1


def test_a_deed_one_is_sent_for_is_a_purpose(analyse_text) -> None:
    text = "Troops were sent to Valdoria on Monday to attack the rebel positions."
    assert violent(analyse_text(text, "1990-03-07")) == []
