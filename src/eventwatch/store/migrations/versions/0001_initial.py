"""Initial tables: articles, events, evidence, event_articles.

Revision ID: 0001
Revises:
Create Date: 2024-11-24

Self-contained on purpose: a migration must keep creating the same tables even after
``schema.py`` moves on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("origin", sa.Text),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("content_hash", name="uq_articles_content_hash"),
    )
    op.create_index("ix_articles_doc_id", "articles", ["doc_id"])

    op.create_table(
        "events",
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("event_type", sa.String),
        sa.Column("sub_event_type", sa.String),
        sa.Column("attack_type", sa.String),
        sa.Column("country", sa.String),
        sa.Column("country_code", sa.String(8)),
        sa.Column("admin1", sa.String),
        sa.Column("location_name", sa.String),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("fatalities_best", sa.Integer),
        sa.Column("injuries_best", sa.Integer),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("summary", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name="pk_events"),
    )
    op.create_index("ix_events_date_start", "events", ["date_start"])
    op.create_index("ix_events_country_code", "events", ["country_code"])
    op.create_index("ix_events_event_type", "events", ["event_type"])

    op.create_table(
        "event_articles",
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("event_id", "article_id", name="pk_event_articles"),
        sa.ForeignKeyConstraint(["event_id"], ["events.event_id"], name="fk_event_articles_event_id_events"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_event_articles_article_id_articles"),
    )
    op.create_index("ix_event_articles_article_id", "event_articles", ["article_id"])

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("fields", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
        sa.UniqueConstraint("event_id", "article_id", "start", "end", name="uq_evidence_event_id_article_id_start_end"),
        sa.ForeignKeyConstraint(["event_id"], ["events.event_id"], name="fk_evidence_event_id_events"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_evidence_article_id_articles"),
    )
    op.create_index("ix_evidence_article_id", "evidence", ["article_id"])


def downgrade() -> None:
    op.drop_table("evidence")
    op.drop_table("event_articles")
    op.drop_table("events")
    op.drop_table("articles")
