"""Perpetrators: gunmen "at the service of" a milieu the text names ("the drug mafias") did the deed for
it; the record names the milieu, which says more than the gunmen, rather than a group the report only
mentions elsewhere. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

from conftest import deed_actors as actors
from conftest import violent_events


def test_the_milieu_gunmen_serve_is_held_responsible() -> None:
    text = "THE JUDGE WAS SHOT DEAD BY GUNMEN AT THE SERVICE OF THE DRUG MAFIAS IN VALDORA."
    assert ("drug mafias", "militants", "perpetrator") in actors(text, "shot")


def test_the_record_names_the_milieu_not_a_group_mentioned_elsewhere() -> None:
    text = (
        "   VALDORA, 3 MAY 90 -- [TEXT] A JUDGE WAS SHOT DEAD TODAY IN VALDORA BY UNIDENTIFIED GUNMEN, "
        "APPARENTLY HIRED KILLERS AT THE SERVICE OF THE DRUG MAFIAS.\n\n"
        "   THE JUDGE HAD WORKED IN VALDORA, WHERE THE RIVER CARTEL HAS ITS OFFICES."
    )
    events = violent_events(text, date(1990, 5, 3))
    assert [[p.name for p in e.perpetrators] for e in events] == [["drug mafias"]]
