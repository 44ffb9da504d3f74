"""In wire capitals the spotter passes over a small town (any word may be a hamlet somewhere), but
"IN THE TOWN OF <NAME>" makes the name a town: the data's town of that name in the report's country
is its place, with its region, not a name known only from the text; a name the data has only abroad
stays a town of the report's country. Sentences are invented for these tests."""

from __future__ import annotations

from conftest import located

_DATELINE = "SAN SALVADOR, 4 APR 90 -- "


def test_a_small_town_after_the_town_of_is_the_listed_one(gaz) -> None:
    places = located(gaz, _DATELINE + "REBELS BURNED TWO BUSES IN THE TOWN OF LOLOTIQUE ON SUNDAY.", focus="SV")
    town = places.get("LOLOTIQUE")
    assert town is not None and town.geonames_id is not None
    assert town.country_code == "SV" and town.admin1 == "San Miguel" and town.precision == 1


def test_a_town_known_only_abroad_stays_a_town_here(gaz) -> None:
    places = located(gaz, _DATELINE + "REBELS BURNED TWO BUSES IN THE TOWN OF TEPETITAN ON SUNDAY.", focus="SV")
    town = places.get("TEPETITAN") or places.get("Tepetitan")
    assert town is not None and town.country_code == "SV" and town.geonames_id is None
