"""Ingest runner: read → analyse → store, with fusion across documents by default.

Each article is written in its own transaction (``Store.ingest``), so an interrupted run keeps
every article it finished and a re-run picks up the rest: articles already stored are skipped
before analysis, by content hash. With ``workers > 1`` the analysis runs in a process pool, but
storage and fusion stay here, in input order, so the database is the one a single process builds.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.progress import Progress

from eventwatch.model import Article, Event, InputError
from eventwatch.pipeline import with_publication_date
from eventwatch.run.local import RunSummary, analyse_inputs
from eventwatch.store import Store


def store_analysed(store: Store, article: Article, events: list[Event], summary: RunSummary, *, fuse: bool) -> None:
    """Store one analysed article (with fusion unless ``fuse`` is off) and count what changed."""
    # the publication date found in the text dates undated events for matching
    dated = with_publication_date(article)
    result = store.ingest(dated, events) if fuse else store.save(dated, events)
    summary.events_new += result.events_new
    summary.events_updated += result.events_updated
    summary.events_merged += result.events_merged
    summary.duplicates += result.duplicate_of is not None


def stored_checker(store: Store, force: bool) -> Callable[[Article], bool] | None:
    """The test for "already stored, skip it" (None with ``force``: analyse and store everything)."""
    if force:
        return None
    return lambda article: store.has_article(article.content_hash)


def ingest_paths(
    paths: list[str],
    store: Store,
    summary: RunSummary,
    *,
    on_error: Callable[[InputError], None],
    fuse: bool = True,
    force: bool = False,
    progress: Progress | None = None,
    workers: int = 1,
) -> None:
    """Store every good input of ``paths`` (any kind ``read_inputs`` reads, and Parquet files of
    analysed articles, stored without analysing again); counts go to ``summary``."""
    analysed = analyse_inputs(
        paths, summary, on_error=on_error, skip=stored_checker(store, force), progress=progress, workers=workers
    )
    for article, events in analysed:
        store_analysed(store, article, events, summary, fuse=fuse)
