"""Ingest throughput with cross-document fusion, into SQLite and PostgreSQL.

    python benchmarks/bench_ingest.py [--limit N] [--data-dir DIR] [--pg URL | --no-pg]
                                      [--sample-merges N]

Reads ``muc4_dev.jsonl`` from ../shared/data, gives each document its ``publication.date`` as
``published`` (the input shape of EVENT_SCHEMA.md), analyses every document once, then times
storing the results (``Store.ingest``: fingerprints, candidate query, matching, merge, writes)
into a fresh SQLite file and a fresh PostgreSQL schema. Documents/s are given for storage alone
and end to end (analysis + storage). Also prints how many events the set yields without fusion
(one per document event) and with it, and optionally a random sample of merges to check by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse, with_publication_date
from eventwatch.read import read_inputs
from eventwatch.store import Store, resolve_url

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"


def converted(source: Path, target: Path, limit: int | None) -> int:
    """``source`` rows as eventwatch input JSONL: id, text, published (from publication.date)."""
    count = 0
    with source.open(encoding="utf-8") as rows, target.open("w", encoding="utf-8") as out:
        for line in rows:
            if not line.strip():
                continue
            row = json.loads(line)
            published = (row.get("publication") or {}).get("date")
            out.write(json.dumps({"id": row["id"], "text": row["text"], "published": published}) + "\n")
            count += 1
            if limit and count >= limit:
                break
    return count


def analysed(path: Path) -> tuple[list[tuple[Article, list[Event]]], float]:
    started = time.perf_counter()
    done = []
    for article in read_inputs([str(path)]):
        if isinstance(article, Article):
            done.append((with_publication_date(article), analyse(article)))
    return done, time.perf_counter() - started


def store_all(url: str, docs: list[tuple[Article, list[Event]]], fuse: bool) -> tuple[float, dict, Store]:
    store = Store(url)
    started = time.perf_counter()
    for article, events in docs:
        copies = [Event.from_record(e.to_record()) for e in events]
        if fuse:
            store.ingest(article, copies)
        else:
            store.save(article, copies)
    return time.perf_counter() - started, store.counts(), store


def pg_schema(url: str) -> tuple[str, sa.Engine, str] | None:
    admin = sa.create_engine(resolve_url(url), connect_args={"connect_timeout": 3})
    schema = f"ew_bench_{uuid.uuid4().hex[:10]}"
    try:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    except Exception as exc:  # noqa: BLE001 - no server: report and go on with SQLite
        print(f"PostgreSQL skipped: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        admin.dispose()
        return None
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}", admin, schema


def sample_merges(store: Store, count: int, seed: int = 7) -> None:
    merges = store.merges()
    rng = random.Random(seed)
    for number, merge in enumerate(sorted(rng.sample(merges, min(count, len(merges))), key=lambda m: m["doc_id"]), 1):
        event = store.get_event(merge["event_id"])
        loc = event.location
        print(f"\n#{number} {merge['doc_id']} -> {merge['event_id']} score {merge['score']}")
        print(f"   event: {event.date_start} {event.attack_type or event.sub_event_type} in {loc.name if loc else '?'}")
        print(f"   docs: {', '.join(event.doc_ids)}")
        print(f"   why: {'; '.join(merge['reasons'])}")
        for item in event.evidence:
            if item.doc_id in (event.doc_ids[0], merge["doc_id"]) and set(item.fields) & {"event_type", "date"}:
                print(f"   [{item.doc_id}] {' '.join(item.text.split())[:220]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--pg", default=DEFAULT_PG, help="PostgreSQL URL (a throw-away schema is made in it)")
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--sample-merges", type=int, default=0, help="print N random merges to check by hand")
    parser.add_argument("--keep-db", type=Path, default=None, help="copy the fused SQLite database here")
    args = parser.parse_args()

    source = args.data_dir / "muc4_dev.jsonl"
    if not source.exists():
        print(f"{source} not found: nothing to measure", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "muc4_dev_input.jsonl"
        documents = converted(source, inputs, args.limit)
        docs, analyse_s = analysed(inputs)
        found = sum(len(events) for _, events in docs)
        print(f"{documents} documents, {found} events found by analysis in {analyse_s:.1f} s")

        targets = [("sqlite", f"sqlite:///{Path(folder) / 'bench.db'}", None)]
        if not args.no_pg and (made := pg_schema(args.pg)) is not None:
            targets.append(("postgresql", made[0], made))
        print("| backend | fusion | events stored | store s | store docs/s | end-to-end docs/s |")
        print("|---|---|---:|---:|---:|---:|")
        keep = None
        try:
            for name, url, _ in targets:
                for fuse in (False, True):
                    target = url if fuse else url.replace("bench.db", "bench_nofuse.db")
                    if name == "postgresql" and not fuse:
                        continue  # the count without fusion does not depend on the backend
                    seconds, counts, store = store_all(target, docs, fuse)
                    print(
                        f"| {name} | {'on' if fuse else 'off'} | {counts['events']} | {seconds:.1f} | "
                        f"{documents / seconds:.0f} | {documents / (analyse_s + seconds):.1f} |"
                    )
                    if fuse and name == "sqlite":
                        keep = store
                    else:
                        store.close()
            if keep is not None:
                merges = keep.merges()
                reprints = sum(
                    1
                    for _ in keep.engine.connect().exec_driver_sql(
                        "SELECT 1 FROM article_fingerprints WHERE duplicate_of IS NOT NULL"
                    )
                )
                print(f"merges logged: {len(merges)}; articles recognised as reprints: {reprints}")
                if args.sample_merges:
                    sample_merges(keep, args.sample_merges)
                keep.close()
                if args.keep_db:
                    shutil.copy(Path(folder) / "bench.db", args.keep_db)
        finally:
            for _, _, made in targets:
                if made is not None:
                    _, admin, schema = made
                    with admin.begin() as conn:
                        conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
                    admin.dispose()


if __name__ == "__main__":
    main()
