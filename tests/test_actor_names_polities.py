"""A group's name goes on through "for (the) ..." ("the Front for the Freedom of Lorenland"); a state or a
union of states ("the Soviet Union", "the European Union") is no armed group and "Union" in its name is no
trade union that was hit; an African Union force is a state force. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from eventwatch.extract.actors import find_actors
from eventwatch.extract.targets import find_targets
from eventwatch.text import tokenize


def _actors(text: str) -> dict[str, str]:
    tokens = tokenize(text, 0, len(text))
    return {a.name: a.kind for a in find_actors(tokens, [], False)}


def _targets(text: str) -> list[str]:
    return [t.name for t in find_targets(tokenize(text, 0, len(text)))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fighters of the United Front for the Freedom of Lorenland burned a depot.",
            "United Front for the Freedom of Lorenland",
        ),
        ("The People's Army for Justice raided a market near Dalbor.", "People's Army for Justice"),
        (
            "The Patriotic Movement for the Homeland of Vesta claimed the bombing.",
            "Patriotic Movement for the Homeland of Vesta",
        ),
    ],
)
def test_a_name_goes_on_through_for(text: str, name: str) -> None:
    assert name in _actors(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Valley Front for the people of Dalbor is new.", "Valley Front"),  # "for" then a lower-case word
        ("The Valley Front for years ran the hills.", "Valley Front"),
    ],
)
def test_a_name_stops_at_its_head_when_for_leads_to_no_name(text: str, name: str) -> None:
    assert name in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "The shooting was the worst at a school in the former Soviet Union, officials said.",
        "A car bomb went off outside the offices of the European Union in the capital.",
    ],
)
def test_a_union_of_states_is_no_group_and_no_target(text: str) -> None:
    assert not any("Union" in name for name in _actors(text))
    assert not any("Union" in name for name in _targets(text))


def test_a_trade_union_is_still_a_target() -> None:
    assert "union" in _targets("Gunmen burned the offices of the dockers' union on Friday.")


def test_an_african_union_force_is_a_state_force() -> None:
    kinds = _actors("An African Union convoy was struck by a roadside bomb near Marka.")
    assert kinds and all(kind == "military" for name, kind in kinds.items() if "African Union" in name)


def test_a_brigade_named_mobile_is_a_state_force() -> None:
    kinds = _actors("Troops of the Mobile Brigade clashed with rebels near Florencia.")
    assert kinds.get("Mobile Brigade") == "military"
