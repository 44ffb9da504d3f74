"""Relevance: a day told far from plural event words with no number, victim or toll is the day of
the statement, not of the deeds ("on Monday, in a speech to the assembly, the mayor condemned
bombings"); a day told beside them dates them as news ("rebels today staged attacks on two posts").
"The actions of the rebels" names who acts, not whom they were done to, so it stays talk as well.
Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "Today, in a long address to the assembly in Valdoria, the mayor warned that there is no place "
        "for brutal terrorist actions.",
        "On Monday Valdoria gave the envoy three days to leave because of the unjustified attacks by his "
        "government against the council.",
        "Today, in a long address to the assembly, the mayor said that the terrorist actions of the rebels "
        "near Valdoria can no longer be justified.",
    ],
)
def test_a_day_far_from_plural_deeds_is_the_statements(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels today staged attacks on army posts near Valdoria.",
        "Today, according to army sources in the capital, rebels staged attacks on posts near Valdoria.",
        "The killings of the two judges in Valdoria on Monday shocked the country.",
    ],
)
def test_a_day_beside_plural_deeds_dates_them(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
