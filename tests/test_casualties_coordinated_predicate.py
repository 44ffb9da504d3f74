"""Counted people told by one verb group and then hurt or killed in a second one of the same subject:
"three soldiers were on patrol and were wounded when a mine exploded" counts three hurt. Sentences are
our own, with invented names."""

from __future__ import annotations

from conftest import totals


def test_a_second_verb_group_tells_the_hurt_of_the_counted_people() -> None:
    assert totals("Three soldiers were on patrol near the river and were wounded when a mine exploded.") == {
        "wounded": 3
    }
    assert totals("Two journalists were at the scene and were slightly injured.") == {"wounded": 2}


def test_a_second_verb_group_tells_the_dead() -> None:
    assert totals("Five policemen were guarding the bank and were killed by the blast.") == {"killed": 5}


def test_wire_copy_with_a_modifier_after_the_people() -> None:
    sentence = "THE NINE GUARDS FROM THE NORTHERN BASE WERE ON LEAVE AND WERE WOUNDED WHEN A BOMB EXPLODED."
    assert totals(sentence) == {"wounded": 9}


def test_another_count_in_between_keeps_its_own_effect() -> None:
    assert totals("Three soldiers were in the car and two were wounded.") == {"wounded": 2}


def test_a_second_verb_group_of_no_effect_counts_no_one() -> None:
    assert totals("Two men were arrested and were later released.") == {}
    assert totals("Four workers were at the site and were not hurt.") == {}
