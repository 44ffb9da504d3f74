"""Bombs sent by post are explosives however they are written ("letterbomb", "letter bomb",
"parcel-bomb"): the event is an explosion. Sentences are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse


def _event(text: str) -> Event:
    events = [e for e in analyse(Article(doc_id="t", text=text, published=date(1990, 3, 3))) if e.is_violent]
    assert len(events) == 1
    return events[0]


@pytest.mark.parametrize("bomb", ["letterbomb", "letter-bomb", "parcel-bomb"])
def test_a_bomb_sent_by_post_is_an_explosion(bomb: str) -> None:
    event = _event(f"Notary Ivo Brandt was killed by a {bomb} at his office in Dorvik.")
    assert event.event_type == "Explosions/Remote violence"
    assert "Explosives" in event.weapon_types
