"""A count after a comma breaks the figure before it down only while the shares still fit inside it:
"two guards, two clerks, and a driver" are five people, since two clerks cannot be a share of two
guards. Sentences are our own."""

from __future__ import annotations

from conftest import totals
from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def test_a_count_as_large_as_the_whole_is_more_people() -> None:
    sentence = "Raiders stormed the depot, killing two guards, two police officers, and a driver."
    assert totals(sentence) == {"killed": 5}
    # shares that add up to the whole stay shares
    figures = find_casualties(tokenize("Seven persons, five farmers and two policemen, were killed."))
    assert [(f.value, f.is_part) for f in figures] == [(7, False), (5, True), (2, True)]


def test_a_larger_count_is_no_share() -> None:
    sentence = "The blast killed three farmers, five soldiers and a nurse and wounded ten others."
    assert totals(sentence) == {"killed": 9, "wounded": 10}
