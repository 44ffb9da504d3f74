"""Plain-text articles, and the byte checks every reader shares (size, binary, UTF-8, BOM, CRLF)."""

from __future__ import annotations

import os
from typing import BinaryIO

from eventwatch.model import Article, InputError

BOM = b"\xef\xbb\xbf"
# share of control characters above which bytes are taken for binary data, not text
_MAX_CONTROL_SHARE = 0.1
_TEXT_CONTROLS = {9, 10, 12, 13}  # tab, newline, form feed, carriage return


def read_limited(handle: BinaryIO, origin: str, max_bytes: int) -> bytes:
    """The whole stream, refusing it as soon as it is longer than ``max_bytes``."""
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(origin, f"larger than the limit of {max_bytes:,} bytes")
    return data


def read_file_bytes(path: str, max_bytes: int) -> bytes:
    """The file's bytes; too large a file is refused from its size, without being read."""
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise InputError(path, f"file is {size:,} bytes, larger than the limit of {max_bytes:,}")
        with open(path, "rb") as handle:
            return read_limited(handle, path, max_bytes)
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None


def decode(data: bytes, origin: str, line: int | None = None) -> str:
    """Bytes to the text every span refers to: UTF-8 without BOM, newlines as LF.

    Raises InputError for binary data, invalid UTF-8 (naming the byte offset) and empty input.
    """
    check_not_binary(data, origin, line)
    if data.startswith(BOM):
        data = data[len(BOM) :]
        offset = len(BOM)
    else:
        offset = 0
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            origin, f"invalid UTF-8 at byte offset {error.start + offset} ({error.reason})", line
        ) from None
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError(origin, "empty (no text)" if not text else "empty (whitespace only)", line)
    return text


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_not_binary(data: bytes, origin: str, line: int | None = None) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(origin, f"binary data (NUL byte at offset {nul}), not text", line)
    sample = data[:65536]
    if sample:
        controls = sum(1 for byte in sample if byte < 32 and byte not in _TEXT_CONTROLS)
        if controls / len(sample) > _MAX_CONTROL_SHARE:
            raise InputError(origin, "binary data (mostly control bytes), not text", line)


def article_from_text(text: str, doc_id: str, origin: str) -> Article:
    return Article(doc_id=doc_id, text=text, origin=origin)


def read_text_file(path: str, max_bytes: int) -> Article:
    """One plain-text article; its id is the file name."""
    text = decode(read_file_bytes(path, max_bytes), path)
    return article_from_text(text, os.path.basename(path), path)
