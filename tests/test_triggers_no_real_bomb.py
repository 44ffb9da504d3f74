"""Triggers: a bomb said not to exist or to be a fake ("a search for nonexistent bombs", "a fake bomb
was left at the gate") is no bombing. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import violent_events


@pytest.mark.parametrize(
    "text",
    [
        "Police evacuated the market of Villa Nueva on Monday in a search for nonexistent bombs.",
        "A fake bomb was left at the gate of the town hall in Villa Nueva on Monday, police said.",
    ],
)
def test_a_bomb_that_is_not_one_tells_no_bombing(text: str) -> None:
    assert violent_events(text, date(1990, 3, 8)) == []


def test_a_bomb_factory_is_a_place_not_a_blast() -> None:
    # the shooting is the deed; the workshop the gunman ran from names no explosion
    text = (
        "A constable was shot dead in Villa Nueva on Monday by a gunman who was running from a bomb factory "
        "that officers had just found in a flat."
    )
    types = [e.attack_type for e in violent_events(text, date(1990, 3, 8))]
    assert types == ["Armed Assault"]
