"""Relevance: an event dated long before its report is one the report recalls; the day of a decree
does not carry later bare month-days back into its year; a day told in a paragraph of its own
sets the scene of the next only when it names an event. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

from conftest import violent
from eventwatch.model import Article
from eventwatch.pipeline import analyse


def test_a_deed_dated_by_the_sentence_before_it_long_ago_is_background(analyse_text) -> None:
    # the day stands beside "landed", not beside the deed, yet it dates the deed told next
    text = (
        "The minister's ranch near Valdoria had an airstrip where a stolen cargo plane landed on "
        "4 April 1987. "
        "Air force jets chased the smugglers to the ranch and bombed the plane, killing a guard."
    )
    assert violent(analyse_text(text, "1989-06-20")) == []
    article = Article(doc_id="t", text=text, published=date(1989, 6, 20))
    old = [e for e in analyse(article, include_background=True) if e.is_violent]
    assert [e.background for e in old] == [True]


def test_a_deed_dated_a_few_months_before_the_report_stays_news(analyse_text) -> None:
    text = (
        "The minister's ranch near Valdoria had an airstrip where a stolen cargo plane landed on "
        "4 April 1989. "
        "Air force jets chased the smugglers to the ranch and bombed the plane, killing a guard."
    )
    events = violent(analyse_text(text, "1989-06-20"))
    assert [(e.date_start, e.fatalities.best) for e in events] == [(date(1989, 4, 4), 1)]


def test_the_year_of_a_decree_does_not_date_a_later_month_day(analyse_text) -> None:
    text = (
        "The president said he would end the truce his government declared on 21 March 1987.\n\n"
        "He said the last straw was an attack on 21 October in which rebels killed 12 farmers "
        "near Porto Lindo."
    )
    events = violent(analyse_text(text, "1989-10-27"))
    assert [(e.date_start, e.fatalities.best) for e in events] == [(date(1989, 10, 21), 12)]


def test_a_day_setting_the_scene_in_another_paragraph_does_not_date_the_deed(analyse_text) -> None:
    text = (
        "The president left Tokyo on Friday, 8 December, ending his visit.\n\n"
        "A truck bomb exploded on Wednesday outside the police headquarters in Valdoria, killing 23."
    )
    events = violent(analyse_text(text, "1989-12-09"))
    assert [(e.date_start, e.fatalities.best) for e in events] == [(date(1989, 12, 6), 23)]


def test_a_scene_naming_the_event_in_its_own_paragraph_still_dates_it(analyse_text) -> None:
    text = (
        "A quiet morning ended on 5 June 2016, when a band of young men began what would become "
        "the deadliest attack the country had seen.\n\n"
        "The gunmen seized rifles from a gun shop in Valdoria and killed six guards at an army base."
    )
    events = violent(analyse_text(text, "2016-08-01"))
    assert [(e.date_start, e.fatalities.best) for e in events] == [(date(2016, 6, 5), 6)]


def test_a_scene_naming_a_weapon_in_its_own_paragraph_still_dates_the_deed(analyse_text) -> None:
    text = (
        "A mission school in Valdoria was evacuated after a missile fired from a helicopter "
        "hit it last night.\n\n"
        "The head of the mission said a rocket hit the dormitory but none of the 60 pupils was hurt."
    )
    events = violent(analyse_text(text, "1990-03-09"))
    assert [e.date_start for e in events] == [date(1990, 3, 8)]


def test_a_year_in_the_same_paragraph_still_dates_the_month_day_after_it(analyse_text) -> None:
    text = (
        "Rebels kidnapped the mayor of Valdoria on 3 January 1987. On 5 January they killed "
        "his two bodyguards near Porto Lindo."
    )
    article = Article(doc_id="t", text=text, published=date(1989, 10, 27))
    days = sorted(e.date_start for e in analyse(article) if e.is_violent and e.date_start)
    assert days and all(d.year != 1989 for d in days)


def test_an_old_month_in_an_aside_keeps_the_news(analyse_text) -> None:
    text = (
        "Nine gunmen stormed the court building in Valdoria, killing at least 30 people. The group "
        "claimed the attack, its deadliest since it was driven out of Porto Lindo in August 2011."
    )
    events = violent(analyse_text(text, "2013-04-14"))
    assert 30 in [e.fatalities.best for e in events]


def test_a_bare_month_day_whose_year_is_a_guess_keeps_the_news(analyse_text) -> None:
    text = (
        "A suicide bomber killed four policemen at a police station in Valdoria. Her accomplice "
        "was called to appear in court on 17 November."
    )
    events = violent(analyse_text(text, "2004-07-08"))
    assert [e.fatalities.best for e in events] == [4]
