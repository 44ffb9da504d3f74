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


def test_a_place_after_the_link_of_a_compound_surname_is_a_person() -> None:
    text = "THE REBELS SEIZED TWO ENGINEERS, MARCOS ALBERTO RIBAS DE MACEIO AND A DRIVER, AT THE MINE."
    assert "MACEIO" not in _spotted(text)


def test_a_place_after_a_saint_s_name_and_a_link_stays_a_place() -> None:
    assert "OSOS" in " ".join(_spotted("GUERRILLAS ATTACKED THE POLICE POST IN SANTA ROSA DE OSOS TODAY."))
