"""In-document fusion of a toll told again: two records of one report at one place, a day or two
apart, that count the very same dead (and the same hurt) are one deed; so is a passage placed only by
the dateline ("the police here reported today that two union leaders had been murdered") that
tells again the toll of a deed the report places in a town of its own. The sentences are written
for these tests; names are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.fuse import fuse_document_events
from eventwatch.model import Casualties, Event, Place

_TOLD_TODAY = """LIMA, 3 JUN 89 (RADIO SUR) -- ACCORDING TO POLICE SOURCES TODAY, FOUR MEMBERS OF A VILLAGE \
DEFENSE COMMITTEE WERE MURDERED BY A COLUMN OF REBELS, AND TWO OTHERS WERE WOUNDED DURING AN ATTACK ON HUANCAYO.

ON 2 JUNE THE REBELS ATTACKED THE MEMBERS OF THE COMMITTEE IN HUANCAYO AND SET THEIR HOUSES ON FIRE.

FOUR PEASANTS WERE KILLED AND TWO WERE WOUNDED IN THE ATTACK, THE SOURCES SAID.
"""

_REPORTED_LATER = """GUATEMALA CITY, 14 MAR 90 (RADIO SUR) -- TWO TRADE UNION LEADERS WERE SHOT DEAD BY \
HEAVILY ARMED MEN IN QUETZALTENANGO ON 12 MARCH.

THE POLICE TODAY REPORTED THAT TWO TRADE UNION LEADERS HAD BEEN MURDERED IN QUETZALTENANGO.
"""


def test_a_toll_told_again_on_the_day_of_the_statement_is_the_deed_dated_the_day_before(analyse_text) -> None:
    events = [e for e in analyse_text(_TOLD_TODAY, date(1989, 6, 3)) if e.is_violent]
    assert len(events) == 1
    (event,) = events
    assert event.date_start == date(1989, 6, 2)
    assert (event.fatalities.best, event.injuries.best) == (4, 2)


def test_a_killing_reported_two_days_on_at_the_same_town_keeps_the_deeds_day(analyse_text) -> None:
    events = [e for e in analyse_text(_REPORTED_LATER, date(1990, 3, 14)) if e.is_violent]
    assert len(events) == 1
    assert events[0].date_start == date(1990, 3, 12)
    assert events[0].fatalities.best == 2


_DATELINE = Place(name="Lima", country="Peru", country_code="PE", geonames_id=3936456)
_TOWN = Place(name="Huancayo", country="Peru", country_code="PE", geonames_id=3939459)
_OTHER_TOWN = Place(name="Ayacucho", country="Peru", country_code="PE", geonames_id=3947019)


def _record(day: int, killed: int | None, hurt: int | None, place: Place = _TOWN, name: str = "a") -> Event:
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
        injuries=Casualties(best=hurt),
    )


def test_the_same_toll_joins_only_at_the_same_place_and_within_two_days() -> None:
    assert len(fuse_document_events([_record(2, 3, 1), _record(3, 3, 1, name="b")])) == 1
    assert len(fuse_document_events([_record(2, 3, 1), _record(6, 3, 1, name="b")])) == 2
    assert len(fuse_document_events([_record(2, 3, 1), _record(3, 3, 1, _OTHER_TOWN, "b")])) == 2


def test_the_earlier_day_is_kept_whichever_record_comes_first() -> None:
    (event,) = fuse_document_events([_record(4, 2, None), _record(3, 2, None, name="b")])
    assert event.date_start == date(1989, 6, 3)


def test_several_dead_told_again_join_when_only_one_record_counts_the_hurt() -> None:
    # "ten workers were killed and 30 injured" ... two days on "the bodies of the ten workers killed"
    (event,) = fuse_document_events([_record(2, 10, 30), _record(4, 10, None, name="b")])
    assert (event.date_start, event.fatalities.best, event.injuries.best) == (date(1989, 6, 2), 10, 30)


def test_hurt_alone_or_figures_that_differ_do_not_tie_two_records() -> None:
    # the same hurt without dead, or one dead beside a toll that also counts hurt, may be two deeds
    assert len(fuse_document_events([_record(2, None, 2), _record(3, None, 2, name="b")])) == 2
    assert len(fuse_document_events([_record(2, 1, None), _record(3, 1, 1, name="b")])) == 2
    assert len(fuse_document_events([_record(2, 0, 0), _record(3, 0, 0, name="b")])) == 2


# a toll told again at the dateline


def test_the_same_toll_told_at_the_dateline_a_day_later_is_the_deed_in_the_town() -> None:
    records = [_record(2, 3, None, _TOWN, "a"), _record(3, 3, None, _DATELINE, "b")]
    (event,) = fuse_document_events(records, _DATELINE)
    assert (event.date_start, event.location, event.fatalities.best) == (date(1989, 6, 2), _TOWN, 3)


def test_two_towns_the_text_names_stay_apart() -> None:
    records = [_record(2, 3, None, _TOWN, "a"), _record(3, 3, None, _OTHER_TOWN, "b")]
    assert len(fuse_document_events(records, _DATELINE)) == 2


def test_another_toll_at_the_dateline_stays_apart() -> None:
    records = [_record(2, 3, None, _TOWN, "a"), _record(3, 5, None, _DATELINE, "b")]
    assert len(fuse_document_events(records, _DATELINE)) == 2
