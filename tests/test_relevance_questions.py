"""Relevance: a question that takes a deed with its day and toll for granted still tells it; a
question without them reports nothing. Sentences and places are our own."""

from __future__ import annotations

from conftest import violent


def test_a_question_about_a_dated_deed_with_a_toll_tells_it(analyse_text) -> None:
    text = "What does the army think of the two bombs that exploded in Valdoria yesterday and killed six soldiers?"
    events = violent(analyse_text(text, "1990-03-07"))
    assert [e.fatalities.best for e in events] == [6]


def test_a_bare_question_tells_nothing(analyse_text) -> None:
    assert violent(analyse_text("Did the army bomb the village of Valdoria?", "1990-03-07")) == []
