"""Event coreference: reports of one event become one record.

Inside a document, the grouping in ``resolve.events`` already joins sentences; here events that
still describe the same incident (a photo caption, a later "the June 5 attack in Aktobe") are
merged: same day (or overlapping days) and the same place, or one of them without a place.
"""

from __future__ import annotations

from eventwatch.model import Casualties, Event, Place

_ORDER = {"place": 0, "admin1": 1, "country": 2}


def _same_place(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return False
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    return a.name == b.name and a.country_code == b.country_code


def _overlap(a: Event, b: Event) -> bool:
    if a.date_start is None or b.date_start is None:
        return False
    a_end = a.date_end or a.date_start
    b_end = b.date_end or b.date_start
    return a.date_start <= b_end and b.date_start <= a_end


def same_incident(a: Event, b: Event) -> bool:
    return a.is_violent == b.is_violent and _overlap(a, b) and _same_place(a.location, b.location)


def _merge_casualties(a: Casualties, b: Casualties) -> Casualties:
    if b.best is None:
        return a
    if a.best is None or b.best > a.best:
        return b
    return a


def merge(into: Event, other: Event) -> Event:
    """``other`` folded into ``into``: the fuller figures win, evidence and sources add up."""
    into.fatalities = _merge_casualties(into.fatalities, other.fatalities)
    into.injuries = _merge_casualties(into.injuries, other.injuries)
    if into.kidnapped is None or (other.kidnapped or 0) > into.kidnapped:
        into.kidnapped = other.kidnapped if other.kidnapped is not None else into.kidnapped
    for name in ("target_types", "weapon_types"):
        values = getattr(into, name)
        values.extend(v for v in getattr(other, name) if v not in values)
    into.targets.extend(t for t in other.targets if t.name not in {x.name for x in into.targets})
    if not into.perpetrators:
        into.perpetrators = other.perpetrators
    if other.date_end and into.date_end and other.date_end > into.date_end:
        into.date_end = other.date_end
    seen = {(e.doc_id, e.start) for e in into.evidence}
    into.evidence.extend(e for e in other.evidence if (e.doc_id, e.start) not in seen)
    into.evidence.sort(key=lambda e: (e.doc_id, e.start))
    into.doc_ids.extend(d for d in other.doc_ids if d not in into.doc_ids)
    into.confidence = max(into.confidence, other.confidence)
    return into


def fuse_document_events(events: list[Event]) -> list[Event]:
    fused: list[Event] = []
    for event in events:
        target = next((e for e in fused if same_incident(e, event)), None)
        if target is None:
            fused.append(event)
        else:
            merge(target, event)
    return fused
