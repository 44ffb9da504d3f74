"""Web page bytes to text, for pages fetched live or read from web archives.

Pages on the web declare their encoding badly or not at all, so unlike a local file (which must
be UTF-8) a page is decoded leniently: the charset the server sends, else the one the page
declares, else UTF-8, else Windows-1252 (what browsers assume for undeclared pages).
"""

from __future__ import annotations

import codecs
import re

from eventwatch.model import InputError
from eventwatch.read.text import check_not_binary, normalise_newlines

_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})


def media_type(content_type: str | None) -> str | None:
    """``text/html`` from ``text/HTML; charset=utf-8``; ``None`` when there is no header."""
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def page_kind(content_type: str | None, data: bytes) -> str | None:
    """``html``, ``text`` or ``None`` (not a page to analyse) from the header, else from the bytes."""
    kind = media_type(content_type)
    if kind in HTML_TYPES:
        return "html"
    if kind in TEXT_TYPES:
        return "text"
    if kind is None or kind == "application/octet-stream":
        start = data[:512].lstrip(codecs.BOM_UTF8).lstrip().lower()
        return "html" if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) else None
    return None


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.decode("ascii") if isinstance(name, bytes) else name).name
    except (LookupError, UnicodeDecodeError):
        return None  # an unknown charset name is ignored, as browsers do


def decode_page(data: bytes, content_type: str | None, origin: str) -> str:
    """The page's text with LF newlines; raises InputError for binary data or an empty page."""
    if data.startswith(_UTF16_BOMS):
        text = data.decode("utf-16", errors="replace")
    else:
        check_not_binary(data, origin)
        header = _HEADER_CHARSET.search(content_type or "")
        meta = _META_CHARSET.search(data[:4096])
        declared = _codec(header.group(1) if header else None) or _codec(meta.group(1) if meta else None)
        if declared:
            text = data.decode(declared, errors="replace")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252", errors="replace")
    text = normalise_newlines(text.lstrip("\ufeff"))
    if not text.strip():
        raise InputError(origin, "empty page")
    return text
