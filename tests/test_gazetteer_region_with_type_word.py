"""A first-level region whose bare name is a given name or a common word ("Cesar") is kept out of
the name index, but followed by its own type word ("CESAR DEPARTMENT") it is the region. The
sentences are written for these tests."""

from __future__ import annotations

from eventwatch.gazetteer import get_gazetteer


def _spotted(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.country_code) for m in get_gazetteer().spot(text)]


def test_a_given_name_region_before_its_type_word_is_the_region() -> None:
    text = "BOGOTA, 4 JUN 90 (RADIO) -- [TEXT] RANCHERS WERE SEIZED YESTERDAY IN CESAR DEPARTMENT BY ARMED MEN."
    assert ("CESAR DEPARTMENT", "admin1", "CO") in _spotted(text)


def test_in_mixed_case_too() -> None:
    text = "Gunmen burned three trucks on a road in Cesar Department on Monday, officials said."
    assert ("Cesar Department", "admin1", "CO") in _spotted(text)


def test_the_given_name_alone_is_still_no_place() -> None:
    text = "CESAR MONTOYA, A SHOPKEEPER, SAID THE MEN CAME AT NIGHT; LATER CESAR LEFT TOWN."
    assert all(kind != "admin1" for _, kind, _ in _spotted(text))


def test_a_palace_named_after_a_town_is_no_town() -> None:
    text = "QUITO, 4 JUN 90 (RADIO) -- [TEXT] THE MINISTER SPOKE TO REPORTERS AT THE RIOBAMBA PALACE TODAY."
    assert all(kind != "place" or name != "RIOBAMBA" for name, kind, _ in _spotted(text))
