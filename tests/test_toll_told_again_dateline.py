"""A toll told again a day or two off by a passage placed only by the dateline ("the police here
reported today that two union leaders had been murdered", filed in the capital) is the deed the
report places in a town of its own. Records are built by hand; places are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.fuse import fuse_document_events
from eventwatch.model import Casualties, Event, Place

_DATELINE = Place(name="Lima", country="Peru", country_code="PE", geonames_id=3936456)
_TOWN = Place(name="Huancayo", country="Peru", country_code="PE", geonames_id=3939459)
_OTHER_TOWN = Place(name="Ayacucho", country="Peru", country_code="PE", geonames_id=3947019)


def _record(day: int, killed: int | None, place: Place, name: str) -> Event:
    return Event(
        event_id=name,
        doc_ids=["t"],
        event_type="Violence against civilians",
        sub_event_type="Attack",
        attack_type="Armed Assault",
        date_start=date(1989, 6, day),
        date_precision="day",
        location=place,
        fatalities=Casualties(best=killed),
        injuries=Casualties(best=None),
    )


def test_the_same_toll_told_at_the_dateline_a_day_later_is_the_deed_in_the_town() -> None:
    records = [_record(2, 3, _TOWN, "a"), _record(3, 3, _DATELINE, "b")]
    (event,) = fuse_document_events(records, _DATELINE)
    assert (event.date_start, event.location, event.fatalities.best) == (date(1989, 6, 2), _TOWN, 3)


def test_two_towns_the_text_names_stay_apart() -> None:
    records = [_record(2, 3, _TOWN, "a"), _record(3, 3, _OTHER_TOWN, "b")]
    assert len(fuse_document_events(records, _DATELINE)) == 2


def test_another_toll_at_the_dateline_stays_apart() -> None:
    records = [_record(2, 3, _TOWN, "a"), _record(3, 5, _DATELINE, "b")]
    assert len(fuse_document_events(records, _DATELINE)) == 2
