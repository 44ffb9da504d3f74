"""A plural event word counted by the places it struck ("car bombings in five towns", "shootings
at two mosques") tells these events, even in a headline with no verb; a span of time after it
("attacks in two weeks") counts no places and stays general talk."""

from __future__ import annotations

from datetime import date

from conftest import violent_events

DAY = date(2019, 3, 15)


def test_bombings_in_counted_towns_are_news() -> None:
    events = violent_events("Truck bombings in four villages near Kelbrin.", published=DAY)
    assert len(events) >= 1 and events[0].attack_type == "Bombing/Explosion"


def test_bombings_at_counted_banks_are_news() -> None:
    assert violent_events("Bombings at three banks in Tarvelo.", published=DAY)


def test_bombings_over_a_span_of_weeks_stay_talk() -> None:
    assert violent_events("Bombings in two weeks have shaken the people of Tarvelo.", published=DAY) == []
