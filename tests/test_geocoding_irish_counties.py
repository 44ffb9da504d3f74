"""Ireland's counties, which are not first-level regions: "County Down" is in Northern Ireland."""

from __future__ import annotations

from conftest import located


def test_a_northern_irish_county_places_a_village_the_data_lacks_in_the_united_kingdom(gaz) -> None:
    places = located(gaz, "A bomb exploded outside a hotel in Tullyroan, County Down, injuring four people.")
    assert places["County Down"] is not None and places["County Down"].country_code == "GB"
    assert places["Tullyroan"] is not None and places["Tullyroan"].country_code == "GB"


def test_a_county_of_the_republic_is_in_ireland(gaz) -> None:
    places = located(gaz, "A bomb wrecked a radio transmitter in County Donegal overnight.")
    assert places["County Donegal"] is not None and places["County Donegal"].country_code == "IE"


def test_the_abbreviated_county_names_it_too(gaz) -> None:
    places = located(gaz, "Snipers shot dead two soldiers near Kildrum, Co. Tyrone, on Tuesday.")
    assert places["Kildrum"] is not None and places["Kildrum"].country_code == "GB"
