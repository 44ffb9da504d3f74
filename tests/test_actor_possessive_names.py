"""A group named with a possessive ending ("the Lorenland Front's", "the XLF's") is still that group when
its own people or unit follow ("the XLF's 12th Front", "Shining Path's gunmen"); a possessive before
anything else ("Mir's kidnapping", "the group's messages") names no doer. Sentences are our own."""

from __future__ import annotations

import pytest

from eventwatch.extract.actors import find_actors
from eventwatch.text import tokenize


def _perpetrators(text: str, deed_words: tuple[str, ...]) -> list[str]:
    tokens = tokenize(text, 0, len(text))
    deeds = [i for i, t in enumerate(tokens) if t.lower in deed_words]
    return [a.name for a in find_actors(tokens, deeds, text.isupper()) if a.role == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "deed", "group"),
    [
        ("Members of the FARC's 12th Front set off a mine under a truck near Tame.", "set", "FARC"),
        (
            "Boko Haram's suicide bombers blew themselves up at a market in Kolofata.",
            "blew",
            "Boko Haram",
        ),
        ("THE FMLN'S URBAN COMMANDOS DYNAMITED A POWER PYLON IN USULUTAN.", "dynamited", "FMLN"),
        ("Shining Path's gunmen killed a mayor in Huanta.", "killed", "Shining Path"),
    ],
)
def test_a_group_owning_its_people_is_the_doer(text: str, deed: str, group: str) -> None:
    assert any(group in name for name in _perpetrators(text, (deed,)))


@pytest.mark.parametrize(
    "text",
    [
        "THE MINISTRY CONFIRMED MIR'S KIDNAPPING IN CALI.",
        "Gunmen shot a cleric in Mombasa who had opposed al-Shabaab's broadcasts.",
    ],
)
def test_a_group_owning_something_else_is_no_doer(text: str) -> None:
    found = _perpetrators(text, ("kidnapping", "shot"))
    assert not any(name.startswith(("MIR", "al-Shabaab")) for name in found)
