"""A deed told with "also" at a town or on a day of its own, or with a day and a toll of its own after an
undated event, is one more incident, so its toll stays its own and does not take over the incident told
before. Sentences are our own, with invented names."""

from __future__ import annotations

from datetime import date

from conftest import violent_events
from eventwatch.model import Event

_PUBLISHED = date(1990, 3, 3)
_OPENING = (
    "LIMA, 3 MAR 90 (AFP) -- [TEXT] THREE SOLDIERS WERE KILLED AND FOUR WOUNDED IN A REBEL ATTACK ON THE "
    "ARMY GARRISON IN ARDENVILLE. THE REBELS FIRED MORTARS AT THE GARRISON. "
)


def _events(text: str) -> list[Event]:
    return violent_events(text, _PUBLISHED)


def test_a_post_also_attacked_in_another_town_on_another_day_is_its_own_incident() -> None:
    events = _events(
        _OPENING + "THE POLICE STATION IN CHIMBOTE WAS ALSO ATTACKED ON 1 MARCH, AND ONE POLICEMAN WAS KILLED."
    )
    assert len(events) == 2
    first, second = events
    assert (first.fatalities.best, first.injuries.best, first.date_start) == (3, 4, date(1990, 3, 3))
    assert second.location is not None and second.location.name == "Chimbote"
    assert (second.fatalities.best, second.date_start) == (1, date(1990, 3, 1))


def test_a_post_also_attacked_without_a_place_or_day_of_its_own_is_the_same_incident() -> None:
    events = _events(_OPENING + "THE POLICE STATION WAS ALSO ATTACKED, AND ONE POLICEMAN WAS KILLED.")
    assert len(events) == 1
    assert events[0].fatalities.best == 3


def test_a_victim_also_killed_in_the_town_stays_with_the_incident() -> None:
    events = _events(
        "LIMA, 3 MAR 90 (AFP) -- [TEXT] GUNMEN SHOT DEAD MAYOR TOMAS BREVIK IN HUANTA. "
        "HIS DRIVER WAS ALSO KILLED IN HUANTA ON 2 MARCH."
    )
    assert len(events) == 1
    assert events[0].fatalities.best == 2


_UNDATED_LEAD = (
    "LIMA, 21 MAR 90 (AFP) -- [TEXT] POLICE CONFIRMED THAT TWO PEASANT LEADERS WERE KILLED BY UNKNOWN GUNMEN "
    "NEAR HUANTA. THEIR BODIES WERE FOUND ON A ROAD. ACCORDING TO THE POLICE, A REBEL COLUMN IS RESPONSIBLE FOR "
)


def _dated_events(text: str) -> list[Event]:
    return violent_events(text, date(1990, 3, 21))


def test_a_deed_with_its_own_day_and_another_toll_is_not_the_undated_event() -> None:
    events = _dated_events(_UNDATED_LEAD + "THE MASSACRE OF 9 VILLAGERS LAST WEDNESDAY.")
    assert [(e.fatalities.best, e.date_start) for e in events] == [(2, date(1990, 3, 21)), (9, date(1990, 3, 14))]


def test_the_same_toll_with_a_day_dates_the_undated_event() -> None:
    events = _dated_events(_UNDATED_LEAD + "THE MURDER OF THE TWO LEADERS LAST WEDNESDAY.")
    assert [(e.fatalities.best, e.date_start) for e in events] == [(2, date(1990, 3, 14))]
