"""Perpetrators: a force named after "by" that holds the place ("the capital, militarized by the army")
or made the charge ("an allegation made by the army") did not do the deed told beside it. Sentences,
places and names are our own."""

from __future__ import annotations

from conftest import deed_actors as actors


def test_a_force_that_militarized_the_town_did_not_set_off_the_bombs() -> None:
    text = "Several bombs went off at dawn in Orava, a port town that has been militarized by the army."
    assert all(role != "perpetrator" for _, _, role in actors(text, "bombs"))


def test_a_force_that_made_the_allegation_is_not_the_doer() -> None:
    text = (
        "Neighbouring states denied any part in the assassination of the trade minister, "
        "an allegation made by the army."
    )
    assert all(role != "perpetrator" for _, _, role in actors(text, "assassination"))


def test_a_deed_done_by_the_army_is_still_its_deed() -> None:
    text = "The village near Orava was shelled by the army on Monday."
    assert ("the army", "military", "perpetrator") in actors(text, "shelled")
