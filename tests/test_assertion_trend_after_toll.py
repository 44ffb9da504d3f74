"""Assertion: a trend word ("escalation", "wave") before an event word makes it talk of a trend,
unless the sentence told its toll before the trend word ("a guard was wounded during a wave of
raids"): then the trend is only the setting of the news."""

from __future__ import annotations

from datetime import date

from conftest import violent_events

DAY = date(2019, 3, 15)


def test_a_toll_told_before_an_escalation_of_fighting_is_news() -> None:
    events = violent_events(
        "A policeman was wounded during an escalation of fighting with rebels near Kelbrin.", published=DAY
    )
    assert len(events) == 1 and events[0].injuries.best == 1


def test_a_wave_of_bombings_without_a_toll_first_stays_talk() -> None:
    assert (
        violent_events("The new wave of bombings revives fears of the years when hundreds died.", published=DAY) == []
    )
