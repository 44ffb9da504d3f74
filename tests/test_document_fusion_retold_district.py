"""A passage that names the dateline's town again ("set off the charge on the northern side of the
capital") and tells neither a day nor a toll of its own retells the one deed of its kind dated in the
week before in a district of that town, one the gazetteer places at the town's own point; a suburb it
lists at its own point kilometres away is another town, and its deed stays apart. Names are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.fuse import fuse_document_events
from eventwatch.model import Casualties, Event, Place

_PUBLISHED = date(1990, 5, 7)
_DATELINE = Place(name="Ciudad Alta", country="Peru", country_code="PE", lat=-12.05, lon=-77.04, geonames_id=7)


def _bombing(day: date, precision: str, place: Place) -> Event:
    return Event(
        event_id=f"e{day}{place.name}",
        doc_ids=["t"],
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        attack_type="Bombing/Explosion",
        date_start=day,
        date_end=day,
        date_precision=precision,
        location=place,
        fatalities=Casualties(),
        injuries=Casualties(),
    )


def _retold() -> Event:
    # the town named again in the text: another object than the dateline's, with the same name
    named_again = Place(name="Ciudad Alta", country="Peru", country_code="PE", lat=-12.05, lon=-77.04, geonames_id=7)
    return _bombing(_PUBLISHED, "week", named_again)


def test_a_passage_naming_the_town_again_retells_the_deed_in_its_district() -> None:
    district = Place(name="Villa Norte", country="Peru", country_code="PE", lat=-12.05, lon=-77.04, precision=3)
    fused = fuse_document_events([_bombing(date(1990, 5, 6), "day", district), _retold()], _DATELINE)
    assert [(e.location.name if e.location else None, e.date_start) for e in fused] == [
        ("Villa Norte", date(1990, 5, 6))
    ]


def test_a_deed_in_a_listed_suburb_kilometres_away_stays_apart() -> None:
    suburb = Place(name="Puente Sur", country="Peru", country_code="PE", lat=-12.12, lon=-76.98, geonames_id=8)
    fused = fuse_document_events([_bombing(date(1990, 5, 6), "day", suburb), _retold()], _DATELINE)
    assert len(fused) == 2
