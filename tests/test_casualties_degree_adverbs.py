"""Adverbs of degree between a count and its effect ("two were heavily injured") leave the count
with that effect. Sentences are our own, with invented places."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


@pytest.mark.parametrize(
    "text",
    [
        "A mine exploded under a truck near Tolva; one driver died and two were heavily injured.",
        "Three guards were superficially wounded when the grenade went off.",
    ],
)
def test_a_degree_adverb_keeps_the_hurt_counted(text: str) -> None:
    hurt = [f.value for f in find_casualties(tokenize(text)) if f.effect == "wounded"]
    assert hurt in ([2], [3])
