"""Cross-document fusion: per-report figures, the merge log, article fingerprints.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

Self-contained like 0001: the tables are spelt out here, not imported from ``schema.py``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("match_date", sa.Date))
    op.add_column("events", sa.Column("sources", sa.Integer))
    op.execute("UPDATE events SET match_date = date_start")
    op.create_index("ix_events_country_code_match_date", "events", ["country_code", "match_date"])

    op.create_table(
        "event_reports",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("article_id", sa.Integer),
        sa.Column("report_id", sa.String, nullable=False),
        sa.Column("published", sa.Date),
        sa.Column("fatalities_best", sa.Integer),
        sa.Column("fatalities_low", sa.Integer),
        sa.Column("fatalities_high", sa.Integer),
        sa.Column("injuries_best", sa.Integer),
        sa.Column("injuries_low", sa.Integer),
        sa.Column("injuries_high", sa.Integer),
        sa.Column("kidnapped", sa.Integer),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_event_reports"),
        sa.UniqueConstraint("article_id", "report_id", name="uq_event_reports_article_id_report_id"),
        sa.ForeignKeyConstraint(["event_id"], ["events.event_id"], name="fk_event_reports_event_id_events"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_event_reports_article_id_articles"),
    )
    op.create_index("ix_event_reports_event_id", "event_reports", ["event_id"])
    op.create_index("ix_event_reports_article_id", "event_reports", ["article_id"])

    op.create_table(
        "merge_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.Column("report_id", sa.String, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("reasons", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_merge_log"),
        sa.ForeignKeyConstraint(["event_id"], ["events.event_id"], name="fk_merge_log_event_id_events"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_merge_log_article_id_articles"),
    )
    op.create_index("ix_merge_log_event_id", "merge_log", ["event_id"])

    op.create_table(
        "article_fingerprints",
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.Column("signature", sa.Text, nullable=False),
        sa.Column("duplicate_of", sa.Integer),
        sa.Column("similarity", sa.Float),
        sa.PrimaryKeyConstraint("article_id", name="pk_article_fingerprints"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_article_fingerprints_article_id_articles"),
        sa.ForeignKeyConstraint(
            ["duplicate_of"], ["articles.id"], name="fk_article_fingerprints_duplicate_of_articles"
        ),
    )

    op.create_table(
        "article_buckets",
        sa.Column("bucket", sa.String(40), nullable=False),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("bucket", "article_id", name="pk_article_buckets"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_article_buckets_article_id_articles"),
    )


def downgrade() -> None:
    op.drop_table("article_buckets")
    op.drop_table("article_fingerprints")
    op.drop_table("merge_log")
    op.drop_table("event_reports")
    op.drop_index("ix_events_country_code_match_date", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("sources")
        batch.drop_column("match_date")
