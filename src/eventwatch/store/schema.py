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
