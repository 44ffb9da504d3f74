"""A group's description before a word of holding and a word for a place ("the rebel held town",
"guerrilla controlled districts", written without a hyphen) says who holds the place, not who did the
deed. Sentences are our own."""

from __future__ import annotations

import pytest

from eventwatch.extract.actors import find_actors
from eventwatch.text import tokenize


def _perpetrators(text: str, deed_words: tuple[str, ...]) -> list[str]:
    tokens = tokenize(text, 0, len(text))
    deeds = [i for i, t in enumerate(tokens) if t.lower in deed_words]
    return [a.name for a in find_actors(tokens, deeds, text.isupper()) if a.role == "perpetrator"]


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb went off in the rebel held town of Vessa, killing six people.",
        "A truck bomb blew up in a guerrilla held village near Vessa, killing three.",
    ],
)
def test_the_holder_of_a_place_is_no_doer(text: str) -> None:
    assert _perpetrators(text, ("bomb", "blew", "killing")) == []
