"""The casualty readers' word lists live in resources/extract/casualty_words_en.yaml; the code reads
them by name. Our own sentences check that the lists still steer the readers."""

from __future__ import annotations

import pytest

from conftest import assert_word_lists, totals
from eventwatch.extract.casualties import find_casualties
from eventwatch.extract.casualties.words import month_names, words
from eventwatch.resources import load_yaml
from eventwatch.text import tokenize


def test_every_list_loads_as_lower_case_words() -> None:
    for name in (
        "not_people",
        "one_victim_verbs",
        "np_stops",
        "effect_nouns",
        "intransitive_effects",
        "after_passive",
        "between_verb_and_number",
        "share_aside_starts",
        "remains_nouns",
        "total_words",
        "captive_nouns",
    ):
        listed = words(name)
        assert listed
        assert all(w == w.lower() for w in listed)


def test_an_unknown_list_is_an_error() -> None:
    with pytest.raises(KeyError):
        words("no_such_list")


def test_the_lists_steer_the_readers() -> None:
    assert find_casualties(tokenize("Twelve goats were killed in the raid.")) == []  # not_people
    figures = find_casualties(tokenize("Eleven guerrillas die in the clash."))  # intransitive_effects
    assert [(f.effect, f.value) for f in figures] == [("killed", 11)]


def test_every_listed_word_is_a_string() -> None:
    assert_word_lists(*load_yaml("extract/casualty_words_en.yaml").values())


def test_months_are_the_dates_readers_months() -> None:
    # one list of month names for the dates reader and the casualty readers
    assert "months" not in load_yaml("extract/casualty_words_en.yaml")
    assert month_names() == frozenset(load_yaml("extract/dates_en.yaml")["months"])
    assert {"may", "sept", "december"} <= month_names()


def test_a_month_beside_a_number_is_no_count() -> None:
    assert totals("Rebels killed 14 on 3 May.") == {"killed": 14}
    assert totals("On Sept 9 eleven guards were wounded.") == {"wounded": 11}


def test_words_after_a_passive_open_no_object() -> None:
    assert totals("Four police officers were killed yesterday in the south.") == {"killed": 4}


def test_severity_may_stand_between_the_verb_and_its_count() -> None:
    assert totals("The mine injured critically six others.") == {"wounded": 6}


def test_a_share_aside_does_not_cut_the_count_from_its_verb() -> None:
    assert totals("Five workers, mostly miners, were wounded by the blast.") == {"wounded": 5}


def test_bodies_head_the_counted_phrase() -> None:
    assert totals("Three bodies were found near the bridge.") == {"killed": 3}
