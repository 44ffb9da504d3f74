"""Perpetrators: a group the deed was aimed at is its target, not its doer ("raids on rebel camps",
"bombed the hills where the rebels hide"), and a force that "resumed its raids" did them.
Sentences, places and names are our own."""

from __future__ import annotations

from conftest import deed_actors as actors

FMLN = "FMLN: Farabundo Marti National Liberation Front"


def test_a_group_after_a_deed_and_on_is_its_target() -> None:
    found = actors("THE ARMY'S RAIDS ON FMLN HIDEOUTS NEAR TOLVA LEFT SEVEN DEAD.", "raids", "dead")
    assert (FMLN, "rebels", "target") in found
    # "blamed on" still names the doer
    assert actors("THE AMBUSH NEAR TOLVA WAS BLAMED ON THE FMLN.", "ambush") == [(FMLN, "rebels", "perpetrator")]


def test_a_group_after_a_deed_and_against_is_its_target() -> None:
    found = actors("New raids against the FMLN north of Tolva left two dead.", "raids", "dead")
    assert (FMLN, "rebels", "target") in found


def test_a_group_in_a_where_clause_only_describes_the_place_struck() -> None:
    found = actors("THE ARMY SHELLED THE RIDGE WHERE THE FMLN HAS DUG TRENCHES.", "shelled")
    assert found == [("the army", "military", "perpetrator"), (FMLN, "rebels", "target")]
    # a group doing a deed of its own in the clause stays its doer
    found = actors("SHOOTING WAS HEARD IN TOLVA, WHERE THE FMLN AMBUSHED A CONVOY.", "shooting", "ambushed")
    assert found == [(FMLN, "rebels", "perpetrator")]


def test_a_force_that_resumed_its_raids_did_them() -> None:
    found = actors("THE AIR FORCE THIS MORNING RESUMED ITS RAIDS ON HILLTOP HAMLETS NEAR TOLVA.", "raids")
    assert found == [("air force", "military", "perpetrator")]


def test_troops_that_stepped_up_their_attacks_did_them() -> None:
    found = actors("Army troops stepped up their attacks on the FMLN in Tolva.", "attacks")
    assert ("Army troops", "military", "perpetrator") in found
    assert (FMLN, "rebels", "target") in found


def test_a_report_of_air_raids_on_rebel_held_districts_codes_the_air_force(analyse_text) -> None:  # type: ignore[no-untyped-def]
    text = (
        "SAN SALVADOR, 14 NOV 89 -- THE AIR FORCE THIS MORNING RESUMED ITS RAIDS ON THE HILLSIDE DISTRICTS OF "
        "TOLVA WHERE THE FMLN REBELS HAVE HELD OUT SINCE MONDAY. TWO JETS HAVE BEEN BOMBING THE REBEL "
        "TRENCHES ALL MORNING."
    )
    events = analyse_text(text, published="1989-11-14")
    assert events
    assert all(FMLN not in [p.name for p in e.perpetrators] for e in events)
    assert any([p.name for p in e.perpetrators] == ["air force"] for e in events)


def test_a_force_that_launched_its_attack_did_it_but_not_one_it_repelled() -> None:
    assert actors("THE ARMY LAUNCHED ITS DAWN ATTACK ON TOLVA.", "attack") == [("the army", "military", "perpetrator")]
    assert actors("THE ARMY REPELLED THEIR ATTACKS ON TOLVA.", "attacks") == [("the army", "military", None)]


def test_a_group_after_targeted_is_its_target() -> None:
    found = actors("A blast near Tolva targeted a truck of FMLN fighters on Monday.", "blast")
    assert (FMLN, "rebels", "target") in found
    found = actors("A blast near Tolva targeted positions of the FMLN on Monday.", "blast")
    assert (FMLN, "rebels", "target") in found
