"""In-document fusion: two records of one report at the same place and day that tell deeds of other
kinds and count other dead or hurt are two incidents, even where the later one is placed only by
the dateline. The sentences are written for these tests; names and events are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.fuse import fuse_document_events
from eventwatch.model import Casualties, Event, Place

_TWO_DEEDS = """QUITO, 4 FEB 90 (RADIO SUR) -- THE FIRE BRIGADE SAID THAT A WATCHMAN WAS KILLED AND \
A NURSE WAS INJURED TODAY WHEN A PARCEL BOMB EXPLODED AT THE GATE OF THE CENTRAL CUSTOMS BUILDING IN QUITO.

THE BLAST ALSO SHATTERED THE WINDOWS OF A NEARBY BAKERY.

MEANWHILE, A TRAM WAS SET ON FIRE TODAY BY MASKED YOUTHS ANGERED BY THE RAID \
CARRIED OUT LAST WEEK AGAINST THE OFFICES OF THE PORTERS GUILD.

THE RAID AGAINST THE GUILD LEFT 12 DEAD AND OVER 40 PEOPLE INJURED.
"""

_TOWN = Place(name="Quito", country="Ecuador", country_code="EC", geonames_id=3652462)


def _record(name: str, kind: str, killed: int | None, hurt: int | None) -> Event:
    return Event(
        event_id=name,
        doc_ids=["t"],
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        attack_type=kind,
        date_start=date(1990, 2, 4),
        date_precision="day",
        location=_TOWN,
        fatalities=Casualties(best=killed),
        injuries=Casualties(best=hurt),
    )


def test_deeds_of_other_kinds_counting_other_tolls_stay_apart_at_the_dateline_town() -> None:
    bomb = _record("a", "Bombing/Explosion", 1, 1)
    arson = _record("b", "Facility/Infrastructure Attack", 12, 40)
    fused = fuse_document_events([bomb, arson], _TOWN)
    assert [(e.fatalities.best, e.injuries.best) for e in fused] == [(1, 1), (12, 40)]


def test_a_record_of_another_kind_without_a_toll_of_its_own_still_joins() -> None:
    # "the blast also shattered windows" told as damage: nothing counted apart, one incident
    bomb = _record("a", "Bombing/Explosion", 1, 1)
    damage = _record("b", "Facility/Infrastructure Attack", None, None)
    assert len(fuse_document_events([bomb, damage], _TOWN)) == 1


def test_the_same_toll_told_under_another_kind_joins() -> None:
    bomb = _record("a", "Bombing/Explosion", 3, None)
    again = _record("b", "Armed Assault", 3, None)
    assert len(fuse_document_events([bomb, again], _TOWN)) == 1


def test_the_bombing_keeps_its_own_toll_beside_a_raid_told_with_its_toll(analyse_text) -> None:
    events = [e for e in analyse_text(_TWO_DEEDS, date(1990, 2, 4)) if e.is_violent]
    bomb = next(e for e in events if e.attack_type == "Bombing/Explosion")
    assert (bomb.fatalities.best, bomb.injuries.best) == (1, 1)
