"""Casualties across records of one report: when two records of the same incident are merged, a
record that counts only people besides others ("two escorts were also killed") adds to the
toll instead of competing with it. Sentences are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

from conftest import violent_events
from eventwatch.fuse import merge
from eventwatch.model import Casualties, Event

_PUBLISHED = date(1990, 3, 3)


def _record(fatalities: Casualties, injuries: Casualties | None = None) -> Event:
    return Event(
        event_id="e",
        doc_ids=["t"],
        event_type="Violence against civilians",
        sub_event_type="Attack",
        fatalities=fatalities,
        injuries=injuries or Casualties(),
    )


def test_people_also_killed_add_to_the_record_they_join() -> None:
    main = _record(Casualties(best=1, low=1, high=1, civilians=1))
    also = _record(Casualties(best=2, low=2, high=2, security_forces=2, additional=True))
    merged = merge(main, also)
    assert (merged.fatalities.best, merged.fatalities.low, merged.fatalities.high) == (3, 3, 3)
    assert (merged.fatalities.civilians, merged.fatalities.security_forces) == (1, 2)
    assert merged.fatalities.additional is False


def test_the_main_record_joining_the_added_people_adds_too() -> None:
    also = _record(Casualties(best=2, low=2, high=2, additional=True))
    merged = merge(also, _record(Casualties(best=4, low=4, high=None)))
    assert (merged.fatalities.best, merged.fatalities.low, merged.fatalities.high) == (6, 6, None)


def test_two_reports_of_the_same_toll_keep_the_larger() -> None:
    merged = merge(_record(Casualties(best=3)), _record(Casualties(best=5)))
    assert merged.fatalities.best == 5


def test_added_wounded_add_to_the_wounded_of_the_record_they_join() -> None:
    main = _record(Casualties(), Casualties(best=5))
    merged = merge(main, _record(Casualties(), Casualties(best=1, additional=True)))
    assert merged.injuries.best == 6


def test_the_flag_is_not_written_out() -> None:
    record = Casualties(best=2, additional=True).to_record()
    assert "additional" not in record
    assert Casualties.from_record(record).additional is False


def test_bodyguards_also_killed_after_a_murder_reported_from_abroad() -> None:
    text = (
        "MANAGUA, 3 MAR 90 (AFP) -- THE NICARAGUAN GOVERNMENT TODAY CONDEMNED THE MURDER OF HONDURAN "
        "LABOR MINISTER TOMAS BREVIK IN AN ATTACK CARRIED OUT BY SUSPECTED URBAN GUERRILLAS. A GOVERNMENT "
        "SPOKESMAN SAID THE MURDER, WHICH TOOK PLACE EARLY THIS MORNING IN TEGUCIGALPA, WAS A COWARDLY ACT. "
        "TWO OF THE MINISTER'S ESCORTS WERE ALSO KILLED IN THE SHOOTING."
    )
    events = violent_events(text, _PUBLISHED)
    assert len(events) == 1
    assert events[0].fatalities.best == 3


def test_guards_also_injured_after_an_attack_reported_from_abroad() -> None:
    text = (
        "MANAGUA, 3 MAR 90 (AFP) -- THE NICARAGUAN GOVERNMENT TODAY CONDEMNED THE BOMB ATTACK ON THE HONDURAN "
        "LABOR MINISTRY IN WHICH TWO EMPLOYEES WERE INJURED. A GOVERNMENT SPOKESMAN SAID THE ATTACK, WHICH TOOK "
        "PLACE EARLY THIS MORNING IN TEGUCIGALPA, WAS A COWARDLY ACT. THREE GUARDS WERE ALSO INJURED IN THE ATTACK."
    )
    events = violent_events(text, _PUBLISHED)
    assert len(events) == 1
    assert events[0].injuries.best == 5
