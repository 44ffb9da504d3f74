"""People nouns: trades and ranks a short report counts its dead and hurt by ("killed two
saleswomen", "four rangers were wounded") are people, so the figures count."""

from __future__ import annotations

from datetime import date

from conftest import violent_events

DAY = date(2019, 3, 15)


def test_a_singular_saleswoman_after_a_number_is_counted() -> None:
    events = violent_events("A bomb went off at a kiosk in Tarvelo, killing three saleswoman.", published=DAY)
    assert len(events) == 1 and events[0].fatalities.best == 3


def test_a_ranger_listed_with_a_photographer_counts_two() -> None:
    events = violent_events("A bomb exploded near Kelbrin, wounding a ranger and a photographer.", published=DAY)
    assert len(events) == 1 and events[0].injuries.best == 2


def test_a_saleswoman_listed_with_minors_counts_three() -> None:
    events = violent_events("A saleswoman and two minors were hurt when a bomb went off in Tarvelo.", published=DAY)
    assert len(events) == 1 and events[0].injuries.best == 3
