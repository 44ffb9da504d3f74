""" "Dead" describing whose a thing is ("the farm of a dead drug baron", "the widow of the dead sergeant")
names someone known to be dead, not a death told (resolve/assertion.py, cue ``dead_owner`` of
assertion_en.yaml). A death told still is news. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "After the police found rifles on the ranch of a dead smuggler, Valdoria said on Friday it would "
        "tighten its visa rules.",
        "On Friday the governor of Valdoria gave a house to the widow of the dead sergeant.",
    ],
)
def test_dead_owner_is_no_death_told(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_a_death_told_is_news(analyse_text) -> None:
    events = violent(analyse_text("Gunmen shot dead a judge in Valdoria on Friday.", "1990-03-07"))
    assert len(events) == 1
