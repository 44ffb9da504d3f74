"""Perpetrators: in wire copy in capitals, the body whose members did the deed is named ("killed by a
member of the ... Party", "planted by members of the ... Federation [XF]"), whatever the body, unless it
is one of the state's own. Sentences, places and names are our own."""

from __future__ import annotations

from conftest import deed_actors as actors


def test_a_party_whose_member_did_the_deed_is_named() -> None:
    text = "THE MAYOR WAS SHOT DEAD BY A MEMBER OF THE RURAL UNITY PARTY AT THE MARKET."
    assert ("Rural Unity Party", "militants", "perpetrator") in actors(text, "shot")


def test_a_body_named_up_to_its_acronym_in_brackets() -> None:
    text = "THE BOMB WAS PLANTED BY MEMBERS OF THE FEDERATION OF RURAL WORKERS OF VALDORA [FTRV], POLICE SAID."
    found = actors(text, "bomb")
    assert ("FTRV: Federation of Rural Workers of Valdora", "militants", "perpetrator") in found


def test_the_states_own_bodies_are_not_read_as_named_groups() -> None:
    text = "THE CROWD WAS DISPERSED BY MEMBERS OF THE VALDORAN PUBLIC FORCE [VPF] AFTER THE SHOOTING."
    assert all(kind != "militants" for _, kind, _ in actors(text, "shooting"))
