"""Perpetrators and event types, issue 3 (third pass): state forces named as the ones who acted,
unknown armed groups in wire copy, group variants. Sentences and names are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def perpetrators(text: str) -> list[str]:
    events = [e for e in analyse(Article(doc_id="t", text=text, published=date(1990, 1, 5))) if e.is_violent]
    assert events, text
    return [p.name for e in events for p in e.perpetrators]


# --- state forces -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces as the subject of a deed, in wire capitals
        ("THE AIR FORCE HAS BOMBED THE VILLAGE OF LAS TUNAS, THE FRENTE DEL PUEBLO SAID. THREE PEASANTS DIED.",
         "air force"),
        ("THE NATIONAL GUARD MURDERED A TEACHER IN THE TOWN OF EL ROBLE TODAY.", "national guard"),
        # forces who own up to a killing or are implicated in it
        ("The Ruritanian army accepted responsibility for the death of two farmers who were shot near Tolva.",
         "army"),
        ("Five members of the armed forces implicated in the murder of a judge in Tolva were arrested.",
         "armed forces"),
    ],
)
def test_state_forces_who_acted_are_perpetrators(text: str, expected: str) -> None:
    assert expected in [name.lower() for name in perpetrators(text)]


def test_forces_killed_in_an_ambush_are_not_perpetrators() -> None:
    names = perpetrators("TWO SOLDIERS KILLED IN AN AMBUSH NEAR EL ROBLE, THE ARMY SAID.")
    assert not any(name.lower() in ("soldiers", "army") for name in names)
