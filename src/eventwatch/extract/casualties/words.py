"""The casualty readers' word lists, kept as data in resources/extract/casualty_words_en.yaml: which
nouns count no people, which verbs take one victim, which words end a counted phrase. The modules ask
for a list by name and get a frozenset of lower-case words."""

from __future__ import annotations

from functools import cache

from eventwatch.resources import load_yaml


@cache
def _lists() -> dict[str, list[str]]:
    return load_yaml("extract/casualty_words_en.yaml")


def words(name: str) -> frozenset[str]:
    """The word list ``name`` of casualty_words_en.yaml."""
    return frozenset(_lists()[name])


@cache
def month_names() -> frozenset[str]:
    """Month names and their short forms ("may", "sept"): the dates reader's list in
    resources/extract/dates_en.yaml, so the two readers cannot disagree on what a month is."""
    return frozenset(load_yaml("extract/dates_en.yaml")["months"])


@cache
def distance_units() -> frozenset[str]:
    """Units of distance ("meters", "km"), the one list in resources/text/numbers_en.yaml."""
    return frozenset(load_yaml("text/numbers_en.yaml")["distance_units"])
