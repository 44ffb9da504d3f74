"""A town that only says whose office or force is meant ("the archbishop of X", "the X police", "the X
foreign ministry") yields to a region or country told as where the deed was ("in Y department", "in
Y"), though towns otherwise rank before regions. When the region holds that town ("the mayor of X was
killed in X's department") the town stays. The sentences are written for these tests; names are
invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 9, 4)
_DATELINE = "SAN SALVADOR, 4 SEP 89 (RADIO CADENA YSU) -- [TEXT] "


def _places(text: str) -> list[tuple[str, str | None]]:
    events: list[Event] = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    return [(e.location.name, e.location.admin1) for e in events if e.location is not None]


def test_an_archbishops_see_yields_to_the_department_of_the_deed() -> None:
    text = _DATELINE + "THE ARCHBISHOP OF SANTA ANA SAID REBELS KILLED TWO FARMERS IN MORAZAN DEPARTMENT."
    assert [admin1 for _, admin1 in _places(text)] == ["Morazán"]


def test_an_accuser_with_a_see_in_a_relative_clause() -> None:
    text = (
        _DATELINE + "REFERRING TO THE SERMON GIVEN YESTERDAY BY FATHER JUAN PEREZ, AUXILIARY BISHOP OF SANTA ANA, "
        "WHO ACCUSED THE AIR FORCE OF BOMBING A CHAPEL IN MORAZAN DEPARTMENT, THE COLONEL SAID IT WAS FALSE."
    )
    assert [admin1 for _, admin1 in _places(text)] == ["Morazán"]


def test_a_town_police_force_yields_to_the_department_of_the_deed() -> None:
    text = _DATELINE + "THE SANTA ANA POLICE SAID GUERRILLAS BOMBED A CHAPEL IN MORAZAN DEPARTMENT."
    assert [admin1 for _, admin1 in _places(text)] == ["Morazán"]


def test_a_foreign_ministry_named_by_its_capital_yields_to_the_country_of_the_deed() -> None:
    text = (
        "The Madrid foreign ministry on Monday confirmed that three Spanish geologists were kidnapped "
        "on Sunday in Peru."
    )
    places = _places(text)
    assert places and all(name != "Madrid" for name, _ in places)


def test_a_bank_named_by_a_town_yields_to_the_province_of_the_deed() -> None:
    text = "Two guards died on Friday when armed men raided a Kabul Bank office in Kunar province."
    assert [admin1 for _, admin1 in _places(text)] == ["Kunar"]


def test_the_town_stays_when_the_department_holds_it() -> None:
    text = _DATELINE + "THE MAYOR OF SAN MIGUEL WAS KILLED BY REBELS IN SAN MIGUEL DEPARTMENT."
    assert [name for name, _ in _places(text)] == ["San Miguel"]


def test_a_town_told_as_where_is_not_affected() -> None:
    text = _DATELINE + "THE MAYOR OF SANTA ANA SAID REBELS KILLED TWO FARMERS IN SAN MIGUEL."
    assert [name for name, _ in _places(text)] == ["San Miguel"]
