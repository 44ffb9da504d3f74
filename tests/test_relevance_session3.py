"""Relevance rules of issue 3 (session 3): what is news and what is background, plans, talk or
statistics. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.dates import find_dates


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
