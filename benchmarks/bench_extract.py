"""Extraction speed: documents/s and words/s of ``pipeline.analyse``, one process.

Run from the repo root:  python benchmarks/bench_extract.py [--limit N] [--sets muc,wiki]

The gazetteer is loaded (or built, on a cold cache) before the clock starts and its time is
printed on its own line, and a few documents are analysed first as a warm-up, so the figures are
those of a long-running batch rather than of the first document. The dev sets live outside the
repository (../shared/data); a set whose file is absent is skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from eventwatch.model import Article

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _muc_published(row: dict) -> date | None:
    raw = (row.get("publication") or {}).get("date")
    return date.fromisoformat(raw) if raw else None


def _wiki_published(row: dict) -> date | None:
    # the wiki rows carry no publication date; the benchmark measures them undated
    return None


SETS: dict[str, tuple[str, Callable[[dict], date | None]]] = {
    "muc": ("muc4_dev.jsonl", _muc_published),
    "wiki": ("wiki_incidents_dev.jsonl", _wiki_published),
}


def load_articles(path: Path, published: Callable[[dict], date | None], limit: int | None) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            articles.append(Article(doc_id=str(row["id"]), text=row["text"], published=published(row)))
            if limit is not None and len(articles) >= limit:
                break
    return articles


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DATA, help=f"dev sets folder (default {DATA})")
    parser.add_argument("--sets", default="muc,wiki", help="comma-separated: muc, wiki (default both)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many documents per set")
    parser.add_argument("--warmup", type=int, default=20, help="documents analysed before timing")
    args = parser.parse_args()

    from eventwatch.gazetteer import get_gazetteer
    from eventwatch.gazetteer.index import cache_path
    from eventwatch.pipeline import analyse

    cached = cache_path().exists()
    t0 = time.perf_counter()
    get_gazetteer()
    load_s = time.perf_counter() - t0
    print(f"python {platform.python_version()} on {platform.machine()}, {_cpus()} CPUs")
    print(
        f"gazetteer load           : {load_s:.2f} s ({'from cache' if cached else 'cold build'}), "
        f"peak RSS so far {peak_rss_mb():.0f} MB"
    )

    for name in args.sets.split(","):
        name = name.strip()
        if name not in SETS:
            parser.error(f"unknown set {name!r} (choose from {', '.join(SETS)})")
        filename, published = SETS[name]
        path = args.data_dir / filename
        if not path.exists():
            print(f"{name:<25}: skipped ({path} absent)")
            continue
        articles = load_articles(path, published, args.limit)
        for article in articles[: args.warmup]:
            analyse(article)
        words = sum(len(article.text.split()) for article in articles)
        events = 0
        start = time.perf_counter()
        for article in articles:
            events += len(analyse(article))
        elapsed = time.perf_counter() - start
        print(
            f"{name:<25}: {len(articles)} docs, {words:,} words, {events} events in {elapsed:.1f} s = "
            f"{len(articles) / elapsed:,.1f} docs/s, {words / elapsed:,.0f} words/s, "
            f"{1000 * elapsed / len(articles):.1f} ms/doc"
        )
    print(f"process peak RSS         : {peak_rss_mb():.0f} MB")


def _cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0


if __name__ == "__main__":
    main()
