"""JSON Lines input: one article per line (EVENT_SCHEMA.md, "Input"), streamed line by line."""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterator
from datetime import date
from typing import Any, BinaryIO

from eventwatch.model import Article, InputError
from eventwatch.read.html import article_from_html
from eventwatch.read.text import BOM, check_not_binary, normalise_newlines

_CHUNK = 1 << 20
# a truncated or corrupt .gz file: EOFError (cut short), zlib.error (bad data), BadGzipFile (header)
_BROKEN_GZIP = (EOFError, zlib.error, gzip.BadGzipFile)


def _lines(handle: Any, origin: str, max_bytes: int) -> Iterator[tuple[int, bytes | InputError]]:
    """(line number, bytes) per line; a line over ``max_bytes`` is skipped without being held."""
    number = 0
    try:
        while True:
            raw = handle.readline(max_bytes + 1)
            if not raw:
                return
            number += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):
                    raw = handle.readline(_CHUNK)
                yield number, InputError(origin, f"line longer than the limit of {max_bytes:,} bytes", number)
                continue
            yield number, raw
    except _BROKEN_GZIP as error:
        if number == 0 and isinstance(error, gzip.BadGzipFile):
            raise  # not gzip at all: the caller says so for the whole file
        # the lines before the damage have been read; nothing after it can be
        yield number + 1, InputError(origin, f"broken gzip data, reading stopped: {error}", number + 1)


def _string(record: dict[str, Any], key: str, origin: str, number: int) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(origin, f"field {key!r} must be a string, not {type(value).__name__}", number)
    return value


def article_from_record(record: Any, origin: str, number: int) -> Article:
    """One JSONL record to an Article; raises InputError naming the line for a bad record."""
    if not isinstance(record, dict):
        raise InputError(origin, f"expected a JSON object, got {type(record).__name__}", number)
    doc_id = record.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise InputError(origin, "missing 'id' (a non-empty string)", number)
    text = _string(record, "text", origin, number)
    html = _string(record, "html", origin, number)
    if not (text and text.strip()) and not (html and html.strip()):
        raise InputError(origin, f"record {doc_id!r} has no 'text' or 'html'", number)
    published_raw = record.get("published")
    published = None
    if published_raw not in (None, ""):
        try:
            if not isinstance(published_raw, str) or len(published_raw) != 10:
                raise ValueError
            published = date.fromisoformat(published_raw)
        except ValueError:
            raise InputError(
                origin, f"record {doc_id!r}: 'published' must be YYYY-MM-DD, got {published_raw!r}", number
            ) from None
    where = f"{origin}:{number}"
    if text and text.strip():
        article = Article(doc_id=doc_id, text=normalise_newlines(text.lstrip("\ufeff")), origin=where)
    else:
        article = article_from_html(html or "", doc_id, origin, number)
    for key in ("title", "url", "source"):
        value = _string(record, key, origin, number)
        if value:
            setattr(article, key, value)
    language = _string(record, "language", origin, number)
    if language:
        article.language = language
    if published:
        article.published, article.published_from = published, "input"
    return article


def _parse_line(raw: bytes, origin: str, number: int) -> Any:
    check_not_binary(raw, origin, number)
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(origin, f"invalid UTF-8 at byte offset {error.start} of the line", number) from None
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(origin, f"invalid JSON: {error.msg} (column {error.colno})", number) from None


def read_jsonl_stream(handle: Any, origin: str, max_bytes: int) -> Iterator[Article | InputError]:
    """Every good line of a binary stream (anything with ``readline(limit)``) as an Article and
    every bad one as an InputError; blank lines are skipped."""
    seen_any = False
    for number, raw in _lines(handle, origin, max_bytes):
        if isinstance(raw, InputError):
            seen_any = True
            yield raw
            continue
        if number == 1 and raw.startswith(BOM):
            raw = raw[len(BOM) :]
        if not raw.strip():
            continue
        seen_any = True
        try:
            yield article_from_record(_parse_line(raw, origin, number), origin, number)
        except InputError as error:
            yield error
    if not seen_any:
        yield InputError(origin, "empty (no JSON lines)")


def read_jsonl_file(path: str, max_bytes: int) -> Iterator[Article | InputError]:
    """A JSONL file streamed line by line (the size limit applies to each line); a ``.json`` file
    holding one array of records is accepted too, within the whole-file limit. A ``.gz`` file is
    decompressed as it is read."""
    if path.lower().endswith(".gz"):
        yield from _read_gzip_jsonl(path, max_bytes)
        return
    try:
        with open(path, "rb") as handle:
            yield from _read_open_json(handle, path, max_bytes)
    except OSError as error:
        yield InputError(path, f"cannot read: {error.strerror or error}")


def _read_gzip_jsonl(path: str, max_bytes: int) -> Iterator[Article | InputError]:
    try:
        with gzip.open(path, "rb") as handle:
            yield from read_jsonl_stream(handle, path, max_bytes)
    except gzip.BadGzipFile as error:  # raised on the first read, before any line
        yield InputError(path, f"not a gzip file: {error}")
    except OSError as error:
        yield InputError(path, f"cannot read: {error.strerror or error}")


def _read_open_json(handle: BinaryIO, path: str, max_bytes: int) -> Iterator[Article | InputError]:
    start = handle.read(64).removeprefix(BOM).lstrip()
    handle.seek(0)
    if path.lower().endswith(".json") and start.startswith(b"["):
        yield from _read_json_array(handle, path, max_bytes)
    else:
        yield from read_jsonl_stream(handle, path, max_bytes)


def _read_json_array(handle: BinaryIO, path: str, max_bytes: int) -> Iterator[Article | InputError]:
    size = os.fstat(handle.fileno()).st_size
    if size > max_bytes:
        yield InputError(path, f"JSON array file is {size:,} bytes, larger than the limit of {max_bytes:,}")
        return
    try:
        data = handle.read()
        check_not_binary(data, path)
        records = json.loads(data.decode("utf-8-sig"))
    except InputError as error:
        yield error
        return
    except UnicodeDecodeError as error:
        yield InputError(path, f"invalid UTF-8 at byte offset {error.start}")
        return
    except json.JSONDecodeError as error:
        yield InputError(path, f"invalid JSON: {error.msg}", error.lineno)
        return
    for index, record in enumerate(records, start=1):
        # for an array the "line" is the record's position in it
        try:
            yield article_from_record(record, path, index)
        except InputError as error:
            yield error
