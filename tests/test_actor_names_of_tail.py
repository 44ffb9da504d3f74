"""A group name in mixed-case text goes on after its organisation word through "of (the)" and the
capitalised words after it ("the Popular Council of Upper Ruritania"), stopping at the first lower-case
word or punctuation. Sentences are our own."""

from __future__ import annotations

import pytest

from eventwatch.extract.actors import find_actors
from eventwatch.text import tokenize


def _perpetrators(text: str, deed: str) -> list[str]:
    tokens = tokenize(text, 0, len(text))
    deeds = [i for i, t in enumerate(tokens) if t.lower == deed]
    return [a.name for a in find_actors(tokens, deeds, text.isupper()) if a.role == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "deed", "name"),
    [
        (
            "Police blamed the Popular Council of Upper Ruritania for the blast at the depot.",
            "blast",
            "Popular Council of Upper Ruritania",
        ),
        (
            "Fighters of the Workers Party of Lorenland planted a mine near the bridge.",
            "planted",
            "Workers Party of Lorenland",
        ),
        (
            "The Shura Council of Vessa Fighters claimed the bombing of the checkpoint.",
            "bombing",
            "Shura Council of Vessa Fighters",
        ),
    ],
)
def test_a_name_goes_on_through_of(text: str, deed: str, name: str) -> None:
    assert name in _perpetrators(text, deed)


def test_a_plural_committees_closes_a_name() -> None:
    # "Committees" (plural) closes a group's name; the singular mostly names an official body
    found = _perpetrators("Gunmen of the Popular Defence Committees planted a mine near the bridge.", "planted")
    assert "Popular Defence Committees" in found


def test_a_country_after_of_names_the_state_forces() -> None:
    # a country after "of (the)" names the state as a country adjective before the name does
    text = "Warplanes of the Armed Forces of the Philippines bombed a camp in the hills."
    tokens = tokenize(text, 0, len(text))
    kinds = {
        a.name: a.kind for a in find_actors(tokens, [i for i, t in enumerate(tokens) if t.lower == "bombed"], False)
    }
    assert kinds.get("Armed Forces of the Philippines") == "military"
