"""A group named by an acronym said with a vowel takes "an" ("shot by an FMLN sniper", "seized by an ELN
cell"): the "by" still names the doer, not a target. Sentences, places and names are our own."""

from __future__ import annotations

import pytest

from conftest import deed_actors as actors


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("The mayor of Tolva was killed by an FMLN commando on Sunday.", "killed"),
        ("THE ENGINEER WAS KIDNAPPED BY AN ELN CELL NEAR THE PIPELINE.", "kidnapped"),
    ],
)
def test_a_group_after_by_an_is_the_doer(text: str, deed: str) -> None:
    found = actors(text, deed)
    assert [role for _, kind, role in found if kind == "rebels"] == ["perpetrator"]
