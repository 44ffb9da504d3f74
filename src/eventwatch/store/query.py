"""Filtered reads for the workbench: lists with paging and sorting, aggregates, full-text search.

One ``EventFilter`` says which events an analyst is looking at; the list, the aggregates and the
exports all apply it the same way (``conditions``). Filters, sorting and aggregates read
``event_facets``, a narrow trigger-maintained copy of the filter columns (the ``events`` rows
carry whole records, too wide to scan at 100,000 events); only a page's records are read from
``events``. Everything is SQLAlchemy Core, so it runs on SQLite and PostgreSQL; only full-text
search differs (FTS5 against a GIN tsvector index).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

import sqlalchemy as sa

from eventwatch.model import STAGES, Event
from eventwatch.store.repository import Store
from eventwatch.store.schema import articles, event_facets, event_search, events, evidence, merge_log

facets = event_facets  # what filters, sorts and aggregates read (a narrow copy of events' columns)

STATUSES = ("auto", "verified", "edited", "rejected", "merged")
# what a list shows unless asked: rejected events and those merged into another are set aside
HIDDEN_BY_DEFAULT = ("rejected", "merged")
SORT_FIELDS = {
    "date": facets.c.date_start,
    "fatalities": facets.c.fatalities_best,
    "injuries": facets.c.injuries_best,
    "country": facets.c.country,
    "event_type": facets.c.event_type,
    "updated": facets.c.updated_at,
}
TIME_BUCKETS = ("day", "week", "month")
PLACE_BUCKETS = {"admin1": facets.c.admin1, "country": facets.c.country}
_CHUNK = 500


class FilterError(ValueError):
    """A filter value that cannot be used; the message names the parameter."""


@dataclass(frozen=True)
class BBox:
    west: float
    south: float
    east: float
    north: float

    @classmethod
    def parse(cls, text: str) -> BBox:
        """``west,south,east,north`` in decimal degrees."""
        parts = text.split(",")
        try:
            west, south, east, north = (float(p) for p in parts)
        except ValueError as error:
            raise FilterError(f"bbox must be west,south,east,north in decimal degrees, not {text!r}") from error
        if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
            raise FilterError(f"bbox {text!r} is outside -180..180 / -90..90 or has south above north")
        return cls(west, south, east, north)


@dataclass(frozen=True)
class EventFilter:
    """Which events to show; every field left None does not filter."""

    since: date | None = None
    until: date | None = None
    country: str | None = None  # name or ISO code, any case
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    attack_type: str | None = None
    actor: str | None = None  # substring of any actor name, any case
    min_fatalities: int | None = None
    status: tuple[str, ...] | None = None  # None: everything but HIDDEN_BY_DEFAULT
    stage: tuple[str, ...] | None = None  # accomplished / attempted / threatened; None: every stage
    bbox: BBox | None = None
    q: str | None = None  # words in the summary or the evidence

    def __post_init__(self) -> None:
        for value in self.status or ():
            if value not in STATUSES:
                raise FilterError(f"status must be one of {', '.join(STATUSES)}, not {value!r}")
        for value in self.stage or ():
            if value not in STAGES:
                raise FilterError(f"stage must be one of {', '.join(STAGES)}, not {value!r}")


@dataclass
class StoredEvent:
    event: Event
    status: str
    sources: int
    # fields of the stored record the model does not carry (a reviewer's notes, merged_into)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        record = self.event.to_record()
        record.update(self.extra)
        record["status"] = self.status
        record["sources"] = self.sources
        return record


@dataclass
class Page:
    total: int
    page: int
    per_page: int
    events: list[StoredEvent]


@cache
def _country_code(name: str) -> str | None:
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


def _search_terms(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _full_text(conn: sa.Connection, text: str) -> sa.ColumnElement[bool]:
    terms = _search_terms(text)
    if not terms:
        return sa.true()
    if conn.dialect.name == "sqlite":
        # every word, as a prefix ("kill" finds "killed"), quoted so no word is FTS5 syntax
        expression = " ".join(f'"{t}"*' for t in terms)
        rowids = (
            sa.select(sa.column("rowid"))
            .select_from(sa.table("events_fts"))
            .where(sa.text("events_fts MATCH :fts").bindparams(fts=expression))
        )
        matching = sa.select(event_search.c.event_id).where(event_search.c.id.in_(rowids))
    else:
        config = sa.literal_column("'simple'::regconfig")
        query = " & ".join(f"{t}:*" for t in terms)
        matching = sa.select(event_search.c.event_id).where(
            sa.func.to_tsvector(config, event_search.c.body).op("@@")(sa.func.to_tsquery(config, query))
        )
    return facets.c.event_id.in_(matching)


def conditions(conn: sa.Connection, wanted: EventFilter) -> list[sa.ColumnElement[bool]]:
    """The WHERE clauses of ``wanted`` over the ``events`` table."""
    where: list[sa.ColumnElement[bool]] = []
    if wanted.since is not None:
        where.append(facets.c.date_start >= wanted.since)
    if wanted.until is not None:
        where.append(facets.c.date_start <= wanted.until)
    if wanted.country:
        value = wanted.country.strip()
        code = value.upper() if len(value) == 2 else _country_code(value)
        if code:
            where.append(facets.c.country_code == code)
        else:  # a name pycountry does not know ("Kosovo" spelt another way): compare names
            where.append(sa.func.lower(facets.c.country, type_=sa.String) == value.lower())
    for column, value in (
        (facets.c.admin1, wanted.admin1),
        (facets.c.event_type, wanted.event_type),
        (facets.c.sub_event_type, wanted.sub_event_type),
        (facets.c.attack_type, wanted.attack_type),
    ):
        if value:
            where.append(column == value)
    if wanted.actor:
        where.append(facets.c.actors.contains(wanted.actor.strip().lower(), autoescape=True))
    if wanted.min_fatalities is not None:
        where.append(facets.c.fatalities_best >= wanted.min_fatalities)
    if wanted.stage:
        where.append(facets.c.stage.in_(wanted.stage))
    if wanted.status:
        where.append(facets.c.status.in_(wanted.status))
    else:
        where.append(facets.c.status.not_in(HIDDEN_BY_DEFAULT))
    if wanted.bbox is not None:
        box = wanted.bbox
        where.append(facets.c.lat.between(box.south, box.north))
        if box.west <= box.east:
            where.append(facets.c.lon.between(box.west, box.east))
        else:  # the box crosses the antimeridian
            where.append(sa.or_(facets.c.lon >= box.west, facets.c.lon <= box.east))
    if wanted.q:
        where.append(_full_text(conn, wanted.q))
    return where


def _ordering(sort: str, order: str) -> list[sa.ColumnElement[Any]]:
    if sort not in SORT_FIELDS:
        raise FilterError(f"sort must be one of {', '.join(SORT_FIELDS)}, not {sort!r}")
    if order not in ("asc", "desc"):
        raise FilterError(f"order must be asc or desc, not {order!r}")
    column = SORT_FIELDS[sort]
    if order == "desc":
        # unknown values last either way, and the id breaks ties so pages never overlap
        return [column.desc().nulls_last(), facets.c.event_id.desc()]
    return [column.asc().nulls_last(), facets.c.event_id.asc()]


_MODEL_FIELDS = frozenset(Event(event_id="", doc_ids=[], event_type="", sub_event_type="").to_record()) | {"sources"}


def _stored(conn: sa.Connection, rows: list[Any]) -> list[StoredEvent]:
    hydrated = Store._hydrate(conn, rows)
    result = []
    for event, row in zip(hydrated, rows, strict=True):
        extra = {k: v for k, v in json.loads(row.record).items() if k not in _MODEL_FIELDS}
        event.status = row.status
        result.append(StoredEvent(event, row.status, int(row.sources or 0), extra))
    return result


def stored_in(conn: sa.Connection, event_id: str) -> StoredEvent | None:
    """One stored event read inside an open connection or transaction."""
    found = _stored(conn, conn.execute(_select_events().where(events.c.event_id == event_id)).all())
    return found[0] if found else None


def _select_events() -> sa.Select[Any]:
    return sa.select(events.c.event_id, events.c.record, events.c.status, events.c.sources)


def list_events(
    store: Store, wanted: EventFilter, *, sort: str = "date", order: str = "desc", page: int = 1, per_page: int = 50
) -> Page:
    """One page of the events matching ``wanted`` and how many match in all."""
    ordering = _ordering(sort, order)
    with store.engine.connect() as conn:
        where = conditions(conn, wanted)
        total = conn.execute(sa.select(sa.func.count()).select_from(facets).where(*where)).scalar_one()
        page_ids = list(
            conn.execute(
                sa.select(facets.c.event_id)
                .where(*where)
                .order_by(*ordering)
                .limit(per_page)
                .offset((page - 1) * per_page)
            ).scalars()
        )
        return Page(total=total, page=page, per_page=per_page, events=_in_order(conn, page_ids))


def _in_order(conn: sa.Connection, ids: list[str]) -> list[StoredEvent]:
    rows = {row.event_id: row for row in conn.execute(_select_events().where(events.c.event_id.in_(ids)))}
    return _stored(conn, [rows[i] for i in ids if i in rows])


def iter_events(store: Store, wanted: EventFilter, *, sort: str = "date", order: str = "asc") -> Iterator[Event]:
    """Every event matching ``wanted``, read in chunks (for exports of any size)."""
    ordering = _ordering(sort, order)
    with store.engine.connect() as conn:
        query = sa.select(facets.c.event_id).where(*conditions(conn, wanted)).order_by(*ordering)
        ids = list(conn.execute(query).scalars())
        for start in range(0, len(ids), _CHUNK):
            for stored in _in_order(conn, ids[start : start + _CHUNK]):
                yield stored.event


def get_stored(store: Store, event_id: str) -> StoredEvent | None:
    with store.engine.connect() as conn:
        return stored_in(conn, event_id)


# -- aggregates ------------------------------------------------------------------------------------


@dataclass
class Bucket:
    key: str
    events: int
    fatalities: int


def _bucket_start(day: date, by: str) -> date:
    if by == "week":
        return day - timedelta(days=day.weekday())  # ISO weeks start on Monday
    if by == "month":
        return day.replace(day=1)
    return day


def _grouping(conn: sa.Connection, column: sa.Column[Any]) -> sa.ColumnElement[Any]:
    """``column`` to group on. On SQLite a unary ``+`` keeps the planner from walking the
    column's index to get groups in order, which costs a table lookup per event; a scan of the
    narrow table and a sort of the groups is several times faster."""
    if conn.dialect.name == "sqlite":
        return sa.literal_column(f"+{column.table.name}.{column.name}", type_=column.type)  # type: ignore[attr-defined]
    return column


def aggregate(store: Store, wanted: EventFilter, by: str) -> list[Bucket]:
    """Events and fatalities per day/week/month (by date_start, in date order) or per
    admin1/country (most events first). Undated or unplaced events are left out."""
    killed = sa.func.coalesce(sa.func.sum(facets.c.fatalities_best), 0)
    with store.engine.connect() as conn:
        where = conditions(conn, wanted)
        if by in TIME_BUCKETS:
            day_key = _grouping(conn, facets.c.date_start)
            rows = conn.execute(sa.select(day_key, sa.func.count(), killed).where(*where).group_by(day_key)).all()
            totals: dict[date, list[int]] = {}
            for day, count, dead in rows:
                if day is None:
                    continue
                if isinstance(day, str):  # SQLite returns the +expression as stored text
                    day = date.fromisoformat(day)
                bucket = totals.setdefault(_bucket_start(day, by), [0, 0])
                bucket[0] += count
                bucket[1] += int(dead)
            return [Bucket(key.isoformat(), n, dead) for key, (n, dead) in sorted(totals.items())]
        if by in PLACE_BUCKETS:
            place_key = _grouping(conn, PLACE_BUCKETS[by])
            rows = conn.execute(sa.select(place_key, sa.func.count(), killed).where(*where).group_by(place_key)).all()
            buckets = [Bucket(str(key), int(n), int(dead)) for key, n, dead in rows if key is not None]
            return sorted(buckets, key=lambda b: (-b.events, b.key))
    raise FilterError(f"by must be one of {', '.join(TIME_BUCKETS + tuple(PLACE_BUCKETS))}, not {by!r}")


# -- one event's sources ---------------------------------------------------------------------------


def evidence_rows(store: Store, event_id: str) -> list[dict[str, Any]]:
    """The event's evidence sentences with the stored article they are in."""
    query = (
        sa.select(evidence.c.article_id, evidence.c.start, evidence.c.end, evidence.c.text, evidence.c.fields)
        .where(evidence.c.event_id == event_id)
        .order_by(evidence.c.article_id, evidence.c.start, evidence.c.end)
    )
    with store.engine.connect() as conn:
        return [
            {"article_id": r.article_id, "start": r.start, "end": r.end, "text": r.text, "fields": json.loads(r.fields)}
            for r in conn.execute(query)
        ]


def source_articles(store: Store, event_id: str) -> list[dict[str, Any]]:
    """The stored articles reporting the event, with their text when it was kept."""
    from eventwatch.store.schema import event_articles

    query = (
        sa.select(
            articles.c.id,
            articles.c.doc_id,
            articles.c.title,
            articles.c.url,
            articles.c.source,
            articles.c.published,
            articles.c.text,
        )
        .join(event_articles, event_articles.c.article_id == articles.c.id)
        .where(event_articles.c.event_id == event_id)
        .order_by(articles.c.published.asc().nulls_last(), articles.c.id)
    )
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query)]


def merge_history(store: Store, event_id: str) -> list[dict[str, Any]]:
    """How reports joined the event (automatic fusion), including the events a reviewer merged into it."""
    absorbed = sa.select(events.c.event_id).where(events.c.merged_into == event_id)
    query = (
        sa.select(
            merge_log.c.event_id,
            merge_log.c.article_id,
            articles.c.doc_id,
            merge_log.c.report_id,
            merge_log.c.score,
            merge_log.c.reasons,
            merge_log.c.created_at,
        )
        .join(articles, articles.c.id == merge_log.c.article_id)
        .where(sa.or_(merge_log.c.event_id == event_id, merge_log.c.event_id.in_(absorbed)))
        .order_by(merge_log.c.id)
    )
    with store.engine.connect() as conn:
        return [
            {
                "event_id": row.event_id,
                "article_id": row.article_id,
                "doc_id": row.doc_id,
                "report_id": row.report_id,
                "score": row.score,
                "reasons": json.loads(row.reasons),
                "created_at": row.created_at,
            }
            for row in conn.execute(query)
        ]
