"""Relevant documents: a deed named as what someone is accused of, charged with or tried for, with
whom or what it was done to, happened (only who did it is at issue), so a report of the charge
reports the deed; a bare "charged with murder" and a deed only assigned ("had the mission of
assassinating") stay talk. Sentences, names and places are our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import violent_events
from eventwatch.extract.triggers import find_triggers
from eventwatch.text import tokenize

_PUBLISHED = date(1990, 2, 14)
# three sentences before the deed, so it is no report's lead told as news by its place alone
_OPENING = (
    "PUERTO BARRIOS, 14 FEB 90 (RADIO NACIONAL) -- [TEXT] THE DEFENSE MINISTER SPOKE TO REPORTERS "
    "THIS MORNING ABOUT THE NEW BUDGET. HE SAID THE BARRACKS WILL BE REPAIRED BEFORE THE RAINS. "
    "HE ALSO PRAISED THE WORK OF THE ENGINEERS. "
)


def stage_of(sentence: str, word: str) -> str:
    return next(t.stage for t in find_triggers(tokenize(sentence)) if t.text.lower() == word)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("The court heard the four guards charged with killing three nuns.", "killing"),
        ("Two captains will stand trial for the murder of the mayor of the port.", "murder"),
        ("The bishop accused the navy of bombing the chapel of the island.", "bombing"),
        ("The party accused the secret police of assassinating its leader.", "assassinating"),
    ],
)
def test_a_judged_deed_with_its_object_happened(sentence: str, word: str) -> None:
    assert stage_of(sentence, word) == "accomplished"


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("A farmer who was charged with murder left the valley.", "murder"),
        ("The deserter had the mission of assassinating the governor and two judges.", "assassinating"),
    ],
)
def test_a_bare_charge_or_an_assigned_deed_is_no_deed(sentence: str, word: str) -> None:
    assert stage_of(sentence, word) != "accomplished"


def test_a_report_of_a_charge_reports_the_deed() -> None:
    text = _OPENING + "THE MINISTER SAID NINE SOLDIERS HAVE BEEN CHARGED WITH KILLING FOUR TEACHERS."
    events = violent_events(text, _PUBLISHED)
    assert len(events) == 1
    assert events[0].fatalities.best == 4


def test_a_bare_charge_reports_nothing() -> None:
    text = _OPENING + "THE MINISTER SAID NINE SOLDIERS HAVE BEEN CHARGED WITH MURDER."
    assert violent_events(text, _PUBLISHED) == []
