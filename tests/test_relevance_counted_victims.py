"""Relevant documents: a deed named in passing by the written count of its victims ("the murder of
three engineers") is the incident the report is about, not history; one named by a single victim, by
a vague count or in a clause looking back ("since the ..., which killed") stays background.
Sentences, names and places are our own."""

from __future__ import annotations

from datetime import date

from conftest import violent_events

_PUBLISHED = date(1990, 2, 14)
# three sentences before the deed, so it is no report's lead
_OPENING = (
    "PUERTO BARRIOS, 14 FEB 90 (RADIO NACIONAL) -- [TEXT] THE DEFENSE MINISTER SPOKE TO REPORTERS "
    "THIS MORNING ABOUT THE NEW BUDGET. HE SAID THE BARRACKS WILL BE REPAIRED BEFORE THE RAINS. "
    "HE ALSO PRAISED THE WORK OF THE ENGINEERS. "
)


def test_a_deed_named_by_the_count_of_its_victims_is_news() -> None:
    text = _OPENING + "HE ADDED THAT DETECTIVES ARE STILL LOOKING INTO THE MURDER OF THREE ENGINEERS FROM THE DAM."
    events = violent_events(text, _PUBLISHED)
    assert len(events) == 1
    assert events[0].fatalities.best == 3


def test_a_deed_named_by_one_victim_or_a_vague_count_stays_background() -> None:
    one = _OPENING + "HE ADDED THAT DETECTIVES ARE STILL LOOKING INTO THE MURDER OF THE OLD BISHOP."
    vague = _OPENING + "HE ADDED THAT DETECTIVES ARE STILL LOOKING INTO THE MURDER OF SEVERAL ENGINEERS."
    bodies = _OPENING + "A PHOTOGRAPH TAKEN THAT DAY SHOWS THE BODIES OF TWO SMUGGLERS ON THE BEACH."
    assert violent_events(one, _PUBLISHED) == []
    assert violent_events(vague, _PUBLISHED) == []
    assert violent_events(bodies, _PUBLISHED) == []


def test_a_counted_deed_told_here_is_not_a_deed_abroad_with_fewer_dead() -> None:
    text = (
        "SAN SALVADOR, 15 JAN 90 (EFE) -- [TEXT] THE FOREIGN MINISTER SPOKE TO REPORTERS THIS MORNING. "
        "HE SAID THE TRIP TO MEXICO WILL TAKE PLACE IN MARCH. HE ALSO PRAISED THE WORK OF THE EMBASSY. "
        "THE MINISTER DENIED THAT THE DELAY IS LINKED TO THE ARREST OF FIVE POLICEMEN IMPLICATED IN THE "
        "MURDER OF FOUR TEACHERS. HE ALSO DENIED THAT IT IS LINKED TO THE ASSASSINATION OF MARIO LEIVA, "
        "A UNION LEADER, 2 DAYS AGO IN GUATEMALA."
    )
    events = violent_events(text, date(1990, 1, 15))
    assert sorted(e.fatalities.best or 0 for e in events) == [1, 4]
