"""Relevant documents: a count of deeds held against someone ("is responsible for seven other
murders", "was found guilty of 12 killings") tallies their crimes and tells no incident; one deed
laid at someone's door with its victims ("responsible for the murder of two judges") stays a deed.
Sentences, names and places are our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import violent_events
from eventwatch.extract.triggers import find_triggers
from eventwatch.text import tokenize

_PUBLISHED = date(1990, 6, 2)
_OPENING = (
    "CARTAGENA, 2 JUN 90 (RADIO CARACOL) -- [TEXT] A FORMER CUSTOMS OFFICER WAS ARRESTED TODAY AT "
    "THE PORT OF CARTAGENA AS HE BOARDED A FERRY TO ARUBA. "
)


def stage_of(sentence: str, word: str) -> str:
    return next(t.stage for t in find_triggers(tokenize(sentence)) if t.text.lower() == word)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("The prosecutor said the officer is responsible for seven other murders.", "murders"),
        ("The smuggler was found guilty of 12 kidnappings.", "kidnappings"),
        ("The band is blamed for three more bombings in the valley.", "bombings"),
    ],
)
def test_a_tally_of_crimes_is_no_deed_told(sentence: str, word: str) -> None:
    assert stage_of(sentence, word) != "accomplished"


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("The officer is responsible for the murder of two judges.", "murder"),
        ("Gunmen carried out three bombings in the valley.", "bombings"),
    ],
)
def test_one_deed_or_counted_news_stays_a_deed(sentence: str, word: str) -> None:
    assert stage_of(sentence, word) == "accomplished"


def test_a_report_of_an_arrest_with_a_tally_reports_no_incident() -> None:
    text = _OPENING + "THE POLICE SAID THAT THE OFFICER IS RESPONSIBLE FOR FIVE OTHER KIDNAPPINGS."
    assert violent_events(text, _PUBLISHED) == []
