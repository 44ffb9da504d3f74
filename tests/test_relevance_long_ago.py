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


def test_an_old_date_opening_the_sentence_dates_the_whole_clause(analyse_text) -> None:
    for text in (
        "In 1981, three nuns travelling to Valdoria were killed by guardsmen.",
        "It should be recalled that in 1981, three nuns travelling to Valdoria were killed by guardsmen.",
        "In April 1987, the minister's home in Valdoria was the target of a dynamite attack.",
        "On 3 May 1985, the minister's home in Valdoria was the target of a dynamite attack.",
    ):
        assert violent(analyse_text(text, "1990-02-10")) == [], text


def test_an_old_date_opening_the_sentence_leaves_a_recent_deed_in_it_news(analyse_text) -> None:
    text = "In 1980, four nuns were killed by guardsmen, and on Monday rebels killed two soldiers in Valdoria."
    assert len(violent(analyse_text(text, "1990-02-10"))) == 1


def test_a_recent_date_opening_the_sentence_is_news(analyse_text) -> None:
    text = "On 3 February 1990, the minister's home in Valdoria was the target of a dynamite attack."
    assert len(violent(analyse_text(text, "1990-02-10"))) == 1


def test_a_count_of_many_months_ago_beside_the_deed_is_long_ago(analyse_text) -> None:
    for text in (
        "The senator was killed eight months ago in Valdoria.",
        "Over 20 months ago, the keeper of a radio mast in Valdoria was killed by a bomb.",
    ):
        assert violent(analyse_text(text, "1990-02-10")) == [], text


def test_a_few_months_ago_or_months_after_is_not_long_ago(analyse_text) -> None:
    for text in (
        "The operator of a radio tower in Valdoria was killed by a bomb two months ago.",
        "Rebels killed three farmers in Valdoria today, eight months after the army left the town.",
    ):
        assert len(violent(analyse_text(text, "1990-02-10"))) == 1, text
