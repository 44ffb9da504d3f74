"""Reported speech (resolve/assertion.py): the progressive passive with no day of its own ("people
who are being killed") speaks of what someone suffers, not of one event; a deed told with its day
("after being shot on Monday") and a hostage held ("are being held hostage") stay news. Sentences and
places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "The people of Valdoria are being unjustly attacked by the rebels.",
        "The bishop said that peasants who are being killed in Valdoria need help.",
    ],
)
def test_the_progressive_passive_without_a_day_is_talk(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two people died in Valdoria on Monday after being shot by rebels.",
        "Rebels stormed the embassy in Valdoria, where twelve diplomats are being held hostage.",
    ],
)
def test_deeds_told_in_the_passive_stay_news(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
