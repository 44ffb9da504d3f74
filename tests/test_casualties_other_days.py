"""Counts of one effect told in one sentence beside two different days are two deeds' tolls: the sentence
keeps the larger day's count instead of adding them. Sentences are our own, with invented names."""

from __future__ import annotations

from conftest import totals


def test_two_mayors_killed_a_month_apart_are_not_one_toll() -> None:
    sentence = (
        "Two weeks ago the mayor of Varnel was shot dead and the mayor of Ostrin was killed yesterday, "
        "the governor said."
    )
    assert totals(sentence) == {"killed": 1}


def test_an_earlier_deed_of_the_suspects_lends_no_dead() -> None:
    sentence = (
        "Five rangers were killed on Friday in an ambush by poachers suspected of killing three herders last month."
    )
    assert totals(sentence) == {"killed": 5}


def test_one_day_told_once_keeps_the_sum() -> None:
    assert totals("Three soldiers and two farmers were killed on Friday near the dam.") == {"killed": 5}


def test_people_told_as_more_on_another_day_still_add() -> None:
    sentence = "Two guards were killed on Monday and three more died on Tuesday in the same siege."
    assert totals(sentence) == {"killed": 5}


def test_the_day_of_a_statement_is_no_second_deed() -> None:
    sentence = "Four miners were killed on Sunday, the ministry said on Monday, and two guards died near the shaft."
    assert totals(sentence) == {"killed": 6}
