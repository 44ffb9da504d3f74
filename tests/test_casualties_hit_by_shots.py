"""A person told as hit by shots is hurt ("he was hit four times", "two bullets struck him"), even when
the report never says "wounded"; a hit that names no shots, or a sentence that tells the death, counts
no one hurt. Sentences are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

from conftest import one_violent_event
from eventwatch.extract.casualties import CasualtyFigure, find_casualties
from eventwatch.text.tokens import tokenize

_PUBLISHED = date(1990, 3, 3)


def _hurt(sentence: str) -> list[CasualtyFigure]:
    return [f for f in find_casualties(tokenize(sentence)) if f.effect == "wounded"]


def test_a_person_hit_a_number_of_times_is_hurt() -> None:
    assert [f.value for f in _hurt("He was hit four times during the attack.")] == [1]


def test_a_person_hit_by_bullets_is_hurt() -> None:
    assert [f.value for f in _hurt("The magistrate was struck by three bullets outside the court.")] == [1]


def test_bullets_that_hit_him_tell_one_hurt() -> None:
    assert [f.value for f in _hurt("Only two bullets actually hit him.")] == [1]
    assert [f.value for f in _hurt("A bullet struck the guard in the neck.")] == [1]


def test_a_thing_hit_counts_no_one() -> None:
    assert _hurt("The car was hit by a truck near the bridge.") == []
    assert _hurt("His car was hit by thirty bullets.") == []
    assert _hurt("Two bullets hit the wall of the school.") == []


def test_a_death_told_leaves_the_hit_person_to_the_dead() -> None:
    assert _hurt("The magistrate was hit by three bullets and died on the way to hospital.") == []


def test_a_hurt_told_in_words_is_not_counted_again() -> None:
    assert [f.value for f in _hurt("Two guards were wounded; one was hit twice in the legs.")] == [2]


def test_wire_copy_in_capitals() -> None:
    assert [f.value for f in _hurt("THE MAGISTRATE WAS HIT BY THREE BULLETS.")] == [1]


def test_the_report_counts_the_man_the_shots_hit() -> None:
    text = (
        "Gunmen fired at councillor Ivo Brandt at least five times as he entered a bakery in Velmora this "
        "morning. Only two bullets struck him. Doctors expect him to live."
    )
    assert one_violent_event(text, _PUBLISHED).injuries.best == 1


def test_the_other_general_hit_adds_to_the_first() -> None:
    text = (
        "Gunmen attacked General Ivo Brandt at his office in Velmora this morning. He was hit four times "
        "during the attack. The other general hurt in the shooting, retired General Ana Ruel, was hit by two bullets."
    )
    assert one_violent_event(text, _PUBLISHED).injuries.best == 2


def test_the_dead_told_as_hit_by_shots_are_not_hurt_again() -> None:
    text = "The provincial judge was murdered in Cali this morning. He was hit by five bullets."
    event = one_violent_event(text, _PUBLISHED)
    assert (event.fatalities.best, event.injuries.best) == (1, None)
    text = "The provincial judge was murdered in Cali this morning. Five bullets struck him."
    event = one_violent_event(text, _PUBLISHED)
    assert (event.fatalities.best, event.injuries.best) == (1, None)


def test_another_person_hit_beside_the_dead_is_hurt() -> None:
    text = (
        "The provincial judge was murdered in Cali this morning. The other judge wounded in the attack, "
        "retired judge Ana Ruel, was hit by two bullets."
    )
    event = one_violent_event(text, _PUBLISHED)
    assert (event.fatalities.best, event.injuries.best) == (1, 1)
