"""People told only by the care they get ("the judge and one of his escorts are receiving medical
attention", "the mayor is now in hospital") are hurt, and the town of the clinic that treats them is
not where the deed was. Sentences are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.model import Article
from eventwatch.pipeline import analyse
from eventwatch.text.tokens import tokenize


def _hurt(text: str) -> int:
    return sum(f.value for f in find_casualties(tokenize(text)) if f.effect == "wounded")


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("At this hour the prosecutor and one of his escorts are receiving medical attention.", 2),
        ("The cashier is receiving medical treatment for burns to her hands.", 1),
        ("Councillor Ortega lost a finger in the blast and is now in hospital.", 1),
        ("Two of the porters are in hospital in Tolva.", 2),
    ],
)
def test_care_tells_the_hurt(text: str, hurt: int) -> None:
    assert _hurt(text) == hurt


def test_the_clinic_town_is_not_the_deed_place() -> None:
    text = (
        "LIMA, 9 JUN 90 (RADIO) -- [TEXT] AN HOUR AGO TWO GUNMEN MADE AN ATTEMPT TO MURDER PROSECUTOR "
        "DARIO FUNES.  FUNES AND HIS DRIVER ARE RECEIVING MEDICAL ATTENTION AT THE SAN ISIDRO CLINIC.  FUNES "
        "WAS SHOT TWICE NEAR HIS OFFICE.  THE GUNMEN FLED TOWARD NORTHERN LIMA."
    )
    events = analyse(Article(doc_id="t", text=text, published=date(1990, 6, 9)))
    assert [(e.location.name if e.location else None, e.injuries.best) for e in events] == [("Lima", 2)]
