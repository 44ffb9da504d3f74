"""A toll of unnamed people leading a sentence, then counts past a comma that come to no more than it,
tells how those people died: the later counts are its shares, not more dead. Sentences are our own."""

from __future__ import annotations

from conftest import totals


def test_two_raids_told_after_their_joint_toll_add_nothing() -> None:
    sentence = (
        "Raiders killed at least eight people and wounded four in two villages of the valley, in the first "
        "they burned a chapel killing five including a deacon and in the second they shot three herders."
    )
    assert totals(sentence) == {"killed": 8, "wounded": 4}


def test_how_the_dead_died_breaks_down_their_toll() -> None:
    sentence = (
        "Eleven people were killed and 6 were injured when bandits stormed a hamlet, 9 were shot dead "
        "and another 2 were hacked to death."
    )
    assert totals(sentence) == {"killed": 11, "wounded": 6}


def test_the_one_person_killed_is_the_one_guard_named_after_the_comma() -> None:
    sentence = (
        "One person was killed and three injured after a mine hit a border patrol, "
        "killing one guard and wrecking a jeep."
    )
    assert totals(sentence) == {"killed": 1, "wounded": 3}


def test_named_groups_still_add_up() -> None:
    assert totals("Five miners were killed in the blast, and two guards were killed later.") == {"killed": 7}


def test_counts_above_the_lead_are_more_dead() -> None:
    sentence = "Two people were killed in the market, and gunmen then killed four policemen at the gate."
    assert totals(sentence) == {"killed": 6}


def test_hurt_told_alike_at_two_places_add_up() -> None:
    sentence = "Six people were wounded at the depot, and two were wounded at the bridge."
    assert totals(sentence) == {"wounded": 8}


def test_others_shot_after_the_toll_are_more_dead() -> None:
    sentence = (
        "A truck bomb at the depot killed 9 people and injured 12, while gunmen shot dead 3 others near the mill."
    )
    assert totals(sentence) == {"killed": 12, "wounded": 12}
