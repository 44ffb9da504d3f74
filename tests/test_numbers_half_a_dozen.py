""" "Half a dozen" is six: the whole set phrase is the number, so "half" is not dropped before "a dozen"
(twelve), in capitals or not. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from conftest import totals
from eventwatch.text import parse_number, tokenize


@pytest.mark.parametrize("text", ["half a dozen porters", "HALF A DOZEN PORTERS", "about half a dozen porters"])
def test_half_a_dozen_is_six(text: str) -> None:
    parsed = parse_number(tokenize(text), 0)
    assert parsed is not None and parsed.value == 6


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("HALF A DOZEN FERRYMEN WERE KILLED WHEN THE RAIDERS REACHED THE LANDING.", {"killed": 6}),
        ("The raiders wounded half a dozen ferrymen at the landing.", {"wounded": 6}),
    ],
)
def test_half_a_dozen_counts_six_victims(sentence: str, expected: dict) -> None:
    assert totals(sentence) == expected
