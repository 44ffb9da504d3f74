"""A town the data lacks, written before a region several countries have ("..., TORTOLES
MUNICIPALITY, BOLIVAR DEPARTMENT": Colombia, Venezuela and Ecuador each have a Bolivar), lies in the
region that name resolves to for the whole document, not in the first namesake the spotter met.
Sentences and most names are invented for these tests."""

from __future__ import annotations

from conftest import located


def test_the_town_follows_the_region_resolved_for_the_document(gaz) -> None:
    text = "BOGOTA, 3 MAY 90 -- REBELS BURNED A TRUCK IN EL PORVENIR, TORTOLES MUNICIPALITY, BOLIVAR DEPARTMENT."
    places = located(gaz, text, focus="CO")
    town = places["TORTOLES MUNICIPALITY"]
    assert town is not None and town.country_code == "CO" and town.admin1 == "Bolívar"
    assert town.geonames_id is None and town.precision == 2


def test_a_report_from_the_other_country_keeps_its_own_region(gaz) -> None:
    text = "CARACAS, 3 MAY 90 -- REBELS BURNED A TRUCK IN EL PORVENIR, TORTOLES MUNICIPALITY, BOLIVAR STATE, ON MONDAY."
    places = located(gaz, text, focus="VE")
    town = places["TORTOLES MUNICIPALITY"]
    assert town is not None and town.country_code == "VE"
