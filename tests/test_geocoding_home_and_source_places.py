"""A town named as someone's home or birthplace ("a native of Pereira", "born in Manizales"), as
where a victim was treated ("hospitalized in Talca") or as where a source of the news sits ("police
sources in Monteria reported"; "in Cucuta it was reported that ...") does not say where the deed
happened. The sentences are written for these tests; names are invented, towns are used only as
places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 9)


def _places(text: str) -> list[str]:
    events: list[Event] = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    return [e.location.name for e in events if e.location is not None]


def test_a_native_of_a_town_is_no_scene() -> None:
    text = (
        "BOGOTA, 9 MAR 90 (EFE) -- A car bomb exploded on 7 March outside a bank in Cali, wounding three "
        "guards.  Investigators said on 8 March that the car had been rented for the bombing by a native of Pereira."
    )
    assert "Pereira" not in _places(text)


def test_police_sources_in_a_town_are_no_scene() -> None:
    text = (
        "BOGOTA, 9 MAR 90 (EFE) -- Rebels kidnapped the treasurer of Lorica on 5 March.  Police sources "
        "in Monteria reported that the treasurer's body showed several bullet wounds."
    )
    assert "Montería" not in _places(text)


def test_a_report_told_in_a_town_is_no_scene() -> None:
    text = (
        "BOGOTA, 9 MAR 90 (EFE) -- Rebels kidnapped the treasurer of Lorica on 5 March.  In Monteria it "
        "was reported that the rebels had shot the treasurer after a rebel trial."
    )
    assert "Montería" not in _places(text)


def test_the_town_a_victim_was_hospitalized_in_is_no_scene() -> None:
    text = (
        "SANTIAGO, 9 MAR 90 -- Masked men shot a businessman on 7 March.  He was hospitalized in Talca "
        "with two bullet wounds."
    )
    assert _places(text) == ["Santiago"]


def test_a_spokesman_in_a_town_is_no_scene() -> None:
    text = "BOGOTA, 9 MAR 90 -- A rebel spokesman in Cucuta said rebels had attacked an army post on 7 March."
    assert _places(text) == ["Bogotá"]


def test_a_town_the_news_was_reported_in_before_that_is_no_scene() -> None:
    text = (
        "LIMA, 9 MAR 90 (EFE) -- Police officials reported today in Lima that rebels burned the town hall "
        "and the post office of Sicuani on 7 March."
    )
    assert _places(text) == ["Sicuani"]


def test_attacks_reported_in_a_town_without_that_happened_there() -> None:
    text = "LIMA, 9 MAR 90 (EFE) -- Two bomb attacks on banks were reported today in Huancayo."
    assert _places(text) == ["Huancayo"]
