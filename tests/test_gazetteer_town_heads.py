"""A multi-word name made only of common words ("Red Cross") names a small town only when the town
is big; but a name headed by a saint's title or "Ciudad" is a town's name, whatever words follow
(given names and surnames are in the stop-list too). The sentences are written for these tests;
towns are used only as places."""

from __future__ import annotations

from eventwatch.gazetteer import get_gazetteer


def _towns(text: str) -> list[tuple[str, bool]]:
    return [(m.text, m.unlisted) for m in get_gazetteer().spot(text) if m.kind == "place"]


def test_ciudad_and_a_surname_is_a_town() -> None:
    text = (
        "SAN SALVADOR, 9 MAR 90 (RADIO) -- REBELS BURNED TWO BUSES YESTERDAY AT CIUDAD ARCE, 30 KM WEST OF THE CAPITAL."
    )
    assert ("CIUDAD ARCE", False) in _towns(text)


def test_a_saints_name_and_a_given_name_is_a_town() -> None:
    text = "Gunmen shot a farmer on Sunday in San Francisco Javier, in eastern El Salvador, the police said."
    assert ("San Francisco Javier", False) in _towns(text)


def test_common_words_alone_still_need_a_big_town() -> None:
    text = "The Red Cross sent two trucks of food to the camp on Sunday."
    assert _towns(text) == []
