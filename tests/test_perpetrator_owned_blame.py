"""Perpetrators: a body named in a possessive before a noun of blame and "for" or "in" ("the army's
responsibility for the killings", "the police's complicity in the massacre") is held to be the doer
(roles.yaml owned_blame; extract/actors._owns_blame). A possessive before anything else names no doer.
Sentences and names are our own."""

from __future__ import annotations

import pytest

from eventwatch.extract.actors import find_actors
from eventwatch.text import tokenize


def _perpetrators(text: str) -> list[str]:
    tokens = tokenize(text, 0, len(text))
    deeds = [i for i, t in enumerate(tokens) if t.lower in ("killings", "massacre", "bombing", "deaths")]
    return [a.name for a in find_actors(tokens, deeds, text.isupper()) if a.role == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The commission found the army's responsibility for the killings of the herders beyond doubt.", "the army"),
        ("THE BISHOPS DENOUNCED THE GOVERNMENT'S COMPLICITY IN THE MASSACRE AT LA PAZITA.", "the government"),
        ("The leaflet spoke of Shining Path's responsibility for the bombing of the bus.", "Shining Path"),
        ("THE UNION STRESSED THE PERUVIAN GOVERNMENT'S GUILT IN THE DEATHS OF THE MINERS.", "peruvian government"),
    ],
)
def test_a_body_whose_responsibility_is_told_is_the_doer(text: str, doer: str) -> None:
    assert doer in _perpetrators(text)


def test_a_possessive_before_other_nouns_names_no_doer() -> None:
    assert _perpetrators("The army's role in the rescue after the killings was praised by the mayor.") == []
    assert _perpetrators("The government's responsibility is to protect the herders from killings.") == []
