"""A town someone will arrive in or stays in ("will arrive in Sao Paulo", "upon his arrival in
Quito"), or where parties meet ("the peace talks in Barranquilla"), is not where the deed happened;
a town the attackers arrived in and struck is, and so is the town of a seminar a bomb hit. The
sentences are written for these tests; towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 9)


def _places(text: str) -> list[str]:
    events: list[Event] = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    return [e.location.name for e in events if e.location is not None]


def test_a_hostage_who_will_arrive_in_a_town_was_not_held_there() -> None:
    text = (
        "BOGOTA, 9 MAR 90 (EFE) -- Two Brazilian technicians abducted by rebels last week were freed "
        "today; their families said they will arrive in Sao Paulo on Sunday."
    )
    assert _places(text) == ["Bogotá"]


def test_gunmen_who_arrived_in_a_town_struck_there() -> None:
    text = "LIMA, 9 MAR 90 (EFE) -- Gunmen arrived in Huanta on 7 March and shot dead two policemen."
    assert _places(text) == ["Huanta"]


def test_the_town_of_peace_talks_is_no_scene() -> None:
    text = (
        "BOGOTA, 9 MAR 90 (EFE) -- Rebels kidnapped two Canadian teachers on 7 March.  The kidnapping came "
        "a day before the peace talks in Barranquilla."
    )
    assert _places(text) == ["Bogotá"]


def test_a_bomb_during_a_seminar_in_a_town_went_off_there() -> None:
    text = "SAN SALVADOR, 9 MAR 90 -- A bomb exploded on 7 March at a hotel during a seminar in San Miguel."
    assert _places(text) == ["San Miguel"]
