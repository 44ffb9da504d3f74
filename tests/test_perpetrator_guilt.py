"""Perpetrators: words after a force or group that hold it to be the doer ("was guilty of",
"participated in", "was behind"). Sentences, places and names are our own."""

from __future__ import annotations

from conftest import deed_actors


def actors(text: str) -> list[tuple[str, str, str | None]]:
    return deed_actors(text, "murders", "crime")


def test_a_force_found_guilty_is_the_perpetrator() -> None:
    assert actors("THE BISHOP SAID THE NATIONAL POLICE WERE GUILTY OF THE MURDERS.") == [
        ("national police", "police", "perpetrator")
    ]


def test_members_quoted_as_taking_part_are_the_perpetrators() -> None:
    text = 'THE JUDGE STATED THAT "MEMBERS OF THE ARMED FORCES" TOOK PART IN THE MASSACRE.'
    assert ("armed forces", "military", "perpetrator") in actors(text)


def test_a_force_merely_mentioned_keeps_no_role() -> None:
    text = "THE NATIONAL POLICE ARE INVESTIGATING THE MURDERS."
    assert actors(text) == [("national police", "police", None)]
