"""A force named after its country's name ("Israel Defense Forces", "Kosovo Security Forces") is that
state's military, as one named with a country adjective is ("Lebanese Army"); a group with other words
("Kosovo Liberation Army") keeps its own kind. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from eventwatch.extract.actors import find_actors
from eventwatch.text import tokenize


def _kinds(text: str) -> dict[str, str]:
    tokens = tokenize(text, 0, len(text))
    return {a.name: a.kind for a in find_actors(tokens, [], False)}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Israel Defense Forces troops raided a house in Tubas overnight.", "Israel Defense Forces", "military"),
        ("Kosovo Security Forces closed the bridge at dawn.", "Kosovo Security Forces", "military"),
        ("Lebanese Army units closed the road at dawn.", "Lebanese Army", "military"),
        ("Kosovo Liberation Army fighters ambushed a patrol near Drenas.", "Kosovo Liberation Army", "rebels"),
        ("The Arakan Army attacked a police post on Monday.", "Arakan Army", "rebels"),
    ],
)
def test_a_force_named_after_its_country_is_military(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind


def test_a_state_force_the_attack_was_aimed_at_is_no_perpetrator(analyse_text) -> None:
    events = analyse_text(
        "Two grenades exploded on Monday near the homes of Kosovo Security Forces officers in Leposavic, "
        "damaging two cars.",
        "2015-06-02",
    )
    assert events and all(p.name != "Kosovo Security Forces" for e in events for p in e.perpetrators)
