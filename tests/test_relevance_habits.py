"""Relevance: a deed word right after "always" tells a way of acting, not one deed, even where the
sentence names a day for something else ("we will win by always fighting them and beating them in
the vote on 2 March"); a deed
told before "as they always do" stays news. Sentences and places are our own."""

from __future__ import annotations

from conftest import violent


def test_always_makes_a_habit_of_a_deed(analyse_text) -> None:
    text = "We will bring peace to Valdoria by always fighting the rebels and beating them in the vote on 2 March."
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_a_deed_told_before_always_stays_news(analyse_text) -> None:
    text = "Rebels attacked the police post at Valdoria on Monday, as they always do before elections."
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
