"""The casualty readers' word lists live in resources/extract/casualty_words_en.yaml; the code reads
them by name. Our own sentences check that the lists still steer the readers."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.extract.casualties.words import words
from eventwatch.text import tokenize


def test_every_list_loads_as_lower_case_words() -> None:
    for name in ("months", "not_people", "one_victim_verbs", "np_stops", "effect_nouns", "intransitive_effects"):
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
