"""The repository: idempotent writes of articles and their events, and filtered reads.

One ``Store`` wraps one SQLAlchemy engine. ``save`` stores one article's events under their own
ids; ``ingest`` (``store/fusion.py``) also fuses them with the events other articles reported.
Writers are serialised (SQLite ``BEGIN IMMEDIATE``, a PostgreSQL advisory lock), so several
processes can save into the same database without racing on the check-then-insert upserts below.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.pool import StaticPool

from eventwatch.model import Article, Event, Evidence
from eventwatch.store.fusion import FusionMixin
from eventwatch.store.schema import articles, event_articles, events, evidence

DEFAULT_URL = "sqlite:///eventwatch.db"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# Review decisions survive re-ingestion: an automatic save never overwrites these.
# "rejected" is included so that re-running a batch does not resurrect a rejected event;
# "merged" (folded into another event by a reviewer) so that it does not come back either.
PROTECTED_STATUSES = frozenset({"verified", "edited", "rejected", "merged"})

SQLITE_BUSY_TIMEOUT_MS = 30_000
_PG_WRITE_LOCK = 0x65766E74  # arbitrary constant: the advisory lock all eventwatch writers share
_CHUNK = 500  # ids per IN (...) clause, below SQLite's bound-parameter limit


def resolve_url(url: str | None = None) -> str:
    """The database URL: ``url``, else ``$EVENTWATCH_DB``, else ``eventwatch.db`` in the cwd.

    A bare path is taken as an SQLite file; ``postgresql://`` is sent to psycopg 3.
    """
    url = url or os.environ.get("EVENTWATCH_DB") or DEFAULT_URL
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


@dataclass
class SaveResult:
    article_new: bool = False
    events_new: int = 0
    events_updated: int = 0
    events_unchanged: int = 0  # includes protected ones
    events_protected: int = 0  # kept as reviewed; only links and evidence were added
    events_merged: int = 0  # reports folded into an event another article reported first
    duplicate_of: str | None = None  # doc id of the earlier article this one reprints

    def count(self, outcome: str) -> None:
        """Tally one event's outcome: new, updated, unchanged or protected."""
        if outcome == "new":
            self.events_new += 1
        elif outcome == "updated":
            self.events_updated += 1
        else:
            self.events_unchanged += 1
            self.events_protected += outcome == "protected"


def _sqlite_lower(value: Any) -> Any:
    # SQLite's built-in lower() only folds ASCII; country names and evidence are not ASCII-only.
    return value.lower() if isinstance(value, str) else value


def _set_wal(cursor: Any) -> None:
    # Switching a new file to WAL needs an exclusive lock and SQLite reports "database is locked"
    # at once, without the busy handler, when several processes open a new database together.
    # The mode is stored in the file, so only those first connections ever retry.
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _make_engine(url: str) -> sa.Engine:
    parsed = sa.make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(parsed, pool_pre_ping=True)

    kwargs: dict[str, Any] = {"connect_args": {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}}
    if parsed.database in (None, "", ":memory:"):
        # one shared connection, or every checkout would see a new empty database
        kwargs["poolclass"] = StaticPool
        kwargs["connect_args"]["check_same_thread"] = False
    engine = sa.create_engine(parsed, **kwargs)

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control from pysqlite (its implicit BEGIN skips some statements);
        # the "begin" hook below issues BEGIN itself.
        dbapi_conn.isolation_level = None
        dbapi_conn.create_function("lower", 1, _sqlite_lower, deterministic=True)
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        _set_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        # A writer takes the write lock up front: upgrading a read transaction later can fail
        # at once with SQLITE_BUSY in WAL mode instead of waiting out the busy timeout.
        immediate = conn.get_execution_options().get("eventwatch_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _dumps(value: Any) -> str:
    # Canonical text, so an identical record compares equal as a string.
    return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _filter_columns(record: dict[str, Any]) -> dict[str, Any]:
    location = record.get("location") or {}
    return {
        "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"),
        "attack_type": record.get("attack_type"),
        "stage": record.get("stage") or "accomplished",
        "country": location.get("country"),
        "country_code": location.get("country_code"),
        "admin1": location.get("admin1"),
        "location_name": location.get("name"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "date_start": _day(record.get("date_start")),
        "date_end": _day(record.get("date_end")),
        "match_date": _day(record.get("date_start")),
        "fatalities_best": (record.get("fatalities") or {}).get("best"),
        "injuries_best": (record.get("injuries") or {}).get("best"),
        "status": record.get("status") or "auto",
        "summary": record.get("summary"),
        "actors": _actor_text(record),
    }


def _actor_text(record: dict[str, Any]) -> str:
    """Every actor name, lower-cased, one per line: what the `actor` filter searches."""
    actors = (record.get("perpetrators") or []) + (record.get("targets") or [])
    return "\n".join(a["name"].lower() for a in actors if a.get("name"))


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


class Store(FusionMixin):
    """Articles, events and their evidence in SQLite or PostgreSQL."""

    def __init__(self, url: str | None = None, *, migrate: bool = True):
        self.url = resolve_url(url)
        self.engine = _make_engine(self.url)
        self._writer = self.engine.execution_options(eventwatch_write=True)
        if migrate:
            self.migrate()

    # -- life cycle -----------------------------------------------------------------------

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision (``upgrade head``)."""
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with self._write() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({sa.make_url(self.url).render_as_string(hide_password=True)!r})"

    def _write(self) -> _WriteTransaction:
        """A transaction that holds the database's writer lock until commit or rollback."""
        return _WriteTransaction(self._writer)

    # -- writes ---------------------------------------------------------------------------

    def save(self, article: Article, events: Iterable[Event]) -> SaveResult:
        """Store an article and the events found in it, in one transaction.

        Idempotent: saving the same input again changes no row. Events whose stored status is
        a review decision (PROTECTED_STATUSES) keep their record; a new article only adds its
        link and evidence to them.
        """
        result = SaveResult()
        now = datetime.now(UTC)
        with self._write() as conn:
            article_id, result.article_new = self._upsert_article(conn, article, now)
            # fingerprinted here too, so a later fused ingest recognises reprints of this article
            original = self._fingerprint(conn, article, article_id)
            if original is not None:
                result.duplicate_of = conn.execute(
                    sa.select(articles.c.doc_id).where(articles.c.id == original)
                ).scalar_one()
            for event in events:  # the argument; the table is not used here
                result.count(self._save_event(conn, event, article, article_id, now))
        return result

    def update_event(self, event: Event) -> None:
        """Write a record as given, whatever the stored status: for review edits, not ingestion."""
        text = _dumps(event.to_record())
        columns = _filter_columns(json.loads(text))
        if columns["match_date"] is None:
            del columns["match_date"]  # an undated event keeps the publication date fusion matched it on
        now = datetime.now(UTC)
        with self._write() as conn:
            found = conn.execute(sa.select(events.c.record).where(events.c.event_id == event.event_id)).first()
            if found is None:
                conn.execute(
                    events.insert().values(
                        event_id=event.event_id, record=text, created_at=now, updated_at=now, **columns
                    )
                )
            elif found.record != text:
                conn.execute(
                    events.update()
                    .where(events.c.event_id == event.event_id)
                    .values(record=text, updated_at=now, **columns)
                )

    def _upsert_article(self, conn: sa.Connection, article: Article, now: datetime) -> tuple[int, bool]:
        content_hash = article.content_hash
        found = conn.execute(sa.select(articles.c.id).where(articles.c.content_hash == content_hash)).first()
        if found is not None:
            return found.id, False
        inserted = conn.execute(
            articles.insert().values(
                doc_id=article.doc_id,
                content_hash=content_hash,
                url=article.url,
                title=article.title,
                source=article.source,
                published=article.published,
                origin=article.origin,
                text=article.text,
                ingested_at=now,
            )
        )
        return inserted.inserted_primary_key[0], True

    def _save_event(self, conn: sa.Connection, event: Event, article: Article, article_id: int, now: datetime) -> str:
        record = event.to_record()
        text = _dumps(record)
        columns = _filter_columns(record)
        found = conn.execute(
            sa.select(events.c.record, events.c.status).where(events.c.event_id == event.event_id)
        ).first()
        if found is None:
            conn.execute(
                events.insert().values(event_id=event.event_id, record=text, created_at=now, updated_at=now, **columns)
            )
            outcome = "new"
        elif found.status in PROTECTED_STATUSES:
            outcome = "protected"
        elif found.record == text:
            outcome = "unchanged"
        else:
            conn.execute(
                events.update()
                .where(events.c.event_id == event.event_id)
                .values(record=text, updated_at=now, **columns)
            )
            outcome = "updated"

        newly_linked = self._link(conn, event.event_id, article_id)
        # A reviewed event keeps the evidence it was reviewed with; only a new article adds to it.
        if outcome != "protected" or newly_linked:
            own = [e for e in event.evidence if e.doc_id == article.doc_id]
            self._sync_evidence(conn, event.event_id, article_id, own)
        return outcome

    @staticmethod
    def _link(conn: sa.Connection, event_id: str, article_id: int) -> bool:
        found = conn.execute(
            sa.select(event_articles.c.event_id).where(
                event_articles.c.event_id == event_id, event_articles.c.article_id == article_id
            )
        ).first()
        if found is not None:
            return False
        conn.execute(event_articles.insert().values(event_id=event_id, article_id=article_id))
        return True

    @staticmethod
    def _sync_evidence(conn: sa.Connection, event_id: str, article_id: int, items: list[Evidence]) -> None:
        """Make this article's evidence rows for the event equal ``items``, touching only differences."""
        wanted: dict[tuple[int, int], tuple[str, list[str]]] = {}
        for item in items:
            key = (item.start, item.end)
            if key in wanted:  # one sentence backing several fields: one row, fields merged
                text, fields = wanted[key]
                wanted[key] = (text, fields + [f for f in item.fields if f not in fields])
            else:
                wanted[key] = (item.text, list(dict.fromkeys(item.fields)))

        where = (evidence.c.event_id == event_id, evidence.c.article_id == article_id)
        existing = {
            (row.start, row.end): row
            for row in conn.execute(
                sa.select(evidence.c.id, evidence.c.start, evidence.c.end, evidence.c.text, evidence.c.fields).where(
                    *where
                )
            )
        }
        stale = [row.id for key, row in existing.items() if key not in wanted]
        if stale:
            conn.execute(evidence.delete().where(evidence.c.id.in_(stale)))
        added = []
        for (start, end), (text, fields) in wanted.items():
            fields_text = _dumps(fields)
            row = existing.get((start, end))
            if row is None:
                added.append(
                    {
                        "event_id": event_id,
                        "article_id": article_id,
                        "start": start,
                        "end": end,
                        "text": text,
                        "fields": fields_text,
                    }
                )
            elif (row.text, row.fields) != (text, fields_text):
                conn.execute(evidence.update().where(evidence.c.id == row.id).values(text=text, fields=fields_text))
        if added:  # one round trip for all of them (PostgreSQL over a network)
            conn.execute(evidence.insert(), added)

    # -- reads ----------------------------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(sa.select(articles.c.id).where(articles.c.content_hash == content_hash)).first()
        return found is not None

    def get_event(self, event_id: str) -> Event | None:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(events.c.event_id, events.c.record).where(events.c.event_id == event_id)
            ).all()
            found = self._hydrate(conn, rows)
        return found[0] if found else None

    def events(
        self,
        country: str | None = None,
        since: date | None = None,
        until: date | None = None,
        event_type: str | None = None,
        min_fatalities: int | None = None,
        text: str | None = None,
        limit: int | None = None,
        stage: Sequence[str] | None = None,
    ) -> list[Event]:
        """Events matching every filter given, by ``date_start`` (unknown dates last), then id.

        ``country`` is a name or ISO code; ``event_type`` matches the ACLED type, sub-event type
        or GTD attack type; ``text`` is a substring of the summary or of any evidence sentence;
        ``stage`` keeps deeds that went that far (accomplished, attempted, threatened). All string
        matches ignore case.
        """
        query = sa.select(events.c.event_id, events.c.record)
        if country:
            wanted = country.strip().lower()
            query = query.where(sa.or_(_lower(events.c.country) == wanted, _lower(events.c.country_code) == wanted))
        if since is not None:
            query = query.where(events.c.date_start >= since)
        if until is not None:
            query = query.where(events.c.date_start <= until)
        if event_type:
            wanted = event_type.strip().lower()
            query = query.where(
                sa.or_(
                    _lower(events.c.event_type) == wanted,
                    _lower(events.c.sub_event_type) == wanted,
                    _lower(events.c.attack_type) == wanted,
                )
            )
        if min_fatalities is not None:
            query = query.where(events.c.fatalities_best >= min_fatalities)
        if stage:
            query = query.where(events.c.stage.in_([s.strip().lower() for s in stage]))
        if text:
            needle = text.lower()
            in_evidence = (
                sa.select(evidence.c.id)
                .where(evidence.c.event_id == events.c.event_id)
                .where(_lower(evidence.c.text).contains(needle, autoescape=True))
                .exists()
            )
            query = query.where(sa.or_(_lower(events.c.summary).contains(needle, autoescape=True), in_evidence))
        query = query.order_by(events.c.date_start.asc().nulls_last(), events.c.event_id)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return self._hydrate(conn, conn.execute(query).all())

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                for name, table in (("articles", articles), ("events", events), ("evidence", evidence))
            }

    @staticmethod
    def _hydrate(conn: sa.Connection, rows: Sequence[Any]) -> list[Event]:
        """Events from stored records, plus the documents and evidence linked to them since.

        A record is written by the save that last changed it; articles saved later against a
        protected event (or against the same id by a per-document run) live only in the link
        and evidence tables, so they are merged back here.
        """
        ids = [row.event_id for row in rows]
        doc_ids: dict[str, list[str]] = defaultdict(list)
        found_evidence: dict[str, list[Evidence]] = defaultdict(list)
        for chunk in _chunks(ids):
            links = conn.execute(
                sa.select(event_articles.c.event_id, articles.c.doc_id)
                .join(articles, articles.c.id == event_articles.c.article_id)
                .where(event_articles.c.event_id.in_(chunk))
                .order_by(event_articles.c.article_id)
            )
            for link in links:
                doc_ids[link.event_id].append(link.doc_id)
            sentences = conn.execute(
                sa.select(
                    evidence.c.event_id,
                    articles.c.doc_id,
                    evidence.c.start,
                    evidence.c.end,
                    evidence.c.text,
                    evidence.c.fields,
                )
                .join(articles, articles.c.id == evidence.c.article_id)
                .where(evidence.c.event_id.in_(chunk))
                .order_by(evidence.c.article_id, evidence.c.start, evidence.c.end)
            )
            for row in sentences:
                found_evidence[row.event_id].append(
                    Evidence(row.doc_id, row.start, row.end, row.text, json.loads(row.fields))
                )

        result = []
        for row in rows:
            event = Event.from_record(json.loads(row.record))
            for doc_id in doc_ids.get(row.event_id, ()):
                if doc_id not in event.doc_ids:
                    event.doc_ids.append(doc_id)
            known = {(e.doc_id, e.start, e.end) for e in event.evidence}
            for item in found_evidence.get(row.event_id, ()):
                if (item.doc_id, item.start, item.end) not in known:
                    event.evidence.append(item)
            result.append(event)
        return result


def _lower(column: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    return sa.func.lower(column, type_=sa.String)


class _WriteTransaction:
    """``engine.begin()`` that also serialises writers on PostgreSQL (SQLite's BEGIN IMMEDIATE
    already does)."""

    def __init__(self, engine: sa.Engine):
        self._context = engine.begin()

    def __enter__(self) -> sa.Connection:
        conn = self._context.__enter__()
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_WRITE_LOCK})
        return conn

    def __exit__(self, *exc: Any) -> Any:
        return self._context.__exit__(*exc)
