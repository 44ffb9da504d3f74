"""Assertion: an age told in years ("a guard of 52 years") before the verb of the news is no period
of war ("after ten days of fighting"): the deed stays news."""

from __future__ import annotations

from datetime import date

from conftest import violent_events


def test_an_age_in_years_before_the_verb_keeps_the_deed() -> None:
    events = violent_events(
        "A shopkeeper of 63 years was stabbed outside his store in Tarvelo.", published=date(2019, 3, 15)
    )
    assert len(events) == 1 and events[0].injuries.best == 1


def test_an_age_in_years_keeps_a_killing() -> None:
    events = violent_events("A farmer of 58 years was shot dead near Kelbrin on Sunday.", published=date(2019, 3, 15))
    assert len(events) == 1 and events[0].fatalities.best == 1


def test_days_of_fighting_stay_a_period() -> None:
    assert (
        violent_events("After ten days of fighting near Kelbrin the town was quiet.", published=date(2019, 3, 15)) == []
    )
