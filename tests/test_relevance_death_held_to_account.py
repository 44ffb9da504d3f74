"""Relevant documents: a death someone is held to account for ("the officers involved in the death of
four students", "who was responsible for the death of three nurses") was dealt, not suffered: a
killing the report tells, counted by its victims. Sentences, names and places are our own."""

from __future__ import annotations

from datetime import date

from conftest import violent_events
from eventwatch.extract.triggers import find_triggers
from eventwatch.text import tokenize

_PUBLISHED = date(1990, 2, 14)
_OPENING = (
    "PUERTO BARRIOS, 14 FEB 90 (RADIO NACIONAL) -- [TEXT] THE DEFENSE MINISTER SPOKE TO REPORTERS "
    "THIS MORNING ABOUT THE NEW BUDGET. HE SAID THE BARRACKS WILL BE REPAIRED BEFORE THE RAINS. "
    "HE ALSO PRAISED THE WORK OF THE ENGINEERS. "
)


def kinds(sentence: str) -> list[tuple[str, bool]]:
    return [(t.kind, t.plural) for t in find_triggers(tokenize(sentence))]


def test_a_death_someone_is_held_to_account_for_is_a_killing() -> None:
    assert kinds("The captain involved in the death of four students was moved to another post.") == [
        ("killing", False)
    ]
    assert kinds("Nobody knows who is responsible for the deaths of the fishermen.") == [("killing", True)]
    assert kinds("The death of the old poet saddened the town.") == []


def test_a_report_of_such_a_death_reports_the_killing() -> None:
    text = _OPENING + "HE SAID THE INQUIRY FOUND WHO WAS RESPONSIBLE FOR THE DEATH OF THREE NURSES AT THE CLINIC."
    events = violent_events(text, _PUBLISHED)
    assert len(events) == 1
    assert events[0].fatalities.best == 3
