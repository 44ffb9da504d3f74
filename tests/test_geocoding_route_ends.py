"""Towns named as the ends of a route a vehicle serves ("a bus covering the Huancayo - Huancavelica
route") say where it runs, not where the deed against it was done. The sentences are written for
these tests; the bus company is invented."""

from __future__ import annotations

from datetime import date

from eventwatch.resolve.route_ends import names_route_end

_PUBLISHED = date(1990, 6, 4)

_REPORT = """LIMA, 4 JUN 90 (RADIO PROGRAMAS) -- [TEXT] EARLY YESTERDAY, A GROUP OF SOME 15 SUBVERSIVES
FIRED ON A BUS OF THE MOLINA COMPANY COVERING THE HUANCAYO - HUANCAVELICA ROUTE.  THE POLICE REPORT
SAID THE RAID WAS THE WORK OF THE SHINING PATH.  THE BUS WAS AMBUSHED ON THE MAIN ROAD NEAR PAMPAS,
IN TAYACAJA PROVINCE.  SEVEN TRAVELLERS WERE HURT BY THE SHOTS AND WERE TAKEN TO THE REGIONAL HOSPITAL.
"""


def test_the_ends_of_a_bus_route_do_not_part_the_ambush_told_after_them(analyse_text) -> None:
    events = [e for e in analyse_text(_REPORT, _PUBLISHED) if e.is_violent]
    assert len(events) == 1
    event = events[0]
    assert event.location is not None and event.location.name == "Pampas"
    assert event.date_start == date(1990, 6, 3)
    assert event.injuries.best == 7


def test_each_town_of_a_route_written_with_dashes_is_an_end() -> None:
    text = "a truck plying the Tolva - Ribera and Ribera - San Justo routes was burned"
    for town in ("Tolva", "Ribera", "San Justo"):
        start = text.index(town)
        assert names_route_end(text, start, start + len(town))


def test_a_town_beside_a_route_or_on_a_highway_is_still_a_place() -> None:
    text = "gunmen attacked a bus in Tolva, on the Tolva-Ribera highway, on its usual route"
    start = text.index("Tolva")
    assert not names_route_end(text, start, start + len("Tolva"))
    second = text.index("Tolva", start + 1)
    assert not names_route_end(text, second, second + len("Tolva"))
