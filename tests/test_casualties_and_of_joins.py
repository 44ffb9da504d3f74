""" "and of" repeats the preposition of a deed noun before one more victim ("the murder of X and of Y"),
for counted people as for names; and once a list of names has closed with its join, a bare name after
a comma tells who the last person is, not one more (wire copy in capitals writes the verb after it like
a name). Sentences and names are our own inventions."""

from __future__ import annotations

import pytest

from conftest import totals


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The killing of two farmers and of a teacher angered the villagers.", {"killed": 3}),
        ("THE MURDER OF THREE PEASANTS AND OF TWO SOLDIERS WAS CONDEMNED BY THE BISHOP.", {"killed": 5}),
        ("THE ASSASSINATION OF TOMAS ARVENA AND OF LUCIA BRENNER WAS CONDEMNED.", {"killed": 2}),
    ],
)
def test_and_of_joins_one_more_victim(sentence: str, expected: dict) -> None:
    assert totals(sentence) == expected


def test_a_name_after_the_closing_join_is_the_last_person() -> None:
    sentence = "THE ASSASSINATION OF DR TOMAS ARVENA AND HIS DRIVER, LUIS SOTO, PROVES THAT NOTHING HAS CHANGED."
    assert totals(sentence) == {"killed": 2}
