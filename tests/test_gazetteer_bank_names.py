"""Banks named in Spanish or Portuguese ("Banco Popular") are no towns, so a bombing told at a bank's
branch stays one event in the town the report names. Sentences are our own, with invented names."""

from __future__ import annotations

from datetime import date

from eventwatch.gazetteer import get_gazetteer
from eventwatch.model import Article
from eventwatch.pipeline import analyse


def test_a_bank_name_is_no_place() -> None:
    spotted = get_gazetteer().spot("A BOMB DESTROYED THE BRANCH OF THE BANCO GANADERO ON SUNDAY.")
    assert [m.text for m in spotted] == []


def test_a_bombed_bank_keeps_the_report_in_its_town() -> None:
    text = (
        "BOGOTA, 4 MAY 90 -- GUERRILLAS ATTACKED TWO BANKS IN BOGOTA THIS AFTERNOON. A BOMB WRECKED THE "
        "BANCO GANADERO OFFICE ON SEVENTH AVENUE AND THREE PERSONS WERE SLIGHTLY INJURED."
    )
    events = [e for e in analyse(Article(doc_id="t", text=text, published=date(1990, 5, 4))) if e.is_violent]
    assert [(e.location.name if e.location else None, e.injuries.best) for e in events] == [("Bogotá", 3)]
