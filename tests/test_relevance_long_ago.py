"""Relevance: a time phrase long ago that opens a sentence ("Over a year ago, ...") dates every
deed told after it, however far they stand; the same phrase in an aside does not. Sentences and
places are our own."""

from __future__ import annotations

from conftest import violent


def test_an_opening_long_ago_dates_the_whole_sentence(analyse_text) -> None:
    text = (
        "Over two years ago, the prosecutor who now leads the inquiry in Valdoria was the target of an "
        "attack by cartel gunmen who tried to kidnap him."
    )
    assert violent(analyse_text(text, "1990-02-10")) == []


def test_a_long_ago_aside_after_the_deed_keeps_the_news(analyse_text) -> None:
    text = (
        "Cartel gunmen today attacked the prosecutor who leads the inquiry in Valdoria, the judge "
        "who had survived an ambush two years ago said."
    )
    assert len(violent(analyse_text(text, "1990-02-10"))) == 1
