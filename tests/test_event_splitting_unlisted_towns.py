"""A town the gazetteer lacks, listed among towns it knows as hit ("dynamited the town halls in
Huanta, Qorimarka, Tambillo and Ayna"), is an incident of its own like the others: named as
written, placed at the first-level region of the list's first town (precision 2), with no
coordinates of its own and no figures. The sentences are written for these tests; names are
invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1991, 3, 3)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_an_unknown_town_between_known_ones_is_an_incident_of_its_own() -> None:
    text = "LIMA, 3 MAR 91 -- Rebels yesterday dynamited the town halls in Huanta, Qorimarka, Tambillo and Ayna."
    events = _events(text)
    assert len(events) == 4
    unlisted = next(e for e in events if e.location is not None and e.location.name == "Qorimarka")
    assert unlisted.location.precision == 2
    assert unlisted.location.geonames_id is None
    assert unlisted.location.admin1 == "Ayacucho"
    assert unlisted.date_start == date(1991, 3, 2)


def test_an_unknown_town_closing_the_list_is_an_incident_of_its_own() -> None:
    text = (
        "LIMA, 3 MAR 91 -- Police said that yesterday rebels dynamited the town halls in Huanta, "
        "Tambillo, and Qorimarka."
    )
    names = sorted(e.location.name for e in _events(text) if e.location is not None)
    assert names == ["Huanta", "Qorimarka", "Tambillo"]
