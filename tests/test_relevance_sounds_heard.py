"""Relevance: gunfire or blasts only heard are a sound, not an event anyone saw, however the hearing
is phrased ("was still heard", "is currently heard", "that can be heard"), and an event word listed
right before one only heard ("explosions and heavy gunfire are heard") is heard as well; a deed told
beside the sound stays news. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "Sporadic shooting was still heard near the market in Valdoria.",
        "The calm in Valdoria ended this afternoon with strong blasts that can be heard from the hills.",
        "Loud blasts and heavy gunfire are currently heard across Valdoria.",
        "Explosions and sporadic shooting were heard in Valdoria on Monday.",
    ],
)
def test_sounds_heard_are_no_event(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


def test_a_deed_told_beside_a_sound_stays_news(analyse_text) -> None:
    text = "Rebels bombed the bridge at Valdoria and heavy shooting was still heard in the town."
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
