"""A toll counted over a stretch of time ("have been hurt in similar attacks since April") told
after an incident is a tally of a campaign: it neither starts a record nor lends the incident its
count; a deed told with its toll stays news. Sentences and places are our own."""

from __future__ import annotations

from conftest import violent


def test_a_tally_of_attacks_since_a_month_does_not_lend_its_toll(analyse_text) -> None:
    text = (
        "A mine killed two soldiers and wounded two others near Valdoria. Over thirty troops have been "
        "wounded in such attacks since early March."
    )
    events = violent(analyse_text(text, "1990-06-07"))
    assert [(e.fatalities.best, e.injuries.best) for e in events] == [(2, 2)]


def test_a_deed_told_with_its_toll_stays_news(analyse_text) -> None:
    text = "Rebels attacked two army posts near Valdoria on Monday, wounding nine soldiers."
    events = violent(analyse_text(text, "1990-06-07"))
    assert [e.injuries.best for e in events] == [9]
