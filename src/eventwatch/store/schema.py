"""The database tables (SQLAlchemy Core).

The event record itself is kept whole as JSON text, so the schema never has to follow every new
field of EVENT_SCHEMA.md; the other columns of ``events`` are copies used only for filtering.
The Alembic migrations under ``migrations/versions`` create exactly these tables.
"""

from __future__ import annotations

import sqlalchemy as sa

# Names for constraints, so Alembic migrations can address them the same way on every backend.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", sa.String, nullable=False, index=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("origin", sa.Text),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("event_id", sa.String, primary_key=True),
    sa.Column("record", sa.Text, nullable=False),
    sa.Column("event_type", sa.String, index=True),
    sa.Column("sub_event_type", sa.String),
    sa.Column("attack_type", sa.String),
    sa.Column("stage", sa.String(16)),
    sa.Column("country", sa.String),
    sa.Column("country_code", sa.String(8), index=True),
    sa.Column("admin1", sa.String),
    sa.Column("location_name", sa.String),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("date_start", sa.Date, index=True),
    sa.Column("date_end", sa.Date),
    sa.Column("fatalities_best", sa.Integer),
    sa.Column("injuries_best", sa.Integer),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("summary", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String, sa.ForeignKey("events.event_id"), nullable=False),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False, index=True),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("fields", sa.Text, nullable=False),  # JSON list of field names
    sa.UniqueConstraint("event_id", "article_id", "start", "end"),
)

event_articles = sa.Table(
    "event_articles",
    metadata,
    sa.Column("event_id", sa.String, sa.ForeignKey("events.event_id"), primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), primary_key=True, index=True),
)

# -- cross-document fusion (migration 0002) ------------------------------------------------------

# the day an event is matched on: its date_start, else its earliest report's publication date
events.append_column(sa.Column("match_date", sa.Date))
# independent articles reporting it (reprints of one wire story count once)
events.append_column(sa.Column("sources", sa.Integer))
sa.Index("ix_events_country_code_match_date", events.c.country_code, events.c.match_date)

event_reports = sa.Table(
    "event_reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String, sa.ForeignKey("events.event_id"), nullable=False, index=True),
    # null only for a report seeded from an event stored before fusion existed
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), index=True),
    sa.Column("report_id", sa.String, nullable=False),  # the per-document event id
    sa.Column("published", sa.Date),
    sa.Column("fatalities_best", sa.Integer),
    sa.Column("fatalities_low", sa.Integer),
    sa.Column("fatalities_high", sa.Integer),
    sa.Column("injuries_best", sa.Integer),
    sa.Column("injuries_low", sa.Integer),
    sa.Column("injuries_high", sa.Integer),
    sa.Column("kidnapped", sa.Integer),
    sa.Column("record", sa.Text, nullable=False),  # the per-document event record (JSON)
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("article_id", "report_id"),
)

merge_log = sa.Table(
    "merge_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String, sa.ForeignKey("events.event_id"), nullable=False, index=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
    sa.Column("report_id", sa.String, nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("reasons", sa.Text, nullable=False),  # JSON list of plain-language reasons
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

article_fingerprints = sa.Table(
    "article_fingerprints",
    metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("signature", sa.Text, nullable=False),  # JSON list of MinHash values
    # the earlier article this one reprints (near-duplicate text), if any
    sa.Column("duplicate_of", sa.Integer, sa.ForeignKey("articles.id")),
    sa.Column("similarity", sa.Float),
)

article_buckets = sa.Table(
    "article_buckets",
    metadata,
    sa.Column("bucket", sa.String(40), primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), primary_key=True),
)

# Feed polling state (migration 0003), used by `eventwatch watch`.
feeds = sa.Table(
    "feeds",
    metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("interval_seconds", sa.Integer, nullable=False),
    sa.Column("next_poll_at", sa.DateTime(timezone=True)),
    sa.Column("last_polled_at", sa.DateTime(timezone=True)),
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("last_error", sa.Text),
)

feed_items = sa.Table(
    "feed_items",
    metadata,
    sa.Column("feed_url", sa.Text, primary_key=True),
    sa.Column("item_key", sa.Text, primary_key=True),  # guid, else link
    sa.Column("link", sa.Text),
    sa.Column("status", sa.String(16), nullable=False),  # fetched | failed | skipped
    sa.Column("error", sa.Text),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
)

# -- the analyst's workbench (migration 0004) ----------------------------------------------------

# the article's text, so the event page can show evidence in context (null for older articles)
articles.append_column(sa.Column("text", sa.Text))
# every actor name (perpetrators and targets), lower-cased, one per line: the `actor` filter
events.append_column(sa.Column("actors", sa.Text))
# the event a reviewer merged this one into (status "merged")
events.append_column(sa.Column("merged_into", sa.String))
sa.Index("ix_events_merged_into", events.c.merged_into)

# The filter and sort columns of every event, kept equal to those of ``events`` by database
# triggers (migration 0004). Lists, counts and aggregates read this narrow table: ``events``
# holds each whole record, and scanning it reads hundreds of megabytes at 100,000 events.
event_facets = sa.Table(
    "event_facets",
    metadata,
    sa.Column("event_id", sa.String, primary_key=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("date_start", sa.Date, index=True),
    sa.Column("fatalities_best", sa.Integer, index=True),
    sa.Column("injuries_best", sa.Integer, index=True),
    sa.Column("country_code", sa.String(8)),
    sa.Column("country", sa.String, index=True),
    sa.Column("admin1", sa.String, index=True),
    sa.Column("event_type", sa.String, index=True),
    sa.Column("sub_event_type", sa.String, index=True),
    sa.Column("attack_type", sa.String, index=True),
    sa.Column("stage", sa.String(16)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("actors", sa.Text),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, index=True),
    sqlite_with_rowid=False,
)
sa.Index("ix_event_facets_country_code_date_start", event_facets.c.country_code, event_facets.c.date_start)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String, nullable=False, unique=True),
    sa.Column("password_hash", sa.Text, nullable=False),  # argon2id, with its parameters
    sa.Column("role", sa.String(16), nullable=False),  # reader | coder | admin
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

# One row per review action on one event: who, when, why, and the record before and after.
audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String, nullable=False, index=True),
    sa.Column("action", sa.String(16), nullable=False),  # verify | edit | reject | merge | merged | split
    sa.Column("user_name", sa.String, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("comment", sa.Text, nullable=False),
    sa.Column("before", sa.Text),  # JSON record, null when the event did not exist
    sa.Column("after", sa.Text),  # JSON record
)

app_settings = sa.Table(
    "app_settings",
    metadata,
    sa.Column("key", sa.String, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

# Full-text search: one text per event (summary and evidence), maintained by database triggers
# (migration 0004) and indexed by an FTS5 table (SQLite) or a GIN tsvector index (PostgreSQL).
event_search = sa.Table(
    "event_search",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String, nullable=False, unique=True),
    sa.Column("body", sa.Text, nullable=False),
)

# objects of the migrations that SQLAlchemy metadata cannot describe (FTS5 and its shadow tables,
# the PostgreSQL expression index); schema comparisons leave them out
UNMANAGED_PREFIXES = ("events_fts", "ix_event_search_tsv")


def is_managed(name: str | None, type_: str, parent_names: dict) -> bool:
    """``include_name`` hook for Alembic comparisons: False for the objects above."""
    return not (name or "").startswith(UNMANAGED_PREFIXES)
