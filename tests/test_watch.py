"""`eventwatch watch` against feeds and pages served by a local HTTP server, broken ones included."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rich.console import Console

from conftest import pg_schema
from eventwatch.cli import main
from eventwatch.model import InputError
from eventwatch.read.feeds import FeedSource, parse_feed, read_feed_list
from eventwatch.read.http import Fetcher, FetchError
from eventwatch.run.watch import StatusView, Watcher, WatchOptions, backoff_delay, effective_interval
from eventwatch.store import Store
from eventwatch.store.feeds import FeedState
from eventwatch.store.schema import articles as articles_table
from eventwatch.store.schema import feed_items as feed_items_table

# -- test articles (written for these tests) ------------------------------------------------------

GAO = (
    "Suspected jihadist gunmen attacked a crowded cattle market in the town of Gao in northern Mali on "
    "Monday, killing 14 civilians and wounding 22 others, local officials said.",
    "The attackers arrived on motorcycles shortly after dawn and opened fire on traders, the mayor of Gao "
    "told reporters by telephone. Soldiers reached the market about an hour later.",
    "No group has claimed responsibility for the attack, the second on the market this year.",
)
NAIROBI = (
    "Several hundred teachers marched through central Nairobi on Thursday to demand unpaid wages. "
    "The march ended peacefully outside the education ministry and no one was hurt."
)
TILLABERI = (
    "A roadside bomb struck a police patrol near Tillabéri in western Niger on Wednesday, killing three "
    "officers, the interior ministry said in a statement.",
    "The patrol was returning to its base after escorting a convoy of lorries along the main road.",
)
WIRE = (
    "Unidentified attackers set fire to a village school near Kasese in western Uganda on Friday night, "
    "police said on Saturday. Nobody was in the building at the time and no one was hurt."
)


def html_page(title: str, paragraphs: tuple[str, ...], charset: str = "utf-8") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
        f"<body><nav>Home / World / Africa</nav><article><h1>{title}</h1>{body}</article>"
        f"<footer>Copyright Example News</footer></body></html>"
    ).encode(charset)


def rss(items: list[dict], ttl: int | None = None) -> bytes:
    entries = "".join(
        f"<item><title>{i['title']}</title><link>{i['link']}</link><guid>{i['guid']}</guid>"
        f"<description>{i['description']}</description><pubDate>{i['date']}</pubDate></item>"
        for i in items
    )
    ttl_element = f"<ttl>{ttl}</ttl>" if ttl else ""
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example News</title>'
        f"<link>http://news.example/</link>{ttl_element}{entries}</channel></rss>"
    ).encode()


# -- the local server -----------------------------------------------------------------------------


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()


@dataclass
class Hit:
    at: float  # time.monotonic() when the server received the request
    path: str
    headers: dict[str, str]


class FeedServer:
    """A threaded HTTP server on 127.0.0.1 whose routes are functions of the request headers."""

    def __init__(self) -> None:
        self.routes: dict[str, Callable[[dict[str, str]], Reply]] = {}
        self.log: list[Hit] = []
        self.release = threading.Event()  # lets the slow route's handler finish
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                headers = {k.lower(): v for k, v in self.headers.items()}
                server.log.append(Hit(time.monotonic(), self.path, headers))
                route = server.routes.get(self.path)
                reply = route(headers) if route else Reply(404, b"not found")
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers:
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def hits(self, prefix: str) -> list[Hit]:
        return [hit for hit in self.log if hit.path.startswith(prefix)]


@pytest.fixture
def server() -> Iterator[FeedServer]:
    running = FeedServer()
    running.thread.start()
    yield running
    running.release.set()
    running.httpd.shutdown()
    running.httpd.server_close()


def static(body: bytes, content_type: str, *, etag: str | None = None, modified: str | None = None):
    """A route honouring If-None-Match / If-Modified-Since when it has validators."""

    def route(headers: dict[str, str]) -> Reply:
        validators = []
        if etag:
            validators.append(("ETag", etag))
        if modified:
            validators.append(("Last-Modified", modified))
        if etag and headers.get("if-none-match") == etag:
            return Reply(304, b"", tuple(validators))
        return Reply(200, body, (("Content-Type", content_type), *validators))

    return route


def fixed(status: int, body: bytes = b"", headers: tuple[tuple[str, str], ...] = ()):
    return lambda _headers: Reply(status, body, headers)


GOOD_ETAG = '"feed-v1"'
GOOD_MODIFIED = "Mon, 03 Mar 2025 08:00:00 GMT"


def serve_news(server: FeedServer) -> None:
    """Working, redirected and broken feeds, and the pages their items link to."""
    good = rss(
        [
            {
                "title": "Gunmen attack market in Gao",
                "link": server.url("/pages/gao.html"),
                "guid": "gao-1",
                "description": "Gunmen attack a market in Gao.",
                "date": "Mon, 03 Mar 2025 09:30:00 GMT",
            },
            {
                "title": "Teachers march in Nairobi",
                "link": server.url("/pages/broken.html"),
                "guid": "nairobi-1",
                "description": f"&lt;p&gt;{NAIROBI}&lt;/p&gt;",
                "date": "Thu, 27 Feb 2025 15:00:00 GMT",
            },
            {
                "title": "Bomb hits patrol near Tillaberi",
                "link": server.url("/pages/tillaberi.html"),
                "guid": "tillaberi-1",
                "description": "A bomb hit a police patrol.",
                "date": "Wed, 26 Feb 2025 12:00:00 GMT",
            },
        ],
        ttl=60,
    )
    atom = (
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        b"<title>Wire</title><id>urn:wire</id><updated>2025-03-01T10:00:00Z</updated>"
        b'<entry><title>School burned near Kasese</title><id>urn:wire:kasese</id><link href="/pages/wire.txt"/>'
        b"<updated>2025-03-01T10:00:00Z</updated><summary>A school was set on fire.</summary></entry></feed>"
    )
    server.routes.update(
        {
            "/feeds/good.xml": static(good, "application/rss+xml", etag=GOOD_ETAG, modified=GOOD_MODIFIED),
            "/feeds/moved.xml": fixed(301, headers=(("Location", "/feeds/atom.xml"),)),
            "/feeds/atom.xml": static(atom, "application/atom+xml; charset=utf-8"),
            "/feeds/error.xml": fixed(500, b"internal error"),
            "/feeds/garbage.xml": fixed(200, b"<html><body><p>Welcome to our home page</p></body></html>"),
            "/feeds/huge.xml": fixed(200, b"<rss>" + b"x" * 300_000, (("Content-Type", "application/rss+xml"),)),
            "/feeds/slow.xml": lambda _h: (server.release.wait(10), Reply(200, good))[1],
            "/pages/gao.html": static(html_page("Gunmen attack market in Gao", GAO), "text/html; charset=utf-8"),
            "/pages/broken.html": fixed(500, b"oops"),
            # Latin-1, declared only by the server: the page's own meta tag is absent
            "/pages/tillaberi.html": static(
                html_page("Bomb hits patrol", TILLABERI, charset="iso-8859-1").replace(
                    b'<meta charset="iso-8859-1">', b""
                ),
                "text/html; charset=ISO-8859-1",
            ),
            "/pages/wire.txt": static(WIRE.encode(), "text/plain; charset=utf-8"),
        }
    )


def feed_list(tmp_path: Path, server: FeedServer) -> Path:
    path = tmp_path / "feeds.txt"
    names = ["good", "moved", "error", "garbage", "huge", "slow"]
    lines = ["# feeds for the test", ""] + [server.url(f"/feeds/{name}.xml") for name in names]
    lines.append(server.url("/feeds/good.xml") + "  # listed twice: polled once")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


WATCH_ARGS = ["--once", "--per-host-delay", "0.1", "--timeout", "0.5", "--max-bytes", "100000", "--no-progress"]


def test_watch_once_survives_broken_feeds_and_resumes_without_refetching(runner, tmp_path, server):
    serve_news(server)
    db = f"sqlite:///{tmp_path / 'watch.db'}"
    feeds = feed_list(tmp_path, server)
    started = datetime.now(UTC)

    first = runner.invoke(main, ["watch", str(feeds), "--db", db, "--interval", "60", *WATCH_ARGS])
    output = first.output
    assert first.exit_code == 1, output  # some feeds failed
    assert f"{server.url('/feeds/error.xml')}: HTTP 500" in output
    assert f"{server.url('/feeds/slow.xml')}: timed out after 0.5 s" in output
    assert f"{server.url('/feeds/garbage.xml')}: not an RSS or Atom feed" in output
    assert f"{server.url('/feeds/huge.xml')}: body" in output and "larger than the limit of 100,000" in output
    # the page that failed: its item was read from the feed's description, and the run says so
    assert f"warning: {server.url('/pages/broken.html')}: page failed (HTTP 500" in output
    assert "analysed the feed's summary instead" in output

    # every request named eventwatch; the feed listed twice was fetched once
    assert all("eventwatch" in hit.headers.get("user-agent", "") for hit in server.log)
    assert len(server.hits("/feeds/good.xml")) == 1
    # the redirected feed was followed and its item's (plain-text) page fetched
    assert len(server.hits("/feeds/atom.xml")) == 1 and len(server.hits("/pages/wire.txt")) == 1

    # requests to the host were at least the per-host delay apart, as the server saw them
    times = sorted(hit.at for hit in server.log)
    gaps = [later - earlier for earlier, later in zip(times, times[1:], strict=False)]
    assert len(gaps) >= 10 and min(gaps) >= 0.1

    with Store(db) as store:
        found = store.events()
        with store.engine.connect() as conn:
            stored = {row.url: row for row in conn.execute(articles_table.select())}
            item_rows = conn.execute(feed_items_table.select()).all()
        state = FeedState(store)
        good_row = state.get(server.url("/feeds/good.xml"))
        error_row = state.get(server.url("/feeds/error.xml"))
    gao = [e for e in found if e.location and e.location.name == "Gao"]
    assert gao and gao[0].fatalities.best == 14 and gao[0].injuries.best == 22
    assert any(e.location and e.location.name == "Tillabéri" for e in found)  # Latin-1 decoded right
    # the fallback article is the description's text, under the item's link
    nairobi = [e for e in found if e.location and e.location.name == "Nairobi"]
    assert nairobi and nairobi[0].doc_ids == [server.url("/pages/broken.html")]
    assert stored[server.url("/pages/broken.html")].title == "Teachers march in Nairobi"
    assert {row.url for row in stored.values()} >= {
        server.url("/pages/gao.html"),
        server.url("/pages/broken.html"),
        server.url("/pages/tillaberi.html"),
        server.url("/pages/wire.txt"),
    }
    assert len(item_rows) == 4 and {row.status for row in item_rows} == {"fetched"}
    # validators kept for the conditional poll; the feed's ttl (60 minutes) beats --interval 60
    assert good_row.etag == GOOD_ETAG and good_row.last_modified == GOOD_MODIFIED
    assert good_row.interval_seconds == 3600
    assert good_row.next_poll_at >= started + timedelta(seconds=3500)
    # the failing feed backs off: at least twice the interval
    assert error_row.failures == 1 and "HTTP 500" in error_row.last_error
    assert error_row.next_poll_at >= started + timedelta(seconds=119)

    # a restart: conditional request answered 304, items already known, nothing fetched or stored again
    pages_before = len(server.hits("/pages/"))
    second = runner.invoke(main, ["watch", str(feeds), "--db", db, "--interval", "60", *WATCH_ARGS])
    assert second.exit_code == 1, second.output
    conditional = server.hits("/feeds/good.xml")[-1]
    assert conditional.headers.get("if-none-match") == GOOD_ETAG
    assert conditional.headers.get("if-modified-since") == GOOD_MODIFIED
    assert "1 not modified" in second.output
    assert len(server.hits("/feeds/atom.xml")) == 2  # no validators: fetched whole, its item known
    assert len(server.hits("/pages/")) == pages_before
    with Store(db) as store:
        assert len(store.events()) == len(found)
        assert store.counts()["articles"] == len(stored)
        assert FeedState(store).get(server.url("/feeds/error.xml")).failures == 2


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """SQLite, and PostgreSQL in a schema of its own (skipped when no server answers)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'watch.db'}"
        return
    with pg_schema("ew_watch") as url:
        yield url


def test_failed_items_are_retried_then_given_up(db_url, server):
    # an item whose page fails and whose feed gives no summary: nothing to analyse
    feed = rss(
        [
            {
                "title": "Untitled",
                "link": server.url("/pages/gone.html"),
                "guid": "gone-1",
                "description": "",
                "date": "Mon, 03 Mar 2025 09:30:00 GMT",
            }
        ]
    )
    server.routes["/feeds/one.xml"] = static(feed, "application/rss+xml", etag='"v1"')
    server.routes["/pages/gone.html"] = fixed(404)
    errors: list[InputError] = []
    options = WatchOptions(interval=60, per_host_delay=0.0, timeout=2, item_attempts=2)
    with Store(db_url) as store:
        for _ in range(3):
            watcher = Watcher(store, [FeedSource(server.url("/feeds/one.xml"))], options, on_error=errors.append)
            watcher.run(once=True)
            watcher.close()
        # the live status names the feed and its state
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(StatusView(watcher))
        status = console.export_text()
        row = FeedState(store).items(server.url("/feeds/one.xml"), ["gone-1"])["gone-1"]
        feed_row = FeedState(store).get(server.url("/feeds/one.xml"))
    assert "page failed (HTTP 404" in errors[0].reason and "no summary" in errors[0].reason
    # tried twice; the third poll left it alone. Validators were not kept while a retry was due,
    # so the second poll got the whole feed instead of a 304
    assert row.status == "failed" and row.attempts == 2
    assert len(server.hits("/pages/gone.html")) == 2
    assert [hit.headers.get("if-none-match") for hit in server.hits("/feeds/one.xml")] == [None, None, '"v1"']
    assert feed_row.etag == '"v1"'
    assert server.url("/feeds/one.xml") in status and "not modified" in status and "0 failed" in status


def test_watch_keeps_polling_on_schedule_until_stopped(tmp_path, server):
    serve_news(server)
    options = WatchOptions(interval=0.2, per_host_delay=0.0, timeout=2)
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        watcher = Watcher(store, [FeedSource(server.url("/feeds/moved.xml"))], options)

        def stop_after_three_polls() -> None:
            deadline = time.monotonic() + 20
            while len(server.hits("/feeds/atom.xml")) < 3 and time.monotonic() < deadline:
                time.sleep(0.02)
            watcher.stop_requested.set()

        stopper = threading.Thread(target=stop_after_three_polls)
        stopper.start()
        summary = watcher.run()
        stopper.join()
        watcher.close()
    polls = server.hits("/feeds/atom.xml")
    assert len(polls) >= 3 and summary.polls >= 3
    # each poll waited for the interval after the previous one
    assert all(b.at - a.at >= 0.2 for a, b in zip(polls, polls[1:], strict=False))
    assert len(server.hits("/pages/wire.txt")) == 1


def test_fetcher_limits(server):
    server.routes["/loop"] = fixed(302, headers=(("Location", "/loop"),))
    server.routes["/ftp"] = fixed(301, headers=(("Location", "ftp://example.org/feed"),))
    server.routes["/big"] = lambda _h: Reply(200, b"a" * 5000)
    with Fetcher(timeout=2, max_bytes=4096, per_host_delay=0) as fetcher:
        with pytest.raises(FetchError, match="more than 5 redirects"):
            fetcher.get(server.url("/loop"))
        with pytest.raises(FetchError, match="not an http"):
            fetcher.get(server.url("/ftp"))
        with pytest.raises(FetchError, match="larger than the limit of 4,096"):
            fetcher.get(server.url("/big"))
        with pytest.raises(FetchError, match="not an http"):
            fetcher.get("file:///etc/passwd")


def test_feed_lists_text_and_opml(tmp_path):
    text = tmp_path / "feeds.txt"
    text.write_text(
        "# news\nhttps://a.example/rss\n\nhttps://b.example/atom.xml  # wire\nnot a url\nhttps://a.example/rss\n",
        encoding="utf-8",
    )
    found, errors = read_feed_list(str(text))
    assert [source.url for source in found] == ["https://a.example/rss", "https://b.example/atom.xml"]
    assert len(errors) == 1 and errors[0].line == 5 and "not an http(s) URL" in errors[0].reason

    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
        '<outline text="Africa"><outline text="Wire" type="rss" xmlUrl="https://w.example/feed"/></outline>'
        '<outline title="Local" type="rss" xmlUrl="http://l.example/rss"/>'
        '<outline text="Bad" type="rss" xmlUrl="javascript:alert(1)"/></body></opml>',
        encoding="utf-8",
    )
    found, errors = read_feed_list(str(opml))
    assert [(s.url, s.title) for s in found] == [("https://w.example/feed", "Wire"), ("http://l.example/rss", "Local")]
    assert len(errors) == 1

    broken = tmp_path / "broken.opml"
    broken.write_text("<opml><body><outline xmlUrl='x'", encoding="utf-8")
    with pytest.raises(InputError, match="invalid OPML"):
        read_feed_list(str(broken))
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    with pytest.raises(InputError, match="names no feed URL"):
        read_feed_list(str(empty))


def test_feed_refresh_hints_and_garbage():
    hourly = (
        b'<?xml version="1.0"?><rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">'
        b"<channel><title>T</title><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2"
        b"</sy:updateFrequency><item><title>a</title><link>/a</link></item></channel></rss>"
    )
    parsed = parse_feed(hourly, "http://n.example/feed.xml")
    assert parsed.refresh_seconds == 1800
    # a relative link is resolved against the feed's URL; with no guid the link is the key
    assert parsed.entries[0].link == "http://n.example/a" and parsed.entries[0].key == "http://n.example/a"
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        parse_feed(b"\x00\x01binary\xff", "http://n.example/x")
    # a feed with a bad byte in it is still read (feedparser is lenient), with a warning
    broken = b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T\xff</title>' + (
        b"<item><guid>g</guid><description>x</description></item></channel></rss>"
    )
    parsed = parse_feed(broken, "http://n.example/b")
    assert [entry.key for entry in parsed.entries] == ["g"]


def test_schedule_rules():
    assert effective_interval(900, None, 86_400) == 900
    assert effective_interval(900, 3600, 86_400) == 3600  # the feed's ttl is longer: honoured
    assert effective_interval(900, 60, 86_400) == 900  # never more often than asked
    assert effective_interval(900, 10**7, 86_400) == 86_400  # an absurd ttl is capped
    assert [backoff_delay(60, n, None, 3600) for n in (1, 2, 3, 10)] == [120, 240, 480, 3600]
    assert backoff_delay(60, 1, 1800.0, 3600) == 1800  # Retry-After
