"""In-document fusion of a deed told again in a passage that names neither where nor when (it gets
the dateline's town and the report's day) with the one deed of its kind the report dates in the
week before. The sentences are written for these tests; names are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.fuse import fuse_document_events
from eventwatch.model import Casualties, Event, Place

_PUBLISHED = date(1990, 3, 12)

_REPORT = """GUATEMALA CITY, 12 MAR 90 (EFE) -- POLICE REPORTED TODAY THAT {deed} IN ESCUINTLA ON {day} MARCH.

THE AUTHORITIES HAVE NOT ARRESTED ANY SUSPECTS.

THE CHAMBER OF COMMERCE ASKED THE GOVERNMENT TO STRENGTHEN SECURITY ON THE HIGHWAYS.

{retold}
"""

_KIDNAPPED = "A COFFEE EXPORTER WAS KIDNAPPED BY ARMED MEN"
_KIDNAPPED_AGAIN = "THE EXPORTER HAD RETURNED FROM A TRIP TO MEXICO A WEEK BEFORE HE WAS KIDNAPPED."


def _violent(analyse_text, **parts: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return [e for e in analyse_text(_REPORT.format(**parts), _PUBLISHED) if e.is_violent]


def test_a_kidnapping_told_again_without_place_or_day_is_the_dated_kidnapping(analyse_text) -> None:
    events = _violent(analyse_text, deed=_KIDNAPPED, day="10", retold=_KIDNAPPED_AGAIN)
    assert len(events) == 1
    assert events[0].location is not None and events[0].location.name == "Escuintla"
    assert events[0].date_start == date(1990, 3, 10)


def test_a_killing_told_again_as_a_murder_is_the_killing(analyse_text) -> None:
    # "killed" and "murdered" read as two attack types of one family
    retold = "THE JUDGE HAD RETURNED FROM A TRIP TO MEXICO A WEEK BEFORE HE WAS MURDERED."
    events = _violent(analyse_text, deed="GUNMEN KILLED A JUDGE", day="10", retold=retold)
    assert len(events) == 1
    assert events[0].fatalities.best == 1


def test_a_deed_dated_more_than_a_week_before_is_not_joined(analyse_text) -> None:
    events = _violent(analyse_text, deed=_KIDNAPPED, day="1", retold=_KIDNAPPED_AGAIN)
    assert len(events) == 2


def test_a_passage_counting_more_dead_than_the_deed_tells_another_deed(analyse_text) -> None:
    retold = "THE JUDGES' UNION SAID THAT FIVE LAWYERS WERE MURDERED BY UNIDENTIFIED MEN."
    events = _violent(analyse_text, deed="GUNMEN KILLED A JUDGE", day="10", retold=retold)
    assert sorted(e.fatalities.best for e in events) == [1, 5]


_CAPITAL = Place(name="Ciudad Alta", country="Guatemala", country_code="GT", geonames_id=1)


def _kidnapping(day: date, precision: str, place: Place) -> Event:
    return Event(
        event_id=f"e{day}{place.name}",
        doc_ids=["t"],
        event_type="Violence against civilians",
        sub_event_type="Abduction/forced disappearance",
        attack_type="Hostage Taking (Kidnapping)",
        date_start=day,
        date_end=day,
        date_precision=precision,
        location=place,
        fatalities=Casualties(),
        injuries=Casualties(),
    )


def test_with_two_dated_deeds_of_its_kind_the_bare_record_stays_apart() -> None:
    towns = [
        Place(name=n, country="Guatemala", country_code="GT", geonames_id=i) for i, n in ((2, "Norte"), (3, "Sur"))
    ]
    deeds = [_kidnapping(date(1990, 3, 10), "day", towns[0]), _kidnapping(date(1990, 3, 9), "day", towns[1])]
    bare = _kidnapping(_PUBLISHED, "week", _CAPITAL)
    assert len(fuse_document_events([*deeds, bare], _CAPITAL)) == 3
    assert len(fuse_document_events([deeds[0], _kidnapping(_PUBLISHED, "week", _CAPITAL)], _CAPITAL)) == 1


def test_a_bare_record_with_a_place_of_its_own_stays_apart() -> None:
    deed = _kidnapping(date(1990, 3, 10), "day", Place(name="Norte", country="Guatemala", country_code="GT"))
    own = Place(name="Sur", country="Guatemala", country_code="GT")
    assert len(fuse_document_events([deed, _kidnapping(_PUBLISHED, "week", own)], _CAPITAL)) == 2


def test_a_passage_told_after_the_deed_may_count_some_of_its_dead(analyse_text) -> None:
    deed = "GUNMEN KILLED THREE JUDGES"
    retold = "THE JUDGES' UNION SAID THE CAPITAL WAS IN MOURNING AFTER TWO JUDGES WERE MURDERED."
    events = _violent(analyse_text, deed=deed, day="10", retold=retold)
    assert [(e.fatalities.best, e.date_start) for e in events] == [(3, date(1990, 3, 10))]
