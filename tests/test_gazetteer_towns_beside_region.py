"""In capitals, "IN <TOWN>, <REGION> DEPARTMENT" places a town the data lacks in the region written
after it, also when its municipality stands between ("IN <TOWN>, <UNIT> JURISDICTION, <REGION>
DEPARTMENT"). The sentences are written for these tests; the town names are invented, the regions real."""

from __future__ import annotations

from datetime import date

from eventwatch.gazetteer import get_gazetteer
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 9)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def _unlisted(text: str) -> list[str]:
    return [m.text for m in get_gazetteer().spot(text) if m.unlisted]


def test_an_unknown_town_before_its_department_is_a_town() -> None:
    text = "SAN SALVADOR, 9 MAR 90 (RADIO) -- THREE SOLDIERS WERE KILLED TODAY IN ZUMBACHO, CABANAS DEPARTMENT."
    assert _unlisted(text) == ["Zumbacho"]


def test_a_direction_may_stand_before_the_department() -> None:
    text = "SAN SALVADOR, 9 MAR 90 (RADIO) -- REBELS BURNED A BUS NEAR PALCAYO DE ARRIBA, EASTERN MORAZAN DEPARTMENT."
    assert _unlisted(text) == ["Palcayo de Arriba"]


def test_the_deed_is_coded_to_the_town_in_that_department() -> None:
    text = (
        "SAN SALVADOR, 9 MAR 90 (RADIO) -- [TEXT] GUERRILLAS AMBUSHED AN ARMY PATROL TODAY IN ZUMBACHO, "
        "CABANAS DEPARTMENT, KILLING FOUR SOLDIERS, THE ARMED FORCES REPORTED."
    )
    [event] = _events(text)
    assert event.location is not None
    assert (event.location.name, event.location.admin1, event.location.country_code) == ("Zumbacho", "Cabañas", "SV")


def test_common_words_before_a_department_are_no_town() -> None:
    text = "SAN SALVADOR, 9 MAR 90 (RADIO) -- FIGHTING WENT ON IN THE HILLS, MORAZAN DEPARTMENT, ALL DAY."
    assert _unlisted(text) == []
    text = "SAN SALVADOR, 9 MAR 90 (RADIO) -- SOLDIERS DIED AT THE ARMY POST, MORAZAN DEPARTMENT, TODAY."
    assert _unlisted(text) == []


def test_a_jurisdiction_may_stand_between_the_town_and_its_department() -> None:
    text = (
        "SAN SALVADOR, 9 MAR 90 (RADIO) -- [TEXT] AIRCRAFT BOMBED A HAMLET TODAY IN ZUMBACHO, SAN PEDRO "
        "TOLVA JURISDICTION, CABANAS DEPARTMENT, KILLING FOUR PEASANTS, THE REBELS REPORTED."
    )
    assert "Zumbacho" in _unlisted(text)
    [event] = _events(text)
    assert event.location is not None
    assert (event.location.name, event.location.admin1) == ("Zumbacho", "Cabañas")
