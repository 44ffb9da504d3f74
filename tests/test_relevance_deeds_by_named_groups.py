"""A report may name one deed only in passing, with neither a day nor a toll, and still report it:
"following the raid staged by the FMLN on the hotel", "condemns the ELN for this attack on the
mayor". One deed, its author an armed group the text names, and what it was done to: that deed is
news wherever the report tells it. Without a named author, or dated long ago, it stays a passing
reference. The sentences are written for these tests; names are invented, towns are used only as
places."""

from __future__ import annotations

from datetime import date

from conftest import violent, violent_events

_PUBLISHED = date(1989, 11, 22)

_OPENING = "SANTIAGO, 22 NOV 89 (RADIO) -- [TEXT] The foreign minister spoke about the new trade accord today. "


def test_a_raid_staged_by_a_named_group_on_a_hotel_is_reported() -> None:
    text = _OPENING + (
        "He added that the members of the embassy staff are fine. He said the embassy staff in the "
        "capital are safe, following the raid staged by the FMLN on the Camino Real hotel in El Salvador."
    )
    events = violent(violent_events(text, _PUBLISHED))
    assert len(events) == 1
    assert any("FMLN" in p.name for p in events[0].perpetrators)


def test_a_named_group_condemned_for_this_attack_on_a_mayor_is_reported() -> None:
    text = _OPENING + (
        "The minister said the talks would go on. The accord covers fruit and copper. "
        "The government condemns the ELN for this cowardly attack on the mayor of the town."
    )
    assert len(violent(violent_events(text, _PUBLISHED))) == 1


def test_the_same_deed_without_a_named_author_stays_a_passing_reference() -> None:
    text = _OPENING + (
        "The minister said the talks would go on. The accord covers fruit and copper. "
        "He said the embassy staff are safe, following the raid on the Camino Real hotel in El Salvador."
    )
    assert violent(violent_events(text, _PUBLISHED)) == []


def test_a_deed_by_a_named_group_dated_long_ago_stays_background() -> None:
    text = _OPENING + (
        "The minister said the talks would go on. The accord covers fruit and copper. "
        "He recalled the attack carried out by the M-19 on the Palace of Justice on 6 November 1985."
    )
    assert violent(violent_events(text, _PUBLISHED)) == []
