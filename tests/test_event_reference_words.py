"""The function words that tell a reference to an event already told from news, and the openings
that tell another incident, are data; these sentences are our own."""

from __future__ import annotations

from datetime import date

from eventwatch.resolve.facts import sentence_facts
from eventwatch.resources import load_yaml
from eventwatch.text import split_sentences


def facts_of(text: str):
    sentence = split_sentences(text)[0]
    return sentence_facts(text, sentence, published=date(2020, 5, 10), anchor=date(2020, 5, 10), wire_caps=False)


def test_every_list_is_there_and_lower_case() -> None:
    data = load_yaml("extract/event_reference_en.yaml")
    for key in ("definite", "object_start", "prepositions", "verbish", "back_markers", "opening_qualifiers"):
        assert data[key] and all(isinstance(w, str) and w == w.lower() for w in data[key]), key
    phrases = load_yaml("extract/new_incident_en.yaml")["opening_phrases"]
    assert ["another"] in phrases and ["meanwhile"] in phrases


def test_a_definite_event_word_is_a_reference() -> None:
    assert facts_of("The bombing caused alarm among the traders.").definite


def test_an_event_word_with_an_object_tells_news() -> None:
    assert not facts_of("The armed wing bombs the headquarters of the party.").definite


def test_a_counted_event_word_after_a_verb_tells_news() -> None:
    assert not facts_of("The rebels set off three bombs in the market.").definite


def test_an_opening_another_tells_a_new_incident() -> None:
    assert facts_of("Another bomb exploded near the bridge.").new_event
    assert facts_of("In a separate attack, gunmen shot a driver.").new_event
    assert not facts_of("A bomb exploded near the bridge.").new_event


def test_a_relative_clause_of_a_time_reference_refers_back() -> None:
    assert facts_of("Since the bombing, which killed four people, the market has been closed.").refers_back
