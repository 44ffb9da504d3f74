"""Which records a report gives, and how each is typed and dated: a deed named among a war's
uncounted bombings, a later passage placing an incident only in the country, the day of a statement
beside the day of the deed. The sentences are written for these tests; names and towns are invented
or used only as places."""

from __future__ import annotations

from datetime import date

from conftest import violent_events
from eventwatch.model import Event

_PUBLISHED = date(1989, 6, 3)


def _events(text: str) -> list[Event]:
    return violent_events(text, _PUBLISHED)


def test_a_murder_named_beside_a_wars_bombings_is_not_a_bombing() -> None:
    text = (
        "SAN SALVADOR, 3 JUN 89 (RADIO NORTE) -- THE TEACHERS UNION SAID TODAY THAT THE AIR FORCE "
        "BOMBINGS OF THE NORTHERN HAMLETS AND THE MURDER OF TWO SCHOOLMASTERS IN SAN MIGUEL SHOW THAT "
        "THE TRUCE HAS FAILED."
    )
    events = _events(text)
    assert events
    assert {e.attack_type for e in events} <= {"Assassination", "Armed Assault"}


def test_a_murder_told_first_is_not_typed_by_explosions_told_later() -> None:
    text = (
        "LIMA, 3 JUN 89 (EFE) -- HOODED MEN MURDERED ROSENDO PALMAREJO, THE MAYOR OF HUANTA, OUTSIDE "
        "HIS SHOP YESTERDAY.\n\nWITNESSES TOLD REPORTERS THAT THEY HEARD EXPLOSIONS WHILE THE MURDER "
        "WAS TAKING PLACE."
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].attack_type in ("Assassination", "Armed Assault")


def test_a_bombing_that_killed_stays_a_bombing() -> None:
    text = (
        "LIMA, 3 JUN 89 (EFE) -- A CAR BOMB EXPLODED IN FRONT OF THE TOWN HALL OF HUANTA YESTERDAY, "
        "KILLING THE MAYOR, ROSENDO PALMAREJO.\n\nTHE MURDER WAS CLAIMED BY THE SHINING PATH."
    )
    (event,) = _events(text)
    assert event.attack_type == "Bombing/Explosion"


_PLACED_THEN_COUNTRY = """BOGOTA, 3 JUN 89 (EFE) -- GUNMEN SHOT DEAD JUDGE ROSENDO PALMAREJO IN CALI YESTERDAY.

THE JUDGE WAS LEAVING HIS OFFICE WHEN TWO MEN ON A MOTORCYCLE FIRED AT HIM.

PRESIDENT ANSELMO TRIVINO CALLED A MEETING OF HIS CABINET FOR MONDAY.

MEANWHILE, GUERRILLAS KILLED TWO SOLDIERS IN {country} TODAY, ACCORDING TO THE ARMY.
"""


def test_a_later_passage_placed_only_in_a_region_joins_the_placed_incident() -> None:
    # placed only in the country, it would take the report's town instead (the dateline's, precision 2)
    events = _events(_PLACED_THEN_COUNTRY.format(country="ANTIOQUIA DEPARTMENT"))
    assert len(events) == 1
    (event,) = events
    assert event.location is not None and event.location.name == "Cali"
    # the figure the placed incident gives stands
    assert event.fatalities.best == 1


def test_a_passage_placed_only_in_another_country_stays_apart() -> None:
    events = _events(_PLACED_THEN_COUNTRY.format(country="PERU"))
    assert {e.location.country_code for e in events if e.location} == {"CO", "PE"}


def test_the_day_of_a_statement_does_not_date_the_deed_it_reports() -> None:
    text = (
        "LIMA, 3 JUN 89 (EFE) -- A NAVY SPOKESMAN ANNOUNCED TODAY THAT GUERRILLAS SET FIRE TO THE "
        "CUSTOMS HOUSE IN PUCALLPA ON THURSDAY NIGHT."
    )
    (event,) = _events(text)
    assert event.date_start == date(1989, 6, 1)


def test_a_statement_day_alone_still_dates_the_deed() -> None:
    text = (
        "LIMA, 3 JUN 89 (EFE) -- A NAVY SPOKESMAN ANNOUNCED TODAY THAT GUERRILLAS SET FIRE TO THE "
        "CUSTOMS HOUSE IN PUCALLPA."
    )
    (event,) = _events(text)
    assert event.date_start == _PUBLISHED


def test_a_deed_reported_today_is_dated_by_the_day_a_later_sentence_gives_it() -> None:
    text = (
        "LIMA, 3 JUN 89 (EFE) -- THE REGIONAL PREFECT ANNOUNCED TODAY IN HUANCAYO THAT NINE "
        "FARMERS WERE KILLED WHEN GUERRILLAS RAIDED THE HAMLET OF SANTA ROSA.\n\nRELATIVES WHO REACHED "
        "THE CITY THIS MORNING SAID THAT THE RAID TOOK PLACE ON WEDNESDAY EVENING."
    )
    (event,) = _events(text)
    assert event.date_start == date(1989, 5, 31)
    assert event.fatalities.best == 9
