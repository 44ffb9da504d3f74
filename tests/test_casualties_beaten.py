"""A person beaten is hurt ("was badly beaten", "they beat him up", "beat up a shopkeeper"), while a
beating that tells a defeat ("beaten back", "beat the army", "beaten in the vote") or beatings talked
of in general count no one; "beaten to death" stays a death. Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import totals


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Masked men stopped the van near Orvella and beat him up before fleeing.", {"wounded": 1}),
        ("THE INTRUDERS BEAT HER UP AND TOOK THE GOATS FROM THE PEN.", {"wounded": 1}),
        ("A night watchman was badly beaten by the raiders at the depot.", {"wounded": 1}),
        ("Four porters were beaten with rifle butts outside the customs shed.", {"wounded": 4}),
        ("Two teachers were severely beaten when the militia entered the school.", {"wounded": 2}),
        ("The youths beat up another fisherman on the jetty at dusk.", {"wounded": 1}),
        ("The crowd beat up a shopkeeper at the Dellmar bus terminal.", {"wounded": 1}),
        ("A shepherd was beaten up by three men in uniform near the well.", {"wounded": 1}),
    ],
)
def test_the_beaten_are_hurt(sentence: str, expected: dict) -> None:
    assert totals(sentence) == expected


def test_beaten_to_death_is_a_death() -> None:
    assert totals("A shepherd was beaten to death by three men in uniform near the well.") == {"killed": 1}


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels were beaten back by the garrison after a night of fighting.",
        "The insurgents beat the army in the battle for the hill town.",
        "The ruling party was beaten in the vote held last spring.",
        "Monitors condemned the beatings and threats faced by reporters in the north.",
        "The gang had threatened to beat him up if he went to the police.",
        "The attackers beat them up, a witness said.",
    ],
)
def test_a_defeat_or_general_talk_of_beatings_counts_no_one(sentence: str) -> None:
    assert totals(sentence) == {}
