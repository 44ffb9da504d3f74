"""A unit below a municipality written after a name ("IN EL MANGO CANTON", "IN LA CEIBA CASERIO")
makes a small place of the report's own country, not a namesake abroad, unless the text names the
namesake's country; and "canton" names a first-level region only in countries whose regions are
cantons ("the Zurich canton"), not the Mexican state or Dominican province holding a town of that
name. Sentences are invented for these tests."""

from __future__ import annotations

from conftest import located

_SV = "SAN SALVADOR, 9 MAR 90 -- "


def _place(places: dict, name: str):  # type: ignore[no-untyped-def]
    """The place of the mention written ``name``, with or without its unit word."""
    for key, place in places.items():
        if key.upper() == name or key.upper().rsplit(" ", 1)[0] == name:
            return place
    raise AssertionError(f"{name} not among {list(places)}")


def test_a_canton_named_like_mexican_towns_stays_in_the_report_country(gaz) -> None:
    text = _SV + "SOLDIERS CLASHED WITH A REBEL SQUAD IN EL NARANJO CANTON, ILOBASCO, ON TUESDAY NIGHT."
    place = _place(located(gaz, text, focus="SV"), "EL NARANJO")
    assert place is not None and place.country_code == "SV"


def test_a_canton_named_like_a_foreign_province_is_no_region(gaz) -> None:
    text = _SV + "TWO PEASANTS WERE WOUNDED BY A MINE IN SANTIAGO CANTON ON FRIDAY."
    place = _place(located(gaz, text, focus="SV"), "SANTIAGO")
    assert place is not None and place.country_code == "SV" and place.feature != "admin1"


def test_a_caserio_stays_in_the_report_country(gaz) -> None:
    text = _SV + "THE ARMY SAID GUERRILLAS BURNED A TRUCK IN LA ESPERANZA CASERIO ON MONDAY."
    place = _place(located(gaz, text, focus="SV"), "LA ESPERANZA")
    assert place is not None and place.country_code == "SV"


def test_a_swiss_canton_is_still_the_region() -> None:
    from eventwatch.gazetteer import get_gazetteer

    places = located(get_gazetteer(), "Police reinforced patrols across the Zurich canton on Sunday.")
    place = places["Zurich canton"]
    assert place is not None and place.country_code == "CH" and place.feature == "admin1"
