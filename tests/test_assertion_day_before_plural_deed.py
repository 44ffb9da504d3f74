"""Assertion: the day of a date written right before a plural event word ("on March 14 during
clashes") counts no events, so the deed stays news; a real count of many clashes over a period is
still a statistic."""

from __future__ import annotations

from datetime import date

from conftest import violent_events


def test_a_day_before_clashes_is_no_count_of_clashes() -> None:
    events = violent_events(
        "A policeman was killed on March 14 during clashes with rebels near Kelbrin.", published=date(2019, 3, 15)
    )
    assert len(events) == 1 and events[0].fatalities.best == 1
    assert events[0].date_start == date(2019, 3, 14)


def test_many_clashes_over_a_period_stay_a_statistic() -> None:
    events = violent_events(
        "Officials said 45 clashes were recorded during the month near Kelbrin.", published=date(2019, 3, 15)
    )
    assert events == []
