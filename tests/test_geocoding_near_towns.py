"""An event told as near a town ("near Cali", "on the outskirts of Lima") is coded to that town
with geo-precision 2, as EVENT_SCHEMA.md and ACLED's geo_precision say; in a town is precision 1.
The sentences are written for these tests; towns are used only as places."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1991, 3, 4)


def _places(text: str) -> list[tuple[str | None, int | None]]:
    events: list[Event] = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    return [(e.location.name, e.location.precision) if e.location else (None, None) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two farmers near Cali yesterday.",
        "A bomb exploded on the outskirts of Cali on Sunday, wounding a guard.",
        "Rebels burned three lorries outside Cali last night.",
        "Two soldiers were shot dead in the vicinity of Cali yesterday.",
    ],
)
def test_an_event_near_a_town_is_coded_with_precision_two(text: str) -> None:
    assert _places(text) == [("Cali", 2)]


def test_an_event_in_a_town_keeps_precision_one() -> None:
    assert _places("Gunmen killed two farmers in Cali yesterday.") == [("Cali", 1)]
