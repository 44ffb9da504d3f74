"""Relevance: a count of dead or hurt told in the perfect with no deed word, no doer, no day and no
town of its own, past a report's first sentence ("sadly, 14 people have died"), is a tally of
deeds told elsewhere, not an event; the same count told right after a deed is that deed's toll, and
one told with its town or its doer stays news. Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import violent

OPENING = "The interior minister addressed the country on the radio tonight."


@pytest.mark.parametrize(
    "tally",
    [
        "Sadly, 14 people have died and 52 have been hurt.",
        "The chief surgeon said the city hospital has taken in about 30 dead and more than 90 injured.",
        "According to the fire brigade, 17 people have been killed and 40 others injured.",
    ],
)
def test_a_bare_toll_in_the_perfect_is_no_event(analyse_text, tally: str) -> None:  # type: ignore[no-untyped-def]
    assert violent(analyse_text(f"{OPENING} {tally}", "1991-04-09")) == []


def test_the_toll_right_after_a_deed_is_its_toll(analyse_text) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen fired on a crowded bus near Kisumu on Tuesday. Six passengers have died."
    events = violent(analyse_text(text, "1991-04-09"))
    assert [e.fatalities.best for e in events] == [6]


@pytest.mark.parametrize(
    "news",
    [
        # a town of its own
        "She said that five farm workers have died in Kisumu.",
        # a doer of its own
        "She said that five farm workers have been killed by the rebels.",
        # the active perfect, whose subject is the doer
        "She said that they have killed five farm workers.",
        # a deed named after a charge, not a participle of the perfect
        "She said that three guards have been charged with killing two inmates.",
    ],
)
def test_a_toll_with_its_town_or_doer_stays_news(analyse_text, news: str) -> None:  # type: ignore[no-untyped-def]
    assert len(violent(analyse_text(f"{OPENING} {news}", "1991-04-09"))) == 1


def test_a_reports_first_sentence_stays_news(analyse_text) -> None:  # type: ignore[no-untyped-def]
    text = "Nine miners have died, the union said. The company denied any blame."
    assert len(violent(analyse_text(text, "1991-04-09"))) == 1
