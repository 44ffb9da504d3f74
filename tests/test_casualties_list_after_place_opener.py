"""A sentence that opens with a place set off by a comma ("In Tarvo, ...") lists its people after the
comma: the place is not one of them, while a list after "from" stays places ("reporters from A, B and
C"). Sentences are our own, with invented names."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties.listed_people import people_listed_before
from eventwatch.extract.casualties.names import names_listed_before
from eventwatch.text import tokenize


def _before(text: str, word: str) -> list:  # type: ignore[type-arg]
    tokens = tokenize(text, 0, len(text))
    return [tokens, next(i for i, t in enumerate(tokens) if t.lower == word)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("In Tarvo, Ana Pelen and Luis Odra were shot dead.", 2),
        ("In San Pedro de Varo, Ana Pelen, Luis Odra and Eva Dalm were shot dead.", 3),
        ("At Korvin, Ana Pelen and Luis Odra were kidnapped.", 2),
    ],
)
def test_a_place_opening_the_sentence_is_no_name_of_the_list(text: str, count: int) -> None:
    assert names_listed_before(*_before(text, "were")) == count


def test_a_place_opening_the_sentence_is_no_person_of_the_list() -> None:
    assert people_listed_before(*_before("IN TARVO, JUDGE ANA PELEN AND HER DRIVER WERE KILLED.", "were")) == 2


def test_places_after_from_are_still_no_people() -> None:
    assert names_listed_before(*_before("Reporters from Tarvo, Korvin and Dalm were beaten.", "were")) == 0


def test_the_toll_of_such_a_sentence(analyse_text) -> None:  # type: ignore[no-untyped-def]
    events = analyse_text("In Tarvo, Ana Pelen and Luis Odra were shot dead by gunmen on Monday.", "2021-03-03")
    assert [e.fatalities.best for e in events if e.is_violent] == [2]
