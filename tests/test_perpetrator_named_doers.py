"""Perpetrators: words that name a group the doer ("the police were the ones who shot the students", "the
killers were soldiers") and a group held in a reduced passive ("the five soldiers charged with killing the
teachers") make it the perpetrator. Sentences, places and names are our own."""

from __future__ import annotations

from conftest import deed_actors as actors


def test_a_group_that_was_the_one_who_did_the_deed() -> None:
    found = actors("THE MINISTER CONCEDED THAT THE POLICE WERE THE ONES WHO SHOT THE STUDENTS IN TOLVA.", "shot")
    assert found == [("police", "police", "perpetrator")]
    # people of a force ("police agents", one actor with the force's word) stand for it
    found = actors("Relatives say police agents were the ones who tortured the three farmers.", "tortured")
    assert ("police agents", "police", "perpetrator") in found


def test_a_group_that_was_the_one_who_did_something_else_is_no_doer() -> None:
    found = actors("THE SOLDIERS WERE THE ONES WHO FOUND THE BODIES OF THE MURDERED MAYORS.", "murdered")
    assert found == [("soldiers", "military", None)]


def test_the_doers_named_after_were() -> None:
    assert actors("THE KILLERS WERE MILITARY PERSONNEL, THE BISHOP OF TOLVA SAID.", "killers") == [
        ("military personnel", "military", "perpetrator")
    ]
    assert actors("The kidnappers were members of the national police.", "kidnappers") == [
        ("national police", "police", "perpetrator")
    ]
    found = actors("The assailants were gunmen riding in a pickup.", "assailants")
    assert ("gunmen", "unidentified armed group", "perpetrator") in found


def test_a_group_held_in_a_reduced_passive() -> None:
    found = actors("THE COURT WILL TRY THE FIVE SOLDIERS CHARGED WITH KILLING THE TEACHERS OF TOLVA.", "killing")
    assert found == [("soldiers", "military", "perpetrator")]
    found = actors("THE COURT WILL TRY THE FIVE SOLDIERS ACCUSED OF KILLING THE TEACHERS OF TOLVA.", "killing")
    assert found == [("soldiers", "military", "perpetrator")]
    # past an aside of its own
    found = actors(
        "THE COURT WILL TRY THE SEVEN MILITARY MEN, INCLUDING A MAJOR, CHARGED WITH THE MURDER OF THE TEACHERS.",
        "murder",
    )
    assert found == [("military men", "military", "perpetrator")]


def test_a_group_charged_with_a_duty_is_no_doer() -> None:
    found = actors("POLICEMEN CHARGED WITH GUARDING THE EMBASSY WERE KILLED IN THE ATTACK.", "killed", "attack")
    assert found == [("policemen", "police", None)]
