"""Feed polling state (tables ``feeds`` and ``feed_items``): what `eventwatch watch` resumes from.

Per feed: the validators for conditional requests, the schedule and the failure count. Per
item: whether its page was fetched, so a restart never fetches it again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from eventwatch.store.repository import Store
from eventwatch.store.schema import feed_items, feeds

FETCHED, FAILED, SKIPPED = "fetched", "failed", "skipped"
_CHUNK = 500  # keys per IN (...) clause, below SQLite's bound-parameter limit


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; every time written here is UTC
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


@dataclass
class FeedRow:
    url: str
    title: str | None
    etag: str | None
    last_modified: str | None
    interval_seconds: int
    next_poll_at: datetime | None
    last_polled_at: datetime | None
    failures: int
    last_error: str | None


@dataclass
class ItemRow:
    key: str
    link: str | None
    status: str
    error: str | None
    attempts: int


class FeedState:
    """Reads and writes of the polling state, through a Store's engine and writer lock."""

    def __init__(self, store: Store):
        self.store = store

    def _write(self):  # type: ignore[no-untyped-def]
        # the repository's writer transaction, so feed writes queue behind article writes
        return self.store._write()

    # -- feeds ----------------------------------------------------------------------------

    def add(self, url: str, title: str | None, interval_seconds: int, now: datetime) -> FeedRow:
        """The feed's row, created (due at once) when the feed is new."""
        with self._write() as conn:
            found = conn.execute(sa.select(feeds).where(feeds.c.url == url)).first()
            if found is None:
                conn.execute(
                    feeds.insert().values(
                        url=url, title=title, interval_seconds=interval_seconds, next_poll_at=now, failures=0
                    )
                )
                found = conn.execute(sa.select(feeds).where(feeds.c.url == url)).first()
        return self._row(found)

    def get(self, url: str) -> FeedRow | None:
        with self.store.engine.connect() as conn:
            found = conn.execute(sa.select(feeds).where(feeds.c.url == url)).first()
        return self._row(found) if found is not None else None

    def all(self) -> list[FeedRow]:
        with self.store.engine.connect() as conn:
            return [self._row(row) for row in conn.execute(sa.select(feeds).order_by(feeds.c.url))]

    def polled(
        self,
        url: str,
        *,
        now: datetime,
        next_poll_at: datetime,
        interval_seconds: int,
        title: str | None = None,
        validators: tuple[str | None, str | None] | None = None,
    ) -> None:
        """A poll that worked (a 200 or a 304): failures reset; ``validators`` (ETag,
        Last-Modified) replace the stored ones when given."""
        values: dict = {
            "last_polled_at": now,
            "next_poll_at": next_poll_at,
            "interval_seconds": interval_seconds,
            "failures": 0,
            "last_error": None,
        }
        if title:
            values["title"] = title
        if validators is not None:
            values["etag"], values["last_modified"] = validators
        with self._write() as conn:
            conn.execute(feeds.update().where(feeds.c.url == url).values(**values))

    def failed(self, url: str, error: str, *, now: datetime, next_poll_at: datetime) -> int:
        """A poll that failed; returns the number of failures in a row."""
        with self._write() as conn:
            conn.execute(
                feeds.update()
                .where(feeds.c.url == url)
                .values(failures=feeds.c.failures + 1, last_error=error, last_polled_at=now, next_poll_at=next_poll_at)
            )
            return conn.execute(sa.select(feeds.c.failures).where(feeds.c.url == url)).scalar_one()

    @staticmethod
    def _row(row: sa.Row) -> FeedRow:
        return FeedRow(
            url=row.url,
            title=row.title,
            etag=row.etag,
            last_modified=row.last_modified,
            interval_seconds=row.interval_seconds,
            next_poll_at=_aware(row.next_poll_at),
            last_polled_at=_aware(row.last_polled_at),
            failures=row.failures,
            last_error=row.last_error,
        )

    # -- items ----------------------------------------------------------------------------

    def items(self, feed_url: str, keys: Iterable[str]) -> dict[str, ItemRow]:
        """The stored rows of those of ``keys`` the feed has seen before."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, ItemRow] = {}
        with self.store.engine.connect() as conn:
            for start in range(0, len(wanted), _CHUNK):
                rows = conn.execute(
                    sa.select(feed_items).where(
                        feed_items.c.feed_url == feed_url, feed_items.c.item_key.in_(wanted[start : start + _CHUNK])
                    )
                )
                for row in rows:
                    found[row.item_key] = ItemRow(row.item_key, row.link, row.status, row.error, row.attempts)
        return found

    def fetched_links(self, links: Iterable[str]) -> set[str]:
        """Those of ``links`` any feed has already fetched (an article listed in several feeds)."""
        wanted = list(dict.fromkeys(link for link in links if link))
        found: set[str] = set()
        with self.store.engine.connect() as conn:
            for start in range(0, len(wanted), _CHUNK):
                found.update(
                    conn.execute(
                        sa.select(feed_items.c.link).where(
                            feed_items.c.link.in_(wanted[start : start + _CHUNK]),
                            feed_items.c.status.in_((FETCHED, SKIPPED)),
                        )
                    ).scalars()
                )
        return found

    def record_item(
        self, feed_url: str, key: str, link: str | None, status: str, error: str | None, now: datetime
    ) -> None:
        """One more attempt at an item and how it ended."""
        with self._write() as conn:
            found = conn.execute(
                sa.select(feed_items.c.attempts).where(feed_items.c.feed_url == feed_url, feed_items.c.item_key == key)
            ).first()
            if found is None:
                conn.execute(
                    feed_items.insert().values(
                        feed_url=feed_url,
                        item_key=key,
                        link=link,
                        status=status,
                        error=error,
                        attempts=1,
                        fetched_at=now,
                    )
                )
            else:
                conn.execute(
                    feed_items.update()
                    .where(feed_items.c.feed_url == feed_url, feed_items.c.item_key == key)
                    .values(link=link, status=status, error=error, attempts=found.attempts + 1, fetched_at=now)
                )

    def item_counts(self) -> dict[str, int]:
        with self.store.engine.connect() as conn:
            rows = conn.execute(sa.select(feed_items.c.status, sa.func.count()).group_by(feed_items.c.status))
            return {status: count for status, count in rows}
