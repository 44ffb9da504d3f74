"""A wire digest tells one item after another: "It was also reported that ...", "We have also learned
that ...", "Likewise, ...", "At the same time, ..." open another incident than the one before. The
sentences are written for these tests, with invented names where a name is not needed."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import violent_events
from eventwatch.resolve.facts import sentence_facts
from eventwatch.text import split_sentences

_PUBLISHED = date(1989, 9, 12)


def _facts(text: str):  # type: ignore[no-untyped-def]
    sentence = split_sentences(text)[0]
    return sentence_facts(text, sentence, published=_PUBLISHED, anchor=_PUBLISHED, wire_caps=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was also reported today that armed men abducted a teacher outside his school.",
        "It was also learned that two trucks of the water company were set on fire.",
        "We have also learned that a patrol was ambushed on the coast road.",
        "Likewise, a grenade was thrown at the offices of the farmers' union.",
        "Similarly, gunmen shot a bus driver at the terminal.",
        "At the same time, a bomb went off near the electricity board.",
        "In the meantime, a patrol was ambushed near the river crossing.",
    ],
)
def test_a_digest_item_opens_another_incident(sentence: str) -> None:
    assert _facts(sentence).new_event


@pytest.mark.parametrize(
    "sentence",
    [
        "The police also reported that the gunmen fled in a red car.",
        "A guard was shot at the same time as the driver.",
    ],
)
def test_a_source_adding_detail_opens_no_incident(sentence: str) -> None:
    assert not _facts(sentence).new_event


def test_a_kidnapping_reported_also_is_a_record_of_its_own() -> None:
    text = (
        "GUATEMALA CITY, 12 SEP 89 -- A coffee grower was shot dead today by a group of armed men as he "
        "left his farm office in the north of this city. The attackers fled in his pickup truck.\n\n"
        "It was also reported today that unidentified men kidnapped two students as they were walking home "
        "in Guatemala City."
    )
    events = violent_events(text, _PUBLISHED)
    assert len(events) == 2
    assert sum(e.attack_type == "Hostage Taking (Kidnapping)" for e in events) == 1
