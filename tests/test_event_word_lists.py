"""The in-document event grouping reads its words as data: accident words (stages_en.yaml), rates and
counts kept over time (tallies_en.yaml) and what a deed was done to (event_reference_en.yaml).
Sentences are our own, with invented places."""

from __future__ import annotations

from datetime import date

from conftest import assert_word_lists, violent_events
from eventwatch.resolve import events
from eventwatch.resources import load_yaml


def test_the_lists_load_as_strings() -> None:
    lists = [
        load_yaml("extract/stages_en.yaml")["accidents"],
        load_yaml("extract/tallies_en.yaml")["rates"]["words"],
        load_yaml("extract/tallies_en.yaml")["rates"]["periods"],
        load_yaml("extract/event_reference_en.yaml")["done_to"],
    ]
    assert_word_lists(*lists)


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities.best if e.fatalities else None for e in violent_events(text, date(2015, 3, 2))]


def test_deaths_in_an_accident_are_no_violence() -> None:
    assert _tolls("Two men were killed in a car crash near Tarso on Monday.") == []
    assert _tolls("Two men were killed near Tarso on Monday.") == [2]


def test_a_rate_is_no_event() -> None:
    assert _tolls("Gunmen kill about 40 villagers every month in the province, officials said.") == []
    assert _tolls("Gunmen kill about 40 villagers each week in the province, officials said.") == []
    assert _tolls("Gunmen killed 40 villagers in Tarso on Monday, officials said.") == [40]


def test_counts_kept_over_a_time() -> None:
    assert events._tally("Rebels have killed 300 people in the last six months, the army said.")
    assert events._tally("So far this year 300 people have died.")
    assert events._tally("Since the beginning of the offensive, 300 people have died.")
    assert events._tally("During the two months of the siege some 20 judges were killed.")
    assert not events._tally("Rebels killed 30 people in Tarso on Monday.")


def test_a_first_sentence_naming_what_one_deed_was_done_to_is_news() -> None:
    assert _tolls("The party condemned the attack against the offices of the newspaper.") == [None]
    assert _tolls("The party condemned the attack by students at the newspaper.") == []
