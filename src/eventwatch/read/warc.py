"""Web archives (``.warc``, ``.warc.gz``): one Article per archived page, through warcio.

Only HTTP ``response`` records with a 2xx status and an HTML or plain-text body are pages;
requests, revisits, metadata, redirects, errors and other media are skipped without a word. A
record that cannot be read is reported with the file and the byte offset where it starts; as the
records after it cannot be found reliably, reading that file stops there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from typing import Any, BinaryIO

from eventwatch.model import Article, InputError
from eventwatch.read.charset import decode_page, page_kind
from eventwatch.read.html import article_from_html


def _warc_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _page(record: Any, path: str, offset: int, max_bytes: int) -> Article | InputError | None:
    """The record's page as an Article, an InputError for a bad page, None for a record to skip."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode() or ""
    if not (status.isdigit() and 200 <= int(status) < 300):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    content_type = record.http_headers.get_header("Content-Type")
    where = f"record at offset {offset}" + (f" ({uri})" if uri else "")
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return InputError(path, f"{where}: body larger than the limit of {max_bytes:,} bytes")
    kind = page_kind(content_type, body)
    if kind is None:
        return None
    origin = f"{path}@{offset}"
    doc_id = uri or origin
    try:
        text = decode_page(body, content_type, origin)
        if kind == "html":
            article = article_from_html(text, doc_id, origin)
        else:
            article = Article(doc_id=doc_id, text=text.strip(), origin=origin)
    except InputError as error:
        return InputError(path, f"{where}: {error.reason}")
    article.url = article.url or uri or None
    if article.published is None:
        # the crawl date: the page existed then, so it was published that day or before
        crawled = _warc_date(record.rec_headers.get_header("WARC-Date"))
        if crawled is not None:
            article.published, article.published_from = crawled, "warc"
    return article


def read_warc_file(path: str, max_bytes: int) -> Iterator[Article | InputError]:
    """Every page in the archive, in file order, and an InputError for each bad page or record."""
    try:
        with open(path, "rb") as handle:
            yield from _read_records(handle, path, max_bytes)
    except OSError as error:
        yield InputError(path, f"cannot read: {error.strerror or error}")


def _read_records(handle: BinaryIO, path: str, max_bytes: int) -> Iterator[Article | InputError]:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(handle)
    offset = records.offset
    try:
        for record in records:
            # where this record starts: asking warcio (get_record_offset) would skip its body
            offset = records.offset
            if record.rec_type is None:
                raise ValueError("no WARC record header (the file is cut short or damaged)")
            if record.format != "warc":  # warcio takes any line of text for an old ARC header
                raise ValueError("not a WARC record")
            found = _page(record, path, offset, max_bytes)
            records.read_to_end()
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:
                # a page cut short would be analysed as if it were whole
                raise ValueError(f"record cut short ({missing:,} bytes of {record.length:,} missing)")
            if found is not None:
                yield found
            # the next record starts where this one ends
            offset = records.offset
    except Exception as error:  # warcio, gzip and zlib each have their own errors for damage
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        yield InputError(path, f"broken record at offset {offset}, reading stopped: {reason}")
        return
    size = os.fstat(handle.fileno()).st_size
    if offset < size:
        # warcio ends quietly when a compressed record is cut short before its header
        yield InputError(path, f"broken record at offset {offset}: {size - offset:,} bytes left that are no record")
    elif size == 0:
        yield InputError(path, "empty WARC file")
