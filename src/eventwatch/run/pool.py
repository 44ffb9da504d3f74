"""The process-pool runner: ``pipeline.analyse`` in worker processes, results back in input order.

Only analysis leaves the main process. Reading, the "already stored" checks, storage and
cross-document fusion stay with the caller, which receives (article, events) pairs in exactly the
order the articles came in, so a database filled with N workers is the one a single process fills.

Articles travel to the workers in chunks (one task per chunk keeps the cost of pickling and
scheduling small against ~20-40 ms of analysis per article), and only a few chunks per worker are
in flight at a time, so memory stays bounded however large the input is.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from eventwatch.model import Article, Event

DEFAULT_CHUNKSIZE = 16  # articles per task: ~0.5 s of work for news-length articles
CHUNKS_IN_FLIGHT_PER_WORKER = 3  # enough queued work that no worker waits for the main process

T = TypeVar("T")


@dataclass(frozen=True)
class AnalysisFailure:
    """``analyse`` raised on one article: a bug to report against that article, not a crash of the run."""

    reason: str


Analysis = list[Event] | AnalysisFailure


def analyse_safely(article: Article, include_background: bool = False) -> Analysis:
    """``analyse(article)``, or the failure it raised (one odd document must not end a long run)."""
    from eventwatch.pipeline import analyse

    try:
        return analyse(article, include_background=include_background)
    except Exception as error:  # noqa: BLE001 - any bug in analysis is reported per article
        return AnalysisFailure(f"analysis failed: {type(error).__name__}: {error}")


def analyse_chunk(articles: list[Article], include_background: bool = False) -> list[Analysis]:
    """The analysis of each article, in order: the task a pool worker or a Dask worker runs."""
    return [analyse_safely(article, include_background) for article in articles]


def warm_up_worker() -> None:
    """Load the gazetteer once per worker process, before its first task."""
    # Ctrl-C reaches the whole process group: the main process alone decides how to stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from eventwatch.gazetteer import get_gazetteer

    get_gazetteer()


def _context() -> multiprocessing.context.BaseContext:
    # The main process runs threads (the progress bar, the database driver), and forking a
    # threaded process can deadlock a child; a fork server is a clean single-threaded parent
    # that has already imported the analysis code, so each worker starts in a fraction of a second.
    if sys.platform != "win32" and "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["eventwatch.pipeline"])
        return context
    return multiprocessing.get_context("spawn")


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def analyse_in_pool(
    items: Iterable[tuple[Article, Analysis | None]],
    *,
    workers: int,
    include_background: bool = False,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[tuple[Article, Analysis]]:
    """(article, its analysis) for each item, in input order; items already analysed (not None,
    e.g. loaded from Parquet) pass through without going to a worker."""
    in_flight = max(2, workers * CHUNKS_IN_FLIGHT_PER_WORKER)
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=warm_up_worker)
    pending: deque[tuple[list[tuple[Article, Analysis | None]], Future[list[Analysis]] | None]] = deque()
    try:
        for chunk in _chunks(items, chunksize):
            todo = [article for article, done in chunk if done is None]
            future = pool.submit(analyse_chunk, todo, include_background) if todo else None
            pending.append((chunk, future))
            while len(pending) >= in_flight:
                yield from _settle(*pending.popleft())
        while pending:
            yield from _settle(*pending.popleft())
    finally:
        # an early stop (an error while storing, Ctrl-C) drops the queued work instead of finishing it
        pool.shutdown(wait=True, cancel_futures=True)


def _settle(
    chunk: list[tuple[Article, Analysis | None]], future: Future[list[Analysis]] | None
) -> Iterator[tuple[Article, Analysis]]:
    results = iter(future.result() if future is not None else ())
    for article, done in chunk:
        yield article, done if done is not None else next(results)
