"""Event words that tell a habit, a kind of deed, deeds spread over years, crimes named as a charge or
a sentence's cause, deeds suffered by many, fighting as a course of action and deeds of an earlier
century: none tells one deed. The sentences are written for these tests; names are invented, towns are
used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 8)
_DATELINE = "LIMA, 8 MAR 90 (EFE) -- "


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=_DATELINE + text, published=_PUBLISHED)) if e.is_violent]


def test_a_murder_told_by_its_verb_is_news() -> None:
    events = _events("Unknown gunmen murdered two mayors in Huancayo yesterday.")
    assert [e.fatalities.best for e in events] == [2]


def test_a_present_verb_after_who_is_a_habit() -> None:
    text = "The bishop said these bands are led by officers who kidnap and torture peasant leaders."
    assert _events(text) == []


def test_a_present_verb_after_which_is_a_habit() -> None:
    text = "The students marched against a police force which kidnaps teachers, the union said."
    assert _events(text) == []


def test_a_past_verb_after_who_is_news() -> None:
    events = _events("Police arrested the men who kidnapped two teachers in Huancayo on Monday.")
    assert len(events) == 1


def test_such_deeds_are_a_kind_not_one_deed() -> None:
    text = "Such a massacre of peasants in Puno shames the whole nation, the bishop told reporters on Sunday."
    assert _events(text) == []


def test_each_deed_marked_on_a_map_is_no_deed_told() -> None:
    text = "A blue pin on the wall chart in the barracks of Ayacucho marks each ambush of 1989 by the rebels."
    assert _events(text) == []


def test_deeds_suffered_for_many_years_are_a_pattern() -> None:
    text = "For many years the peasants of Huanta have suffered from the brutal FMLN attacks on their farms."
    assert _events(text) == []


def test_attacks_with_a_day_are_news_whatever_the_years() -> None:
    text = "Rebels who have fought for many years staged attacks on two police posts in Huanta on Tuesday."
    assert len(_events(text)) >= 1


def test_a_deed_likened_to_is_no_deed() -> None:
    text = "Editorial writers called the new tax decree a kind of assault on the poor of the highlands."
    assert _events(text) == []


def test_crimes_named_as_charges_are_no_deed() -> None:
    text = "The smuggler, flown in from Bolivia, will be tried on charges of murder, kidnapping and fraud."
    assert _events(text) == []


def test_a_crime_that_is_the_cause_of_a_sentence_is_no_deed() -> None:
    text = "The ringleaders of the hunger strike are inmates serving time for kidnapping and smuggling."
    assert _events(text) == []


def test_a_sentence_for_double_murder_is_no_deed() -> None:
    text = "The escaped convict had been given 25 years in jail for double murder in a court in Cuzco."
    assert _events(text) == []


def test_deeds_suffered_by_many_in_the_perfect_are_a_pattern() -> None:
    text = "Shopkeepers of Puno have been victims of attacks on their stores, the chamber said."
    assert _events(text) == []


def test_fighting_as_a_course_of_action_is_no_combat() -> None:
    text = "The senator complained about the rising cost of fighting the rebels in the jungle provinces."
    assert _events(text) == []


def test_a_deed_of_an_earlier_century_is_history() -> None:
    text = "A plaque recalls that the hero of the republic was executed by royalist troops in 1821 in Cuzco."
    assert _events(text) == []


def test_a_time_of_day_after_in_is_no_year() -> None:
    events = _events("Gunmen killed two guards at a bank in Cuzco on Monday, the alarm sounding in 1745 hours.")
    assert [e.fatalities.best for e in events] == [2]
