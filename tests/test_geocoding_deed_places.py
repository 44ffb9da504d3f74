"""Of two places a sentence names alike ("in X ... in Y"), the one told after the deed word is where
the deed was; the one before it is usually said of a person ("a judge in X", "an officer who served
in X"). A place opening the sentence ("In X, ...") still sets its scene, and places that are no
location of anything ("between the towns of X and Y", "the mayor of X") are not weighed this way.
The sentences are written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 10, 2)


def _places(text: str) -> list[str]:
    events: list[Event] = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    return [e.location.name for e in events if e.location is not None]


def test_a_person_described_by_a_town_was_attacked_in_another() -> None:
    text = "A police officer who served in Huancayo was shot dead this morning in Trujillo."
    assert _places(text) == ["Trujillo"]


def test_a_magistrate_of_a_region_was_killed_in_its_city() -> None:
    text = "Ana Ruiz Perez, a higher court judge in Antioquia, was assassinated last night in Medellin."
    assert _places(text) == ["Medellín"]


def test_a_place_in_capitals_after_the_deed_wins_too() -> None:
    text = "A TEACHER IN HUANCAYO WAS KIDNAPPED YESTERDAY IN TRUJILLO BY ARMED MEN."
    assert _places(text) == ["Trujillo"]


def test_a_place_opening_the_sentence_sets_its_scene() -> None:
    text = "In Cajamarca, a bomb destroyed a bank branch last night, while gunmen wounded a guard in Trujillo."
    assert _places(text)[:1] == ["Cajamarca"]


def test_the_first_place_stays_when_the_deed_comes_after_both() -> None:
    text = "In Huancayo and later in Trujillo, police reported that rebels attacked a bank yesterday."
    assert "Trujillo" not in _places(text)[:1]
