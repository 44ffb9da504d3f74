"""Perpetrators: a body between a word of holding and "responsible" ("we hold the government and the
high command responsible for the attack") is held to be the doer; a group whose name is followed by its
acronym in brackets and a verb of saying ("the ... Movement [MRTA] states the following:") tells of the
deed, not its author. Sentences, places and names are our own."""

from __future__ import annotations

from conftest import deed_actors as actors


def test_a_government_held_responsible_with_another_body() -> None:
    text = "WE HOLD MARIO SOTO'S GOVERNMENT AND THE NAVY COMMAND RESPONSIBLE FOR THIS NEW BOMBING OF OUR OFFICES."
    assert ("government", "state forces", "perpetrator") in actors(text, "bombing")


def test_a_force_held_accountable_for_the_deed() -> None:
    text = "The farmers' union held the police accountable for the massacre at the cooperative."
    assert ("police", "police", "perpetrator") in actors(text, "massacre")


def test_who_holds_another_responsible_is_not_the_doer() -> None:
    text = "The government held the rebels responsible for the bombing of the bridge."
    assert ("The government", "state forces", "perpetrator") not in actors(text, "bombing")


def test_a_group_that_states_after_its_bracketed_acronym_tells_of_the_deed() -> None:
    text = (
        "REGARDING THE BOMBING OF THE COPPER COMPANY OFFICES AT NOON ON 9 MAY, "
        "THE TUPAC AMARU REVOLUTIONARY MOVEMENT [MRTA] STATES THE FOLLOWING:"
    )
    roles = {role for name, _, role in actors(text, "bombing") if name.startswith("MRTA")}
    assert roles == {"source"}
