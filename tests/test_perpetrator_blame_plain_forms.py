"""Perpetrators: the plain forms of the verbs of blame ("we blame the army for", "the families accuse the
police of", "we attribute the bombing to") hold the body after them to be the doer, as "blamed",
"accuses" and "attributed" did (roles.yaml perp_before, blame_cues). Sentences and names are our own."""

from __future__ import annotations

import pytest

from conftest import deed_actors as actors


@pytest.mark.parametrize(
    ("text", "deed", "doer"),
    [
        ("WE BLAME THE BLACK EAGLE COMMANDOS FOR THE MASSACRE AT THE CROSSROADS.", "massacre", "Black Eagle Commandos"),
        ("The widows accuse the police of the killing of their husbands.", "killing", "police"),
        ("We blame the army for the shelling of the market.", "shelling", "the army"),
        ("The villagers attribute the bombing to the rebels.", "bombing", "rebels"),
    ],
)
def test_the_one_blamed_is_the_doer(text: str, deed: str, doer: str) -> None:
    assert any(name == doer and role == "perpetrator" for name, _, role in actors(text, deed))
