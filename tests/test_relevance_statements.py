"""Relevance: the day of a statement does not make violence spoken of in general into news.

"X said today that ... denounced executions and assassinations": the day dates what was said, and
plural event words with neither a day of their own nor a toll name no one event; "several attacks"
names none either, while "the killings of the two priests" names these events by their victims.
Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        # the day after the verb of saying
        "The human rights committee of Valdoria said today that abuses continue and denounced summary"
        " executions and political assassinations.",
        # the day between the speaker and the verb
        "The rebel group of Valdoria today reaffirmed its truce and blamed rightist groups for bombings and assaults.",
        # "several" counts no events
        "The rebel group of Valdoria today denounced several bombings and assaults by rightist groups.",
    ],
)
def test_violence_spoken_of_on_the_day_of_a_statement_is_not_news(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        # named by their victims
        "The minister of Valdoria said today that aid stays suspended until the killings of the two priests"
        " are solved.",
        # the day of the deed, not of a statement
        "Rebels carried out bombings and assaults in Valdoria today, the army said.",
        # counted
        "The army of Valdoria said today that rebels carried out three bombings.",
    ],
)
def test_events_told_on_the_day_of_a_statement_stay_news(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) >= 1
