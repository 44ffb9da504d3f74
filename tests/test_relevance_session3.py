"""Relevance rules of issue 3 (session 3): what is news and what is background, plans, talk or
statistics. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.dates import find_dates
from eventwatch.model import Article
from eventwatch.pipeline import analyse


def violent(events: list) -> list:
    return [e for e in events if e.is_violent and not e.background]


# --- dates: plans after the report are this year's and date nothing --------------------------------


def test_a_month_day_a_few_days_after_publication_is_this_years_plan() -> None:
    text = "The rebels vowed to disrupt the vote scheduled for 12 November."
    found = find_dates(text, 0, len(text), published=date(1991, 11, 9), anchor=None)
    assert [d.value for d in found] == [date(1991, 11, 12)]


def test_a_planned_date_neither_dates_the_event_nor_moves_the_story_to_last_year(analyse_text) -> None:
    text = (
        "Three days before the council elections scheduled for 12 November, the rebels stepped up "
        "their campaign. On 7 November, rebels blew up four power pylons near Valdoria."
    )
    events = violent(analyse_text(text, "1991-11-09"))
    assert [e.date_start for e in events] == [date(1991, 11, 7)]


def test_a_vote_months_ahead_is_a_plan_not_last_years_date(analyse_text) -> None:
    text = (
        "The rebels want to sabotage the presidential elections on 27 May. "
        "The group is holding two engineers who were kidnapped in Porto Lindo on 12 and 13 February."
    )
    events = violent(analyse_text(text, "1993-02-20"))
    assert [e.date_start for e in events] == [date(1993, 2, 13)]


# --- background: events dated long before the report ---------------------------------------------


def test_an_event_dated_long_before_the_report_is_background(analyse_text) -> None:
    text = (
        "The former minister returned to the capital today after two years abroad. "
        "Mendoza was kidnapped on 22 January 1987 but was rescued by the army three days later."
    )
    assert violent(analyse_text(text, "1989-09-26")) == []
    article = Article(doc_id="t", text=text, published=date(1989, 9, 26))
    assert [e.background for e in analyse(article, include_background=True) if e.is_violent] == [True]


def test_an_old_date_in_an_aside_does_not_make_the_news_background(analyse_text) -> None:
    text = (
        "Gunmen shot dead the mayor of Valdoria today, in what the president called an attack on "
        "the democratic process begun on 14 January 1986 after two decades of military rule."
    )
    assert len(violent(analyse_text(text, "1989-08-01"))) == 1
