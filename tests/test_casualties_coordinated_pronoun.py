"""A pronoun joined by "and" to counted people at the head of their clause is one person more: "he and
one of his bodyguards were wounded" counts two hurt. Sentences are our own, with invented names."""

from __future__ import annotations

from conftest import totals


def test_he_and_one_of_his_bodyguards_are_two() -> None:
    assert totals("He and one of his bodyguards were wounded in the ambush.") == {"wounded": 2}


def test_the_pronoun_after_a_comma_or_said_opens_the_clause() -> None:
    assert totals("At dawn, she and two of her guards were injured by the blast.") == {"wounded": 3}
    assert totals("Police said he and two of his bodyguards were wounded.") == {"wounded": 3}


def test_a_pronoun_and_counted_people_who_fought_back_are_no_victims() -> None:
    assert totals("The gunmen fled when he and two guards fired back.") == {}
