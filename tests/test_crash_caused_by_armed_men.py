"""A crash that armed men caused ("train crash: rebels derail a train and kill 14 people") is an
attack, not an accident; a crash with no one armed doing it stays an accident."""

from __future__ import annotations

from datetime import date

from conftest import violent_events

DAY = date(2019, 3, 15)


def test_rebels_who_derail_a_train_and_kill_are_news() -> None:
    events = violent_events(
        "Railway crash near Kelbrin: militants derail a goods train and kill 14 people.", published=DAY
    )
    assert len(events) == 1 and events[0].fatalities.best == 14


def test_a_crash_with_no_one_armed_stays_an_accident() -> None:
    assert violent_events("A helicopter crashed near Kelbrin, killing 12 soldiers on board.", published=DAY) == []
