"""HTML pages: the main text and metadata, through trafilatura, offline."""

from __future__ import annotations

import codecs
import os
import re
from datetime import date
from functools import cache
from typing import Any

from eventwatch.model import Article, InputError
from eventwatch.read.text import check_not_binary, decode, read_file_bytes


@cache
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    # trafilatura's timeout uses signals, which fail outside the main thread (pool workers)
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _page_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _looks_like_prose(text: str) -> bool:
    """A menu or a footer ("Home / World / Sport") is not an article: prose has a sentence."""
    return any(len(line.split()) >= 6 for line in text.splitlines())


def article_from_html(html: str, doc_id: str, origin: str, line: int | None = None) -> Article:
    """The page's main text (comments and tables left out) with its title, date, site and URL.

    Raises InputError when the page has no article text.
    """
    # imported here: trafilatura takes a while to import and plain-text runs never need it
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html,
            fast=True,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
            config=_config(),
        )
    except Exception as error:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(origin, f"cannot parse HTML: {error}", line) from None
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not _looks_like_prose(text):
        raise InputError(origin, "HTML page has no article text", line)
    published = _page_date(document.date)
    return Article(
        doc_id=doc_id,
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        title=document.title or None,
        url=document.url or None,
        source=document.sitename or document.hostname or None,
        published=published,
        published_from="html" if published else None,
        origin=origin if line is None else f"{origin}:{line}",
    )


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes, origin: str) -> str:
    """UTF-8 like every input, unless the page declares another charset in a meta tag."""
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            if codecs.lookup(name).name != "utf-8":
                check_not_binary(data, origin)
                return decode(data.decode(name, errors="replace").encode("utf-8"), origin)
        except LookupError:
            pass  # an unknown charset name: fall back to UTF-8
    return decode(data, origin)


def read_html_file(path: str, max_bytes: int) -> Article:
    html = decode_html(read_file_bytes(path, max_bytes), path)
    return article_from_html(html, os.path.basename(path), path)
