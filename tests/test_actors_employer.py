"""A body named right after a word for someone's work and "for", "of" or "with" ("a driver for the
aid agency", "contractors who work for the army") is the victim's employer, the side aimed at, not the
doer. Sentences, places and names are our own inventions."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _doers(text: str) -> list[str]:
    events = analyse(Article(doc_id="t", text=text, published=date(2011, 5, 9)))
    return [p.name for e in events for p in e.perpetrators]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "On Monday in Van, a cook employed as a worker for the Turkish Armed Forces died when a car bomb exploded.",
            "Armed Forces",
        ),
        ("Two contractors who work for the Colombian Army were shot dead near Cali on Monday.", "Army"),
    ],
)
def test_the_victims_employer_is_no_doer(text: str, body: str) -> None:
    assert not any(body in name for name in _doers(text))
