"""Perpetrators: a description keeps the country adjective written before it ("Peruvian army troops"),
since "the army" alone does not say whose. Sentences, places and names are our own."""

from __future__ import annotations

from conftest import deed_actors as actors
from eventwatch.extract.actors import find_actors
from eventwatch.text import tokenize


def test_a_state_force_keeps_its_country() -> None:
    found = actors("WITNESSES SAID PERUVIAN ARMY TROOPS KILLED SIX FARMERS NEAR TOLVA.", "killed")
    assert found == [("peruvian army troops", "military", "perpetrator")]


def test_mixed_case_descriptions_keep_their_country_too() -> None:
    found = actors("Bolivian police shot two miners in Tolva on Monday.", "shot")
    assert found == [("Bolivian police", "police", "perpetrator")]


def test_a_word_that_is_no_country_adjective_is_left_out() -> None:
    found = actors("WITNESSES SAID ELITE ARMY TROOPS KILLED SIX FARMERS NEAR TOLVA.", "killed")
    assert found == [("army troops", "military", "perpetrator")]


def test_a_named_group_keeps_the_country_written_before_it() -> None:
    found = actors("THE BOLIVIAN NATIONAL LIBERATION ARMY KIDNAPPED TWO ENGINEERS IN TOLVA.", "kidnapped")
    assert found == [("ELN: Bolivian National Liberation Army", "rebels", "perpetrator")]


def test_a_group_with_and_without_its_country_is_counted_once() -> None:
    from eventwatch.resolve.build import document_groups

    class Facts:
        def __init__(self, text: str, deed: str) -> None:
            tokens = tokenize(text)
            self.tokens = tokens
            self.actors = find_actors(tokens, [i for i, t in enumerate(tokens) if t.lower == deed], True)

    facts = [
        Facts("THE NATIONAL LIBERATION ARMY BOMBED A PIPELINE.", "bombed"),
        Facts("THE MRTA BOMBED A BRIDGE.", "bombed"),
        Facts("THE BOLIVIAN NATIONAL LIBERATION ARMY BOMBED A TOWER.", "bombed"),
        Facts("THE MRTA BOMBED A BANK.", "bombed"),
        Facts("THE MRTA AND THE NATIONAL LIBERATION ARMY BOMBED A POST.", "bombed"),
    ]
    assert document_groups(facts)[0].name == "ELN: National Liberation Army"
