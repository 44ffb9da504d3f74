"""Perpetrators: a force's deed told with an adverb of time between the force and its verb ("the police
also opened fire") is the force's deed; and a deed of "policemen" in a report whose own sentences name
the force with its country ("the Peruvian police") is coded as that force. Sentences, places and names
are our own."""

from __future__ import annotations

from conftest import deed_actors as actors
from conftest import one_violent_event


def test_a_force_also_opening_fire_did_the_deed() -> None:
    text = "The police also opened fire on the marchers outside the town hall."
    assert ("police", "police", "perpetrator") in actors(text, "opened")


def test_a_force_that_again_shelled_did_the_deed() -> None:
    text = "The army again shelled the farming village near the river."
    assert ("The army", "military", "perpetrator") in actors(text, "shelled")


def test_a_force_that_then_killed_is_still_read_as_answering_the_deed() -> None:
    text = "The policemen then killed six of the attackers in the exchange."
    assert ("policemen", "police", "perpetrator") not in actors(text, "killed")


def test_the_force_named_with_its_country_in_the_events_sentences() -> None:
    text = (
        "CUZCO, 4 MAY 91 -- THE PERUVIAN POLICE BROKE UP A DOCKERS STRIKE IN CUZCO THIS MORNING. "
        "POLICEMEN ALSO OPENED FIRE ON ABOUT 80 STRIKING DOCKERS AT THE HARBOUR, WOUNDING 12."
    )
    event = one_violent_event(text)
    assert [p.name for p in event.perpetrators] == ["peruvian police"]
