"""Event types: explosions told as a moment of a fight are part of an armed assault. Heard together with
gunfire they are the noise of the fighting; told after the assault as happening during it they are part
of it. An explosion told as a deed of its own, or an assault named by its explosives, stays a bombing.
Sentences and places are our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import one_violent_event


@pytest.mark.parametrize(
    "text",
    [
        "REBELS ATTACKED THE BARRACKS OF VILLA NUEVA LAST NIGHT. "
        "LOUD EXPLOSIONS AND MACHINEGUN FIRE WERE HEARD UNTIL DAWN IN THE TOWN.",
        "Residents of Villa Nueva said blasts and heavy gunfire could be heard for three hours on Tuesday "
        "as rebels attacked the army post.",
    ],
)
def test_explosions_heard_with_gunfire_are_the_noise_of_an_assault(text: str) -> None:
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Armed Assault", event.to_record()


def test_a_blast_told_after_the_assault_as_part_of_it_types_no_bombing() -> None:
    text = (
        "About 200 rebels attacked the farming town of Villa Nueva on Monday night. "
        "A shopkeeper was killed when a bomb went off in his store during the attack on the town."
    )
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Armed Assault", event.to_record()


@pytest.mark.parametrize(
    "text",
    [
        # the explosion is the deed the report opens with
        "A shopkeeper was killed when rebels threw a bomb into his store during a raid on Villa Nueva on Monday.",
        # the assault is named by its explosives
        "Rebels attacked the market of Villa Nueva on Monday. "
        "A vendor was killed during a grenade attack on the stalls.",
        # heard, but with no gunfire: the explosions themselves
        "Rebels attacked the power station of Villa Nueva on Monday, and three loud explosions were heard there.",
    ],
)
def test_an_explosion_told_as_a_deed_of_its_own_stays_a_bombing(text: str) -> None:
    event = one_violent_event(text, date(1990, 3, 8))
    assert event.attack_type == "Bombing/Explosion", event.to_record()


def test_a_vest_of_bombs_is_a_suicide_bombing() -> None:
    text = "Two attackers blew up their bomb vests at the gate of the police station in Villa Nueva on Monday."
    event = one_violent_event(text, date(2012, 3, 8))
    assert event.sub_event_type == "Suicide bomb", event.to_record()
