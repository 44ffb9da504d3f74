"""Crash safety with real processes: ``eventwatch ingest`` killed with SIGKILL at random points and
run again ends with exactly the database an uninterrupted run gives (no lost article, no
duplicate event, no half-written event); two ingest processes on one database at once stay
correct. On SQLite and on the local PostgreSQL server.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from eventwatch.run.ingest import ingest_paths
from eventwatch.run.local import RunSummary
from eventwatch.store import Store
from eventwatch.store.schema import article_fingerprints, articles, event_articles, event_reports, events
from test_store import db_url  # noqa: F401  (fixtures: SQLite and PostgreSQL)

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

TOWNS = ["Maiduguri", "Peshawar", "Mogadishu", "Kabul", "Mosul", "Aleppo", "Benghazi", "Goma", "Kismayo", "Quetta"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def reports_of(number: int, town: str, day: date, rng: random.Random) -> list[dict]:
    """Three reports of one invented incident: the first account, a reprint, a later toll."""
    weekday = WEEKDAYS[day.weekday()]
    when = f"{weekday}, {day.day} {day:%B}"  # the date makes every text unique
    killed = rng.randint(2, 9)
    if number % 2:
        first = f"A bomb exploded at a crowded bus station in {town} on {when}, killing {killed} people, police said."
        reprint = first.replace("police said", "a police officer said")
        later = f"The death toll from the {when} bus station bombing in {town} rose to {killed + 3}, officials said."
    else:
        first = f"Gunmen attacked a checkpoint in {town} on {when}, killing {killed} soldiers, the army said."
        reprint = first.replace("the army said", "an army spokesman said")
        later = f"The army said {killed + 2} soldiers died in the attack on a checkpoint in {town} on {when}."
    published = day.isoformat()
    return [
        {"id": f"inc{number}-first", "published": published, "text": first},
        {"id": f"inc{number}-reprint", "published": published, "text": reprint},
        {"id": f"inc{number}-later", "published": (day + timedelta(days=1)).isoformat(), "text": later},
    ]


def write_inputs(path: Path, incidents: int = 30) -> list[dict]:
    rng = random.Random(5)
    rows = []
    for number in range(incidents):
        # each town comes back every ten incidents, weeks later: look-alikes in place, not in time
        day = date(2023, 1, 2) + timedelta(days=9 * number + rng.randint(0, 3))
        rows += reports_of(number, TOWNS[number % len(TOWNS)], day, rng)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return rows


def ingest_process(url: str, path: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "eventwatch.cli", "ingest", "--no-progress", "--db", url, str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )


def watcher_counts(url: str) -> int:
    with Store(url) as store:
        return store.counts()["articles"]


def snapshot(url: str) -> dict:
    """Everything an interrupted run could get wrong, without ids that depend on timing."""
    with Store(url) as store:
        records = sorted(json.dumps(e.to_record(), sort_keys=True) for e in store.events())
        with store.engine.connect() as conn:
            docs = sorted(conn.execute(sa.select(articles.c.doc_id)).scalars())
            reports = sorted(
                (row.doc_id, row.report_id, row.event_id)
                for row in conn.execute(
                    sa.select(articles.c.doc_id, event_reports.c.report_id, event_reports.c.event_id).join(
                        articles, articles.c.id == event_reports.c.article_id
                    )
                )
            )
            reprints = sorted(
                row.doc_id
                for row in conn.execute(
                    sa.select(articles.c.doc_id)
                    .join(article_fingerprints, article_fingerprints.c.article_id == articles.c.id)
                    .where(article_fingerprints.c.duplicate_of.is_not(None))
                )
            )
            # no half-written event: every event has its reports and its links, every article its fingerprint
            orphans = conn.execute(
                sa.select(sa.func.count())
                .select_from(events)
                .where(~sa.exists().where(event_reports.c.event_id == events.c.event_id))
            ).scalar_one()
            unlinked = conn.execute(
                sa.select(sa.func.count())
                .select_from(event_reports)
                .where(
                    ~sa.exists().where(
                        event_articles.c.event_id == event_reports.c.event_id,
                        event_articles.c.article_id == event_reports.c.article_id,
                    )
                )
            ).scalar_one()
            unprinted = conn.execute(
                sa.select(sa.func.count())
                .select_from(articles)
                .where(~sa.exists().where(article_fingerprints.c.article_id == articles.c.id))
            ).scalar_one()
    return {
        "records": records,
        "docs": docs,
        "reports": reports,
        "reprints": reprints,
        "orphans": orphans,
        "unlinked": unlinked,
        "unprinted": unprinted,
    }


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("crash")
    path = folder / "reports.jsonl"
    rows = write_inputs(path)
    reference = f"sqlite:///{folder / 'reference.db'}"
    with Store(reference) as store:
        summary = RunSummary()
        ingest_paths([str(path)], store, summary, on_error=lambda e: None)
    expected = snapshot(reference)
    assert expected["docs"] == sorted(r["id"] for r in rows)
    # one event per incident, whatever the incident's reports say
    incident_of = {}
    for doc_id, _, event_id in expected["reports"]:
        incident_of.setdefault(event_id, set()).add(doc_id.split("-")[0])
    assert all(len(found) == 1 for found in incident_of.values())
    assert len(incident_of) == len(expected["records"]) == len(rows) // 3
    assert expected["orphans"] == expected["unlinked"] == expected["unprinted"] == 0
    return path, expected


def test_killed_ingest_recovers_on_rerun(db_url: str, inputs: tuple[Path, dict]) -> None:  # noqa: F811
    path, expected = inputs
    rng = random.Random(os.getpid())
    total = len(expected["docs"])
    killed_midway = 0
    with Store(db_url) as watcher:
        for _ in range(4):
            # kill once a random share of the articles is stored, then a random moment later,
            # so the kill lands anywhere: between articles, inside a transaction, in a commit
            stored_before = watcher.counts()["articles"]
            target = rng.randint(stored_before + 1, stored_before + max(2, (total - stored_before) // 3))
            process = ingest_process(db_url, path)
            deadline = time.monotonic() + 60
            while process.poll() is None and watcher.counts()["articles"] < target and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.03))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                killed_midway += 1
            process.wait(timeout=60)
            assert watcher.counts()["articles"] <= total
    assert killed_midway >= 2, "the runs were too short to be interrupted"
    assert watcher_counts(db_url) < total  # some work was left for the last run
    final = ingest_process(db_url, path)
    _, err = final.communicate(timeout=120)
    assert final.returncode == 0, err.decode()
    assert snapshot(db_url) == expected


def test_two_ingest_processes_at_once(db_url: str, inputs: tuple[Path, dict]) -> None:  # noqa: F811
    path, expected = inputs
    with Store(db_url):  # schema first: the race under test is the writes, not the migration
        pass
    processes = [ingest_process(db_url, path) for _ in range(2)]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    assert snapshot(db_url) == expected
