"""Geocoding: a capitalised word read as a place that is part of a person's name in wire copy
written in capitals."""

from __future__ import annotations

from eventwatch.gazetteer import get_gazetteer


def _spotted(text: str) -> list[str]:
    return [m.text for m in get_gazetteer().spot(text)]


def test_a_place_named_like_a_first_name_before_a_surname_is_a_person() -> None:
    text = "THE FAMILY'S LAWYER, SCOTT MEDRANO, SAID THE SOLDIERS BEAT THE TWO BROTHERS."
    assert "SCOTT" not in _spotted(text)


def test_a_place_named_like_a_first_name_stays_a_place_before_a_place_word() -> None:
    assert "SCOTT" in _spotted("GUNMEN BURNED THREE HOUSES IN SCOTT, MISSISSIPPI, LAST NIGHT.")
    assert _spotted("A BOMB EXPLODED IN SANTIAGO TODAY.") == ["SANTIAGO"]
