"""The analyst's workbench: accounts, the review audit log, app settings, full-text search, and
indexes for the filtered lists of the API.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

Self-contained like the others: the tables are spelt out here, not imported from ``schema.py``.
Full-text search: ``event_search`` holds one text per event (summary plus evidence sentences),
kept in sync by triggers on ``events`` and ``evidence`` so that every writer (ingest, fusion,
review) keeps it current without knowing about it. SQLite indexes it with an FTS5 table using
``event_search`` as external content; PostgreSQL with a GIN index over ``to_tsvector``.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_SQLITE_SEARCH = [
    # tokens fold case and diacritics ("Tillaberi" finds "Tillabéri")
    "CREATE VIRTUAL TABLE events_fts USING fts5(body, content='event_search', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    # event_search -> events_fts (the external-content pattern of the FTS5 manual)
    """CREATE TRIGGER event_search_ai AFTER INSERT ON event_search BEGIN
         INSERT INTO events_fts(rowid, body) VALUES (new.id, new.body);
       END""",
    """CREATE TRIGGER event_search_ad AFTER DELETE ON event_search BEGIN
         INSERT INTO events_fts(events_fts, rowid, body) VALUES ('delete', old.id, old.body);
       END""",
    """CREATE TRIGGER event_search_au AFTER UPDATE ON event_search BEGIN
         INSERT INTO events_fts(events_fts, rowid, body) VALUES ('delete', old.id, old.body);
         INSERT INTO events_fts(rowid, body) VALUES (new.id, new.body);
       END""",
]


def _sqlite_refresh(key: str) -> str:
    """Statements that rewrite the search text of event ``key`` (``new.event_id``/``old.event_id``)."""
    return f"""
         DELETE FROM event_search WHERE event_id = {key}
           AND NOT EXISTS (SELECT 1 FROM events WHERE event_id = {key});
         INSERT INTO event_search (event_id, body)
           SELECT e.event_id, coalesce(e.summary, '') || ' ' ||
                  coalesce((SELECT group_concat(v.text, ' ') FROM evidence v WHERE v.event_id = e.event_id), '')
           FROM events e WHERE e.event_id = {key}
           ON CONFLICT (event_id) DO UPDATE SET body = excluded.body;"""


def _sqlite_triggers() -> list[str]:
    return [
        f"CREATE TRIGGER events_search_ai AFTER INSERT ON events BEGIN {_sqlite_refresh('new.event_id')} END",
        f"CREATE TRIGGER events_search_au AFTER UPDATE OF summary ON events BEGIN "
        f"{_sqlite_refresh('new.event_id')} END",
        "CREATE TRIGGER events_search_ad AFTER DELETE ON events BEGIN "
        "DELETE FROM event_search WHERE event_id = old.event_id; END",
        f"CREATE TRIGGER evidence_search_ai AFTER INSERT ON evidence BEGIN {_sqlite_refresh('new.event_id')} END",
        f"CREATE TRIGGER evidence_search_ad AFTER DELETE ON evidence BEGIN {_sqlite_refresh('old.event_id')} END",
        f"CREATE TRIGGER evidence_search_au AFTER UPDATE OF text, event_id ON evidence BEGIN "
        f"{_sqlite_refresh('old.event_id')} {_sqlite_refresh('new.event_id')} END",
    ]


_POSTGRES_SEARCH = [
    """CREATE FUNCTION eventwatch_search_refresh(key text) RETURNS void LANGUAGE plpgsql AS $$
       BEGIN
         IF EXISTS (SELECT 1 FROM events WHERE event_id = key) THEN
           INSERT INTO event_search (event_id, body)
             SELECT e.event_id, coalesce(e.summary, '') || ' ' ||
                    coalesce((SELECT string_agg(v.text, ' ' ORDER BY v.id) FROM evidence v
                              WHERE v.event_id = e.event_id), '')
             FROM events e WHERE e.event_id = key
           ON CONFLICT (event_id) DO UPDATE SET body = EXCLUDED.body;
         ELSE
           DELETE FROM event_search WHERE event_id = key;
         END IF;
       END $$""",
    """CREATE FUNCTION eventwatch_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP IN ('UPDATE', 'DELETE') THEN
           PERFORM eventwatch_search_refresh(OLD.event_id);
         END IF;
         IF TG_OP IN ('UPDATE', 'INSERT') AND (TG_OP = 'INSERT' OR NEW.event_id <> OLD.event_id
                                               OR TG_TABLE_NAME = 'evidence') THEN
           PERFORM eventwatch_search_refresh(NEW.event_id);
         END IF;
         RETURN NULL;
       END $$""",
    "CREATE TRIGGER events_search AFTER INSERT OR DELETE OR UPDATE OF summary ON events "
    "FOR EACH ROW EXECUTE FUNCTION eventwatch_search_trigger()",
    "CREATE TRIGGER evidence_search AFTER INSERT OR DELETE OR UPDATE OF text, event_id ON evidence "
    "FOR EACH ROW EXECUTE FUNCTION eventwatch_search_trigger()",
    "CREATE INDEX ix_event_search_tsv ON event_search USING gin (to_tsvector('simple'::regconfig, body))",
]

# Filter and sort columns of every event, copied by triggers into a narrow table: the events
# table carries each whole record (kilobytes), so scanning it for a count or an aggregate over
# 100,000 events reads hundreds of megabytes; this table reads a few.
FACETS = (
    "event_id",
    "status",
    "date_start",
    "fatalities_best",
    "injuries_best",
    "country_code",
    "country",
    "admin1",
    "event_type",
    "sub_event_type",
    "attack_type",
    "lat",
    "lon",
    "actors",
    "updated_at",
)
_FACET_INDEXES = {
    "ix_event_facets_date_start": ["date_start"],
    "ix_event_facets_fatalities_best": ["fatalities_best"],
    "ix_event_facets_injuries_best": ["injuries_best"],
    "ix_event_facets_updated_at": ["updated_at"],
    "ix_event_facets_country_code_date_start": ["country_code", "date_start"],
    "ix_event_facets_country": ["country"],
    "ix_event_facets_admin1": ["admin1"],
    "ix_event_facets_event_type": ["event_type"],
    "ix_event_facets_sub_event_type": ["sub_event_type"],
    "ix_event_facets_attack_type": ["attack_type"],
}  # none on status or lat: too unselective, the planner would trade a fast scan for a lookup per row


def _facet_copy(prefix: str) -> tuple[str, str]:
    columns = ", ".join(FACETS)
    values = ", ".join(f"{prefix}.{c}" for c in FACETS)
    return columns, values


def _sqlite_facet_triggers() -> list[str]:
    columns, values = _facet_copy("new")
    assignments = ", ".join(f"{c} = new.{c}" for c in FACETS if c != "event_id")
    return [
        f"CREATE TRIGGER events_facets_ai AFTER INSERT ON events BEGIN "
        f"INSERT INTO event_facets ({columns}) VALUES ({values}); END",
        f"CREATE TRIGGER events_facets_au AFTER UPDATE ON events BEGIN "
        f"UPDATE event_facets SET {assignments} WHERE event_id = new.event_id; END",
        "CREATE TRIGGER events_facets_ad AFTER DELETE ON events BEGIN "
        "DELETE FROM event_facets WHERE event_id = old.event_id; END",
    ]


def _postgres_facet_triggers() -> list[str]:
    columns, values = _facet_copy("NEW")
    assignments = ", ".join(f"{c} = EXCLUDED.{c}" for c in FACETS if c != "event_id")
    return [
        f"""CREATE FUNCTION eventwatch_facets_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN
             IF TG_OP = 'DELETE' THEN
               DELETE FROM event_facets WHERE event_id = OLD.event_id;
             ELSE
               INSERT INTO event_facets ({columns}) VALUES ({values})
               ON CONFLICT (event_id) DO UPDATE SET {assignments};
             END IF;
             RETURN NULL;
           END $$""",
        "CREATE TRIGGER events_facets AFTER INSERT OR UPDATE OR DELETE ON events "
        "FOR EACH ROW EXECUTE FUNCTION eventwatch_facets_trigger()",
    ]


def _actor_text(record: dict) -> str:
    names = [a.get("name") or "" for a in (record.get("perpetrators") or []) + (record.get("targets") or [])]
    return "\n".join(n.lower() for n in names if n)


def upgrade() -> None:
    op.add_column("articles", sa.Column("text", sa.Text))
    # every actor name, lower-cased, one per line: the `actor` filter is a substring match on it
    op.add_column("events", sa.Column("actors", sa.Text))
    op.add_column("events", sa.Column("merged_into", sa.String))
    op.create_index("ix_events_merged_into", "events", ["merged_into"])
    op.create_table(
        "event_facets",
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("date_start", sa.Date),
        sa.Column("fatalities_best", sa.Integer),
        sa.Column("injuries_best", sa.Integer),
        sa.Column("country_code", sa.String(8)),
        sa.Column("country", sa.String),
        sa.Column("admin1", sa.String),
        sa.Column("event_type", sa.String),
        sa.Column("sub_event_type", sa.String),
        sa.Column("attack_type", sa.String),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("actors", sa.Text),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name="pk_event_facets"),
        sqlite_with_rowid=False,  # rows clustered by event_id: one b-tree search per lookup, not two
    )
    for name, columns in _FACET_INDEXES.items():
        op.create_index(name, "event_facets", columns)

    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("user_name", sa.String, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("before", sa.Text),
        sa.Column("after", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_event_id", "audit_log", ["event_id"])
    op.create_table(
        "app_settings",
        sa.Column("key", sa.String, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_app_settings"),
    )
    op.create_table(
        "event_search",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_event_search"),
        sa.UniqueConstraint("event_id", name="uq_event_search_event_id"),
    )

    bind = op.get_bind()
    events = sa.table("events", sa.column("event_id"), sa.column("record"), sa.column("actors"))
    rows = bind.execute(sa.select(events.c.event_id, events.c.record)).all()
    for row in rows:
        bind.execute(
            events.update().where(events.c.event_id == row.event_id).values(actors=_actor_text(json.loads(row.record)))
        )

    columns = ", ".join(FACETS)
    op.execute(f"INSERT INTO event_facets ({columns}) SELECT {columns} FROM events")
    if bind.dialect.name == "sqlite":
        for statement in _SQLITE_SEARCH + _sqlite_triggers() + _sqlite_facet_triggers():
            op.execute(statement)
        op.execute(
            "INSERT INTO event_search (event_id, body) SELECT e.event_id, coalesce(e.summary, '') || ' ' || "
            "coalesce((SELECT group_concat(v.text, ' ') FROM evidence v WHERE v.event_id = e.event_id), '') "
            "FROM events e"
        )
    elif bind.dialect.name == "postgresql":
        for statement in _POSTGRES_SEARCH + _postgres_facet_triggers():
            op.execute(statement)
        op.execute(
            "INSERT INTO event_search (event_id, body) SELECT e.event_id, coalesce(e.summary, '') || ' ' || "
            "coalesce((SELECT string_agg(v.text, ' ' ORDER BY v.id) FROM evidence v "
            "WHERE v.event_id = e.event_id), '') FROM events e"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in (
            "events_search_ai",
            "events_search_au",
            "events_search_ad",
            "evidence_search_ai",
            "evidence_search_ad",
            "evidence_search_au",
            "event_search_ai",
            "event_search_ad",
            "event_search_au",
            "events_facets_ai",
            "events_facets_au",
            "events_facets_ad",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS events_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS events_search ON events")
        op.execute("DROP TRIGGER IF EXISTS evidence_search ON evidence")
        op.execute("DROP TRIGGER IF EXISTS events_facets ON events")
        op.execute("DROP FUNCTION IF EXISTS eventwatch_facets_trigger()")
        op.execute("DROP FUNCTION IF EXISTS eventwatch_search_trigger()")
        op.execute("DROP FUNCTION IF EXISTS eventwatch_search_refresh(text)")
    op.drop_table("event_search")
    op.drop_table("app_settings")
    op.drop_index("ix_audit_log_event_id", "audit_log")
    op.drop_table("audit_log")
    op.drop_table("users")
    op.drop_table("event_facets")
    op.drop_index("ix_events_merged_into", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("merged_into")
        batch.drop_column("actors")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("text")
