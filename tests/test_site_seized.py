"""A place stormed or occupied with hostages named in the same sentence is a hostage siege (GTD's
barricade incident), even when people die in it; storming without hostages stays an armed assault.
Sentences are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.triggers import find_triggers
from eventwatch.model import Article
from eventwatch.pipeline import analyse
from eventwatch.text.tokens import tokenize


def _triggers(sentence: str) -> list[tuple[str, str]]:
    return [(t.kind, t.stage) for t in find_triggers(tokenize(sentence))]


def test_storming_a_building_and_taking_hostages_is_a_siege() -> None:
    found = _triggers("Armed men stormed the Solvane town hall and took nine clerks hostage.")
    assert ("hostage_barricade", "accomplished") in found
    assert all(kind != "kidnapping" for kind, _ in found)
    # storming with no hostages named stays an armed assault
    kinds = [kind for kind, _ in _triggers("Gunmen stormed the market of Tellaro and killed four traders.")]
    assert "hostage_barricade" not in kinds and "armed_assault" in kinds


def test_occupying_a_consulate_to_take_an_envoy_hostage_is_a_siege() -> None:
    found = _triggers("A rebel commando occupied the consulate in Varno, aiming to take the envoy hostage.")
    assert "hostage_barricade" in [kind for kind, _ in found]


def test_seizing_hostages_is_a_deed_done_not_a_seizure_of_arms_foiled() -> None:
    assert ("kidnapping", "accomplished") in _triggers("The gang seized several hostages at the border post.")


def test_a_deadly_siege_is_typed_a_barricade_incident() -> None:
    text = (
        "Militants of the Red Valley Front stormed the Meridian Hotel in Corvalis on Friday and took "
        "dozens of guests hostage. Five guests and two guards were killed when troops retook the building."
    )
    events = analyse(Article(doc_id="siege", text=text, published=date(2024, 5, 4)))
    events = [e for e in events if e.is_violent]
    assert events and events[0].attack_type == "Hostage Taking (Barricade Incident)"
