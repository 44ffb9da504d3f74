"""Casualty rules of issue 3, session 3: asides that close before the verb, ordinals inside a unit's
name, adverbs before the effect, figures taken to hospital, and clauses that start their own effect
after "including". Sentences are our own, with invented names and places."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text import tokenize


def totals(sentence: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for figure in find_casualties(tokenize(sentence)):
        if not figure.is_part:
            out[figure.effect] = out.get(figure.effect, 0) + figure.value
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ordinals name a unit and count nobody
        ("Three troopers of the Velmar Army's 5th Rifle Battalion were wounded in the raid.", {"wounded": 3}),
        ("Four guards from the 2nd Border Regiment were killed at the post.", {"killed": 4}),
        # adverbs between the auxiliary and the effect
        ("FIVE FARMERS AND TWO TEACHERS WHO LIVED NEAR THE RIVER WERE BRUTALLY MURDERED.", {"killed": 7}),
        ("Two wardens were partially injured in the blast at the depot.", {"wounded": 2}),
        (
            "A ranger was killed and six others were lightly to moderately injured in the attack.",
            {"killed": 1, "wounded": 6},
        ),
        ("A mine struck the truck, killing four and leaving two severely injured.", {"killed": 4, "wounded": 2}),
        # an aside that closes right before the verb
        ("THREE OTHER HERDERS, WHO WERE ACCUSED OF HELPING THE ARMY, HAVE BEEN SHOT TO DEATH.", {"killed": 3}),
        ("Only two people, a baker and a driver, were injured in the explosion.", {"wounded": 2}),
        # after "including", a clause with its own effect is not a share of the figure before
        ("Nine people were killed, including three children and about 30 were wounded.", {"killed": 9, "wounded": 30}),
        # the present tense of wounding
        ("Gunmen shoot dead 12 pilgrims and injure 20 others at the shrine.", {"killed": 12, "wounded": 20}),
        # taken to hospital: hurt
        ("Four passers-by were taken to hospital after the grenade went off.", {"wounded": 4}),
    ],
)
def test_figures(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected

