"""RSS and Atom: the list of feeds to watch, the items of a fetched feed, and items as Articles.

Nothing here touches the network: feedparser is only ever given bytes already fetched (as a
stream: given bytes or a string it may open a file or a URL by itself).
"""

from __future__ import annotations

import hashlib
import io
import xml.etree.ElementTree as ElementTree
from calendar import timegm
from dataclasses import dataclass
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

from eventwatch.model import Article, InputError
from eventwatch.read.charset import decode_page, page_kind
from eventwatch.read.html import article_from_html
from eventwatch.read.text import BOM, decode

# sy:updatePeriod (RSS syndication module) in seconds
_PERIODS = {"hourly": 3600, "daily": 86400, "weekly": 7 * 86400, "monthly": 30 * 86400, "yearly": 365 * 86400}


@dataclass(frozen=True)
class FeedSource:
    url: str
    title: str | None = None


@dataclass
class FeedEntry:
    key: str  # guid (RSS) or id (Atom), else the link: what marks the item as seen
    link: str | None
    title: str | None
    summary: str  # plain text of the item's content or description ("" when none)
    published: date | None


@dataclass
class ParsedFeed:
    title: str | None
    entries: list[FeedEntry]
    refresh_seconds: int | None  # how often the feed says it changes (ttl, sy:updatePeriod)
    warning: str | None = None  # the feed was malformed but readable


# -- the list of feeds ----------------------------------------------------------------------------


def _http_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def read_feed_list(path: str) -> tuple[list[FeedSource], list[InputError]]:
    """The feeds an OPML file or a text file (one URL per line, ``#`` comments) names, without
    repeats, and an error for each line or outline that is not an http(s) URL.

    Raises InputError when the file cannot be read or names no feed at all.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(20 * 1024 * 1024)
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    if data.lstrip(BOM).lstrip().startswith(b"<"):
        found, errors = _read_opml(data, path)
    else:
        found, errors = _read_url_lines(decode(data, path), path)
    unique: dict[str, FeedSource] = {}
    for source in found:
        unique.setdefault(source.url, source)  # a feed listed twice is polled once
    if not unique:
        raise InputError(path, "names no feed URL" + (f" ({len(errors)} bad entries)" if errors else ""))
    return list(unique.values()), errors


def _read_url_lines(text: str, path: str) -> tuple[list[FeedSource], list[InputError]]:
    found: list[FeedSource] = []
    errors: list[InputError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        url = line.split(" #", 1)[0].strip()
        if not url or url.startswith("#"):
            continue
        if _http_url(url):
            found.append(FeedSource(url))
        else:
            errors.append(InputError(path, f"not an http(s) URL: {url!r}", number))
    return found, errors


def _read_opml(data: bytes, path: str) -> tuple[list[FeedSource], list[InputError]]:
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise InputError(path, f"invalid OPML: {error}") from None
    found: list[FeedSource] = []
    errors: list[InputError] = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url:
            continue  # a folder of outlines
        if _http_url(url):
            found.append(FeedSource(url, outline.get("title") or outline.get("text")))
        else:
            errors.append(InputError(path, f"outline with a xmlUrl that is not an http(s) URL: {url!r}"))
    return found, errors


# -- a fetched feed -------------------------------------------------------------------------------


class _TextOfHTML(HTMLParser):
    """Text of an HTML fragment (a feed's description), with block elements as line breaks."""

    _BLOCKS = frozenset({"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"})
    _HIDDEN = frozenset({"script", "style"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def text_of_fragment(fragment: str) -> str:
    parser = _TextOfHTML()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n\n".join(line for line in lines if line)


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(timegm(value), UTC).date()
    return None


def _entry_summary(entry: Any) -> str:
    # content:encoded / atom:content often has the whole article; the description a teaser
    candidates = [part.get("value", "") for part in entry.get("content") or []]
    candidates.append(entry.get("summary") or "")
    texts = [text_of_fragment(candidate) for candidate in candidates if candidate]
    return max(texts, key=len, default="")


def _refresh_seconds(feed: Any) -> int | None:
    ttl = str(feed.get("ttl") or "").strip()
    if ttl.isdigit() and int(ttl) > 0:
        return int(ttl) * 60
    period = _PERIODS.get(str(feed.get("sy_updateperiod") or "").strip().lower())
    if period is None:
        return None
    frequency = str(feed.get("sy_updatefrequency") or "1").strip()
    return period // max(1, int(frequency)) if frequency.isdigit() else period


def parse_feed(data: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """The items of an RSS or Atom document; InputError naming the URL when it is not a feed."""
    import feedparser

    # no content-location: feedparser would resolve a guid that is not a URL against it, and the
    # key of an item must not depend on where its feed was fetched from
    headers = {"content-type": content_type or "application/xml"}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.get("version") and not parsed.entries:
        detail = f": {problem}" if problem else ""
        raise InputError(url, f"not an RSS or Atom feed{detail}")
    entries = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        link = urljoin(url, link) if link else None  # relative links are relative to the feed
        summary = _entry_summary(entry)
        key = (entry.get("id") or "").strip() or link
        if key is None:
            if not summary:
                continue  # nothing to fetch and nothing to read
            key = "sha256:" + hashlib.sha256(summary.encode("utf-8")).hexdigest()
        title = text_of_fragment(entry.get("title") or "") or None
        entries.append(FeedEntry(key, link, title, summary, _entry_date(entry)))
    warning = f"malformed feed, read anyway ({problem})" if problem else None
    return ParsedFeed(parsed.feed.get("title") or None, entries, _refresh_seconds(parsed.feed), warning)


# -- an item as an Article ------------------------------------------------------------------------


def entry_doc_id(entry: FeedEntry) -> str:
    return entry.link or entry.key


def article_from_page(entry: FeedEntry, data: bytes, content_type: str | None, url: str, source: str | None) -> Article:
    """The item's page as an Article, with what the feed says filling what the page does not.

    Raises InputError (naming the page's URL) when the page is not HTML or text or has no article.
    """
    kind = page_kind(content_type, data)
    if kind is None:
        raise InputError(url, f"not an HTML page ({content_type or 'no content type'})")
    text = decode_page(data, content_type, url)
    if kind == "html":
        article = article_from_html(text, entry_doc_id(entry), url)
    else:
        article = Article(doc_id=entry_doc_id(entry), text=text.strip(), origin=url)
    article.url = article.url or url
    return _with_entry_metadata(article, entry, source)


def article_from_summary(entry: FeedEntry, origin: str, source: str | None) -> Article:
    """The item's own text in the feed as an Article; InputError when the feed gives none."""
    if not entry.summary.strip():
        raise InputError(origin, "the feed gives no summary for this item")
    article = Article(doc_id=entry_doc_id(entry), text=entry.summary, url=entry.link, origin=origin)
    return _with_entry_metadata(article, entry, source)


def _with_entry_metadata(article: Article, entry: FeedEntry, source: str | None) -> Article:
    article.title = article.title or entry.title
    article.source = article.source or source or (urlsplit(entry.link).hostname if entry.link else None)
    if article.published is None and entry.published is not None:
        article.published, article.published_from = entry.published, "feed"
    return article
