"""Tens and a unit run together as one word, as wire copy sometimes writes them ("THIRTYTHREE
SEAMEN"), are read as the number; words that merely begin like one are not. The sentences are
written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.model import Article
from eventwatch.pipeline import analyse
from eventwatch.text import parse_number, tokenize


@pytest.mark.parametrize(
    ("text", "value"),
    [("thirtythree seamen", 33), ("TWENTYONE SOLDIERS", 21), ("fortyfive villagers", 45)],
)
def test_solid_compounds_are_numbers(text: str, value: int) -> None:
    parsed = parse_number(tokenize(text), 0)
    assert parsed is not None and parsed.value == value


def test_words_that_only_begin_like_a_number_are_none() -> None:
    assert parse_number(tokenize("twentysomething students"), 0) is None
    assert parse_number(tokenize("thirtyish men"), 0) is None


def test_a_toll_written_solid_counts_the_hurt() -> None:
    text = "LIMA, 7 JUL 89 (EFE) -- THIRTYTHREE SAILORS HAVE BEEN INJURED IN CALLAO BY A BOMB PLANTED UNDER A BUS."
    events = [e for e in analyse(Article(doc_id="t", text=text, published=date(1989, 7, 7))) if e.is_violent]
    assert [e.injuries.best for e in events] == [33]
