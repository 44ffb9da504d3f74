"""An event word completing a verb of keeping someone ("the men held the passengers and the
driver hostage", "took the consul hostage") tells the deed: the determiner before it is its object's,
not the deed's. The hostages named as such ("were holding the hostages") stay a reference. The
sentences are written for these tests, with invented names and towns."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.model import Article
from eventwatch.pipeline import analyse
from eventwatch.resolve.facts import sentence_facts
from eventwatch.text import split_sentences

_PUBLISHED = date(2004, 6, 2)


def _facts(text: str):  # type: ignore[no-untyped-def]
    sentence = split_sentences(text)[0]
    return sentence_facts(text, sentence, published=_PUBLISHED, anchor=_PUBLISHED, wire_caps=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Masked men boarded the coach and held the passengers and the driver hostage for a day.",
        "Bandits stopped the convoy and took the consul of Ardavia hostage.",
    ],
)
def test_a_captive_kept_as_hostage_is_news(sentence: str) -> None:
    assert not _facts(sentence).definite


@pytest.mark.parametrize(
    "sentence",
    [
        "The police said the band was holding the hostages in a farmhouse.",
        "The families met the hostage at the airport.",
    ],
)
def test_the_hostages_named_as_such_stay_a_reference(sentence: str) -> None:
    assert _facts(sentence).definite


def test_a_crew_held_hostage_is_a_kidnapping_record() -> None:
    text = "Masked men boarded the coach and held the passengers and the driver hostage for a day."
    events = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    assert [e.attack_type for e in events] == ["Hostage Taking (Kidnapping)"]
