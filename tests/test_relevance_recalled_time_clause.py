"""Relevant documents: a sentence past a report's opening that opens with an "after", "following" or
"since" clause holding its only deed, with no day of its own ("After the senator was killed, the
special forces searched the hills"), recalls an earlier deed to time its main clause: background,
not news. A main clause telling the deed's toll or result, a day told for it, or a span it lasted
("after three hours of fighting") keeps it news. Sentences, names and places are our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import violent_events
from eventwatch.extract.casualties import find_casualties
from eventwatch.extract.triggers import find_triggers
from eventwatch.resolve.time_clauses import opens_with_earlier_deed
from eventwatch.text import tokenize

_PUBLISHED = date(1990, 5, 4)
_OPENING = (
    "NEIVA, 4 MAY 90 (RADIO CARACOL) -- [TEXT] THE ATTORNEY GENERAL TODAY OPENED AN INQUIRY INTO THE "
    "CONDUCT OF THE RURAL POLICE. HE SAID THE INQUIRY WILL TAKE SIX MONTHS. IT WILL HEAR 40 WITNESSES. "
)


def opens_with_deed(sentence: str) -> bool:
    tokens = tokenize(sentence)
    casualties = [c.start for c in find_casualties(tokens)]
    return opens_with_earlier_deed(tokens, find_triggers(tokens), casualties)


@pytest.mark.parametrize(
    "sentence",
    [
        "After the senator was killed, the special forces searched the northern hills for a month.",
        "Shortly after the mayor's assassination, the governor asked for more troops.",
        "Following the bombing of the bridge, the ministry closed the border post.",
    ],
)
def test_an_opening_clause_holding_the_only_deed_times_the_main_clause(sentence: str) -> None:
    assert opens_with_deed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "After the bomb went off, two guards were found dead in the yard.",
        "After three hours of fighting, the patrol withdrew to the village.",
        "The special forces searched the hills after the senator was killed.",
        "After the senator was killed, gunmen attacked his office.",
    ],
)
def test_a_result_a_span_or_a_deed_in_the_main_clause_keeps_it_news(sentence: str) -> None:
    assert not opens_with_deed(sentence)


def test_a_deed_recalled_to_time_other_news_is_no_record() -> None:
    text = _OPENING + "AFTER THE JUDGE WAS KILLED, THE SPECIAL FORCES SEARCHED THE SOUTHERN VALLEYS FOR TWO MONTHS."
    assert violent_events(text, _PUBLISHED) == []


def test_a_deed_with_its_toll_in_the_main_clause_stays_news() -> None:
    text = _OPENING + "AFTER THE BOMB EXPLODED AT THE BARRACKS GATE, FOUR SOLDIERS WERE FOUND DEAD."
    events = violent_events(text, _PUBLISHED)
    assert len(events) == 1
    assert events[0].fatalities.best == 4


def test_a_clause_followed_by_a_relative_one_is_the_main_clause() -> None:
    assert not opens_with_deed("Since 2004 the province has suffered bombings, which the police blame on smugglers.")


def test_a_lead_opening_with_the_clause_stays_news() -> None:
    text = (
        "NEIVA, 4 MAY 90 (RADIO CARACOL) -- [TEXT] AFTER A BOMB EXPLODED IN THE CENTRAL MARKET OF NEIVA, "
        "THE MAYOR CLOSED ALL SHOPS IN THE TOWN."
    )
    assert len(violent_events(text, _PUBLISHED)) == 1
