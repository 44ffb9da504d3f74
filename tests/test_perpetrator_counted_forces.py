"""Perpetrators: a counted force that is the subject of a deed with an object did it ("five soldiers
killed four peasants"), while a counted force the deed was done to did not ("five soldiers were
killed", "five soldiers killed in an ambush"); and a unit named after "a patrol of", "troops from"
behind "by" did the deed. Sentences, places and names are our own."""

from __future__ import annotations

from conftest import deed_actors as actors


def test_a_counted_force_with_an_object_did_the_deed() -> None:
    assert actors("FIVE SOLDIERS KILLED FOUR PEASANTS NEAR TOLVA.", "killed") == [
        ("soldiers", "military", "perpetrator")
    ]
    assert actors("Two policemen shot a student outside the Tolva market.", "shot") == [
        ("policemen", "police", "perpetrator")
    ]
    assert actors("12 SOLDIERS BURNED THE HOUSES OF THE VILLAGE.", "burned") == [
        ("soldiers", "military", "perpetrator")
    ]
    # an object opened by a possessive
    assert actors("THREE POLICEMEN TORTURED THEIR PRISONER IN A TOLVA JAIL.", "tortured")[0][2] == "perpetrator"


def test_a_counted_force_with_an_auxiliary_did_the_deed() -> None:
    assert actors("TWENTY SOLDIERS HAD ATTACKED THE HAMLET OF TOLVA.", "attacked") == [
        ("soldiers", "military", "perpetrator")
    ]


def test_a_counted_force_the_deed_was_done_to_is_no_doer() -> None:
    assert actors("FIVE SOLDIERS WERE KILLED NEAR TOLVA.", "killed") == [("soldiers", "military", None)]
    assert actors("FIVE SOLDIERS KILLED IN AN AMBUSH NEAR TOLVA.", "killed") == [("soldiers", "military", None)]
    assert actors("TWO POLICEMEN WOUNDED TODAY IN TOLVA ARE IN HOSPITAL.", "wounded") == [("policemen", "police", None)]
    assert actors("THE REBELS RAIDED A CAMP, KILLING FIVE SOLDIERS.", "killing") == [
        ("rebels", "rebels", "perpetrator"),
        ("soldiers", "military", "target"),
    ]


def test_a_unit_behind_a_patrol_of_did_the_deed() -> None:
    found = actors("THE THREE PEASANTS WERE SHOT BY A PATROL OF THE BRAVO BATTALION.", "shot")
    assert found == [("Bravo Battalion", "military", "perpetrator")]
    # the unit a patrol belongs to is still a target when the patrol is ambushed
    found = actors("THE REBELS AMBUSHED A PATROL OF THE BRAVO BATTALION.", "ambushed")
    assert ("Bravo Battalion", "military", "target") in found


def test_a_unit_behind_troops_from_did_the_deed() -> None:
    found = actors("THE THREE PEASANTS WERE SHOT BY TROOPS FROM THE 4TH INFANTRY BRIGADE.", "shot")
    assert ("4th Infantry Brigade", "military", "perpetrator") in found
    found = actors("FIVE SOLDIERS FROM THE BRAVO BATTALION WERE KILLED BY THE REBELS.", "killed")
    assert ("Bravo Battalion", "military", None) in found
    assert ("rebels", "rebels", "perpetrator") in found
