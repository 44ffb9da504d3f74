"""Relevance: a death from gunshot wounds and a hit by a sniper are shootings, told as news even
without a figure or a date. Sentences and places are our own."""

from __future__ import annotations

from conftest import violent


def test_a_candidate_dead_of_gunshot_wounds_was_shot(analyse_text) -> None:
    text = (
        "Ana Ribeiro, the 41-year-old opposition candidate for governor, has died of gunshot wounds, "
        "a spokesman for her party said."
    )
    events = violent(analyse_text(text, "1991-03-22"))
    assert [(e.attack_type, "Firearms" in e.weapon_types) for e in events] == [("Armed Assault", True)]


def test_a_reporter_hit_by_a_sniper_was_shot(analyse_text) -> None:
    text = (
        "The foreign minister has called for a full inquiry. Witnesses said the reporter was hit by "
        "a rebel sniper while he was talking to soldiers in Santa Tecla."
    )
    events = violent(analyse_text(text, "1991-03-22"))
    assert [e.attack_type for e in events] == ["Armed Assault"]
    assert events[0].location is not None and events[0].location.name == "Santa Tecla"
