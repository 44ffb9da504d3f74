"""Latency of the workbench API over 100,000 stored events (SQLite by default).

    python benchmarks/bench_api.py [--events N] [--runs N] [--db PATH] [--keep]

Builds a database of ``--events`` realistic synthetic events (varied countries, regions, types,
actors, dates over ten years, casualty figures, one or two evidence sentences each, one article
each) straight through the store's tables in a few bulk transactions (the full-text triggers
fire as in real ingestion), then times ``--runs`` calls of several filtered lists and aggregates
through the HTTP API (FastAPI test client, JSON serialisation included) and prints the median
and 90th percentile of each. Target: median < 100 ms on SQLite. ``--db`` reuses a database
already built with the same ``--events``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from rich.progress import Progress

from eventwatch.model import Actor, Casualties, Event, Evidence, Place
from eventwatch.store import Store
from eventwatch.store.repository import _dumps, _filter_columns
from eventwatch.store.schema import articles, event_articles, events, evidence

# (country, code, [(admin1, town, lat, lon)])
PLACES = [
    (
        "Nigeria",
        "NG",
        [
            ("Borno", "Maiduguri", 11.85, 13.16),
            ("Lagos", "Ikeja", 6.60, 3.35),
            ("Kano", "Kano", 12.0, 8.52),
            ("Zamfara", "Gusau", 12.16, 6.66),
            ("Plateau", "Jos", 9.92, 8.89),
        ],
    ),
    (
        "Mali",
        "ML",
        [
            ("Mopti Region", "Mopti", 14.49, -4.20),
            ("Gao Region", "Gao", 16.27, -0.04),
            ("Tombouctou Region", "Timbuktu", 16.77, -3.01),
        ],
    ),
    ("Burkina Faso", "BF", [("Sahel", "Djibo", 14.10, -1.63), ("Centre-Nord", "Kaya", 13.09, -1.08)]),
    ("Somalia", "SO", [("Banaadir", "Mogadishu", 2.04, 45.34), ("Hiiraan", "Beledweyne", 4.74, 45.20)]),
    (
        "Afghanistan",
        "AF",
        [
            ("Kabul", "Kabul", 34.53, 69.17),
            ("Nangarhar", "Jalalabad", 34.43, 70.45),
            ("Kandahar", "Kandahar", 31.61, 65.71),
        ],
    ),
    (
        "Mexico",
        "MX",
        [
            ("Michoacán", "Uruapan", 19.42, -102.06),
            ("Guerrero", "Acapulco", 16.86, -99.88),
            ("Sinaloa", "Culiacán", 24.80, -107.39),
        ],
    ),
    ("Colombia", "CO", [("Cauca", "Popayán", 2.44, -76.61), ("Antioquia", "Medellín", 6.25, -75.56)]),
    ("Democratic Republic of the Congo", "CD", [("North Kivu", "Goma", -1.68, 29.22), ("Ituri", "Bunia", 1.56, 30.25)]),
    ("Iraq", "IQ", [("Baghdad", "Baghdad", 33.34, 44.40), ("Nineveh", "Mosul", 36.34, 43.13)]),
    ("Syria", "SY", [("Idlib", "Idlib", 35.93, 36.63), ("Aleppo", "Aleppo", 36.20, 37.16)]),
    ("Pakistan", "PK", [("Khyber Pakhtunkhwa", "Peshawar", 34.01, 71.58), ("Balochistan", "Quetta", 30.18, 66.99)]),
    ("India", "IN", [("Jammu and Kashmir", "Srinagar", 34.08, 74.80), ("Manipur", "Imphal", 24.81, 93.94)]),
    ("Philippines", "PH", [("Mindanao", "Marawi", 8.00, 124.29)]),
    ("Ukraine", "UA", [("Donetsk", "Bakhmut", 48.59, 38.00), ("Kharkiv", "Kharkiv", 49.99, 36.23)]),
    ("Yemen", "YE", [("Taiz", "Taiz", 13.58, 44.02), ("Marib", "Marib", 15.46, 45.33)]),
]
KINDS = [
    ("Explosions/Remote violence", "Suicide bomb", "Bombing/Explosion", "a suicide bomber blew himself up at {what}"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion", "a roadside bomb hit {what}"),
    ("Explosions/Remote violence", "Air/drone strike", "Bombing/Explosion", "an air strike hit {what}"),
    ("Battles", "Armed clash", "Armed Assault", "fighters clashed with soldiers at {what}"),
    ("Violence against civilians", "Attack", "Armed Assault", "gunmen opened fire on {what}"),
    ("Violence against civilians", "Attack", "Assassination", "gunmen shot dead an official outside {what}"),
    (
        "Violence against civilians",
        "Abduction/forced disappearance",
        "Hostage Taking (Kidnapping)",
        "armed men kidnapped travellers near {what}",
    ),
    ("Riots", "Violent demonstration", None, "rioters set fire to {what}"),
    ("Protests", "Peaceful protest", None, "hundreds marched peacefully past {what}"),
    ("Strategic developments", "Arrests", None, "police arrested suspects at {what}"),
]
PERPETRATORS = [
    ("Boko Haram", "militants"),
    ("ISWAP: Islamic State West Africa Province", "militants"),
    ("JNIM: Group for Support of Islam and Muslims", "militants"),
    ("Al-Shabaab", "militants"),
    ("Taliban", "rebels"),
    ("CJNG: Jalisco New Generation Cartel", "political militia"),
    ("ELN: National Liberation Army", "rebels"),
    ("M23: March 23 Movement", "rebels"),
    ("unidentified gunmen", "unidentified armed group"),
    ("military forces", "military"),
    ("police", "police"),
    ("protesters", "protesters"),
    ("rioters", "rioters"),
    ("Houthis", "rebels"),
    ("bandits", "unidentified armed group"),
]
TARGETS = [
    ("a market", "civilians"),
    ("a police station", "police"),
    ("an army base", "military"),
    ("a mosque", "civilians"),
    ("a school", "civilians"),
    ("a bus station", "civilians"),
    ("a checkpoint", "police"),
    ("a village", "civilians"),
    ("the town hall", "other"),
]
START = date(2014, 1, 1)


def synthetic_event(i: int, rng: random.Random) -> Event:
    country, code, regions = rng.choice(PLACES)
    admin1, town, lat, lon = rng.choice(regions)
    event_type, sub_type, attack, phrase = rng.choice(KINDS)
    day = START + timedelta(days=rng.randrange(3650))
    perp = Actor(*rng.choice(PERPETRATORS))
    target = Actor(*rng.choice(TARGETS))
    violent = event_type not in ("Protests", "Strategic developments")
    killed = rng.choice([0, 1, 1, 2, 3, 4, 5, 7, 10, 12, 20, 35, None]) if violent else 0
    wounded = rng.choice([None, 0, 2, 5, 9, 15, 40]) if violent else None
    first = f"In {town}, {phrase.format(what=target.name)} on {day:%A, %d %B %Y}."
    second = (
        f"Officials said {killed} people were killed and {wounded or 'no'} wounded, blaming {perp.name}."
        if killed is not None
        else f"There was no word on casualties; residents blamed {perp.name}."
    )
    doc = f"doc-{i}"
    return Event(
        event_id=f"ev-bench-{i:07d}",
        doc_ids=[doc],
        event_type=event_type,
        sub_event_type=sub_type,
        attack_type=attack,
        target_types=["Private Citizens & Property"] if target.kind == "civilians" else ["Police"],
        weapon_types=["Explosives"] if "bomb" in phrase or "strike" in phrase else ["Firearms"],
        date_start=day,
        date_end=day,
        date_precision="day",
        location=Place(town, country, code, admin1, None, lat + rng.uniform(-0.2, 0.2), lon + rng.uniform(-0.2, 0.2)),
        perpetrators=[perp],
        targets=[target],
        fatalities=Casualties(best=killed, low=killed, high=killed),
        injuries=Casualties(best=wounded, low=wounded, high=wounded),
        summary=first,
        evidence=[
            Evidence(doc, 0, len(first), first, ["event_type", "date", "location"]),
            Evidence(doc, len(first) + 1, len(first) + 1 + len(second), second, ["fatalities", "perpetrators"]),
        ],
        confidence=round(rng.uniform(0.4, 0.95), 3),
        status=rng.choices(["auto", "verified", "edited", "rejected"], [90, 5, 3, 2])[0],
    )


def build(store: Store, count: int, seed: int = 7, batch: int = 5000) -> None:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with Progress() as progress:
        task = progress.add_task("storing synthetic events", total=count)
        for offset in range(0, count, batch):
            event_rows, article_rows, link_rows, evidence_rows = [], [], [], []
            for i in range(offset, min(count, offset + batch)):
                event = synthetic_event(i, rng)
                record = event.to_record()
                text = " ".join(e.text for e in event.evidence) + " More details were not immediately available."
                article_rows.append(
                    {"id": i + 1, "doc_id": event.doc_ids[0], "content_hash": f"{i:064x}", "url": None,
                     "title": event.evidence[0].text[:60], "source": rng.choice(["Wire A", "Wire B", "Daily C"]),
                     "published": event.date_start, "origin": "bench", "text": text, "ingested_at": now}
                )  # fmt: skip
                columns = _filter_columns(record)
                event_rows.append(
                    {"event_id": event.event_id, "record": _dumps(record), "created_at": now, "updated_at": now,
                     "sources": 1, **columns}
                )  # fmt: skip
                link_rows.append({"event_id": event.event_id, "article_id": i + 1})
                for item in event.evidence:
                    evidence_rows.append(
                        {"event_id": event.event_id, "article_id": i + 1, "start": item.start, "end": item.end,
                         "text": item.text, "fields": json.dumps(item.fields)}
                    )  # fmt: skip
            with store._write() as conn:
                conn.execute(articles.insert(), article_rows)
                conn.execute(events.insert(), event_rows)
                conn.execute(event_articles.insert(), link_rows)
                conn.execute(evidence.insert(), evidence_rows)
            progress.advance(task, len(event_rows))
    with store._write() as conn:
        conn.exec_driver_sql("ANALYZE")  # planner statistics, as a long-running database would have


QUERIES = [
    ("list: no filter, newest first", "/api/events"),
    ("list: country + one year", "/api/events?country=Nigeria&since=2020-01-01&until=2020-12-31"),
    ("list: type + min fatalities, by fatalities", "/api/events?event_type=Battles&min_fatalities=10&sort=fatalities"),
    ("list: admin1 + sub-event type", "/api/events?admin1=Borno&sub_event_type=Suicide bomb"),
    ("list: attack type, oldest first", "/api/events?attack_type=Assassination&order=asc"),
    ("list: actor text", "/api/events?actor=shabaab"),
    ("list: full text", "/api/events?q=mosque"),
    ("list: full text + country", "/api/events?q=roadside bomb&country=AF"),
    ("list: bbox (Sahel)", "/api/events?bbox=-6,10,4,18"),
    ("list: status verified, page 20", "/api/events?status=verified&page=20"),
    ("list: 500 per page", "/api/events?per_page=500&country=ML"),
    ("aggregate: by day, no filter", "/api/aggregates?by=day"),
    ("aggregate: by week, country", "/api/aggregates?by=week&country=SO"),
    ("aggregate: by month, type", "/api/aggregates?by=month&event_type=Explosions/Remote violence"),
    ("aggregate: by admin1, since", "/api/aggregates?by=admin1&since=2022-01-01"),
    ("aggregate: by country, actor", "/api/aggregates?by=country&actor=gunmen"),
    ("aggregate: by month, full text", "/api/aggregates?by=month&q=market"),
]


def measure(db_url: str, runs: int) -> list[tuple[str, int, float, float]]:
    from fastapi.testclient import TestClient

    from eventwatch.web.app import create_app

    client = TestClient(create_app(db_url, read_open=True, secret="bench"))
    results = []
    for name, path in QUERIES:
        response = client.get(path)  # warm-up, and a check that it works
        assert response.status_code == 200, (path, response.text)
        body = response.json()
        size = body["total"] if "total" in body else len(body["buckets"])
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        results.append((name, size, statistics.median(timings), timings[int(0.9 * (len(timings) - 1))]))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--db", help="SQLite file to build (or reuse when it already has the events)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="ew-bench-api-"))
    path = Path(args.db) if args.db else folder / "bench.db"
    url = f"sqlite:///{path}"
    with Store(url) as store:
        stored = store.counts()["events"]
        if stored == 0:
            started = time.perf_counter()
            build(store, args.events)
            print(f"stored {args.events:,} events in {time.perf_counter() - started:.1f} s "
                  f"({path.stat().st_size / 1e6:.0f} MB)")  # fmt: skip
        elif stored != args.events:
            raise SystemExit(f"{path} holds {stored:,} events, not {args.events:,}: give another --db")
    print(f"{'query':<46} {'matches':>8} {'median ms':>10} {'p90 ms':>8}")
    for name, size, median, p90 in measure(url, args.runs):
        print(f"{name:<46} {size:>8,} {median:>10.1f} {p90:>8.1f}")
    if not args.keep and not args.db:
        path.unlink()
        for extra in folder.iterdir():
            extra.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
