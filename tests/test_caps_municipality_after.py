"""In wire capitals, "IN <NAME> MUNICIPALITY" and "IN <NAME> CANTON" name a town or a rural canton as
"IN <NAME> VILLAGE" does: one the data lacks is read as written in the document's country, and a
namesake abroad yields to it. Sentences and most names are invented for these tests."""

from __future__ import annotations

from conftest import located


def _colombia(gaz, sentence: str) -> dict:  # type: ignore[no-untyped-def]
    return located(gaz, "BOGOTA, 12 MAY 90 -- " + sentence, focus="CO")


def _salvador(gaz, sentence: str) -> dict:  # type: ignore[no-untyped-def]
    return located(gaz, "SAN SALVADOR, 12 MAY 90 -- " + sentence, focus="SV")


def test_an_unlisted_municipality_is_read_as_written(gaz) -> None:
    places = _colombia(gaz, "REBELS SHOT TWO FARMERS ON A TRAIL IN QUEBRADILLA MUNICIPALITY ON FRIDAY NIGHT.")
    town = places.get("Quebradilla")
    assert town is not None and town.country_code == "CO" and town.geonames_id is None


def test_an_unlisted_canton_is_read_as_written(gaz) -> None:
    places = _salvador(gaz, "AN ARMY PATROL WAS AMBUSHED IN CERRO PELON CANTON ON TUESDAY.")
    canton = places.get("Cerro Pelon")
    assert canton is not None and canton.country_code == "SV"


def test_a_namesake_abroad_yields_to_the_municipality_here(gaz) -> None:
    places = _salvador(gaz, "GUERRILLAS BURNED A BUS IN TAMARINDO MUNICIPALITY AT DAWN.")
    town = places.get("TAMARINDO") or places.get("Tamarindo")
    assert town is not None and town.country_code == "SV"
