"""Review decisions: verify, edit, reject, merge and split events, each in one transaction with
its audit-log entries (who, when, why, the record before and after).

A reviewed event's status (verified, edited, rejected, merged) protects its record from later
automatic runs (``PROTECTED_STATUSES``). Merges and splits move whole reports (one article's
account of the event) with their evidence and article links, then recompute the estimates
from the reports each event now has: low/high across reports, best from the most recent, never
a sum. Nothing is deleted: a merged event stays, with status ``merged`` and ``merged_into``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from eventwatch.fuse_reports import Report, combine
from eventwatch.model import ACTOR_KINDS, EVENT_TYPES, STAGES, Event
from eventwatch.store.fusion import FusionMixin, reports_of
from eventwatch.store.query import StoredEvent, stored_in
from eventwatch.store.repository import Store, _dumps, _filter_columns
from eventwatch.store.schema import (
    audit_log,
    event_articles,
    event_reports,
    events,
    evidence,
)

EDITABLE_FIELDS = frozenset(
    {
        "event_type",
        "sub_event_type",
        "attack_type",
        "stage",
        "target_types",
        "weapon_types",
        "date_start",
        "date_end",
        "date_precision",
        "location",
        "fatalities",
        "injuries",
        "kidnapped",
        "perpetrators",
        "targets",
        "summary",
        "notes",
    }
)
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")
_COUNT_PARTS = {
    "fatalities": ("best", "low", "high", "perpetrators", "security_forces", "civilians"),
    "injuries": ("best", "low", "high"),
}
_LOCATION_PARTS = ("name", "admin1", "admin2", "country", "country_code", "lat", "lon", "precision", "geonames_id")


class ReviewError(ValueError):
    """A review action that cannot be done as asked; the message says why."""


class EventNotFound(ReviewError):
    pass


@dataclass
class AuditEntry:
    id: int
    event_id: str
    action: str
    user: str
    at: datetime
    comment: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_id": self.event_id,
            "action": self.action,
            "user": self.user,
            "at": self.at.isoformat(),
            "comment": self.comment,
            "before": self.before,
            "after": self.after,
        }


@dataclass
class ReviewResult:
    event: dict[str, Any]  # the record after the action, with status and sources
    audit: AuditEntry
    merged_ids: list[str] | None = None  # merge: the events folded into ``event``
    new_event: dict[str, Any] | None = None  # split: the event the named articles moved to


# -- single-event decisions ------------------------------------------------------------------------


def verify(store: Store, event_id: str, user: str, comment: str) -> ReviewResult:
    """Mark the event as checked by a person: its record stays as it is."""
    return _set_status(store, event_id, "verified", "verify", user, comment)


def reject(store: Store, event_id: str, user: str, comment: str) -> ReviewResult:
    """Set the event aside (not an event, out of scope); lists hide it unless asked."""
    return _set_status(store, event_id, "rejected", "reject", user, comment)


def _set_status(store: Store, event_id: str, status: str, action: str, user: str, comment: str) -> ReviewResult:
    comment = _comment(comment)
    now = _now()
    with store._write() as conn:
        before = _current(conn, event_id)
        record = before.to_record()
        if record["status"] == "merged":
            raise ReviewError(f"event {event_id} was merged into {record.get('merged_into')}; review that one")
        record["status"] = status
        _write(conn, event_id, record, now)
        after = _snapshot(conn, event_id)
        entry = _audit(conn, event_id, action, user, now, comment, before.to_record(), after)
    return ReviewResult(after, entry)


def edit(store: Store, event_id: str, changes: dict[str, Any], user: str, comment: str) -> ReviewResult:
    """Change fields of the record (JSON values, dates as ``YYYY-MM-DD``); status becomes ``edited``."""
    comment = _comment(comment)
    if not changes:
        raise ReviewError("no changes given")
    unknown = sorted(set(changes) - EDITABLE_FIELDS)
    if unknown:
        raise ReviewError(f"not editable: {', '.join(unknown)}")
    now = _now()
    with store._write() as conn:
        before = _current(conn, event_id)
        old = before.to_record()
        if old["status"] == "merged":
            raise ReviewError(f"event {event_id} was merged into {old.get('merged_into')}; edit that one")
        record = _apply(json.loads(json.dumps(old)), changes)
        record["status"] = "edited"
        _write(conn, event_id, record, now)
        after = _snapshot(conn, event_id)
        entry = _audit(conn, event_id, "edit", user, now, comment, old, after)
    return ReviewResult(after, entry)


def _apply(record: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    for name, value in changes.items():
        if name in _COUNT_PARTS:
            record[name] = _counts(name, record.get(name) or {}, value)
        elif name == "location":
            record["location"] = _location(record.get("location"), value)
        elif name in ("perpetrators", "targets"):
            record[name] = _actors(name, value)
        elif name in ("date_start", "date_end"):
            record[name] = _day(name, value)
        elif name in ("target_types", "weapon_types"):
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise ReviewError(f"{name} must be a list of names")
            record[name] = [v.strip() for v in value]
        elif name == "kidnapped":
            record[name] = _count(name, value)
        elif name == "event_type":
            if value not in EVENT_TYPES:
                raise ReviewError(f"event_type must be one of {', '.join(EVENT_TYPES)}, not {value!r}")
            record[name] = value
        elif name == "stage":
            if value not in STAGES:
                raise ReviewError(f"stage must be one of {', '.join(STAGES)}, not {value!r}")
            record[name] = value
        elif name == "date_precision":
            if value not in DATE_PRECISIONS:
                raise ReviewError(f"date_precision must be one of {', '.join(DATE_PRECISIONS)}, not {value!r}")
            record[name] = value
        elif name == "sub_event_type":
            if not isinstance(value, str) or not value.strip():
                raise ReviewError("sub_event_type cannot be empty")
            record[name] = value.strip()
        else:  # attack_type, summary, notes: text or null
            if value is not None and not isinstance(value, str):
                raise ReviewError(f"{name} must be text or null")
            record[name] = value.strip() if isinstance(value, str) and name != "summary" else value
    moved_start = "date_start" in changes and "date_end" not in changes and record.get("date_end")
    if moved_start and (record["date_start"] is None or record["date_end"] < record["date_start"]):
        record["date_end"] = record["date_start"]  # an event moved past its end is a one-day event
    if record.get("date_start") and record.get("date_end") and record["date_end"] < record["date_start"]:
        raise ReviewError(f"date_end {record['date_end']} is before date_start {record['date_start']}")
    if record.get("date_start") is None:
        record["date_end"] = None
    try:
        Event.from_record(record)  # the record must still read back as an event
    except (TypeError, ValueError, KeyError) as error:
        raise ReviewError(f"the edited record is not valid: {error}") from error
    return record


def _day(name: str, value: Any) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError as error:
        raise ReviewError(f"{name} must be a date YYYY-MM-DD, not {value!r}") from error


def _count(name: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ReviewError(f"{name} must be a whole number ≥ 0 or null, not {value!r}")
    return value


def _counts(name: str, old: dict[str, Any], value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ReviewError(f"{name} must be an object with {', '.join(_COUNT_PARTS[name])}")
    unknown = sorted(set(value) - set(_COUNT_PARTS[name]))
    if unknown:
        raise ReviewError(f"{name} has no part {', '.join(unknown)}")
    merged = {part: old.get(part) for part in _COUNT_PARTS[name]}
    merged.update({part: _count(f"{name}.{part}", v) for part, v in value.items()})
    low, best, high = merged["low"], merged["best"], merged["high"]
    if low is not None and best is not None and low > best:
        raise ReviewError(f"{name}.low {low} is above best {best}")
    if high is not None and best is not None and high < best:
        raise ReviewError(f"{name}.high {high} is below best {best}")
    if low is not None and high is not None and low > high:
        raise ReviewError(f"{name}.low {low} is above high {high}")
    return merged


def _location(old: dict[str, Any] | None, value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ReviewError(
            "location must be an object: name, admin1, admin2, country, country_code, lat, lon, precision"
        )
    unknown = sorted(set(value) - set(_LOCATION_PARTS))
    if unknown:
        raise ReviewError(f"location has no part {', '.join(unknown)}")
    merged = {part: (old or {}).get(part) for part in _LOCATION_PARTS}
    merged.update(value)
    if any(part in value for part in ("name", "lat", "lon")) and "geonames_id" not in value:
        merged["geonames_id"] = None  # another place than the gazetteer's
    if not merged.get("name") or not merged.get("country"):
        raise ReviewError("location needs at least a name and a country")
    code = merged.get("country_code")
    if not isinstance(code, str) or len(code) != 2 or not code.isalpha():
        raise ReviewError(f"location.country_code must be two letters (ISO 3166-1), not {code!r}")
    merged["country_code"] = code.upper()
    for part, bound in (("lat", 90), ("lon", 180)):
        coordinate = merged.get(part)
        if coordinate is not None and (
            isinstance(coordinate, bool) or not isinstance(coordinate, int | float) or abs(coordinate) > bound
        ):
            raise ReviewError(f"location.{part} must be a number within ±{bound}, not {coordinate!r}")
    if (merged.get("lat") is None) != (merged.get("lon") is None):
        raise ReviewError("location needs both lat and lon, or neither")
    if merged.get("precision") not in (1, 2, 3):
        raise ReviewError(f"location.precision must be 1, 2 or 3, not {merged.get('precision')!r}")
    return merged


def _actors(name: str, value: Any) -> list[dict[str, str]]:
    if not isinstance(value, list):
        raise ReviewError(f"{name} must be a list of actors (objects with name and kind, or names)")
    result = []
    for item in value:
        actor = {"name": item, "kind": "other"} if isinstance(item, str) else item
        if not isinstance(actor, dict) or not isinstance(actor.get("name"), str) or not actor["name"].strip():
            raise ReviewError(f"{name}: every actor needs a name")
        kind = actor.get("kind") or "other"
        if kind not in ACTOR_KINDS:
            raise ReviewError(f"{name}: kind must be one of {', '.join(ACTOR_KINDS)}, not {kind!r}")
        result.append({"name": actor["name"].strip(), "kind": kind})
    return result


# -- merge and split ---------------------------------------------------------------------------------


def merge(store: Store, event_ids: list[str], user: str, comment: str) -> ReviewResult:
    """Fold ``event_ids[1:]`` into ``event_ids[0]``: their reports, evidence and articles move to it
    and its estimates are recomputed across all reports; the others keep their record with status
    ``merged`` and ``merged_into``."""
    comment = _comment(comment)
    ids = list(dict.fromkeys(event_ids))
    if len(ids) < 2:
        raise ReviewError("a merge needs at least two different events")
    keep, others = ids[0], ids[1:]
    now = _now()
    with store._write() as conn:
        before = {event_id: _current(conn, event_id).to_record() for event_id in ids}
        for event_id, record in before.items():
            if record["status"] == "merged":
                raise ReviewError(f"event {event_id} was already merged into {record.get('merged_into')}")
        for event_id in ids:
            FusionMixin._seed_reports(conn, event_id, now)  # events stored without fusion have no report rows
        for other in others:
            _move(conn, other, keep, article_ids=None)
            record = dict(before[other], status="merged", merged_into=keep)
            _write(conn, other, record, now)
        _refuse(conn, keep, before[keep], now)
        after = _snapshot(conn, keep)
        entry = _audit(conn, keep, "merge", user, now, comment, before[keep], after)
        for other in others:
            _audit(conn, other, "merged", user, now, comment, before[other], _snapshot(conn, other))
    return ReviewResult(after, entry, merged_ids=others)


def split(store: Store, event_id: str, article_ids: list[int], user: str, comment: str) -> ReviewResult:
    """Move the reports of ``article_ids`` (stored article ids) to a new event; both events'
    estimates are recomputed from the reports each keeps."""
    comment = _comment(comment)
    wanted = sorted(set(article_ids))
    if not wanted:
        raise ReviewError("name at least one article to split off")
    now = _now()
    with store._write() as conn:
        current = _current(conn, event_id)
        before = current.to_record()
        if before["status"] == "merged":
            raise ReviewError(f"event {event_id} was merged into {before.get('merged_into')}; split that one")
        FusionMixin._seed_reports(conn, event_id, now)
        reported = set(
            conn.execute(
                sa.select(event_reports.c.article_id).where(
                    event_reports.c.event_id == event_id, event_reports.c.article_id.is_not(None)
                )
            ).scalars()
        )
        unknown = [a for a in wanted if a not in reported]
        if unknown:
            raise ReviewError(f"event {event_id} has no report from article(s) {', '.join(map(str, unknown))}")
        if set(wanted) >= reported:
            raise ReviewError("a split must leave at least one article's report with the event")
        new_id = _split_id(conn, event_id, wanted)
        moved = [
            Event.from_record(json.loads(text))
            for text in conn.execute(
                sa.select(event_reports.c.record).where(
                    event_reports.c.event_id == event_id, event_reports.c.article_id.in_(wanted)
                )
            ).scalars()
        ]
        placeholder = combine(new_id, [Report(e, None, i) for i, e in enumerate(moved)]).to_record()
        columns = _filter_columns(placeholder)
        conn.execute(
            events.insert().values(
                event_id=new_id, record=_dumps(placeholder), created_at=now, updated_at=now, **columns
            )
        )
        _move(conn, event_id, new_id, article_ids=wanted)
        _refuse(conn, event_id, before, now)
        _refuse(conn, new_id, {"split_from": event_id}, now)
        after = _snapshot(conn, event_id)
        created = _snapshot(conn, new_id)
        entry = _audit(conn, event_id, "split", user, now, comment, before, after)
        _audit(conn, new_id, "split", user, now, comment, None, created)
    return ReviewResult(after, entry, new_event=created)


def _split_id(conn: sa.Connection, event_id: str, article_ids: list[int]) -> str:
    digest = hashlib.sha1(json.dumps([event_id, article_ids]).encode()).hexdigest()
    for length in range(8, 41, 4):  # the same split again (after a merge) gets a longer suffix
        candidate = f"{event_id}-s{digest[:length]}"
        if conn.execute(sa.select(events.c.event_id).where(events.c.event_id == candidate)).first() is None:
            return candidate
    raise ReviewError(f"cannot find a free id for a split of {event_id}")


def _move(conn: sa.Connection, source: str, target: str, article_ids: list[int] | None) -> None:
    """Move reports, evidence and article links from ``source`` to ``target`` (all, or those of
    ``article_ids``); rows ``target`` already has are dropped from ``source`` instead of doubled."""

    def scope(table: sa.Table) -> list[sa.ColumnElement[bool]]:
        where = [table.c.event_id == source]
        if article_ids is not None:
            where.append(table.c.article_id.in_(article_ids))
        return where

    conn.execute(event_reports.update().where(*scope(event_reports)).values(event_id=target))
    target_evidence = evidence.alias("target_evidence")
    duplicate = (
        sa.select(target_evidence.c.id)
        .where(
            target_evidence.c.event_id == target,
            target_evidence.c.article_id == evidence.c.article_id,
            target_evidence.c.start == evidence.c.start,
            target_evidence.c.end == evidence.c.end,
        )
        .exists()
    )
    conn.execute(evidence.delete().where(*scope(evidence), duplicate))
    conn.execute(evidence.update().where(*scope(evidence)).values(event_id=target))
    target_links = event_articles.alias("target_links")
    linked = (
        sa.select(target_links.c.article_id)
        .where(target_links.c.event_id == target, target_links.c.article_id == event_articles.c.article_id)
        .exists()
    )
    conn.execute(event_articles.delete().where(*scope(event_articles), linked))
    conn.execute(event_articles.update().where(*scope(event_articles)).values(event_id=target))


def _refuse(conn: sa.Connection, event_id: str, previous: dict[str, Any], now: datetime) -> None:
    """Recompute the event from the reports it has now; a reviewer made it, so it is ``edited``.
    The previous record's extra fields (notes) are kept."""
    reports = reports_of(conn, event_id)
    record = combine(event_id, reports).to_record()
    for key, value in previous.items():
        if key not in record and key not in ("sources", "merged_into"):
            record[key] = value
    record["status"] = "edited"
    dates = [r.published for r in reports if r.published is not None]
    _write(
        conn,
        event_id,
        record,
        now,
        sources=len({r.article_key for r in reports}),
        match_date=date.fromisoformat(record["date_start"]) if record["date_start"] else min(dates, default=None),
    )


# -- shared steps ------------------------------------------------------------------------------------


def _comment(comment: str | None) -> str:
    text = (comment or "").strip()
    if not text:
        raise ReviewError("a comment is required: say why")
    return text


def _now() -> datetime:
    return datetime.now(UTC)


def _current(conn: sa.Connection, event_id: str) -> StoredEvent:
    found = stored_in(conn, event_id)
    if found is None:
        raise EventNotFound(f"no event {event_id}")
    return found


def _snapshot(conn: sa.Connection, event_id: str) -> dict[str, Any]:
    return _current(conn, event_id).to_record()


def _write(conn: sa.Connection, event_id: str, record: dict[str, Any], now: datetime, **more: Any) -> None:
    record = {k: v for k, v in record.items() if k != "sources"}  # a column, not part of the record
    columns = _filter_columns(record)
    if columns["match_date"] is None:
        del columns["match_date"]  # an undated event keeps the publication date fusion matched it on
    columns["merged_into"] = record.get("merged_into")
    columns.update(more)
    conn.execute(
        events.update().where(events.c.event_id == event_id).values(record=_dumps(record), updated_at=now, **columns)
    )


def _audit(
    conn: sa.Connection,
    event_id: str,
    action: str,
    user: str,
    now: datetime,
    comment: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> AuditEntry:
    inserted = conn.execute(
        audit_log.insert().values(
            event_id=event_id,
            action=action,
            user_name=user,
            at=now,
            comment=comment,
            before=_dumps(before) if before is not None else None,
            after=_dumps(after) if after is not None else None,
        )
    )
    return AuditEntry(inserted.inserted_primary_key[0], event_id, action, user, now, comment, before, after)


def audit_entries(store: Store, event_id: str) -> list[AuditEntry]:
    """The event's review history, oldest first."""
    query = sa.select(audit_log).where(audit_log.c.event_id == event_id).order_by(audit_log.c.id)
    with store.engine.connect() as conn:
        return [
            AuditEntry(
                row.id,
                row.event_id,
                row.action,
                row.user_name,
                row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC),  # SQLite drops the zone
                row.comment,
                json.loads(row.before) if row.before else None,
                json.loads(row.after) if row.after else None,
            )
            for row in conn.execute(query)
        ]
