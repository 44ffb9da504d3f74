"""Casualties: the toll of the deed an attack avenges ("in revenge for the deaths of six militants", "a
reprisal for the killing of fifteen villagers") is that earlier deed's, not the attack's. A clause that
opens the sentence tells the avenged deed up to its comma only. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

from conftest import one_violent_event, violent_events


def test_the_avenged_deaths_after_the_attack_are_left_out() -> None:
    text = "Militants shot dead three policemen in Villa Nueva, in revenge for the deaths of six fighters in a raid."
    event = one_violent_event(text, date(2014, 3, 9))
    assert event.fatalities.best == 3, event.to_record()


def test_a_reprisal_told_in_a_later_sentence_adds_no_toll() -> None:
    text = (
        "A bomber killed eight people on a bus in Villa Nueva on Sunday. The group said the bombing was "
        "a reprisal for the army's killing of fifteen villagers last month."
    )
    events = violent_events(text, date(2014, 3, 9))
    assert max(e.fatalities.best or 0 for e in events) == 8, [e.to_record() for e in events]


def test_a_fronted_clause_keeps_the_attack_told_after_its_comma() -> None:
    text = "In retaliation for the killing of ten villagers, gunmen shot dead two guards in Villa Nueva."
    event = one_violent_event(text, date(2014, 3, 9))
    assert event.fatalities.best == 2, event.to_record()


def test_retaliation_without_for_tells_a_deed_of_its_own() -> None:
    text = "Rebels killed four soldiers in Villa Nueva. In retaliation, troops killed twelve rebels near the town."
    events = violent_events(text, date(2014, 3, 9))
    assert any(e.fatalities.best and e.fatalities.best >= 12 for e in events), [e.to_record() for e in events]
