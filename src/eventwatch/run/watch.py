"""The feed watcher: poll feeds on their schedules, fetch new items' pages, ingest them.

Threads fetch (network and HTML extraction, one feed per thread, rate-limited per host by the
shared Fetcher); the calling thread alone analyses and writes, so the database sees one writer
and the summary needs no lock. A feed's new ETag/Last-Modified are stored only after all its new
items are stored, so a crash in between makes the next poll see those items again (and skip the
ones already recorded in ``feed_items``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from rich.console import Group
from rich.table import Table
from rich.text import Text

from eventwatch.model import Article, InputError
from eventwatch.read.feeds import (
    FeedEntry,
    FeedSource,
    ParsedFeed,
    article_from_page,
    article_from_summary,
    parse_feed,
)
from eventwatch.read.http import DEFAULT_MAX_BYTES, Fetcher, FetchError, Response
from eventwatch.run.ingest import store_analysed
from eventwatch.run.local import RunSummary, settle
from eventwatch.run.pool import analyse_safely
from eventwatch.store import Store
from eventwatch.store.feeds import FAILED, FETCHED, SKIPPED, FeedRow, FeedState

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml, text/plain;q=0.8, */*;q=0.5"


@dataclass
class WatchOptions:
    interval: float = 900.0  # seconds between polls of a feed, unless the feed asks for longer
    per_host_delay: float = 1.0
    timeout: float = 20.0
    max_bytes: int = DEFAULT_MAX_BYTES
    fetchers: int = 4  # feeds fetched at the same time
    max_refresh: float = 86_400.0  # a feed's own ttl is honoured up to this
    max_backoff: float = 6 * 3600.0  # longest wait after repeated failures
    item_attempts: int = 3  # tries at an item whose page and summary both failed
    fuse: bool = True


@dataclass
class WatchSummary(RunSummary):
    feeds: int = 0
    polls: int = 0
    not_modified: int = 0
    feed_failures: int = 0
    pages: int = 0  # item pages fetched and read
    fallbacks: int = 0  # items read from the feed's own summary because the page failed
    items_failed: int = 0


@dataclass
class FeedStatus:
    state: str = "waiting"  # waiting | polling | ok | not modified | failing
    new_items: int = 0
    last_error: str | None = None
    next_poll_at: datetime | None = None


@dataclass
class ItemResult:
    entry: FeedEntry
    attempts_before: int
    article: Article | None = None
    error: InputError | None = None  # why there is no article
    fallback: str | None = None  # why the feed's summary was read instead of the page


@dataclass
class PollResult:
    feed: FeedRow
    response: Response | None = None
    parsed: ParsedFeed | None = None
    error: FetchError | InputError | None = None
    items: list[ItemResult] = field(default_factory=list)
    complete: bool = True  # False when stopped before every new item was fetched


def effective_interval(base: float, refresh_seconds: int | None, cap: float) -> float:
    """The feed's poll interval: ours, or longer when the feed says it changes less often."""
    return max(base, min(float(refresh_seconds), cap)) if refresh_seconds else base


def backoff_delay(interval: float, failures: int, retry_after: float | None, cap: float) -> float:
    """The wait after ``failures`` failed polls in a row: doubling, capped, never shorter than
    the interval or than what the server asked for (Retry-After)."""
    delay = min(interval * 2 ** min(failures, 20), max(cap, interval))
    if retry_after is not None:
        delay = max(delay, min(retry_after, max(cap, interval)))
    return delay


def _now() -> datetime:
    return datetime.now(UTC)


class Watcher:
    """Polls ``sources`` into ``store``; ``run(once=True)`` polls each once and returns."""

    def __init__(
        self,
        store: Store,
        sources: list[FeedSource],
        options: WatchOptions | None = None,
        *,
        on_error: Callable[[InputError], None] = lambda error: None,
        on_warning: Callable[[InputError], None] = lambda warning: None,
        clock: Callable[[], datetime] = _now,
    ):
        self.store = store
        self.state = FeedState(store)
        self.options = options or WatchOptions()
        self.on_error = on_error
        self.on_warning = on_warning
        self.clock = clock
        self.summary = WatchSummary(feeds=len(sources))
        self.status: dict[str, FeedStatus] = {}
        self.stop_requested = threading.Event()
        self.interrupted = False  # ended by Ctrl-C
        self.fetcher = Fetcher(
            timeout=self.options.timeout, max_bytes=self.options.max_bytes, per_host_delay=self.options.per_host_delay
        )
        self._rows: dict[str, FeedRow] = {}
        now = self.clock()
        for source in sources:
            row = self.state.add(source.url, source.title, max(1, round(self.options.interval)), now)
            # a shorter --interval than last time takes effect at once
            soonest = now + timedelta(seconds=self.options.interval)
            if row.next_poll_at is None or row.next_poll_at > soonest:
                row.next_poll_at = soonest
            self._rows[source.url] = row
            self.status[source.url] = FeedStatus(next_poll_at=row.next_poll_at)

    def close(self) -> None:
        self.fetcher.close()

    # -- the loop ---------------------------------------------------------------------------

    def run(self, *, once: bool = False) -> WatchSummary:
        """Poll until ``stop_requested`` is set or Ctrl-C (or, with ``once``, every feed once)."""
        pool = ThreadPoolExecutor(max(1, self.options.fetchers), thread_name_prefix="eventwatch-fetch")
        pending: dict[Future[PollResult], str] = {}
        submitted: set[str] = set()
        interrupted = False
        try:
            while not self.stop_requested.is_set():
                now = self.clock()
                for url, row in self._rows.items():
                    if url in pending.values() or (once and url in submitted):
                        continue
                    if once or row.next_poll_at is None or row.next_poll_at <= now:
                        submitted.add(url)
                        self.status[url].state = "polling"
                        pending[pool.submit(self._poll, row)] = url
                if once and not pending:
                    break
                pause = self._pause(now)
                if pending:
                    done, _ = wait(pending, timeout=pause, return_when=FIRST_COMPLETED)
                    for future in done:
                        self._apply(pending.pop(future), future)
                else:
                    self.stop_requested.wait(pause)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            # fetching threads stop between items; what they finished is still stored
            self.stop_requested.set()
            pool.shutdown(wait=True, cancel_futures=True)
        for future, url in pending.items():
            if future.done() and not future.cancelled():
                self._apply(url, future)
        self.interrupted = interrupted
        return self.summary

    def _pause(self, now: datetime) -> float:
        upcoming = [row.next_poll_at for row in self._rows.values() if row.next_poll_at is not None]
        if not upcoming:
            return 1.0
        # woken at least every second so that a stop request is seen promptly
        return min(1.0, max(0.05, (min(upcoming) - now).total_seconds()))

    # -- in a fetching thread ---------------------------------------------------------------

    def _poll(self, row: FeedRow) -> PollResult:
        try:
            response = self.fetcher.get(row.url, etag=row.etag, last_modified=row.last_modified, accept=FEED_ACCEPT)
        except FetchError as error:
            return PollResult(row, error=error)
        if response.not_modified:
            return PollResult(row, response)
        try:
            parsed = parse_feed(response.body, response.url, response.content_type)
        except InputError as error:
            return PollResult(row, response, error=error)
        result = PollResult(row, response, parsed)
        source = parsed.title or row.title
        # oldest first, so events are stored in the order they were reported
        for entry, attempts in reversed(self._new_entries(row.url, parsed.entries)):
            if self.stop_requested.is_set():
                result.complete = False
                break
            result.items.append(self._read_item(entry, attempts, row.url, source))
        return result

    def _new_entries(self, feed_url: str, entries: list[FeedEntry]) -> list[tuple[FeedEntry, int]]:
        """Entries not yet fetched, with how many times each was tried before."""
        unique: list[FeedEntry] = []
        seen: set[str] = set()
        for entry in entries:
            if entry.key not in seen:  # a feed repeating an item: the first (newest) one counts
                seen.add(entry.key)
                unique.append(entry)
        known = self.state.items(feed_url, (entry.key for entry in unique))
        elsewhere = self.state.fetched_links(entry.link for entry in unique if entry.link)
        fresh = []
        for entry in unique:
            row = known.get(entry.key)
            if row is not None and (row.status != FAILED or row.attempts >= self.options.item_attempts):
                continue
            if entry.link in elsewhere:
                continue
            fresh.append((entry, row.attempts if row is not None else 0))
        return fresh

    def _read_item(self, entry: FeedEntry, attempts: int, feed_url: str, source: str | None) -> ItemResult:
        result = ItemResult(entry, attempts)
        if entry.link:
            try:
                page = self.fetcher.get(entry.link, accept=PAGE_ACCEPT)
                result.article = article_from_page(entry, page.body, page.content_type, page.url, source)
                return result
            except (FetchError, InputError) as error:
                reason = error.reason
        else:
            reason = "the item has no link"
        origin = entry.link or feed_url
        try:
            result.article = article_from_summary(entry, origin, source)
            result.fallback = reason
        except InputError as error:
            result.error = InputError(origin, f"page failed ({reason}) and {error.reason}")
        return result

    # -- in the calling thread --------------------------------------------------------------

    def _apply(self, url: str, future: Future[PollResult]) -> None:
        now = self.clock()
        row = self._rows[url]
        try:
            result = future.result()
        except Exception as error:  # a bug or an unforeseen library error must not stop the watcher
            result = PollResult(row, error=FetchError(url, f"unexpected {type(error).__name__}: {error}"))
        self.summary.polls += 1
        status = self.status[url]
        if result.error is not None:
            self._failed(row, status, result.error, now)
            return
        assert result.response is not None
        if result.parsed is None:  # 304 Not Modified
            self.summary.not_modified += 1
            status.state, status.new_items, status.last_error = "not modified", 0, None
            self._schedule(row, now, row.interval_seconds)
            self.state.polled(url, now=now, next_poll_at=row.next_poll_at, interval_seconds=row.interval_seconds)
            return
        parsed = result.parsed
        if parsed.warning:
            self.on_warning(InputError(url, parsed.warning))
        retry_later = False
        for item in result.items:
            retry_later |= self._ingest_item(url, item, now)
        interval = effective_interval(self.options.interval, parsed.refresh_seconds, self.options.max_refresh)
        self._schedule(row, now, interval)
        # without validators the next poll gets the whole feed again, so unfinished items are retried
        keep = result.complete and not retry_later
        validators = (result.response.etag, result.response.last_modified) if keep else (None, None)
        row.etag, row.last_modified = validators
        row.interval_seconds = max(1, round(interval))
        self.state.polled(
            url,
            now=now,
            next_poll_at=row.next_poll_at,
            interval_seconds=row.interval_seconds,
            title=parsed.title,
            validators=validators,
        )
        status.state, status.new_items, status.last_error = "ok", len(result.items), None

    def _failed(self, row: FeedRow, status: FeedStatus, error: FetchError | InputError, now: datetime) -> None:
        self.summary.feed_failures += 1
        report = InputError(row.url, error.reason)
        self.summary.failed.append(report)
        self.on_error(report)
        retry_after = error.retry_after if isinstance(error, FetchError) else None
        row.failures += 1
        delay = backoff_delay(self.options.interval, row.failures, retry_after, self.options.max_backoff)
        self._schedule(row, now, delay)
        row.failures = self.state.failed(row.url, error.reason, now=now, next_poll_at=row.next_poll_at)
        status.state, status.last_error = "failing", error.reason

    def _schedule(self, row: FeedRow, now: datetime, seconds: float) -> None:
        row.next_poll_at = now + timedelta(seconds=seconds)
        self.status[row.url].next_poll_at = row.next_poll_at

    def _ingest_item(self, feed_url: str, item: ItemResult, now: datetime) -> bool:
        """Store one item's article; True when it failed and is worth another try later."""
        entry = item.entry
        if item.article is None:
            assert item.error is not None
            return self._item_failed(feed_url, item, item.error, now)
        if item.fallback:
            self.summary.fallbacks += 1
            note = f"page failed ({item.fallback}); analysed the feed's summary instead"
            self.on_warning(InputError(item.article.origin or feed_url, note))
        else:
            self.summary.pages += 1
            note = None
        outcome = self._store(item.article)
        if outcome == FAILED:  # the analysis raised; already reported and counted as failed
            self.summary.items_failed += 1
            self.state.record_item(feed_url, entry.key, entry.link, FAILED, "analysis failed", now)
            return item.attempts_before + 1 < self.options.item_attempts
        self.state.record_item(feed_url, entry.key, entry.link, outcome, note, now)
        return False

    def _item_failed(self, feed_url: str, item: ItemResult, error: InputError, now: datetime) -> bool:
        self.summary.items_failed += 1
        self.summary.failed.append(error)
        self.on_error(error)
        self.state.record_item(feed_url, item.entry.key, item.entry.link, FAILED, error.reason, now)
        return item.attempts_before + 1 < self.options.item_attempts

    def _store(self, article: Article) -> str:
        """Analyse and store one article as `eventwatch ingest` does: FETCHED, SKIPPED when it is
        stored already (same text), FAILED when the analysis raised."""
        self.summary.documents += 1
        if self.store.has_article(article.content_hash):
            self.summary.skipped += 1
            return SKIPPED
        events = settle(article, analyse_safely(article), self.summary, self.on_error)
        if events is None:
            return FAILED
        store_analysed(self.store, article, events, self.summary, fuse=self.options.fuse)
        return FETCHED


# -- the live status --------------------------------------------------------------------------------

_STATE_STYLE = {"ok": "green", "not modified": "cyan", "failing": "red", "polling": "yellow", "waiting": "dim"}


class StatusView:
    """A rich renderable of the watcher's state, redrawn by ``rich.live.Live``."""

    def __init__(self, watcher: Watcher, max_rows: int = 15):
        self.watcher = watcher
        self.max_rows = max_rows

    def __rich__(self) -> Group:
        summary = self.watcher.summary
        states = [status.state for status in list(self.watcher.status.values())]
        head = Text.assemble(
            ("feeds ", "bold"),
            f"{len(states)} ({states.count('ok')} ok, {states.count('not modified')} unchanged, ",
            (f"{states.count('failing')} failing", "red" if "failing" in states else ""),
            f")   polls {summary.polls}   ",
            ("items ", "bold"),
            f"{summary.pages} pages, {summary.fallbacks} from summaries, {summary.items_failed} failed   ",
            ("events ", "bold"),
            f"{summary.events_new} new, {summary.events_merged} merged",
        )
        table = Table(box=None, pad_edge=False)
        for column in ("feed", "state", "new items", "next poll", "last error"):
            table.add_column(column, overflow="ellipsis", no_wrap=True)
        # failing feeds first: they are what needs attention
        rows = sorted(list(self.watcher.status.items()), key=lambda kv: (kv[1].state != "failing", kv[0]))
        for url, status in rows[: self.max_rows]:
            when = status.next_poll_at.astimezone().strftime("%H:%M:%S") if status.next_poll_at else ""
            table.add_row(
                url,
                Text(status.state, style=_STATE_STYLE.get(status.state, "")),
                str(status.new_items),
                when,
                status.last_error or "",
            )
        if len(rows) > self.max_rows:
            table.add_row(f"... and {len(rows) - self.max_rows} more feeds", "", "", "", "")
        return Group(head, table)
