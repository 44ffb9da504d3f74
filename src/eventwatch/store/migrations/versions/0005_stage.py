"""How far each deed went (accomplished, attempted, threatened) as a filter column.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

Analysts leave threats, and often failed attempts, out of their counts: the stage becomes a
column of ``events`` and of the narrow ``event_facets`` copy the lists and aggregates read, so
``stage=accomplished`` is a plain comparison. Stored records gain it from their own ``stage``
field (records written before it existed were all of deeds done). The facet triggers of 0004 are
recreated with the column added; self-contained, like the other revisions.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_FACETS_0004 = (
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
_FACETS = (*_FACETS_0004, "stage")


def _sqlite_facet_triggers(columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    values = ", ".join(f"new.{c}" for c in columns)
    assignments = ", ".join(f"{c} = new.{c}" for c in columns if c != "event_id")
    return [
        f"CREATE TRIGGER events_facets_ai AFTER INSERT ON events BEGIN "
        f"INSERT INTO event_facets ({names}) VALUES ({values}); END",
        f"CREATE TRIGGER events_facets_au AFTER UPDATE ON events BEGIN "
        f"UPDATE event_facets SET {assignments} WHERE event_id = new.event_id; END",
        "CREATE TRIGGER events_facets_ad AFTER DELETE ON events BEGIN "
        "DELETE FROM event_facets WHERE event_id = old.event_id; END",
    ]


def _postgres_facet_function(columns: tuple[str, ...]) -> str:
    names = ", ".join(columns)
    values = ", ".join(f"NEW.{c}" for c in columns)
    assignments = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c != "event_id")
    return f"""CREATE OR REPLACE FUNCTION eventwatch_facets_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           DELETE FROM event_facets WHERE event_id = OLD.event_id;
         ELSE
           INSERT INTO event_facets ({names}) VALUES ({values})
           ON CONFLICT (event_id) DO UPDATE SET {assignments};
         END IF;
         RETURN NULL;
       END $$"""


def _retrigger(columns: tuple[str, ...]) -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("events_facets_ai", "events_facets_au", "events_facets_ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for statement in _sqlite_facet_triggers(columns):
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        op.execute(_postgres_facet_function(columns))


def upgrade() -> None:
    op.add_column("events", sa.Column("stage", sa.String(16)))
    op.add_column("event_facets", sa.Column("stage", sa.String(16)))
    bind = op.get_bind()
    events = sa.table("events", sa.column("event_id"), sa.column("record"), sa.column("stage"))
    for row in bind.execute(sa.select(events.c.event_id, events.c.record)).all():
        stage = json.loads(row.record).get("stage") or "accomplished"
        bind.execute(events.update().where(events.c.event_id == row.event_id).values(stage=stage))
    # the triggers of 0004 fired on those updates but copied only their own columns
    op.execute(
        "UPDATE event_facets SET stage = (SELECT e.stage FROM events e WHERE e.event_id = event_facets.event_id)"
    )
    _retrigger(_FACETS)


def downgrade() -> None:
    _retrigger(_FACETS_0004)
    with op.batch_alter_table("event_facets") as batch:
        batch.drop_column("stage")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("stage")
