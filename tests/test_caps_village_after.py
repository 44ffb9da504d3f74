"""In wire capitals, "IN <NAME> VILLAGE" / "NEAR <NAME> HAMLET" names a village: one the data lacks
is read as written in the document's country, a namesake abroad yields to it, and one the data has
keeps its entry. Sentences and most names are invented for these tests."""

from __future__ import annotations

from conftest import located

_DATELINE = "SAN SALVADOR, 4 APR 90 -- "


def _places(gaz, sentence: str) -> dict:  # type: ignore[no-untyped-def]
    return located(gaz, _DATELINE + sentence, focus="SV")


def test_an_unlisted_village_before_village_is_read_whole(gaz) -> None:
    places = _places(gaz, "SOLDIERS ARRIVED IN PIEDRA HONDA VILLAGE ON 2 APRIL AND SEARCHED TWO HUTS.")
    village = places.get("Piedra Honda")
    assert village is not None and village.country_code == "SV" and village.geonames_id is None


def test_an_unlisted_hamlet_after_near_is_a_place(gaz) -> None:
    places = _places(gaz, "REBELS BURNED THREE HOUSES NEAR QUEBRACHAL HAMLET LATE ON SUNDAY.")
    hamlet = places.get("Quebrachal")
    assert hamlet is not None and hamlet.country_code == "SV"


def test_a_small_namesake_abroad_yields_to_the_village_here(gaz) -> None:
    places = _places(gaz, "TROOPS SEARCHED EVERY HOUSE IN TORTOLES VILLAGE FOR WEAPONS.")
    village = places.get("TORTOLES")
    assert village is not None and village.country_code == "SV" and village.name == "Tortoles"


def test_a_village_the_data_has_keeps_its_entry(gaz) -> None:
    places = _places(gaz, "TROOPS CLASHED WITH A REBEL UNIT IN SAN MIGUEL VILLAGE AT DAWN.")
    town = places.get("SAN MIGUEL")
    assert town is not None and town.geonames_id is not None and town.country_code == "SV"


def test_without_the_village_word_nothing_is_cued(gaz) -> None:
    places = _places(gaz, "TROOPS SEARCHED EVERY HOUSE IN TORTOLES FOR WEAPONS.")
    assert "TORTOLES" not in places and "Tortoles" not in places


def test_a_post_is_no_village(gaz) -> None:
    places = _places(gaz, "TROOPS CAMPED AT THE ARMY POST VILLAGE AFTER THE CLASH.")
    assert not any(name.lower().startswith(("the army", "army")) for name in places)
