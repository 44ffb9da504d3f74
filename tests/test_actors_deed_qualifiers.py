"""A description that qualifies the deed names no doer: in "a terrorist attack" the word says what kind
of attack it was, not who carried it out, while "a terrorist opened fire" still names one. Sentences,
places and names are our own inventions."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _doers(text: str) -> list[list[str]]:
    events = analyse(Article(doc_id="t", text=text, published=date(1990, 3, 5)))
    return [[p.name.lower() for p in e.perpetrators] for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "A retired judge died in Quito yesterday as a result of a terrorist attack.",
        "THE RETIRED JUDGE DIED IN QUITO YESTERDAY AS A RESULT OF A TERRORIST ATTACK.",
        "Three terrorist bombs exploded outside the Veldonian trade office in Quito yesterday, wounding a guard.",
        "A bomb wrecked a warehouse in Quito yesterday; no terrorist organization has owned up to it so far.",
    ],
)
def test_a_terrorist_deed_names_no_doer(text: str) -> None:
    doers = _doers(text)
    assert doers and all(names == [] for names in doers)


def test_a_terrorist_who_acts_is_still_the_doer() -> None:
    assert _doers("A terrorist opened fire on a bus in Quito yesterday, killing two passengers.") == [["terrorist"]]
