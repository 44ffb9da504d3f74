"""A report that blames a milieu ("the drug mafias") for its deeds and names a cartel only in passing
("the city, home base of the ... cartel") codes the deeds, told of unnamed gunmen, to the milieu it
blames, as analysts do; a cartel the report holds to a deed keeps them. Sentences, places and names are
our own."""

from __future__ import annotations

from datetime import date

from conftest import violent_events

_LEAD = "   CALI, 4 MAR 90 (AFP) -- [TEXT] A PROSECUTOR, RAUL VESGA, WAS SHOT DEAD BY GUNMEN IN CALI TODAY.\n\n"
_BLAME = "   LAST YEAR THE AUTHORITIES ATTRIBUTED THE MURDERS OF JUDGES TO THE DRUG MAFIAS.\n\n"


def _doers(text: str) -> list[list[str]]:
    return [[p.name for p in e.perpetrators] for e in violent_events(text, date(1990, 3, 4))]


def test_the_milieu_blamed_beats_a_cartel_named_in_passing() -> None:
    passing = "   VESGA HAD WORKED FOR YEARS IN CALI, THE HOME BASE OF THE CALI CARTEL.\n"
    assert _doers(_LEAD + _BLAME + passing)[0] == ["drug mafias"]


def test_a_cartel_held_to_a_deed_keeps_the_deed() -> None:
    held = "   LAST WEEK, THE CALI CARTEL KIDNAPPED TWO JUDGES IN PALMIRA.\n"
    assert _doers(_LEAD + _BLAME + held)[0] == ["Cali Cartel"]
