"""Relevance: a toll told in the perfect "as of today", "up to now" or "to date" is a running count
of a campaign, not one event's toll, and so are the figures under a heading such as "rebel losses
up until this morning:" and a sentence right after the count that only breaks it down ("of them",
"the casualties include"). A deed told with its own toll stays news. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent

_DAY = "1990-03-14"


@pytest.mark.parametrize(
    "text",
    [
        "VALDORIA, 14 MAR 90 -- The general staff reports that 612 rebels have been killed and 401 "
        "wounded as of today. Of them, 40 were commanders.",
        "VALDORIA, 14 MAR 90 -- The ministry said that up to now 230 soldiers have died in the offensive. "
        "The casualties include 12 officers killed and 70 wounded.",
    ],
)
def test_a_running_count_and_its_breakdown_are_no_event(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, _DAY)) == []


def test_the_figures_under_a_running_count_heading_lend_no_toll(analyse_text) -> None:
    text = (
        "VALDORIA, 14 MAR 90 -- The army said that troops repelled a rebel raid on a bridge near Orlen "
        "this morning.\n\n   REBEL LOSSES UP UNTIL THIS MORNING:\n\n   The general staff confirms that "
        "512 rebels have been killed and 300 have been wounded. The army casualties include 95 soldiers "
        "killed and 210 wounded."
    )
    events = violent(analyse_text(text, _DAY))
    assert len(events) == 1
    assert events[0].fatalities.best is None
    assert events[0].injuries.best is None


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked an army base in Orlen, killing at least 118 soldiers while 40 others were still "
        "missing as of today.",
        "Rebels ambushed an army patrol near Orlen today, killing four soldiers. Up to now 230 soldiers "
        "have died in the offensive.",
    ],
)
def test_a_deed_beside_a_running_count_stays_news(analyse_text, text: str) -> None:
    events = violent(analyse_text(text, _DAY))
    assert len(events) == 1
    assert events[0].fatalities.best in (118, 4)
