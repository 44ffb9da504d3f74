"""Counts listed with commas before a coordinated pair share its effect ("two Danes, one Pole and
three Czechs were killed"); a count of "people" heading the list is the total the list breaks down,
and a clause before the list is no item. Sentences are our own, with invented places."""

from __future__ import annotations

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _killed(sentence: str) -> int:
    return sum(f.value for f in find_casualties(tokenize(sentence)) if f.effect == "killed" and not f.is_part)


def test_every_count_of_a_list_before_the_verb_shares_its_effect() -> None:
    assert _killed("Two Danes, one Pole, one Czech and three Slovaks were killed in the Dorvik raid.") == 7


def test_people_listed_one_by_one_before_the_verb_add_up() -> None:
    assert _killed("Two farmers, a teacher and a nurse were killed when the shells hit Dorvik.") == 4


def test_a_count_of_people_heading_the_list_is_its_total() -> None:
    assert _killed("Four people, a policeman and three traders were killed in Dorvik.") == 4


def test_a_clause_before_the_list_is_no_item() -> None:
    assert _killed("As one of the gunmen opened fire, a guard and a nurse were killed.") == 2
