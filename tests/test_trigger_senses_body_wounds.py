"""Wounds a body is found with tell how a victim died, not an armed assault of their own: a
captive found dead with bullet wounds stays a kidnapping, as GTD and MUC code it. Sentences,
places and names are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.extract.triggers import find_triggers
from eventwatch.model import Article
from eventwatch.pipeline import analyse
from eventwatch.text import tokenize


def _kinds(sentence: str) -> list[str]:
    return [t.kind for t in find_triggers(tokenize(sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the body of the mayor bore marks of beatings and three gunshot wounds.",
        "The corpse bore two gunshot wounds to the head.",
    ],
)
def test_wounds_a_body_shows_are_no_assault(sentence: str) -> None:
    assert "armed_assault" not in _kinds(sentence)


def test_wounds_someone_suffered_in_an_attack_stay_an_assault() -> None:
    assert "armed_assault" in _kinds("A guard suffered bullet wounds when gunmen stormed the bank.")


def test_a_captive_found_dead_with_bullet_wounds_stays_a_kidnapping() -> None:
    text = (
        "CARTAGO, 9 MAR 91 (RADIO) -- [TEXT] THE MAYOR OF TOLIMAR, WHO WAS KIDNAPPED ON 4 MARCH BY REBELS, "
        "WAS FOUND DEAD TODAY. THE CORONER SAID THE BODY HAD BEEN BEATEN AND CARRIED FOUR GUNSHOT WOUNDS."
    )
    events = [e for e in analyse(Article(doc_id="t", text=text, published=date(1991, 3, 9))) if e.is_violent]
    assert [e.attack_type for e in events] == ["Hostage Taking (Kidnapping)"]
