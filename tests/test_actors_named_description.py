"""A description followed with no comma by the group's own name ("the terrorist group XLF claimed the
attack") names that group: the name is the actor, the description only says what kind of group it is.
Sentences, places and names are our own inventions."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _doers(text: str) -> list[str]:
    events = analyse(Article(doc_id="t", text=text, published=date(2011, 5, 9)))
    return [p.name for e in events for p in e.perpetrators]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Three guards were killed when a bomb went off at a depot in Mosul on Monday. Officials said the"
            " terrorist group QRZ was thought to be behind the blast.",
            "QRZ",
        ),
        (
            "The terrorist group Jund al-Sabir claimed the bombing of a bus in Quetta that killed four people"
            " on Friday.",
            "Jund al-Sabir",
        ),
    ],
)
def test_the_name_after_the_description_is_the_doer(text: str, name: str) -> None:
    assert name in _doers(text)
