"""Fusion's words that describe rather than name a group are one list in resources/fusion/matching.yaml
(the code keeps only the articles of names), and the plural of a demonym is derived by one function
for the gazetteer and the casualty reader. Names are our own inventions."""

from __future__ import annotations

from eventwatch import fuse_reports
from eventwatch.extract.nationality import names_people
from eventwatch.gazetteer.build import demonym_plural
from eventwatch.model import Actor
from eventwatch.resources import load_yaml
from eventwatch.text import tokenize


def test_front_and_army_describe_a_group_in_fusion() -> None:
    words = load_yaml("fusion/matching.yaml")["generic_actor_words"]
    assert {"front", "army"} <= set(words)
    assert "front" not in fuse_reports._STOP
    assert fuse_reports._tokens(Actor("the Tarso Liberation Front", "rebels")) == {"tarso", "liberation"}


def test_one_plural_rule_for_demonyms() -> None:
    assert demonym_plural("spaniard") == "spaniards"
    assert demonym_plural("chinese") is None and demonym_plural("swiss") is None
    assert names_people(tokenize("Spaniards")[0])
    assert not names_people(tokenize("Chineses")[0])
