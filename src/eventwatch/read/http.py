"""The HTTP fetcher for feeds and pages: polite, bounded and conditional.

Polite: one request at a time per host, at least ``per_host_delay`` seconds after the previous
one to that host ended, with a User-Agent naming eventwatch. Bounded: a time limit per request,
a size limit on the (decompressed) body, a limit on redirects. Conditional: ETag and
Last-Modified are sent back so an unchanged feed costs a 304 and no body.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from eventwatch import __version__

USER_AGENT = f"eventwatch/{__version__} (news event monitor; +https://pypi.org/project/eventwatch/)"
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_PER_HOST_DELAY = 1.0
MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A request that gave no usable body: the URL, the reason, and what the server asked for."""

    def __init__(self, url: str, reason: str, *, status: int | None = None, retry_after: float | None = None):
        self.url = url
        self.reason = reason
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait (429, 503)
        super().__init__(f"{url}: {reason}")


@dataclass
class Response:
    url: str  # after redirects
    status: int
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    redirects: list[str] = field(default_factory=list)  # the URLs that redirected, in order

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class HostThrottle:
    """At most one request in flight per host, each starting ``delay`` seconds after the last ended.

    Timed from the end of the previous request so that the gap the server sees is never shorter
    than ``delay``, however long the request took. Shared by threads.
    """

    def __init__(self, delay: float, clock: Callable[[], float] = time.monotonic):
        self.delay = delay
        self._clock = clock
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._last_end: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            last = self._last_end.get(host)
            if last is not None:
                wait = last + self.delay - self._clock()
                if wait > 0:
                    time.sleep(wait)
            try:
                yield
            finally:
                self._last_end[host] = self._clock()


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def check_url(url: str) -> str:
    """The URL, if it is one eventwatch may fetch (http or https with a host); else FetchError."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(url, "not an http(s) URL")
    return url


class Fetcher:
    """GET with conditional headers, per-host rate limit, time and size limits, manual redirects."""

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        per_host_delay: float = DEFAULT_PER_HOST_DELAY,
        user_agent: str = USER_AGENT,
    ):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.throttle = HostThrottle(per_host_delay)
        # redirects are followed here, not by httpx, so that every hop is rate-limited and checked
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None, accept: str | None = None
    ) -> Response:
        """The response to GET ``url`` (a 2xx with its body, or a 304); FetchError otherwise."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        redirects: list[str] = []
        current = check_url(url)
        while True:
            response = self._get_once(current, headers)
            if isinstance(response, Response):
                response.redirects = redirects
                return response
            redirects.append(current)
            if len(redirects) > MAX_REDIRECTS:
                raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")
            target = urljoin(current, response)
            try:
                current = check_url(target)
            except FetchError:
                raise FetchError(url, f"redirected to {target!r}, not an http(s) URL") from None

    def _get_once(self, url: str, headers: dict[str, str]) -> Response | str:
        """One request: a Response, or the Location of a redirect."""
        host = urlsplit(url).hostname or ""
        with self.throttle.slot(host):
            deadline = time.monotonic() + self.timeout
            try:
                with self._client.stream("GET", url, headers=headers) as reply:
                    if reply.status_code in _REDIRECTS:
                        location = reply.headers.get("Location")
                        if not location:
                            raise FetchError(url, f"HTTP {reply.status_code} redirect without a Location")
                        return location
                    if reply.status_code == 304:
                        return Response(url, 304, etag=reply.headers.get("ETag"))
                    if not 200 <= reply.status_code < 300:
                        raise FetchError(
                            url,
                            f"HTTP {reply.status_code} {reply.reason_phrase}".strip(),
                            status=reply.status_code,
                            retry_after=_retry_after(reply.headers.get("Retry-After")),
                        )
                    body = self._read_body(reply, url, deadline)
                    return Response(
                        url,
                        reply.status_code,
                        body,
                        content_type=reply.headers.get("Content-Type"),
                        etag=reply.headers.get("ETag"),
                        last_modified=reply.headers.get("Last-Modified"),
                    )
            except httpx.TimeoutException:
                raise FetchError(url, f"timed out after {self.timeout:g} s") from None
            except httpx.DecodingError as error:
                raise FetchError(url, f"cannot decode the body ({error})") from None
            except httpx.InvalidURL as error:
                raise FetchError(url, f"invalid URL: {error}") from None
            except httpx.HTTPError as error:
                raise FetchError(url, f"cannot fetch: {str(error) or type(error).__name__}") from None

    def _read_body(self, reply: httpx.Response, url: str, deadline: float) -> bytes:
        declared = reply.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(url, f"body of {int(declared):,} bytes is larger than the limit of {self.max_bytes:,}")
        chunks: list[bytes] = []
        size = 0
        # the decompressed size counts, so a small gzip bomb is stopped too
        for chunk in reply.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(url, f"body larger than the limit of {self.max_bytes:,} bytes")
            if time.monotonic() > deadline:
                # a server trickling bytes never trips the per-read timeout
                raise FetchError(url, f"timed out after {self.timeout:g} s (body still arriving)")
            chunks.append(chunk)
        return b"".join(chunks)
