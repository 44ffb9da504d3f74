"""Relevance: a report that opens by naming one deed with what it was done to ("condemned the
attack on the offices of the electoral commission") reports that deed even with neither a day nor a toll;
a possessive ("his attacks on the opposition") or a relative clause ("the group that stormed")
does not. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "Church leaders joined the chorus of condemnation of the attack on the offices of the "
        "electoral commission, calling it a blow to the peace talks.",
        "Train services between the two ports remain suspended because of the sabotage against the main "
        "line, the transport ministry said.",
    ],
)
def test_a_lead_naming_one_deed_and_its_target_is_news(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1991-05-04"))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The general has softened his criticism of the embassy but stepped up his attacks on the "
        "opposition over the trade ban.",
        "The group that stormed the barracks wanted to install a government of its own, the court said.",
    ],
)
def test_a_lead_with_a_possessive_or_a_relative_clause_is_not(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1991-05-04")) == []
