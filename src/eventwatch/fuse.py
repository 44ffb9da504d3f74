"""Event coreference: reports of one event become one record.

Inside a document, the grouping in ``resolve.events`` already joins sentences; here events that
still describe the same incident (a photo caption, a later "the June 5 attack in Aktobe") are
merged: same day (or overlapping days) and the same place, or one of them without a place.
A record whose only place is a dateline town of another country (the report was filed abroad)
joins the one record of its time that the text places.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from eventwatch.fuse_reports import same_family
from eventwatch.fuse_retold import in_part_of, retells
from eventwatch.model import Casualties, Event, Place

_ORDER = {"place": 0, "admin1": 1, "country": 2}
# a record without a date of its own (dated by the report) is at most this many days younger than
# the dated record of the same incident
_UNDATED_REACH = timedelta(days=7)
# two records of one report at one place that count the very same toll are one deed when their days
# lie at most this far apart: one of them was dated by when the bodies were found or the news told
_SAME_TOLL_REACH = timedelta(days=2)


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


def _undated(event: Event) -> bool:
    return event.date_precision == "week"


def _dated_near(a: Event, b: Event) -> bool:
    """One record has no date of its own and the other's date is within days before it."""
    if _undated(a) == _undated(b) or a.date_start is None or b.date_start is None:
        return False
    undated, dated = (a, b) if _undated(a) else (b, a)
    return timedelta(0) <= undated.date_start - dated.date_start <= _UNDATED_REACH


def _same_time(a: Event, b: Event) -> bool:
    return _overlap(a, b) or _dated_near(a, b)


def same_incident(a: Event, b: Event) -> bool:
    return a.is_violent == b.is_violent and _overlap(a, b) and _same_place(a.location, b.location)


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _same_name(a: str, b: str) -> bool:
    """ "soldier" and "soldiers", "Office" and "offices": one target told in the singular and the plural."""
    a, b = a.lower(), b.lower()
    short, long = sorted((a, b), key=len)
    return long in (short, short + "s", short + "es")


def _side(a: int | None, b: int | None) -> int | None:
    return None if a is None and b is None else (a or 0) + (b or 0)


def _merge_casualties(a: Casualties, b: Casualties) -> Casualties:
    """The fuller figure wins, as reports of one incident repeat its toll; but a record that counts
    only people besides others ("two guards were also killed") adds to the record it joins."""
    if b.best is None:
        return a
    if a.best is None:
        return b
    if a.additional != b.additional:
        return Casualties(
            best=a.best + b.best,
            low=_add(a.low, b.low),
            high=_add(a.high, b.high),
            perpetrators=_side(a.perpetrators, b.perpetrators),
            security_forces=_side(a.security_forces, b.security_forces),
            civilians=_side(a.civilians, b.civilians),
        )
    if b.best > a.best:
        return b
    return a


def merge(into: Event, other: Event) -> Event:
    """``other`` folded into ``into``: the fuller figures win, evidence and sources add up; a record
    typed by a word of no kind takes the kind the other tells."""
    if into.kind_unsaid and not other.kind_unsaid and other.attack_type:
        into.event_type, into.sub_event_type = other.event_type, other.sub_event_type
        into.attack_type, into.kind_unsaid = other.attack_type, False
    into.fatalities = _merge_casualties(into.fatalities, other.fatalities)
    into.injuries = _merge_casualties(into.injuries, other.injuries)
    if into.kidnapped is None or (other.kidnapped or 0) > into.kidnapped:
        into.kidnapped = other.kidnapped if other.kidnapped is not None else into.kidnapped
    for name in ("target_types", "weapon_types"):
        values = getattr(into, name)
        values.extend(v for v in getattr(other, name) if v not in values)
    into.targets.extend(t for t in other.targets if not any(_same_name(t.name, x.name) for x in into.targets))
    if not into.perpetrators:
        into.perpetrators = other.perpetrators
    if _undated(into) and not _undated(other) and other.date_start is not None:
        into.date_start, into.date_end, into.date_precision = other.date_start, other.date_end, other.date_precision
    elif other.date_end and into.date_end and other.date_end > into.date_end:
        into.date_end = other.date_end
    seen = {(e.doc_id, e.start) for e in into.evidence}
    into.evidence.extend(e for e in other.evidence if (e.doc_id, e.start) not in seen)
    into.evidence.sort(key=lambda e: (e.doc_id, e.start))
    into.doc_ids.extend(d for d in other.doc_ids if d not in into.doc_ids)
    into.confidence = max(into.confidence, other.confidence)
    return into


def _placed_by_document(event: Event, document_place: Place | None) -> bool:
    return document_place is not None and event.location is document_place and not event.background


def _names_document_town(event: Event, document_place: Place | None) -> bool:
    """``event`` is placed by naming the dateline's town again in the text."""
    place = event.location
    if place is None or document_place is None or event.background or place.feature != "place":
        return False
    return place.name == document_place.name and place.country_code == document_place.country_code


def _placed_abroad(event: Event, document_place: Place) -> bool:
    """``event`` names its own place, in another country than the dateline's town."""
    place = event.location
    return place is not None and not event.background and place.country_code != document_place.country_code


def _fold_unplaced(fused: list[Event], document_place: Place | None) -> list[Event]:
    """A record whose only place is a dateline town (where the report was filed) while the text places
    the one incident of that time in another country is that incident, told from abroad: "the
    government here condemned the murder of the minister" filed in one capital, the murder in another.
    Within the dateline's own country the dateline is often the incident's town, so nothing is joined.
    With no such incident of its time, a passage the report does not date, told within a month after
    the one incident placed abroad and counting no more dead, tells that incident again: news filed
    from abroad ("the army there has claimed that the judge was killed by a commando trained here")
    often comes weeks after the deed."""
    if document_place is None or document_place.feature != "place":
        return fused
    kept: list[Event] = []
    for event in fused:
        if not _placed_by_document(event, document_place):
            kept.append(event)
            continue
        placed = [
            e
            for e in fused
            if _placed_abroad(e, document_place)
            and e.is_violent == event.is_violent
            and _same_time(e, event)
            and not _counts_more_dead(event, e)
        ] or [
            e
            for e in fused
            if _placed_abroad(e, document_place) and e.is_violent == event.is_violent and _told_later(event, e)
        ]
        if len(placed) == 1:
            merge(placed[0], event)
        else:
            kept.append(event)
    return kept


def _counts_more_dead(event: Event, deed: Event) -> bool:
    """``event`` counts more dead than ``deed``, which counts some: "the murder of six priests" told
    here is not "the assassination of the leader" placed abroad the same week."""
    return (event.fatalities.best or 0) > (deed.fatalities.best or 0) > 0


def _told_later(event: Event, deed: Event) -> bool:
    """``event``, undated, is told within a month after ``deed``'s day and counts no more dead."""
    if not _undated(event) or _undated(deed) or event.date_start is None or deed.date_start is None:
        return False
    if (event.fatalities.best or 0) > (deed.fatalities.best or 0):
        return False
    return timedelta(0) <= event.date_start - deed.date_start <= timedelta(days=31)


def _placed_vaguely(event: Event) -> bool:
    return event.location is not None and event.location.precision >= 3 and not event.background


def _fold_vague(fused: list[Event]) -> list[Event]:
    """A later record placed only in a region or the country ("two soldiers were killed in Colombia
    today", "attacks in the north") after the report has told an incident in that country is that
    incident told again, or talk around it, far more often than a new incident: it joins the nearest
    earlier one."""
    kept: list[Event] = []
    for event in fused:
        earlier = None
        if event.is_violent and _placed_vaguely(event):
            country = event.location.country_code if event.location else None
            earlier = next(
                (
                    e
                    for e in reversed(kept)
                    if e.is_violent and not e.background and e.location and e.location.country_code == country
                ),
                None,
            )
        if earlier is None:
            kept.append(event)
        else:
            _absorb(earlier, event)
    return kept


def _absorb(into: Event, vague: Event) -> None:
    """``vague`` folded into ``into``: what ``into`` counts stands, the vague passage only fills gaps."""
    counted = {
        "fatalities": into.fatalities.best is not None,
        "injuries": into.injuries.best is not None,
        "kidnapped": into.kidnapped is not None,
    }
    if counted["fatalities"]:
        vague.fatalities = into.fatalities
    if counted["injuries"]:
        vague.injuries = into.injuries
    if counted["kidnapped"]:
        vague.kidnapped = into.kidnapped
    kept_fields = {name for name, done in counted.items() if done}
    for evidence in vague.evidence:
        evidence.fields = [f for f in evidence.fields if f not in kept_fields]
    vague.evidence = [e for e in vague.evidence if e.fields]
    merge(into, vague)


def _one_incident(earlier: Event, later: Event, document_place: Place | None) -> bool:
    """Two records of one report are one incident at the same place and day, unless the later tells
    another kind of deed (a kidnapping after a bombing) at a place the text itself names: a passage
    of its own about a different deed is a different incident (GTD codes one per deed). A record
    placed only by the dateline says too little of where it happened to stand apart, unless the
    report tells it apart ("Meanwhile, ...", a burning split from the raid's other deeds)."""
    if not same_incident(earlier, later):
        return False
    other_kind = bool(earlier.attack_type and later.attack_type and earlier.attack_type != later.attack_type)
    if other_kind and _counted_apart(earlier, later):
        return False
    if other_kind and later.opens_anew:
        return False  # "Meanwhile, rebels burned a depot": told as another incident, of another kind
    return not (other_kind and not later.background and not _placed_by_document(later, document_place))


def _counted_apart(a: Event, b: Event) -> bool:
    """Both records count their own dead, or their own hurt, and the counts differ: "a car bomb
    killed one and injured another ... the attack on the union offices killed 10 and injured 30"
    tells two deeds of other kinds, however the report places them; a toll told again repeats it."""
    return any(
        x.best and y.best and x.best != y.best for x, y in ((a.fatalities, b.fatalities), (a.injuries, b.injuries))
    )


def fuse_document_events(
    events: list[Event], document_place: Place | None = None, published: date | None = None
) -> list[Event]:
    """``document_place``: the place records without a place of their own were given (the dateline's).
    A record the report tells apart from the ones before it (``Event.told_apart``) keeps its own
    record even at the same place and day: GTD codes each bomb of a series as an incident."""
    fused: list[Event] = []
    for event in events:
        # "another bomb exploded in Bogota": the report tells it apart from the ones before it
        target = None if event.told_apart else next((e for e in fused if _one_incident(e, event, document_place)), None)
        if target is None:
            fused.append(event)
        else:
            merge(target, event)
    fused = _fold_same_toll(_fold_statements(fused, document_place), document_place)
    fused = _fold_references(fused, document_place, published)
    fused = _fold_retold(fused, document_place)
    return _fold_vague(_fold_unplaced(fused, document_place))


def _toll(event: Event) -> tuple[int | None, int | None]:
    return event.fatalities.best, event.injuries.best


def _same_toll(a: Event, b: Event) -> bool:
    """Both count the same dead, and the same hurt or none: "three were killed and two wounded" told
    twice; several dead tie also when only one of them counts the hurt. Hurt alone, or one dead
    beside a toll that also counts hurt, tie too little."""
    if not a.fatalities.best or a.fatalities.best != b.fatalities.best:
        return False
    hurt = (a.injuries.best, b.injuries.best)
    return hurt[0] == hurt[1] or (a.fatalities.best >= 2 and None in hurt)


def _toll_told_again(a: Event, b: Event, document_place: Place | None = None) -> bool:
    """Same place, a day or two apart (the same day and place is fused already, or was kept apart as
    another kind of deed), the same toll."""
    if a.is_violent != b.is_violent or a.told_apart or b.told_apart or not _same_toll(a, b):
        return False
    if a.fatalities.additional != b.fatalities.additional:
        return False  # "X, another party leader, was killed": dead besides those told, not them again
    if a.date_start is None or b.date_start is None:
        return False
    placed = _placed_by_document(a, document_place) or _placed_by_document(b, document_place)
    if not (placed or _same_place(a.location, b.location)):
        return False
    return timedelta(0) < abs(a.date_start - b.date_start) <= _SAME_TOLL_REACH


def _fold_same_toll(fused: list[Event], document_place: Place | None = None) -> list[Event]:
    """ "Three patrol members were killed and two wounded on 3 October" and, later, "military
    sources said today that three patrol members were murdered and two wounded" at the same town: a
    report that tells a toll again a day or two off (the day of the statement, of the bodies found)
    tells the same deed, at the same place or with one of them placed only by the dateline. The
    earlier day is the deed's; the later record joins it."""
    kept: list[Event] = []
    for event in fused:
        index = next((i for i, e in enumerate(kept) if _toll_told_again(e, event, document_place)), None)
        if index is None:
            kept.append(event)
            continue
        into, other = kept[index], event
        if other.date_start < into.date_start:  # type: ignore[operator]
            into, other = other, into
        for evidence in other.evidence:  # its day gives way to the deed's
            evidence.fields = [f for f in evidence.fields if f != "date"]
        other.evidence = [e for e in other.evidence if e.fields]
        kept[index] = merge(into, other)
    return kept


def _told_deed(stated: Event, deed: Event, document_place: Place | None) -> bool:
    """``deed`` may be the deed ``stated`` tells of: violent, dated by a day of its own a few days
    before the statement, at the same place or one of them placed only by the report. A statement that
    counts nothing of its own ("the suspected killers were detained, police said today"), or counts
    the very dead the deed counts, may follow up a deed of its kind told weeks before: news of arrests
    and trials comes long after the deed."""
    if deed is stated or deed.dated_by_statement or deed.background or not deed.is_violent:
        return False
    if deed.date_start is None or deed.date_precision != "day" or stated.date_start is None:
        return False
    gap = stated.date_start - deed.date_start
    if gap <= timedelta(0) or (gap > _UNDATED_REACH and not (_counts_nothing(stated) or _same_toll(stated, deed))):
        return False
    if gap > _UNDATED_REACH and not same_family(deed.attack_type, stated.attack_type):
        return False
    if deed.fatalities.best is not None and stated.fatalities.best not in (None, deed.fatalities.best):
        return False  # a deed counted apart from the statement's toll is another deed
    placed = _placed_by_document(stated, document_place) or _placed_by_document(deed, document_place)
    return placed or _same_place(stated.location, deed.location)


def _counts_nothing(event: Event) -> bool:
    return event.fatalities.best is None and event.injuries.best is None and event.kidnapped is None


def _fold_statements(fused: list[Event], document_place: Place | None) -> list[Event]:
    """ "The minister said today that a commando killed X and Y ... the kidnapping took place
    yesterday": the record dated only by the day of the statement is the deed the report dates
    elsewhere, when there is one such record; it joins it and takes its day."""
    return _fold_into_deed(
        fused,
        lambda event: event.dated_by_statement and event.is_violent,
        lambda event, deed: _told_deed(event, deed, document_place),
    )


def _fold_into_deed(
    fused: list[Event], folds: Callable[[Event], bool], joins: Callable[[Event, Event], bool]
) -> list[Event]:
    """Each record that ``folds`` and that ``joins`` exactly one other record's deed is merged into
    that deed, whose day it takes (its own day was the statement's or the report's)."""
    kept: list[Event] = []
    for event in fused:
        deeds = [e for e in fused if joins(event, e)] if folds(event) else []
        if len(deeds) == 1:
            for evidence in event.evidence:  # its day gives way to the deed's
                evidence.fields = [f for f in evidence.fields if f != "date"]
            event.evidence = [e for e in event.evidence if e.fields]
            merge(deeds[0], event)
        else:
            kept.append(event)
    return kept


def _named_deed(reference: Event, deed: Event, document_place: Place | None) -> bool:
    """``deed`` may be the deed ``reference`` names: violent, told as a deed ("were killed"), not only
    named, with a day of its own before the reference's day, at the same place or one of them placed
    only by the report."""
    if deed is reference or deed.named_only or deed.background or not deed.is_violent:
        return False
    if deed.date_start is None or deed.date_precision != "day" or reference.date_start is None:
        return False
    # a deed done the very day the reference names it ("claimed the attack made today ... the scene of
    # the blast") is the deed named when both are at one place
    same_day = deed.date_start == reference.date_start and _same_place(reference.location, deed.location)
    if not (deed.date_start < reference.date_start or same_day):
        return False
    if (reference.fatalities.best or 0) > (deed.fatalities.best or 0) > 0:
        return False  # the deed named counts at least the dead the reference names
    placed = _placed_by_document(reference, document_place) or _placed_by_document(deed, document_place)
    return placed or _same_place(reference.location, deed.location)


def _fold_references(fused: list[Event], document_place: Place | None, published: date | None) -> list[Event]:
    """ "The ministry today denied the charges over the murder of the four nuns ... The nuns were
    killed on 3 May": a record told only by naming a deed (``Event.told_as_reference``), dated
    by the statement or the report, is the one deed the report dates before it; it joins that deed and
    takes its day. So does a passage dated by the report's day that only names a deed ("a statement
    today confirmed the kidnapping") with nothing of its own: no toll and no place but the dateline's.
    """

    def followup(event: Event) -> bool:
        news_day = published is not None and event.date_start == published
        bare = _counts_nothing(event) and _placed_by_document(event, document_place) and not event.told_apart
        return news_day and bare and event.named_only

    return _fold_into_deed(
        fused,
        lambda event: event.is_violent and (event.told_as_reference or followup(event)),
        lambda event, deed: _named_deed(event, deed, document_place),
    )


def _fold_retold(fused: list[Event], document_place: Place | None) -> list[Event]:
    """A record with neither a place nor a day of its own (the dateline's town, the report's day) that
    can only be one deed the report dates before it is that deed told again (``fuse_retold``); what
    the deed counts stands, the passage only fills gaps."""
    kept: list[Event] = []
    for k, event in enumerate(fused):
        # "Meanwhile, four rebels were killed in a clash": told as another incident, not retold
        undated = event.is_violent and _undated(event) and not event.opens_anew
        bare = undated and _placed_by_document(event, document_place)
        deeds = [e for i, e in enumerate(fused) if retells(event, e, after=i < k)] if bare else []
        if undated and not bare and _names_document_town(event, document_place):
            # "... set off the charge on the eastern side of Lima" (the dateline's town named again)
            # retells the deed dated before in a district of that town
            town = event.location
            deeds = [e for i, e in enumerate(fused) if retells(event, e, after=i < k) and in_part_of(e, town)]
        if len(deeds) == 1:
            for evidence in event.evidence:  # its day was the report's
                evidence.fields = [f for f in evidence.fields if f != "date"]
            _absorb(deeds[0], event)
        else:
            kept.append(event)
    return kept
