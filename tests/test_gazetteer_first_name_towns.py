"""A town named like a first name ("Hamid", "Orlando") before a surname is a person's first name in
mixed case too, however big the town; a place word, a facility or another place after it keeps the town.
Sentences are our own, with invented surnames."""

from __future__ import annotations

import pytest

from eventwatch.gazetteer import get_gazetteer


def _spotted(text: str) -> list[str]:
    return [m.text for m in get_gazetteer().spot(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A mine went off near Hamid Tarzawi's convoy in Kabul.",
        "Orlando Vellcourt, an exiled minister, was shot in Kabul.",
        "Relatives of Hamid Tarzawi buried him in Kabul.",
    ],
)
def test_a_first_name_before_a_surname_is_no_town(text: str) -> None:
    assert _spotted(text) == ["Kabul"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A bomb exploded in Orlando on Monday.", "Orlando"),
        ("A bomb exploded at Orlando International Airport.", "Orlando"),
    ],
)
def test_the_town_stays_without_a_surname_after_it(text: str, town: str) -> None:
    assert town in " ".join(_spotted(text))
