"""A deed of another kind told by a verb with "also" after an incident ("Rebels attacked the
barracks. They also blew up two pylons") is an incident of its own, as MUC-4 codes one template per
kind of deed, though it names no town or day of its own. The sentences are written for these tests;
names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1991, 3, 3)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_pylons_also_blown_up_after_an_attack_are_a_bombing_of_their_own() -> None:
    text = (
        "SAN SALVADOR, 3 MAR 91 (AFP) -- A soldier was wounded tonight when guerrilla commandos "
        "attacked the barracks of the engineering battalion in Zacatecoluca, army sources said.\n\n"
        "   The commandos fired rifles and machineguns at the main gate for an hour.\n\n"
        "   The guerrillas also blew up two electricity pylons, leaving the district without power."
    )
    events = _events(text)
    assert sorted(e.attack_type or "" for e in events) == ["Armed Assault", "Bombing/Explosion"]
    bombing = next(e for e in events if e.attack_type == "Bombing/Explosion")
    assert bombing.injuries.best is None  # the wounded soldier stays with the attack


def test_a_bridge_also_dynamited_after_a_kidnapping_is_a_bombing_beside_it() -> None:
    text = (
        "LIMA, 3 MAR 91 (EFE) -- A band of armed men kidnapped the manager of a mining company on the "
        "road to Cerro de Pasco yesterday, police said.\n\n"
        "   The kidnappers also dynamited a small bridge to block their pursuers."
    )
    kinds = sorted(e.attack_type or "" for e in _events(text))
    assert kinds == ["Bombing/Explosion", "Hostage Taking (Kidnapping)"]
