"""Perpetrators: a force whose commander is named after it still does the deed that follows; people
implicated in or charged with a deed are its suspected authors, even after a list of who was held or
where only the toll names the deed. Sentences, places and names are our own."""

from __future__ import annotations

from conftest import deed_actors as actors


def test_a_unit_commanded_by_a_named_officer_does_the_deed() -> None:
    text = "ON 3 MAY, TROOPS OF THE 4TH INFANTRY BRIGADE COMMANDED BY CAPTAIN ROBLES KILLED TWO FARMERS IN TOLVA."
    assert ("4th Infantry Brigade", "military", "perpetrator") in actors(text, "killed")
    # the same unit only near the deed keeps no role
    near = "TROOPS OF THE 4TH INFANTRY BRIGADE ARRIVED AFTER TWO FARMERS WERE KILLED IN TOLVA."
    assert ("4th Infantry Brigade", "military", None) in actors(near, "killed")


def test_people_implicated_after_a_list_are_the_perpetrators() -> None:
    text = (
        "THE MINISTER IMPLICATED THREE OFFICERS, INCLUDING A MAJOR, AND SEVEN MEMBERS OF THE ARMED FORCES "
        "IN THE MURDER OF FOUR TEACHERS."
    )
    assert ("armed forces", "military", "perpetrator") in actors(text, "murder")


def test_a_force_charged_with_deaths_is_the_perpetrator() -> None:
    text = "NOW THAT THE NATIONAL POLICE ARE BEING CHARGED WITH THE DEATH OF THREE STUDENTS, WHAT WILL YOU DO?"
    assert ("national police", "police", "perpetrator") in actors(text, "none")


def test_those_who_detain_are_not_the_detained() -> None:
    text = "HUNDREDS OF PEOPLE HAVE BEEN DETAINED BY THE NATIONAL POLICE IN RAIDS AFTER THE KIDNAPPING OF A BANKER."
    assert ("national police", "police", "perpetrator") not in actors(text, "kidnapping")
