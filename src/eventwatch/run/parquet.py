"""Analysed articles as Parquet files, and back, so storage can happen later and elsewhere.

One row per article: its text and metadata (the ``Article`` exactly as it was read) and
``events``, a list with one event record (EVENT_SCHEMA.md, as JSON text) per event found in it.
Loading a file gives back (article, events) pairs that ``eventwatch ingest`` stores with fusion
without analysing again. The records carry one field beyond the schema, ``location.feature``
(place, admin1 or country), because cross-document matching reads it.

Files are written under a temporary name and renamed when complete, so a crash never leaves a
half-written partition for a later ``ingest`` to choke on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from eventwatch.model import Article, Event, InputError

# pyarrow is imported when a Parquet file is read or written, not by every command that imports this

SUFFIX = ".parquet"
FORMAT_VERSION = 1
BATCH_ROWS = 256  # rows read at a time: bounded memory on large partitions


@cache
def schema() -> Any:
    """The Arrow schema of a partition file."""
    import pyarrow as pa

    return pa.schema(
        [
            ("doc_id", pa.string()),
            ("text", pa.large_string()),
            ("title", pa.string()),
            ("url", pa.string()),
            ("source", pa.string()),
            ("published", pa.date32()),
            ("published_from", pa.string()),
            ("language", pa.string()),
            ("origin", pa.string()),
            ("content_hash", pa.string()),
            ("events", pa.list_(pa.large_string())),
        ],
        metadata={"eventwatch": json.dumps({"content": "analysed articles", "format_version": FORMAT_VERSION})},
    )


_ARTICLE_FIELDS = ("doc_id", "text", "title", "url", "source", "published", "published_from", "language", "origin")


@dataclass
class Analysed:
    """An article with the events an earlier run found in it."""

    article: Article
    events: list[Event]


def is_parquet(path: str) -> bool:
    return path.lower().endswith(SUFFIX) and os.path.isfile(path)


def parquet_files(directory: str) -> list[str]:
    """The Parquet files under ``directory``, in the order ``read_inputs`` walks a directory."""
    found = []
    for folder, subdirs, files in os.walk(directory):
        subdirs.sort()
        found += [os.path.join(folder, name) for name in sorted(files) if name.lower().endswith(SUFFIX)]
    return [path for path in found if not os.path.basename(path).startswith(".")]


def event_to_json(event: Event) -> str:
    record = event.to_record()
    if event.location is not None and record["location"] is not None:
        record["location"]["feature"] = event.location.feature
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def event_from_json(text: str) -> Event:
    record = json.loads(text)
    event = Event.from_record(record)
    if event.location is not None:
        event.location.feature = record["location"].get("feature") or "place"
    return event


def write_partition(path: str, analysed: Iterable[tuple[Article, list[Event]]]) -> int:
    """Write the pairs as one Parquet file (atomically); the number of rows written."""
    rows = []
    for article, events in analysed:
        row = {name: getattr(article, name) for name in _ARTICLE_FIELDS}
        row["content_hash"] = article.content_hash
        row["events"] = [event_to_json(event) for event in events]
        rows.append(row)
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=schema())
    folder, name = os.path.split(path)
    partial = os.path.join(folder, f".{name}.partial")
    pq.write_table(table, partial, compression="zstd")
    os.replace(partial, path)
    return len(rows)


def count_rows(path: str) -> int | None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path).metadata.num_rows
    except (OSError, pa.ArrowException):
        return None


def read_partition(path: str) -> Iterator[Analysed | InputError]:
    """The analysed articles of one file written by ``write_partition``; an ``InputError`` naming
    the file (and row) for a file that is not one, or for a bad row."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as error:
        yield InputError(path, f"not a readable Parquet file: {error}")
        return
    missing = [name for name in schema().names if name not in handle.schema_arrow.names]
    if missing:
        yield InputError(path, f"not an eventwatch Parquet file of analysed articles (no column {missing[0]!r})")
        return
    number = 0
    try:
        for batch in handle.iter_batches(batch_size=BATCH_ROWS, columns=schema().names):
            for row in batch.to_pylist():
                number += 1
                try:
                    yield _analysed(row)
                except (KeyError, TypeError, ValueError) as error:
                    yield InputError(path, f"row {number}: bad record: {error}")
    except (OSError, pa.ArrowException) as error:
        yield InputError(path, f"cannot read after row {number}: {error}")


def _analysed(row: dict) -> Analysed:
    if not row["doc_id"] or row["text"] is None:
        raise ValueError("no doc_id or text")
    fields = {name: row[name] for name in _ARTICLE_FIELDS}
    fields["language"] = fields["language"] or "en"
    article = Article(**fields)
    return Analysed(article, [event_from_json(text) for text in row["events"] or []])
