"""Ingest with cross-document fusion: each article's events join the stored event they report,
or become new ones. Mixed into ``Store``; everything for one article runs in one write
transaction, so a crash leaves either the whole article or none of it, and concurrent writers
(serialised by the store's write lock) always match against a consistent table.

Every report (one article's account of one event) is kept in ``event_reports`` with its own
figures; the stored event record is recomputed from its reports (``fuse_reports.combine``), so
re-ingesting an article replaces its report instead of adding to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from eventwatch import fuse_dupes
from eventwatch.fuse_reports import Report, When, combine, score, settings, when
from eventwatch.model import Article, Event
from eventwatch.store.schema import (
    article_buckets,
    article_fingerprints,
    articles,
    event_articles,
    event_reports,
    events,
    evidence,
    merge_log,
)

_PROTECTED = frozenset({"verified", "edited", "rejected", "merged"})


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False)


def _report_columns(event: Event, published: date | None) -> dict[str, Any]:
    return {
        "published": published,
        "fatalities_best": event.fatalities.best,
        "fatalities_low": event.fatalities.low,
        "fatalities_high": event.fatalities.high,
        "injuries_best": event.injuries.best,
        "injuries_low": event.injuries.low,
        "injuries_high": event.injuries.high,
        "kidnapped": event.kidnapped,
        "record": _dumps(event.to_record()),
    }


def reports_of(conn: sa.Connection, event_id: str) -> list[Report]:
    """The reports an event is made of, in the order they were stored; reprints of one article
    share its key, so they count as one source."""
    rows = conn.execute(
        sa.select(
            event_reports.c.id,
            event_reports.c.article_id,
            event_reports.c.record,
            event_reports.c.published,
            article_fingerprints.c.duplicate_of,
        )
        .outerjoin(article_fingerprints, article_fingerprints.c.article_id == event_reports.c.article_id)
        .where(event_reports.c.event_id == event_id)
        .order_by(event_reports.c.id)
    ).all()
    return [
        Report(
            Event.from_record(json.loads(row.record)),
            row.published,
            row.id,
            article_key=str(row.duplicate_of or row.article_id) if row.article_id is not None else f"seed:{row.id}",
        )
        for row in rows
    ]


class FusionMixin:
    """``Store.ingest``: save an article with fusion across documents."""

    def ingest(self, article: Article, found: Iterable[Event]) -> Any:
        """Store ``article`` and fold each of its events into the stored event it reports (or a
        new one). Idempotent: the same article again changes nothing; events under review
        (verified, edited, rejected) keep their record and only gain the link and evidence."""
        from eventwatch.store.repository import SaveResult

        result = SaveResult()
        now = datetime.now(UTC)
        items = list(found)
        with self._write() as conn:  # type: ignore[attr-defined]
            article_id, result.article_new = self._upsert_article(conn, article, now)  # type: ignore[attr-defined]
            original = self._fingerprint(conn, article, article_id)
            if original is not None:
                result.duplicate_of = conn.execute(
                    sa.select(articles.c.doc_id).where(articles.c.id == original)
                ).scalar_one()
            known = {
                row.report_id: row.event_id
                for row in conn.execute(
                    sa.select(event_reports.c.report_id, event_reports.c.event_id).where(
                        event_reports.c.article_id == article_id
                    )
                )
            }
            targets: dict[str, str] = {}  # report id -> fused event id
            claimed: set[str] = set()
            for event in items:  # reports seen before keep their event (stable ids on re-runs)
                if event.event_id in known:
                    targets[event.event_id] = known[event.event_id]
                    claimed.add(known[event.event_id])
            published = article.published
            for event in items:
                if event.event_id in targets:
                    continue
                target = self._match(conn, event, published, original, claimed | set(known.values()), article_id, now)
                if target is None:
                    target = event.event_id
                else:
                    result.events_merged += 1
                targets[event.event_id] = target
                claimed.add(target)
            created: set[str] = set()
            for event in items:
                target = targets[event.event_id]
                if self._seed_reports(conn, target, now) is None:
                    # a first report: its event row must exist before the report can point at it
                    self._insert_event(conn, target, event, published, now)
                    created.add(target)
                self._put_report(conn, target, article_id, event, published, now)
            stale = {rid: eid for rid, eid in known.items() if rid not in targets}
            for report_id in stale:
                conn.execute(
                    event_reports.delete().where(
                        event_reports.c.article_id == article_id, event_reports.c.report_id == report_id
                    )
                )
            touched = dict.fromkeys(targets.values())
            for event_id in touched:
                outcome = self._recompute(conn, event_id, now)
                if event_id in created:
                    outcome = "new"
                own = [e for ev in items if targets[ev.event_id] == event_id for e in ev.evidence]
                own = [e for e in own if e.doc_id == article.doc_id]
                newly_linked = self._link(conn, event_id, article_id)  # type: ignore[attr-defined]
                if outcome != "protected" or newly_linked:
                    self._sync_evidence(conn, event_id, article_id, own)  # type: ignore[attr-defined]
                result.count(outcome)
            for event_id in set(stale.values()) - set(touched):
                self._unlink(conn, event_id, article_id)
                self._recompute(conn, event_id, now)
        return result

    # -- near-duplicate articles ---------------------------------------------------------------

    def _fingerprint(self, conn: sa.Connection, article: Article, article_id: int) -> int | None:
        """The earlier article this one reprints, if any; stores its fingerprint the first time."""
        row = conn.execute(
            sa.select(article_fingerprints.c.duplicate_of).where(article_fingerprints.c.article_id == article_id)
        ).first()
        if row is not None:
            return row.duplicate_of
        printed = fuse_dupes.fingerprint(article.text)
        sig = printed["minhash"]
        keys = fuse_dupes.buckets(sig)
        best: tuple[float, int] | None = None
        if keys:
            candidates = conn.execute(
                sa.select(
                    article_fingerprints.c.article_id,
                    article_fingerprints.c.signature,
                    article_fingerprints.c.duplicate_of,
                )
                .where(
                    article_fingerprints.c.article_id.in_(
                        sa.select(article_buckets.c.article_id).where(article_buckets.c.bucket.in_(keys)).distinct()
                    )
                )
                .order_by(article_fingerprints.c.article_id)
            )
            for cand in candidates:
                other = json.loads(cand.signature)
                if fuse_dupes.is_near_duplicate(sig, other["minhash"], printed["numbers"], other["numbers"]):
                    similarity = fuse_dupes.similarity(sig, other["minhash"])
                    root = cand.duplicate_of or cand.article_id  # chains point at the first print
                    if best is None or similarity > best[0]:
                        best = (similarity, root)
        conn.execute(
            article_fingerprints.insert().values(
                article_id=article_id,
                signature=json.dumps(printed),
                duplicate_of=best[1] if best else None,
                similarity=best[0] if best else None,
            )
        )
        if keys:
            conn.execute(
                article_buckets.insert(), [{"bucket": k, "article_id": article_id} for k in dict.fromkeys(keys)]
            )
        return best[1] if best else None

    # -- matching ----------------------------------------------------------------------------------

    def _match(
        self,
        conn: sa.Connection,
        event: Event,
        published: date | None,
        original: int | None,
        claimed: set[str],
        article_id: int,
        now: datetime,
    ) -> str | None:
        """The stored event ``event`` reports, logged with its score and reasons; None for a new one."""
        new_when = when(event, published)
        reprinted: set[str] = set()
        if original is not None:
            reprinted = set(
                conn.execute(
                    sa.select(event_reports.c.event_id).where(event_reports.c.article_id == original)
                ).scalars()
            )
        query = None
        location = event.location
        if location is not None and location.country_code and new_when is not None:
            margin = timedelta(days=settings()["window_days"] + 2)
            query = sa.select(events.c.event_id, events.c.record, events.c.match_date).where(
                events.c.country_code == location.country_code,
                events.c.match_date >= new_when.start - margin,
                events.c.match_date <= new_when.end + margin,
            )
        rows = list(conn.execute(query)) if query is not None else []
        seen = {row.event_id for row in rows}
        missing = sorted(reprinted - seen)
        if missing:
            rows += list(
                conn.execute(
                    sa.select(events.c.event_id, events.c.record, events.c.match_date).where(
                        events.c.event_id.in_(missing)
                    )
                )
            )
        best = None
        for row in sorted(rows, key=lambda r: r.event_id):
            if row.event_id in claimed:
                continue  # one article's distinct events never fold into one stored event
            stored = Event.from_record(json.loads(row.record))
            if stored.status == "merged":
                continue  # a reviewer folded it into another event, which is a candidate itself
            stored_when = when(stored, row.match_date)
            match = score(event, new_when, stored, stored_when, near_duplicate=row.event_id in reprinted)
            if match.accepted and (best is None or match.score > best[1].score):
                best = (row.event_id, match)
        if best is None:
            return None
        event_id, match = best
        conn.execute(
            merge_log.insert().values(
                event_id=event_id,
                article_id=article_id,
                report_id=event.event_id,
                score=match.score,
                reasons=_dumps(match.reasons),
                created_at=now,
            )
        )
        return event_id

    # -- reports and the fused record --------------------------------------------------------------

    @staticmethod
    def _insert_event(conn: sa.Connection, event_id: str, event: Event, published: date | None, now: datetime) -> None:
        from eventwatch.store.repository import _filter_columns

        record = event.to_record()
        record["event_id"] = event_id
        columns = _filter_columns(record)
        columns["match_date"] = event.date_start or published
        columns["sources"] = 1
        conn.execute(
            events.insert().values(event_id=event_id, record=_dumps(record), created_at=now, updated_at=now, **columns)
        )

    @staticmethod
    def _seed_reports(conn: sa.Connection, event_id: str, now: datetime) -> bool | None:
        """An event stored by ``save`` (before fusion) gets its record as its first report.

        None when the event is not stored yet, else whether a seed report was written."""
        reported = sa.exists().where(event_reports.c.event_id == events.c.event_id)
        row = conn.execute(
            sa.select(events.c.record, reported.label("reported")).where(events.c.event_id == event_id)
        ).first()
        if row is None:
            return None
        if row.reported:
            return False
        first_article = conn.execute(
            sa.select(sa.func.min(event_articles.c.article_id)).where(event_articles.c.event_id == event_id)
        ).scalar()
        published = None
        if first_article is not None:
            published = conn.execute(sa.select(articles.c.published).where(articles.c.id == first_article)).scalar()
        seed = Event.from_record(json.loads(row.record))
        conn.execute(
            event_reports.insert().values(
                event_id=event_id,
                article_id=first_article,
                report_id=event_id,
                created_at=now,
                **_report_columns(seed, published),
            )
        )
        return True

    @staticmethod
    def _put_report(
        conn: sa.Connection, event_id: str, article_id: int, event: Event, published: date | None, now: datetime
    ) -> None:
        columns = _report_columns(event, published)
        where = (event_reports.c.article_id == article_id, event_reports.c.report_id == event.event_id)
        row = conn.execute(
            sa.select(event_reports.c.id, event_reports.c.record, event_reports.c.published).where(*where)
        ).first()
        if row is None:
            conn.execute(
                event_reports.insert().values(
                    event_id=event_id, article_id=article_id, report_id=event.event_id, created_at=now, **columns
                )
            )
        elif (row.record, row.published) != (columns["record"], published):
            conn.execute(event_reports.update().where(event_reports.c.id == row.id).values(**columns))

    def _recompute(self, conn: sa.Connection, event_id: str, now: datetime) -> str:
        """Write the event all its reports describe; "new", "updated", "unchanged" or "protected"."""
        reports = reports_of(conn, event_id)
        stored = conn.execute(
            sa.select(events.c.record, events.c.status, events.c.sources, events.c.match_date).where(
                events.c.event_id == event_id
            )
        ).first()
        if not reports:
            if stored is not None and stored.status not in _PROTECTED:
                self._drop_event(conn, event_id)
            return "unchanged"
        fused = combine(event_id, reports)
        record = fused.to_record()
        text = _dumps(record)
        from eventwatch.store.repository import _filter_columns

        columns = _filter_columns(record)
        dates = [r.published for r in reports if r.published is not None]
        columns["match_date"] = fused.date_start or (min(dates) if dates else None)
        columns["sources"] = len({r.article_key for r in reports})
        if stored is None:
            conn.execute(
                events.insert().values(event_id=event_id, record=text, created_at=now, updated_at=now, **columns)
            )
            return "new"
        if stored.status in _PROTECTED:
            # the reviewed record stays as the analyst left it; the source count may still grow
            if stored.sources != columns["sources"] or stored.match_date is None:
                conn.execute(
                    events.update()
                    .where(events.c.event_id == event_id)
                    .values(sources=columns["sources"], match_date=stored.match_date or columns["match_date"])
                )
            return "protected"
        if (
            stored.record == text
            and stored.sources == columns["sources"]
            and stored.match_date == columns["match_date"]
        ):
            return "unchanged"
        conn.execute(
            events.update().where(events.c.event_id == event_id).values(record=text, updated_at=now, **columns)
        )
        return "updated"

    @staticmethod
    def _unlink(conn: sa.Connection, event_id: str, article_id: int) -> None:
        conn.execute(evidence.delete().where(evidence.c.event_id == event_id, evidence.c.article_id == article_id))
        conn.execute(
            event_articles.delete().where(
                event_articles.c.event_id == event_id, event_articles.c.article_id == article_id
            )
        )

    @staticmethod
    def _drop_event(conn: sa.Connection, event_id: str) -> None:
        for table in (evidence, event_articles, merge_log, event_reports):
            conn.execute(table.delete().where(table.c.event_id == event_id))
        conn.execute(events.delete().where(events.c.event_id == event_id))

    # -- reads ---------------------------------------------------------------------------------------

    def reports(self, event_id: str) -> list[dict[str, Any]]:
        """Every report of an event with its own figures, oldest first: who said what, when."""
        query = (
            sa.select(
                articles.c.doc_id,
                articles.c.source,
                event_reports.c.report_id,
                event_reports.c.published,
                event_reports.c.fatalities_best,
                event_reports.c.fatalities_low,
                event_reports.c.fatalities_high,
                event_reports.c.injuries_best,
                event_reports.c.injuries_low,
                event_reports.c.injuries_high,
                event_reports.c.kidnapped,
                article_fingerprints.c.duplicate_of,
            )
            .select_from(event_reports)
            .outerjoin(articles, articles.c.id == event_reports.c.article_id)
            .outerjoin(article_fingerprints, article_fingerprints.c.article_id == event_reports.c.article_id)
            .where(event_reports.c.event_id == event_id)
            .order_by(event_reports.c.id)
        )
        with self.engine.connect() as conn:  # type: ignore[attr-defined]
            rows = conn.execute(query).all()
            originals = {
                row.id: row.doc_id
                for row in conn.execute(
                    sa.select(articles.c.id, articles.c.doc_id).where(
                        articles.c.id.in_({r.duplicate_of for r in rows if r.duplicate_of is not None})
                    )
                )
            }
        return [
            {
                "doc_id": row.doc_id,
                "source": row.source,
                "report_id": row.report_id,
                "published": row.published,
                "fatalities": {"best": row.fatalities_best, "low": row.fatalities_low, "high": row.fatalities_high},
                "injuries": {"best": row.injuries_best, "low": row.injuries_low, "high": row.injuries_high},
                "kidnapped": row.kidnapped,
                "duplicate_of": originals.get(row.duplicate_of),
            }
            for row in rows
        ]

    def merges(self, event_id: str | None = None) -> list[dict[str, Any]]:
        """The merge log: which article's report joined which event, with the score and reasons."""
        query = (
            sa.select(
                merge_log.c.event_id,
                articles.c.doc_id,
                merge_log.c.report_id,
                merge_log.c.score,
                merge_log.c.reasons,
                merge_log.c.created_at,
            )
            .join(articles, articles.c.id == merge_log.c.article_id)
            .order_by(merge_log.c.id)
        )
        if event_id is not None:
            query = query.where(merge_log.c.event_id == event_id)
        with self.engine.connect() as conn:  # type: ignore[attr-defined]
            return [
                {
                    "event_id": row.event_id,
                    "doc_id": row.doc_id,
                    "report_id": row.report_id,
                    "score": row.score,
                    "reasons": json.loads(row.reasons),
                    "at": row.created_at,
                }
                for row in conn.execute(query)
            ]

    def sources(self, event_id: str) -> int:
        """Independent articles reporting the event (reprints of one story count once)."""
        with self.engine.connect() as conn:  # type: ignore[attr-defined]
            value = conn.execute(sa.select(events.c.sources).where(events.c.event_id == event_id)).scalar()
        return int(value or 0)


__all__ = ["FusionMixin", "When"]
