"""The in-process runner: one article after another, with a progress bar on stderr.

``analyse_inputs`` is the read → analyse half every runner shares; with ``workers > 1`` the
analysis runs in a process pool (``run/pool.py``) and the pairs still come back in input order.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from eventwatch.model import Article, Event, InputError
from eventwatch.read import DEFAULT_MAX_BYTES, read_inputs
from eventwatch.read.paths import STDIN, expand
from eventwatch.run import parquet
from eventwatch.run.pool import Analysis, AnalysisFailure, analyse_in_pool, analyse_safely

FAILURES_LISTED = 10  # in the end-of-run summary; every failure already had its own error line


@dataclass
class RunSummary:
    documents: int = 0
    events: int = 0
    skipped: int = 0  # already stored
    no_event: list[str] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    events_new: int = 0
    events_updated: int = 0
    events_merged: int = 0  # reports folded into an event already stored (cross-document fusion)
    duplicates: int = 0  # articles recognised as reprints of one already stored
    partitions: int = 0  # Parquet files written (batch)
    started: float = field(default_factory=time.perf_counter)

    def to_record(self) -> dict:
        return {
            "documents": self.documents,
            "events": self.events,
            "skipped_already_stored": self.skipped,
            "documents_without_event": self.no_event,
            "failed": [{"origin": e.origin, "line": e.line, "reason": e.reason} for e in self.failed],
        }

    def lines(self, *, stored: bool = False, fused: bool = True, database: dict[str, int] | None = None) -> list[str]:
        """The end-of-run summary for a person: what was read, what failed and why, what was found
        and (``stored``) what changed in the database."""
        elapsed = time.perf_counter() - self.started
        rate = self.documents / elapsed if elapsed > 0 else 0.0
        read = f"{self.documents} documents read"
        if stored:
            read += f" ({self.skipped} already stored)"
        if self.duplicates:
            read += f" ({self.duplicates} reprints of stored articles)"
        lines = [f"{read}, {len(self.failed)} failed, in {elapsed:.1f} s ({rate:.1f} documents/s)."]
        for error in self.failed[:FAILURES_LISTED]:
            lines.append(f"  failed: {error}")
        if len(self.failed) > FAILURES_LISTED:
            lines.append(f"  ... and {len(self.failed) - FAILURES_LISTED} more failures (one error line each above)")
        found = f"{self.events} events found in {self.documents - self.skipped - len(self.no_event)} documents"
        if stored:
            merged = f", {self.events_merged} merged into reported events" if fused else ""
            found += f": {self.events_new} new, {self.events_updated} updated{merged}"
        lines.append(found + ".")
        if self.partitions:
            lines.append(f"{self.partitions} Parquet partitions written.")
        if database is not None:
            lines.append(f"Database: {database.get('articles', 0)} articles, {database.get('events', 0)} events.")
        return lines


def read_sources(
    paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError | parquet.Analysed]:
    """Every input in order: articles from what ``read_inputs`` reads, and articles analysed
    before from Parquet files (named, or found in a directory)."""
    for path in paths:
        if parquet.is_parquet(path):
            yield from parquet.read_partition(path)
            continue
        if path != STDIN and os.path.isdir(path):
            for found in parquet.parquet_files(path):
                yield from parquet.read_partition(found)
        yield from read_inputs([path], max_bytes=max_bytes)


def count_documents(paths: Iterable[str]) -> int | None:
    """How many documents the inputs hold (JSONL lines and Parquet rows counted), for the progress
    bar; None when that is unknown or too costly to find out."""
    total = 0
    for path in paths:
        found = [path] if parquet.is_parquet(path) else parquet.parquet_files(path) if os.path.isdir(path) else []
        for name in found:
            rows = parquet.count_rows(name)
            total += 1 if rows is None else rows
        if parquet.is_parquet(path):
            continue
        for item in expand([path]):
            if isinstance(item, InputError):
                total += 1
                continue
            name, kind = item
            if kind in ("text", "html"):
                total += 1
            elif kind == "jsonl":
                try:
                    if os.path.getsize(name) > 2_000_000_000:
                        return None
                    with open(name, "rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            else:  # stdin, or an archive of many documents
                return None
    return total


class DocumentRateColumn(ProgressColumn):
    """Documents per second since the task started (steady, unlike an estimate over the last
    few updates when results arrive a chunk at a time)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed
        rate = f"{task.completed / elapsed:.1f} docs/s" if elapsed and task.completed else ""
        return Text(rate, style="progress.data.speed")


def progress_bar(console: Console, enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        DocumentRateColumn(),
        console=console,
        disable=not enabled,
        transient=False,
    )


class Tally:
    """A progress task counting documents (or nothing, without a progress bar)."""

    def __init__(self, progress: Progress | None, description: str, total: int | None):
        self._progress = progress
        self._task: TaskID | None = None
        if progress is not None:
            self._task = progress.add_task(description, total=total)

    @classmethod
    def for_paths(cls, progress: Progress | None, description: str, paths: list[str]) -> Tally:
        """A task whose total is the documents in ``paths``, counted only when a bar is shown
        (counting reads every JSONL file once more)."""
        shown = progress is not None and not progress.disable
        return cls(progress, description, count_documents(paths) if shown else None)

    def advance(self, count: int = 1) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, count)


def accepted_inputs(
    paths: list[str],
    summary: RunSummary,
    tally: Tally,
    *,
    on_error: Callable[[InputError], None],
    skip: Callable[[Article], bool] | None = None,
    max_bytes: int | None = None,
) -> Iterator[tuple[Article, list[Event] | None]]:
    """(article, events known already or None) for each input to go on with; bad inputs and
    skipped articles are counted (and bad ones reported) here."""
    for item in read_sources(paths, max_bytes or DEFAULT_MAX_BYTES):
        if isinstance(item, InputError):
            summary.failed.append(item)
            on_error(item)
            tally.advance()
            continue
        article, events = (item.article, item.events) if isinstance(item, parquet.Analysed) else (item, None)
        summary.documents += 1
        if skip is not None and skip(article):
            summary.skipped += 1
            tally.advance()
            continue
        yield article, events


def settle(
    article: Article,
    analysis: Analysis,
    summary: RunSummary,
    on_error: Callable[[InputError], None],
) -> list[Event] | None:
    """The events of an analysed article, counted; None (reported) when its analysis failed."""
    if isinstance(analysis, AnalysisFailure):
        error = InputError(article.origin or article.doc_id, analysis.reason)
        summary.failed.append(error)
        on_error(error)
        return None
    summary.events += len(analysis)
    if not analysis:
        summary.no_event.append(article.doc_id)
    return analysis


def analyse_inputs(
    paths: list[str],
    summary: RunSummary,
    *,
    on_error: Callable[[InputError], None],
    skip: Callable[[Article], bool] | None = None,
    progress: Progress | None = None,
    max_bytes: int | None = None,
    include_background: bool = False,
    workers: int = 1,
) -> Iterator[tuple[Article, list[Event]]]:
    """(article, its events) for every good input, in input order; bad ones go to ``on_error``
    and the summary. ``skip`` is asked just before an article would be analysed (and, with a
    pool, asked again when its result comes back, so that the answer is the one a single process
    would have had: an earlier article may have been stored in the meantime)."""
    tally = Tally.for_paths(progress, "analysing", paths)
    accepted = accepted_inputs(paths, summary, tally, on_error=on_error, skip=skip, max_bytes=max_bytes)
    analysed: Iterator[tuple[Article, Analysis]]
    if workers > 1:
        analysed = analyse_in_pool(accepted, workers=workers, include_background=include_background)
    else:
        analysed = (
            (article, events if events is not None else analyse_safely(article, include_background))
            for article, events in accepted
        )
    for article, analysis in analysed:
        tally.advance()
        if workers > 1 and skip is not None and skip(article):
            summary.skipped += 1
            continue
        events = settle(article, analysis, summary, on_error)
        if events is not None:
            yield article, events
