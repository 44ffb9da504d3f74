"""Readers: files, directories and stdin to Articles, with bad input reported, never raised.

``read_inputs`` is the one entry point; each input kind has its own module (``text``, ``html``,
``jsonl``, ``warc``) and ``paths`` decides which files a list of paths stands for. ``feeds`` and
``http`` read live feeds for `eventwatch watch`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from eventwatch.model import Article, InputError
from eventwatch.read.html import article_from_html, read_html_file
from eventwatch.read.jsonl import read_jsonl_file, read_jsonl_stream
from eventwatch.read.paths import expand
from eventwatch.read.text import BOM, decode, read_text_file
from eventwatch.read.warc import read_warc_file

__all__ = ["DEFAULT_MAX_BYTES", "STDIN_ORIGIN", "read_inputs"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN_ORIGIN = "<stdin>"


def read_inputs(
    paths: Iterable[str], *, stdin: TextIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError]:
    """Articles from ``.txt``, ``.html``/``.htm``, ``.jsonl``/``.json``/``.jsonl.gz`` and
    ``.warc``/``.warc.gz`` files, directories (walked recursively in sorted order) and ``-``
    (stdin, its kind sniffed from the first character); an ``InputError`` for each bad file, JSONL
    line or WARC record, after which reading goes on.

    ``max_bytes`` caps a whole file (checked from its size before reading) and, for JSONL, each
    line; for WARC, each record's body.
    """
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
            continue
        path, kind = item
        try:
            if kind == "stdin":
                yield from _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
            elif kind in ("jsonl", "jsonl.gz"):
                yield from read_jsonl_file(path, max_bytes)
            elif kind == "warc":
                yield from read_warc_file(path, max_bytes)
            elif kind == "html":
                yield read_html_file(path, max_bytes)
            else:
                yield read_text_file(path, max_bytes)
        except InputError as error:
            yield error
        except (OSError, ValueError) as error:
            origin = STDIN_ORIGIN if kind == "stdin" else path
            yield InputError(origin, f"cannot read: {error}")


class _Encoded:
    """A text stream seen as UTF-8 bytes (for a stdin replaced by a StringIO)."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def readline(self, limit: int = -1) -> bytes:
        return self._stream.readline(limit).encode("utf-8")

    def read(self, size: int = -1) -> bytes:
        return self._stream.read(size).encode("utf-8")


class _Prefixed:
    """A binary stream with bytes already read put back in front."""

    def __init__(self, prefix: list[bytes], stream: Any):
        self._prefix = prefix
        self._stream = stream

    def readline(self, limit: int = -1) -> bytes:
        if self._prefix:
            return self._prefix.pop(0)
        return self._stream.readline(limit)

    def read(self, size: int = -1) -> bytes:
        head = b"".join(self._prefix)
        self._prefix = []
        if size < 0:
            return head + self._stream.read()
        return head + self._stream.read(max(0, size - len(head)))


def _read_stdin(stdin: TextIO, max_bytes: int) -> Iterator[Article | InputError]:
    # the binary buffer, when there is one, lets bad UTF-8 be reported like in a file
    binary = getattr(stdin, "buffer", None) or _Encoded(stdin)
    seen: list[bytes] = []
    first = b""
    while not first:
        line = binary.readline(max_bytes + 1)
        if not line:
            break
        seen.append(line)
        first = line.lstrip(BOM).lstrip()
    stream = _Prefixed(seen, binary)
    if first.startswith(b"{"):
        yield from read_jsonl_stream(stream, STDIN_ORIGIN, max_bytes)
        return
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(STDIN_ORIGIN, f"larger than the limit of {max_bytes:,} bytes")
    text = decode(data, STDIN_ORIGIN)
    if first.startswith(b"<"):
        yield article_from_html(text, "stdin", STDIN_ORIGIN)
    else:
        yield Article(doc_id="stdin", text=text, origin=STDIN_ORIGIN)
