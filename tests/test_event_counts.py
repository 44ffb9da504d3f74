"""Plural event words counted by a number name these events; counted vaguely they are general talk."""

from __future__ import annotations

import pytest

from eventwatch.resolve.facts import SentenceFacts, sentence_facts
from eventwatch.resources import load_yaml
from eventwatch.text import split_sentences


def _facts(text: str) -> SentenceFacts:
    sentence = split_sentences(text)[0]
    return sentence_facts(text, sentence, published=None, anchor=None, wire_caps=False)


@pytest.mark.parametrize(
    "text",
    [
        "Several bombings shook the northern provinces.",
        "Multiple attacks were carried out against police posts.",
        "Bombings and attacks continued across the north.",
    ],
)
def test_plural_deeds_counted_vaguely_are_general_talk(text: str) -> None:
    assert _facts(text).generic


@pytest.mark.parametrize(
    "text",
    [
        "Three bombings shook the northern provinces.",
        "Twin bombings shook the northern provinces.",
        "Coordinated attacks were carried out against police posts.",
        "12 attacks were carried out against police posts.",
        # "a pair of" counts two; "a string of" is a series
        "The rebel front admitted a pair of truck bombings near the harbour.",
        "A string of grenade attacks hit police posts along the coast road.",
    ],
)
def test_plural_deeds_counted_by_a_number_are_these_events(text: str) -> None:
    assert not _facts(text).generic


def test_a_vague_count_beside_a_number_still_says_not_which() -> None:
    facts = _facts("Several simultaneous attacks were carried out against police posts.")
    attack = next(t for t in facts.live_triggers if t.plural)
    assert not facts.counted(attack)


def test_the_count_words_load_as_two_lower_case_lists_apart() -> None:
    data = load_yaml("extract/event_counts_en.yaml")
    named, vague = set(data["named"]), set(data["vague"])
    assert {"three", "twin", "series"} <= named and vague == {"several", "multiple"}
    assert not named & vague
    assert all(w == w.lower() for w in named | vague)
