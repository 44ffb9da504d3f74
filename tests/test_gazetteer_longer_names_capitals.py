"""In capitals, a known town's name followed by "DE" or "DEL" and a name is a longer name the data
lacks, not that town. The sentences are written for these tests; the longer names are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.gazetteer import get_gazetteer
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 9)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def _places(text: str) -> list[tuple[str, bool]]:
    return [(m.text, m.unlisted) for m in get_gazetteer().spot(text) if m.kind == "place"]


def test_a_known_town_that_goes_on_with_de_is_a_longer_name() -> None:
    text = "SAN SALVADOR, 9 MAR 90 (RADIO) -- TWO SOLDIERS DIED TODAY IN SAN MIGUEL DE LAS PIEDRAS."
    assert _places(text) == [("SAN SALVADOR", False), ("San Miguel de las Piedras", True)]


def test_a_town_named_at_the_end_is_part_of_the_longer_name() -> None:
    text = "SAN SALVADOR, 9 MAR 90 (RADIO) -- TWO SOLDIERS DIED TODAY IN SAN JUAN DE GRANADA."
    assert _places(text)[-1] == ("San Juan de Granada", True)


def test_the_deed_is_coded_to_the_longer_name_in_its_department() -> None:
    text = (
        "SAN SALVADOR, 9 MAR 90 (RADIO) -- [TEXT] GUERRILLAS AMBUSHED AN ARMY PATROL TODAY IN SAN MIGUEL "
        "DE LAS PIEDRAS, USULUTAN DEPARTMENT, KILLING FOUR SOLDIERS, THE ARMED FORCES REPORTED."
    )
    [event] = _events(text)
    assert event.location is not None
    location = (event.location.name, event.location.admin1, event.location.country_code)
    assert location == ("San Miguel de las Piedras", "Usulután", "SV")


def test_a_given_name_before_de_is_a_person() -> None:
    text = "SAN SALVADOR, 9 MAR 90 (RADIO) -- ORLANDO DEL CASTILLO, A LAWYER, SPOKE TODAY IN SAN SALVADOR."
    assert ("Orlando del Castillo", True) not in _places(text)


def test_a_country_after_de_is_no_part_of_a_town() -> None:
    text = "SAN SALVADOR, 9 MAR 90 (RADIO) -- REBELS ATTACKED A POST TODAY IN SAN JOSE DE COSTA RICA."
    assert not any(unlisted for _name, unlisted in _places(text))
