""" "Another" standing alone at the head of a coordinated subject after a clause that counted someone
("one guard was killed and another and a civilian injured") is one person more of that subject's
fate. Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import totals


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One ranger was killed and another and a civilian injured near the reservoir.", {"killed": 1, "wounded": 2}),
        ("ONE CONSTABLE DIED AND ANOTHER AND TWO TRADERS WERE WOUNDED AT THE MARKET.", {"killed": 1, "wounded": 3}),
    ],
)
def test_another_before_and_is_one_more_person(sentence: str, expected: dict) -> None:
    assert totals(sentence) == expected


def test_another_as_a_determiner_is_no_person() -> None:
    assert totals("One ranger was killed and another patrol and two civilians were wounded.") == {
        "killed": 1,
        "wounded": 2,
    }
