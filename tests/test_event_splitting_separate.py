"""A sentence that tells its deeds apart ("two bombs exploded in separate locations", "three bombs
went off, one at a bank, another at the stadium, and another at a hotel") tells that many incidents:
one record each, with the figures told for all of them kept by the first. A count of people ("five
people were killed in separate shootings") counts no incidents, and two bombs at one target told as
"one ... and the other ..." stay one. The sentences are written for these tests; names are invented,
towns are used only as places."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse
from eventwatch.resolve.separate import incidents_told

_PUBLISHED = date(1989, 7, 20)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_bombs_in_separate_locations_are_incidents_of_their_own() -> None:
    text = (
        "GUATEMALA CITY, 20 JUL 89 (EFE) -- Police said that two bombs exploded overnight "
        "and wrecked two electricity pylons in separate locations in the capital."
    )
    events = _events(text)
    assert len(events) == 2
    assert {e.location.name for e in events if e.location} == {"Guatemala City"}
    assert {e.date_start for e in events} == {date(1989, 7, 19)}


def test_bombs_told_one_by_one_are_as_many_incidents() -> None:
    text = (
        "TEGUCIGALPA, 20 JUL 89 (EFE) -- THREE BOMBS WENT OFF TODAY IN TEGUCIGALPA, ONE AT A BANK, "
        "ANOTHER AT THE NATIONAL STADIUM, AND ANOTHER AT A HOTEL. ONE PERSON WAS WOUNDED."
    )
    events = _events(text)
    assert len(events) == 3
    assert sorted(e.injuries.best or 0 for e in events) == [0, 0, 1]


def test_a_count_before_separate_counts_the_incidents() -> None:
    text = "LIMA, 20 JUL 89 (EFE) -- Rebels attacked police posts in Lima today in two separate attacks."
    assert len(_events(text)) == 2


def test_two_bombs_at_one_target_stay_one_incident() -> None:
    text = (
        "LIMA, 20 JUL 89 (EFE) -- Two bombs exploded today at the home of a judge in Lima, one in the "
        "garden and the other near the door."
    )
    assert len(_events(text)) == 1


@pytest.mark.parametrize("verb", ["were killed", "were shot dead", "were gunned down"])
def test_people_counted_are_no_incidents_counted(verb: str) -> None:
    text = f"LIMA, 20 JUL 89 (EFE) -- Five people {verb} in separate shootings in Lima today."
    assert len(_events(text)) == 1


def test_a_sentence_without_the_cue_tells_one_incident() -> None:
    from eventwatch.resolve.facts import sentence_facts
    from eventwatch.text import split_sentences

    text = "Two bombs exploded at a bank in Lima today."
    sentence = split_sentences(text)[0]
    facts = sentence_facts(text, sentence, published=_PUBLISHED, anchor=_PUBLISHED, wire_caps=False)
    assert incidents_told(facts) == 1
