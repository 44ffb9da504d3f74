"""The in-process runner: one article after another, with a progress bar on stderr."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventwatch.model import Article, Event, InputError
from eventwatch.pipeline import analyse
from eventwatch.read import read_inputs
from eventwatch.read.paths import expand


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

    def to_record(self) -> dict:
        return {
            "documents": self.documents,
            "events": self.events,
            "skipped_already_stored": self.skipped,
            "documents_without_event": self.no_event,
            "failed": [{"origin": e.origin, "line": e.line, "reason": e.reason} for e in self.failed],
        }


def count_documents(paths: Iterable[str]) -> int | None:
    """How many documents the inputs hold (JSONL lines counted), for the progress bar."""
    total = 0
    for item in expand(paths):
        if isinstance(item, InputError):
            total += 1
            continue
        path, kind = item
        if kind == "stdin":
            return None
        if kind == "jsonl":
            try:
                if os.path.getsize(path) > 2_000_000_000:
                    return None
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def progress_bar(console: Console, enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not enabled,
        transient=False,
    )


def analyse_inputs(
    paths: list[str],
    summary: RunSummary,
    *,
    on_error: Callable[[InputError], None],
    skip: Callable[[Article], bool] | None = None,
    progress: Progress | None = None,
    max_bytes: int | None = None,
    include_background: bool = False,
) -> Iterator[tuple[Article, list[Event]]]:
    """(article, its events) for every good input; bad ones go to ``on_error`` and the summary."""
    task = None
    if progress is not None:
        task = progress.add_task("analysing", total=count_documents(paths))
    kwargs = {"max_bytes": max_bytes} if max_bytes else {}
    for item in read_inputs(paths, **kwargs):
        if progress is not None and task is not None:
            progress.advance(task)
        if isinstance(item, InputError):
            summary.failed.append(item)
            on_error(item)
            continue
        summary.documents += 1
        if skip is not None and skip(item):
            summary.skipped += 1
            continue
        events = analyse(item, include_background=include_background)
        summary.events += len(events)
        if not events:
            summary.no_event.append(item.doc_id)
        yield item, events
