"""A deed told with an irregular past verb ("the rebels set fire to ...", "the guerrillas threw
explosives at ...") is news like one told with a verb in -ed, not a reference to an event already
told ("the attack"). The sentences are written for these tests; names are invented, towns are used
only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 4, 2)

_LEAD = (
    "LIMA, 2 APR 90 (EFE) -- [TEXT] The election campaign entered its last week today amid fears of "
    "violence. Officials met with party leaders to discuss security. Transport owners asked for more "
    "police protection. Guerrillas killed two council members in Ayacucho yesterday. "
)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def _towns(events: list[Event]) -> list[str]:
    return sorted(e.location.name for e in events if e.location is not None)


def test_the_rebels_set_fire_in_another_town_is_an_incident_of_its_own() -> None:
    text = _LEAD + "In Huaraz, the rebels set fire to the offices of a farmers' cooperative."
    events = _events(text)
    assert _towns(events) == ["Ayacucho", "Huaraz"]
    huaraz = next(e for e in events if e.location is not None and e.location.name == "Huaraz")
    assert huaraz.attack_type == "Facility/Infrastructure Attack"


def test_the_guerrillas_threw_explosives_in_another_town_is_an_incident_of_its_own() -> None:
    text = _LEAD + "In Huaraz, the guerrillas threw explosives at a bank branch near the market."
    assert _towns(_events(text)) == ["Ayacucho", "Huaraz"]


def test_a_set_noun_phrase_after_the_is_still_a_reference() -> None:
    text = _LEAD + "The fire set by the guerrillas was put out by neighbours."
    assert _towns(_events(text)) == ["Ayacucho"]
