"""Event types: grenades fired or thrown together with rifles or machineguns in one assault ("attacked
the post with rifles and rocket-propelled grenades") are a ground assault, an armed attack, as mortars
with rifles are; "small-arms fire" names guns too. A grenade alone stays an explosion. Sentences and
places are our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import one_violent_event


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a police post in Villa Nueva with rifles and rocket-propelled grenades, killing four.",
        "Gunmen armed with machine guns and hand grenades stormed a checkpoint near Villa Nueva, killing three guards.",
        "Rebels ambushed an army truck near Villa Nueva using small-arms fire and rockets on Sunday.",
    ],
)
def test_grenades_told_with_guns_are_an_armed_attack(text: str) -> None:
    event = one_violent_event(text, date(2012, 6, 4))
    assert event.attack_type == "Armed Assault", event.to_record()


@pytest.mark.parametrize(
    "text",
    [
        "A man threw a grenade into a crowded cafe in Villa Nueva, wounding nine customers.",
        "Two grenades exploded outside a bank in Villa Nueva on Friday, wounding a guard.",
    ],
)
def test_a_grenade_alone_stays_an_explosion(text: str) -> None:
    event = one_violent_event(text, date(2012, 6, 4))
    assert event.attack_type == "Bombing/Explosion", event.to_record()
