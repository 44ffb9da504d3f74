"""People counted as a known group's members take the group's side: "nine Hamas members", "members of
the FARC" and "deaths of the Islamic State" are the armed group's own dead, not civilians, so a clash
that kills both sides keeps the group's losses apart. Other people the group is named with keep their
side ("two FARC hostages"). Sentences are our own inventions."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.text.tokens import tokenize


def _killed(text: str) -> list[tuple[int, str | None]]:
    return [(f.value, f.side) for f in find_casualties(tokenize(text)) if f.effect == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Army units later killed nine Hamas members near the crossing.", [(9, "perpetrators")]),
        ("Six members of the FARC were killed when troops stormed their camp.", [(6, "perpetrators")]),
        (
            "The raid caused at least 4 deaths of the Iraqi Army and at least 11 deaths of the Islamic State.",
            [(4, "security_forces"), (11, "perpetrators")],
        ),
    ],
)
def test_members_of_a_known_group_are_on_its_side(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two FARC hostages were killed in the crossfire.", [(2, None)]),
        ("Five members of a farming cooperative were killed by the rebels.", [(5, "civilians")]),
    ],
)
def test_other_people_named_with_a_group_keep_their_side(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert _killed(text) == expected
