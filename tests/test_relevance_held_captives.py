"""Relevance: a group told as holding a kind of person one keeps captive ("the rebels are holding
two foreign engineers") reports a kidnapping, though no word says "kidnapped"; talks, meetings and
positions held are no captives, and a denied holding is no news. Sentences and towns are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "Armed men are holding a provincial senator in Medellin and have threatened to kill him.",
        "The rebels are holding two foreign engineers in Arauca.",
        "A criminal band is still holding the daughter of a rancher near Cali.",
    ],
)
def test_a_group_holding_a_person_is_a_kidnapping(analyse_text, text: str) -> None:
    # (a threat told beside the holding is a record of its own, at the threatened stage)
    events = [e for e in violent(analyse_text(text, "2017-05-02")) if e.stage != "threatened"]
    assert len(events) == 1
    assert events[0].sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "The government is holding talks with the senator in Medellin.",
        "Delegates are holding a meeting in Medellin with the senator.",
        "The rebels are holding positions north of Arauca.",
        "The rebels denied that they are holding the senator in Medellin.",
    ],
)
def test_talks_positions_and_denials_hold_no_captive(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "2017-05-02")) == []


def test_held_captive_word_lists_are_strings() -> None:
    from conftest import assert_word_lists
    from eventwatch.resources import load_yaml

    words = load_yaml("extract/held_captive_en.yaml")
    assert_word_lists(words["auxiliaries"], words["captives"], words["breaks"])
