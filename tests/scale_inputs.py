"""A small mixed corpus for the scale-out tests (pool, Dask, Parquet), and a snapshot of a
database to compare two runs by: every event record, article, report and merge, without times."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from conftest import pg_schema

# Written for these tests. Two reports of one bombing (fused across documents), a reprint of the
# first one, news without violence, a broken JSONL line, other incidents in other countries.
DOCS: list[dict[str, Any] | str] = [
    {
        "id": "kd-1",
        "published": "2024-05-12",
        "source": "Daily Ledger",
        "text": "KANDAHAR, Afghanistan - A suicide bomber blew himself up outside a police station in Kandahar "
        "on Saturday, killing seven policemen and wounding 12 other people, officials said. The Taliban "
        "claimed responsibility for the attack in a statement.",
    },
    {
        "id": "mg-1",
        "published": "2024-03-02",
        "source": "Daily Ledger",
        "text": "Gunmen stormed a village near Maiduguri in Borno state on Friday night and killed 11 farmers, "
        "residents said. Police blamed Boko Haram for the killings.",
    },
    {
        "id": "kd-2",
        "published": "2024-05-12",
        "source": "Evening Courier",
        "text": "At least eight police officers were killed when a suicide bomber attacked a police station in the "
        "southern city of Kandahar on Saturday, a provincial spokesman said. Fourteen people were wounded. "
        "The Taliban said they carried out the bombing.",
    },
    {
        "id": "fx-1",
        "published": "2024-03-03",
        "source": "Daily Ledger",
        "text": "The city council approved a new budget for road repairs on Tuesday. The mayor said the work "
        "would begin in spring and finish before the rainy season.",
    },
    '{"id": "broken", "text": "no closing quote',
    {
        "id": "kd-1-again",
        "published": "2024-05-12",
        "source": "Daily Ledger",
        "text": "KANDAHAR, Afghanistan - A suicide bomber blew himself up outside a police station in Kandahar "
        "on Saturday, killing seven policemen and wounding 12 other people, officials said. The Taliban "
        "claimed responsibility for the attack in a statement.",
    },
    {
        "id": "ml-1",
        "published": "2023-11-20",
        "source": "Wire",
        "text": "Three soldiers were killed and five wounded when their convoy hit a roadside bomb near Gao in "
        "northern Mali on Sunday, the army said.",
    },
]

WIRE = (
    "BOGOTA, 14 MAR 24 -- Rebels of the National Liberation Army attacked a military base in Arauca "
    "department early on Thursday, killing four soldiers, the army said. Two rebels died in the fighting.\n"
)

PAGE = """<!doctype html><html><head><title>Market blast in Peshawar | The Frontier Times</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Market blast in Peshawar</h1>
<p>PESHAWAR, Pakistan - A bomb hidden in a motorcycle exploded in a crowded market in Peshawar on
Monday, killing nine people and wounding more than 20, police said.</p>
<p>No group immediately claimed the attack. Rescue workers took the wounded to Lady Reading Hospital.</p>
</article><footer>Comments (3) | Subscribe to our newsletter | Copyright The Frontier Times</footer>
</body></html>
"""


def write_corpus(folder: Path) -> list[str]:
    """The test corpus under ``folder`` as input paths: a JSONL file, a text file, a page, a bad file."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [doc if isinstance(doc, str) else json.dumps(doc) for doc in DOCS]
    (folder / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "peshawar.html").write_text(PAGE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return [
        str(folder / "docs.jsonl"),
        str(folder / "wire.txt"),
        str(folder / "peshawar.html"),
        str(folder / "empty.txt"),
    ]


def snapshot(url: str) -> dict[str, Any]:
    """Everything two runs must agree on, read from the database at ``url``."""
    from eventwatch.store import Store

    with Store(url) as store:
        found = store.events()
        with store.engine.connect() as conn:
            articles = [
                tuple(row)
                for row in conn.execute(
                    sa.text("SELECT id, doc_id, content_hash, url, title, source, published, origin FROM articles")
                )
            ]
            reports = [
                tuple(row)
                for row in conn.execute(
                    sa.text("SELECT event_id, article_id, report_id, record FROM event_reports ORDER BY id")
                )
            ]
            duplicates = [
                tuple(row) for row in conn.execute(sa.text("SELECT article_id, duplicate_of FROM article_fingerprints"))
            ]
        return {
            "events": [event.to_record() for event in found],
            "articles": sorted(articles),
            "reports": reports,
            "duplicates": sorted(duplicates),
            "merges": [{k: v for k, v in m.items() if k != "at"} for m in store.merges()],
            "counts": store.counts(),
        }


@contextmanager
def postgres_schemas(count: int) -> Iterator[list[str]]:
    """URLs of ``count`` throw-away PostgreSQL schemas (a clean skip without a server)."""
    with ExitStack() as stack:
        yield [stack.enter_context(pg_schema("ew_scale")) for _ in range(count)]
