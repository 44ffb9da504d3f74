"""In capitals, one or two words that name nothing known between "IN" (or "NEAR", ...) and a known
name begin a longer name the data lacks ("IN TECUN UMAN" is no Ukrainian "Uman"); words that only
describe the place keep the known name. The sentences are written for these tests; the longer
names are invented."""

from __future__ import annotations

from eventwatch.gazetteer import get_gazetteer


def _spotted(text: str) -> list[tuple[str, str, bool]]:
    return [(m.text, m.kind, m.unlisted) for m in get_gazetteer().spot(text)]


def test_an_unknown_word_before_a_town_abroad_begins_a_longer_name() -> None:
    text = "GUATEMALA CITY, 2 FEB 90 (RADIO) -- [TEXT] GUNMEN SEIZED A TRADER IN QUETZOL UMAN ON MONDAY."
    spotted = _spotted(text)
    assert ("Quetzol Uman", "place", True) in spotted
    assert all(name != "UMAN" for name, _, _ in spotted)


def test_a_town_head_before_a_country_begins_a_town_name() -> None:
    text = "LIMA, 2 FEB 90 (RADIO) -- [TEXT] A CAR BOMB WENT OFF TONIGHT NEAR VILLA EL SALVADOR, POLICE SAID."
    spotted = _spotted(text)
    assert ("Villa el Salvador", "place", True) in spotted
    assert all(kind != "country" for _, kind, _ in spotted)


def test_describing_words_keep_the_known_name() -> None:
    text = (
        "SAN SALVADOR, 2 FEB 90 (RADIO) -- [TEXT] CLASHES WENT ON IN NORTHERN EL SALVADOR AND IN "
        "NEIGHBORING HONDURAS, AND TROOPS WERE SENT IN BESIEGED UMAN."
    )
    spotted = _spotted(text)
    assert ("EL SALVADOR", "country", False) in spotted
    assert ("HONDURAS", "country", False) in spotted
    assert not any(unlisted for _, _, unlisted in spotted)


def test_a_first_name_before_a_town_is_no_part_of_it() -> None:
    text = "BOGOTA, 2 FEB 90 (RADIO) -- [TEXT] THE MEN WERE HELD IN FRANCISCO UMAN FOR TWO DAYS."
    assert not any(unlisted for _, _, unlisted in _spotted(text))


def test_a_possessive_or_a_word_for_nearness_is_no_part_of_a_name() -> None:
    text = (
        "MEDELLIN, 2 FEB 90 (RADIO) -- [TEXT] AS REPORTED IN YESTERDAY'S EL TIEMPO, A BOMB WENT OFF IN "
        "NEARBY ENVIGADO AND ANOTHER IN MID-TOWN SAN SALVADOR."
    )
    assert not any(unlisted for _, _, unlisted in _spotted(text))


def test_after_in_the_a_named_district_is_the_longer_name() -> None:
    text = "LIMA, 2 FEB 90 (RADIO) -- [TEXT] A MAYOR WAS SHOT TODAY IN THE VILLA EL SALVADOR DISTRICT OF THE CAPITAL."
    spotted = _spotted(text)
    assert ("Villa el Salvador", "place", True) in spotted
    assert all(kind != "country" for _, kind, _ in spotted)
