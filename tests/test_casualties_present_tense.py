"""Summaries told in the present tense ("the driver is injured", "two guards are in critical
condition", "a boy is being treated in hospital") count their victims as the past tense does; "no one
is hurt" counts no one. Sentences are our own, with invented names and places."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _figures(sentence: str) -> list[tuple[str, int]]:
    return [(f.effect, f.value) for f in find_casualties(tokenize(sentence))]


def test_one_person_who_is_injured_is_hurt() -> None:
    assert _figures("The bus driver is injured when the mine goes off near Dorvik.") == [("wounded", 1)]


def test_one_person_who_is_killed_is_dead() -> None:
    assert _figures("Councillor Ivo Brandt is killed by gunmen outside his home.") == [("killed", 1)]


def test_two_people_named_who_are_wounded_are_two_hurt() -> None:
    assert _figures("Ivo Brandt and his wife are badly wounded in the blast.") == [("wounded", 2)]


def test_one_person_in_critical_condition_is_hurt() -> None:
    assert _figures("A border guard is in critical condition after the raid.") == [("wounded", 1)]


def test_one_person_being_treated_in_hospital_is_hurt() -> None:
    assert _figures("A schoolboy is being treated in hospital after the shooting.") == [("wounded", 1)]


def test_no_one_is_hurt_counts_no_one() -> None:
    assert [value for _, value in _figures("A bomb goes off at the Dorvik town hall but no one is hurt.")] == [0, 0]


def test_people_named_after_including_are_part_of_the_count() -> None:
    sentence = "Nine people, including mayor Ivo Brandt and his deputy Ana Kos, are killed in the ambush."
    assert _figures(sentence) == [("killed", 9)]


def test_people_named_after_including_in_the_past_are_part_of_the_count() -> None:
    sentence = (
        "Twelve people, including Velmoran president Juvenal Okonkwo-Brandtmeier and Dorvik president"
        " Cyprien Ntaramanga were killed when their plane was shot down."
    )
    assert _figures(sentence) == [("killed", 12)]


def _counted(sentence: str) -> list[tuple[str, int, bool]]:
    return [(f.effect, f.value, f.is_part) for f in find_casualties(tokenize(sentence))]


def test_the_hurt_in_critical_condition_are_among_the_hurt_told_before() -> None:
    sentence = "Eight of the ten guards were wounded, two of the guards are in critical condition."
    assert _counted(sentence) == [("wounded", 8, False), ("wounded", 2, True)]


def test_the_hurt_in_critical_condition_after_the_dead_are_hurt_of_their_own() -> None:
    sentence = "Two farmers were killed and four are in critical condition."
    assert _counted(sentence) == [("killed", 2, False), ("wounded", 4, False)]
