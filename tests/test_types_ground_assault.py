"""Event types: mortars or rockets fired together with rifles or machineguns are a ground assault on a
position (an armed attack), mortars alone stay a bombardment. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import one_violent_event, violent_events


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the army post in Villa Nueva with mortars and rifle fire yesterday, wounding two soldiers.",
        "THE GUERRILLAS ATTACKED THE POLICE STATION IN VILLA NUEVA WITH RIFLES AND ROCKET LAUNCHERS LAST NIGHT.",
        "Insurgents fired rockets and machineguns at the garrison of Villa Nueva on Tuesday, killing a sergeant.",
    ],
)
def test_shelling_told_with_small_arms_is_an_armed_attack(text: str) -> None:
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Armed Assault", event.to_record()


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents fired three mortar rounds at the barracks in Villa Nueva yesterday, wounding two soldiers.",
        # bullets go with a rocket that was fired as well; only the guns themselves tell a ground assault
        "A rocket was fired at the police station in Villa Nueva on Tuesday; no bullets were found.",
    ],
)
def test_shelling_alone_stays_a_bombardment(text: str) -> None:
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Bombing/Explosion", event.to_record()


# --- weapons told after a murder the report opens with ----------------------------------------------


def test_explosives_used_after_a_lead_murder_do_not_type_it() -> None:
    text = (
        "Rebels murdered three farmers in Las Piedras on Monday. "
        "After killing the farmers, the rebels used explosives against the town hall."
    )
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Assassination", event.to_record()


def test_explosives_told_with_an_attack_still_type_it() -> None:
    text = (
        "REBELS ATTACKED THE TOWN HALL OF LAS PIEDRAS ON MONDAY, KILLING THREE GUARDS. "
        "THE REBELS USED EXPLOSIVES IN THE ATTACK."
    )
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Bombing/Explosion", event.to_record()


# --- machinegun fire raking people ("strafed") ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A military helicopter strafed a refugee settlement near Villa Nueva on Sunday, killing two.",
        "TWO REPORTERS WERE STRAFED BY TROOPS IN VILLA NUEVA LAST NIGHT.",
    ],
)
def test_strafing_is_done_with_guns(text: str) -> None:
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Armed Assault", event.to_record()


@pytest.mark.parametrize(
    "text",
    [
        "Air force planes dropped bombs on the hamlet of Las Piedras on Sunday.",
        # a raid that drops bombs as well is typed by its bombs
        "THE AIR FORCE BOMBED AND STRAFED THE HAMLET OF LAS PIEDRAS TODAY, KILLING AN OLD MAN.",
    ],
)
def test_bombs_dropped_from_aircraft_stay_a_bombing(text: str) -> None:
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Bombing/Explosion", event.to_record()


# --- sabotage ---------------------------------------------------------------------------------------------


def test_sabotage_is_a_facility_attack_not_the_reports_weapon() -> None:
    text = (
        "Several towns in the east of Ruritania have been without power since Monday because of sabotage "
        "against the power grid. On Tuesday a bomb exploded at a bank in Villa Nueva, the police said."
    )
    events = sorted(violent_events(text, date(1990, 3, 8)), key=lambda e: e.date_start)
    types = [e.attack_type for e in events]
    assert types == ["Facility/Infrastructure Attack", "Bombing/Explosion"], [e.to_record() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels dynamited two power pylons near Villa Nueva on Monday in an act of sabotage.",
        # the weapon told with the sabotage itself types it
        "Rebels sabotaged the power line near Villa Nueva with dynamite on Monday.",
    ],
)
def test_sabotage_done_with_dynamite_is_a_bombing(text: str) -> None:
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Bombing/Explosion", event.to_record()


# --- a shooting the report opens with ------------------------------------------------------------------


def test_explosions_told_after_a_lead_shooting_do_not_type_it() -> None:
    text = (
        "Gunmen shot dead two teachers in Villa Nueva last night. "
        "The group also claimed the January dynamite bombing of the congress."
    )
    event = one_violent_event(text, date(1989, 5, 25))
    assert event.attack_type == "Armed Assault", event.to_record()


def test_a_blast_in_the_lead_sentence_still_types_it() -> None:
    text = "Gunmen opened fire and detonated a bomb at a bus stop in Villa Nueva on Monday, killing four people."
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Bombing/Explosion", event.to_record()


def test_a_massacre_named_first_is_typed_by_the_blast_that_did_it() -> None:
    # "massacre" tells that many died, not how: the explosion told next is how they were killed
    text = (
        "Militants carried out the Port Carrow market massacre. "
        "Nine shoppers were killed on Friday when a suicide bomber blew himself up among the stalls."
    )
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Bombing/Explosion", event.to_record()
