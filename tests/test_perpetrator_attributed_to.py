"""Perpetrators: a body after "to" or "on" a few words after a verb of attribution ("attributed the murder
of the judge to the rebels", 'blamed the massacre of the miners on "rogue" police units') is held to be
the doer (roles.yaml attributed_to; extract/actors._attributed_to). Sentences and names are our own."""

from __future__ import annotations

import pytest

from conftest import deed_actors as actors


@pytest.mark.parametrize(
    ("text", "deed", "doer"),
    [
        ("The villagers attributed the bombing of the bridge to the rebels.", "bombing", "rebels"),
        ('THE MAYOR BLAMED THE MASSACRE OF THE MINERS ON "ROGUE" POLICE UNITS.', "massacre", "police units"),
        ("The bishop attributed the killings to the army.", "killings", "the army"),
    ],
)
def test_the_body_a_deed_is_attributed_to_is_the_doer(text: str, deed: str, doer: str) -> None:
    assert any(name == doer and role == "perpetrator" for name, _, role in actors(text, deed))


def test_a_body_after_to_in_another_clause_is_not_blamed() -> None:
    text = "The mayor blamed the weather; aid went to the army after the bombing."
    assert not any(role == "perpetrator" for _, _, role in actors(text, "bombing"))
