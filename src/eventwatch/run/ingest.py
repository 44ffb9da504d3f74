"""Ingest runner: read → analyse → store, with fusion across documents by default.

Each article is written in its own transaction (``Store.ingest``), so an interrupted run keeps
every article it finished and a re-run picks up the rest: articles already stored are skipped
before analysis, by content hash.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.progress import Progress

from eventwatch.model import Article, InputError
from eventwatch.pipeline import with_publication_date
from eventwatch.run.local import RunSummary, analyse_inputs
from eventwatch.store import Store


def ingest_paths(
    paths: list[str],
    store: Store,
    summary: RunSummary,
    *,
    on_error: Callable[[InputError], None],
    fuse: bool = True,
    force: bool = False,
    progress: Progress | None = None,
) -> None:
    """Store every good input of ``paths``; counts go to ``summary``."""

    def already_stored(article: Article) -> bool:
        return not force and store.has_article(article.content_hash)

    for article, events in analyse_inputs(paths, summary, on_error=on_error, skip=already_stored, progress=progress):
        # the publication date found in the text dates undated events for matching
        dated = with_publication_date(article)
        result = store.ingest(dated, events) if fuse else store.save(dated, events)
        summary.events_new += result.events_new
        summary.events_updated += result.events_updated
        summary.events_merged += result.events_merged
        summary.duplicates += result.duplicate_of is not None
