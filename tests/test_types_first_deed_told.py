"""Types: a report that opens with a deed word that does not say how ("a guard was wounded in an attack")
leads with the first sentence that does ("gunmen machinegunned him"); a bombing told after it (the
victims of an earlier bombing, say) does not type the attack. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

from conftest import violent_events


def _types(text: str) -> list[str | None]:
    return [e.attack_type for e in violent_events(text, date(1990, 3, 5))]


def test_the_first_sentence_that_says_how_types_the_attack() -> None:
    text = (
        "   VALDORA, 5 MAR 90 -- [TEXT] A POLICE GUARD WAS WOUNDED IN AN ATTACK IN VALDORA TODAY.\n\n"
        "   THE SOURCES SAID GUNMEN MACHINEGUNNED THE GUARD FROM A MOVING CAR.\n\n"
        "   THE GUARD HAD GIVEN EVIDENCE ON A BOMBING BY HELICOPTERS NEAR THE RIVER."
    )
    assert _types(text) == ["Armed Assault"]


def test_a_bombing_told_in_the_sentence_that_says_how_still_types_it() -> None:
    text = (
        "   VALDORA, 5 MAR 90 -- [TEXT] A POLICE GUARD WAS WOUNDED IN AN ATTACK IN VALDORA TODAY.\n\n"
        "   THE SOURCES SAID GUNMEN THREW A BOMB AT THE GUARD AND MACHINEGUNNED HIM FROM A MOVING CAR."
    )
    assert _types(text) == ["Bombing/Explosion"]
