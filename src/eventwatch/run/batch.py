"""The Dask runner: the same pure analysis, partition by partition, on a cluster.

This process (the client) reads the inputs and cuts them into partitions of articles; the workers
only run ``analyse`` on them (they need eventwatch installed, not access to the input files).
Results come back partition by partition in input order, and the client either stores them with
fusion, exactly as ``ingest`` would, or writes one Parquet file per partition for a later
``eventwatch ingest DIR``. A few partitions per worker thread are in flight at a time, so neither
the client nor the cluster holds more than a window of the input.
"""

from __future__ import annotations

import glob
import logging
import os
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any

from rich.progress import Progress

from eventwatch.model import Article, Event, InputError
from eventwatch.run import parquet
from eventwatch.run.ingest import store_analysed, stored_checker
from eventwatch.run.local import RunSummary, Tally, accepted_inputs, settle
from eventwatch.run.pool import Analysis, analyse_chunk

if TYPE_CHECKING:
    from dask.distributed import Client

    from eventwatch.store import Store

DEFAULT_PARTITION_SIZE = 200  # articles: several seconds of work, small enough to spread well
PARTITIONS_IN_FLIGHT_PER_THREAD = 2
PARTITION_NAME = "part-{:05d}.parquet"


class BatchError(Exception):
    """The batch cannot start (cluster unreachable, output directory not usable)."""


@contextmanager
def dask_client(scheduler: str | None = None, local_workers: int | None = None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a local cluster of ``local_workers``
    single-threaded worker processes (started here and stopped on exit)."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as error:
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error
        with client:
            yield client
        return
    if not local_workers or local_workers < 1:
        raise BatchError("a local cluster needs at least one worker")
    with (
        LocalCluster(
            n_workers=local_workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def prepare_output(directory: str, overwrite: bool) -> None:
    """Create ``directory``; refuse (or with ``overwrite`` remove) partitions of an earlier run,
    which a later ``ingest DIR`` would otherwise load together with the new ones."""
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError as error:
        raise BatchError(f"cannot create the output directory {directory}: {error}") from error
    earlier = sorted(glob.glob(os.path.join(directory, "part-*.parquet")))
    if earlier and not overwrite:
        raise BatchError(
            f"{directory} already holds {len(earlier)} partition files of an earlier run; "
            "choose another directory or pass --overwrite"
        )
    for path in earlier:
        os.remove(path)


def _threads(client: Client) -> int:
    try:
        return max(1, sum(client.nthreads().values()))
    except Exception:  # noqa: BLE001 - a scheduler still waiting for workers: assume a small cluster
        return 2


def analyse_on_cluster(
    items: Iterator[tuple[Article, list[Event] | None]],
    client: Client,
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    include_background: bool = False,
) -> Iterator[list[tuple[Article, Analysis]]]:
    """Each partition's (article, analysis) pairs, partitions in input order; articles already
    analysed (loaded from Parquet) are not sent to the cluster."""
    in_flight = max(2, _threads(client) * PARTITIONS_IN_FLIGHT_PER_THREAD)
    pending: deque[tuple[list[tuple[Article, Any]], Any]] = deque()

    def settled(partition: list[tuple[Article, Any]], future: Any) -> list[tuple[Article, Analysis]]:
        results = iter(future.result() if future is not None else ())
        return [(article, done if done is not None else next(results)) for article, done in partition]

    while partition := list(islice(items, partition_size)):
        todo = [article for article, done in partition if done is None]
        # pure=False: no hashing of the articles to name the task; each partition is new work
        future = client.submit(analyse_chunk, todo, include_background, pure=False) if todo else None
        pending.append((partition, future))
        while len(pending) >= in_flight:
            yield settled(*pending.popleft())
    while pending:
        yield settled(*pending.popleft())


def run_batch(
    paths: list[str],
    client: Client,
    summary: RunSummary,
    *,
    on_error: Callable[[InputError], None],
    store: Store | None = None,
    parquet_dir: str | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    fuse: bool = True,
    force: bool = False,
    progress: Progress | None = None,
) -> None:
    """Analyse ``paths`` on the cluster of ``client`` and store the events in ``store`` (in input
    order, with fusion unless ``fuse`` is off) or write them as Parquet partitions to ``parquet_dir``."""
    if (store is None) == (parquet_dir is None):
        raise ValueError("give exactly one of store and parquet_dir")
    if partition_size < 1:
        raise BatchError("the partition size must be at least 1")
    skip = stored_checker(store, force) if store is not None else None
    tally = Tally.for_paths(progress, "analysing on the cluster", paths)
    accepted = accepted_inputs(paths, summary, tally, on_error=on_error, skip=skip)
    for partition in analyse_on_cluster(accepted, client, partition_size=partition_size):
        good: list[tuple[Article, list[Event]]] = []
        for article, analysis in partition:
            tally.advance()
            # asked again: an earlier partition may have stored the same text meanwhile
            if skip is not None and skip(article):
                summary.skipped += 1
                continue
            events = settle(article, analysis, summary, on_error)
            if events is None:
                continue
            if store is not None:
                store_analysed(store, article, events, summary, fuse=fuse)
            else:
                good.append((article, events))
        if parquet_dir is not None and good:
            parquet.write_partition(os.path.join(parquet_dir, PARTITION_NAME.format(summary.partitions)), good)
            summary.partitions += 1
