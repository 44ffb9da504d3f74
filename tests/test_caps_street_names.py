"""In wire capitals a town's name followed by a plural street word or a religious house names the
street or the building ("AT THE CORNER OF BOLIVAR AND SAN MARTIN STREETS", "IN FRONT OF THE SANTA
ROSA CONVENT"), not a town: the deed stays where the report places it. The sentences are written
for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 6, 2)


def _place(text: str) -> str | None:
    events = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    [event] = events
    return event.location.name if event.location is not None else None


def test_a_name_before_streets_is_a_street() -> None:
    text = (
        "BUENOS AIRES, 2 JUN 90 (NA) -- [TEXT] A BOMB EXPLODED AT 1100 TODAY OUTSIDE A SHOE SHOP AT THE "
        "CORNER OF RIVADAVIA AND SAN MARTIN STREETS, INJURING TWO PASSERSBY."
    )
    assert _place(text) == "Buenos Aires"


def test_a_name_before_avenues_is_an_avenue() -> None:
    text = (
        "BUENOS AIRES, 2 JUN 90 (NA) -- [TEXT] A BOMB EXPLODED AT 1100 TODAY OUTSIDE A SHOE SHOP ON "
        "CORDOBA AND MENDOZA AVENUES, INJURING TWO PASSERSBY."
    )
    assert _place(text) == "Buenos Aires"


def test_a_name_before_a_religious_house_is_the_building() -> None:
    text = (
        "LIMA, 2 JUN 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED AT 0200 TODAY IN FRONT OF THE SAN FRANCISCO "
        "CONVENT, INJURING A WATCHMAN."
    )
    assert _place(text) == "Lima"
