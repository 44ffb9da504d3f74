"""Casualties: people counted with where they stood ("two women standing next to the car also
died", "three guards posted close to the gate were wounded") are counted past the place, which
the noun phrase reading stops at "to"."""

from __future__ import annotations

from datetime import date

from conftest import violent_events

DAY = date(2019, 3, 15)


def test_people_standing_next_to_the_bomber_also_died() -> None:
    events = violent_events(
        "A man blew himself up at a bus stop in Tarvelo. Three girls standing next to him also died.", published=DAY
    )
    assert len(events) == 1 and events[0].fatalities.best == 3


def test_guards_posted_close_to_the_gate_were_wounded() -> None:
    events = violent_events(
        "A car bomb went off at the ministry in Kelbrin. Two guards posted close to the gate were wounded.",
        published=DAY,
    )
    assert len(events) == 1 and events[0].injuries.best == 2
