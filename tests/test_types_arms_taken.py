"""Event types: weapons told as found or seized are arms, not the means of the deed. A sentence telling
them names no kind of attack; a weapon told as used still does. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

from conftest import one_violent_event


def test_dynamite_seized_after_the_attack_does_not_type_it() -> None:
    text = (
        "Rebels killed four policemen in an attack on the post of Villa Nueva on Monday, "
        "and troops later seized rifles and dynamite at their camp."
    )
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Armed Assault", event.to_record()


def test_dynamite_used_in_the_attack_still_types_it() -> None:
    text = "Rebels killed four policemen in an attack on the post of Villa Nueva on Monday, using dynamite."
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Bombing/Explosion", event.to_record()
