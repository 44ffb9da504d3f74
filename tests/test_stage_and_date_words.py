"""Small word lists the trigger, date and place readers moved out of code: verbs of the means of a
deed (stages_en.yaml), group heads after a date (dates_en.yaml), units named after a town
(units.yaml), people of a town (spotting.yaml) and survivors (casualty_words_en.yaml). Sentences
are our own, with invented places."""

from __future__ import annotations

from datetime import date

from conftest import assert_word_lists
from eventwatch.extract.casualties.words import words
from eventwatch.extract.dateline import find_publication_date
from eventwatch.extract.dates import find_dates
from eventwatch.extract.triggers import find_triggers
from eventwatch.resolve.asides import names_a_unit, names_whose
from eventwatch.resources import load_yaml
from eventwatch.text import tokenize


def test_the_lists_load_as_strings() -> None:
    lists = [
        load_yaml("extract/stages_en.yaml")["means"],
        load_yaml("extract/dates_en.yaml")["group_heads"],
        load_yaml("actors/units.yaml")["named_after_place"],
        load_yaml("gazetteer/spotting.yaml")["people_of_place"],
        words("survivor_words"),
    ]
    assert_word_lists(*lists)


def _stages(text: str) -> list[str]:
    return [t.stage for t in find_triggers(tokenize(text))]


def test_the_means_of_a_done_deed_is_no_purpose() -> None:
    assert _stages("The rebels came armed to attack the bridge.") == ["accomplished"]
    assert _stages("The rebels went to attack the bridge.") == ["intended"]
    assert _stages("The rebels were armed to attack the bridge.") == ["intended"]


def _dates(text: str) -> list[str]:
    return [d.text for d in find_dates(text, 0, len(text), published=date(1990, 5, 1), anchor=None)]


def test_a_date_before_a_group_head_names_the_group() -> None:
    assert _dates("Members of the 19 April Movement attacked the post.") == []
    assert _dates("Rebels attacked the post on 19 April.") == ["19 April."]


def test_a_town_a_unit_or_its_people_are_named_after_is_not_where() -> None:
    text = "Soldiers of the battalion of Kelbo attacked."
    assert names_a_unit(text, text.index("Kelbo"))
    text = "The residents of Kelbo were killed in Tarso."
    at = text.index("Kelbo")
    assert names_whose(text, at, at + len("Kelbo"))


def test_the_dateline_reads_the_dates_readers_months() -> None:
    assert "months" not in load_yaml("dateline/dateline.yaml")
    found = find_publication_date("TARSO, 3 SEPT 89 -- Rebels attacked the post.")
    assert found is not None and found[0] == date(1989, 9, 3)
    found = find_publication_date("Rebels attacked the post.\n\nPublished on March 5, 2017")
    assert found is not None and found[0] == date(2017, 3, 5)


def test_a_part_of_the_day_belongs_to_its_weekday() -> None:
    assert load_yaml("extract/dates_en.yaml")["day_parts"] == ["morning", "night", "afternoon", "evening"]
    assert _dates("Rebels attacked the post on Sunday night.") == ["Sunday night"]
