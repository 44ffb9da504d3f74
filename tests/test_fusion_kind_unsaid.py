"""A deed told first by a word that names no kind of deed ("today's attack against the director") and
named again later, the same day at the same place, by a word of its kind ("at the scene of the
bombing") is one incident, of the kind the later naming tells. The sentences are written for these
tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

_PUBLISHED = date(1991, 3, 3)

_CLAIM = (
    "BOGOTA, 3 MAR 91 (EFE) -- A little-known group has claimed responsibility for today's attack "
    "against the head of the customs office, who escaped unhurt. Three people were killed and 12 were "
    "wounded in the attack.\n\n"
    "The caller said the attack was carried out to avenge a member of the group who died in prison.\n\n"
)


def _violent(analyse_text, text: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in analyse_text(text, _PUBLISHED) if e.is_violent]


def test_the_scene_of_the_bombing_named_the_same_day_is_the_attack_told(analyse_text) -> None:
    text = _CLAIM + "Meanwhile, firemen this afternoon cleared the streets near the scene of the bombing.\n"
    events = _violent(analyse_text, text)
    assert len(events) == 1
    assert events[0].attack_type == "Bombing/Explosion"
    assert events[0].fatalities.best == 3
    assert events[0].injuries.best == 12
