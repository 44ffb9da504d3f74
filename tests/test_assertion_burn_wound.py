"""Burns as a wound (resolve/assertion.py, cue ``burn_wound`` of assertion_en.yaml): "seriously burned"
tells what a person suffered, not property set on fire, so after an accident it starts no arson of
its own; a building burned by a raiding band is still arson. Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "A crop duster crashed near Valdoria on Tuesday because of an engine failure. Its pilot died and a "
        "farmhand was hurt and badly burned.",
        "A fuel truck overturned on the coast road outside Valdoria on Tuesday in an accident. The driver "
        "died and his helper was severely burnt.",
    ],
)
def test_burns_suffered_in_an_accident_are_no_arson(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Armed men burned the grain store of Valdoria on Tuesday.",
        "On Tuesday a band of raiders set fire to the mill of Valdoria and the miller was badly burned.",
    ],
)
def test_property_burned_is_still_arson(analyse_text, text: str) -> None:
    events = violent(analyse_text(text, "1990-03-07"))
    assert [e.to_record()["attack_type"] for e in events] == ["Facility/Infrastructure Attack"]
