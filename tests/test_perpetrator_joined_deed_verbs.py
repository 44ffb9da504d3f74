"""Perpetrators: a force before deed verbs joined by "and" ("the air force bombed and strafed the hamlet",
"the police shot and killed a student") does the deed; "and" right after the first verb is no reduced
passive when another deed verb follows it (extract/actors._past_joined_deeds). Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import deed_actors as actors


@pytest.mark.parametrize(
    ("text", "deed", "doer"),
    [
        ("THE AIR FORCE BOMBED AND STRAFED THE HAMLET OF LOS LIRIOS.", "bombed", "air force"),
        ("The police shot and killed a student near the market.", "shot", "police"),
    ],
)
def test_a_force_before_joined_deed_verbs_does_the_deed(text: str, deed: str, doer: str) -> None:
    assert (doer, "perpetrator") in [(name, role) for name, _, role in actors(text, deed)]


def test_soldiers_killed_and_wounded_in_an_ambush_are_victims() -> None:
    found = actors("The soldiers killed and wounded in the ambush were flown to the capital.", "killed")
    assert not any(role == "perpetrator" for _, _, role in found)
