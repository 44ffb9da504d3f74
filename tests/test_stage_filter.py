"""How far a deed went (accomplished, attempted, threatened) is a filter everywhere events are listed:
the store, the API, the CLI and the review edit form; databases made before the column existed gain
it from their records. On SQLite and PostgreSQL; events are built here from sentences of our own."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from fastapi.testclient import TestClient

from eventwatch.cli import main
from eventwatch.store import Store
from eventwatch.store.query import EventFilter, FilterError
from eventwatch.store.repository import MIGRATIONS_DIR
from eventwatch.store.users import add_user
from eventwatch.web.app import create_app
from test_api import BY_ID, PASSWORD, ids, sign_in
from test_store import db_url  # noqa: F401  (fixtures: SQLite and PostgreSQL)

STAGED = {"ev-clash": "accomplished", "ev-island": "attempted", "ev-kidnap": "threatened"}


def _save_staged(store: Store) -> None:
    for event_id, stage in STAGED.items():
        spec = BY_ID[event_id]
        store.save(spec.article(), [dataclasses.replace(spec.event(), stage=stage)])


@pytest.fixture
def staged_client(db_url: str) -> Iterator[TestClient]:  # noqa: F811
    app = create_app(db_url, read_open=True, secret="test-secret")
    _save_staged(app.state.store)
    add_user(app.state.store, "cora", PASSWORD, "coder")
    with TestClient(app) as client:
        yield client


def test_the_store_lists_events_by_stage(db_url: str) -> None:  # noqa: F811
    with Store(db_url) as store:
        _save_staged(store)
        assert [e.event_id for e in store.events(stage=["threatened"])] == ["ev-kidnap"]
        assert {e.event_id for e in store.events(stage=["accomplished", "attempted"])} == {"ev-clash", "ev-island"}
        assert len(store.events()) == 3


def test_the_api_filters_by_stage(staged_client: TestClient) -> None:
    assert ids(staged_client.get("/api/events?stage=accomplished")) == ["ev-clash"]
    assert set(ids(staged_client.get("/api/events?stage=accomplished,attempted"))) == {"ev-clash", "ev-island"}
    assert set(ids(staged_client.get("/api/events?stage=attempted&stage=threatened"))) == {"ev-island", "ev-kidnap"}
    assert len(ids(staged_client.get("/api/events"))) == 3
    answer = staged_client.get("/api/events?stage=threatened").json()["events"]
    assert [e["stage"] for e in answer] == ["threatened"]
    assert staged_client.get("/api/events?stage=rumoured").status_code == 422


def test_an_unknown_stage_is_refused() -> None:
    with pytest.raises(FilterError, match="stage must be one of"):
        EventFilter(stage=("rumoured",))


def test_a_reviewer_can_change_the_stage(staged_client: TestClient) -> None:
    headers = sign_in(staged_client)
    response = staged_client.patch(
        "/api/events/ev-kidnap",
        json={"changes": {"stage": "accomplished"}, "comment": "the hostages were taken after all"},
        headers=headers,
    )
    assert response.is_success, response.text
    assert set(ids(staged_client.get("/api/events?stage=accomplished"))) == {"ev-clash", "ev-kidnap"}
    refused = staged_client.patch(
        "/api/events/ev-island", json={"changes": {"stage": "rumoured"}, "comment": "x"}, headers=headers
    )
    assert refused.status_code == 422


def test_the_cli_lists_events_by_stage(runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'events.db'}"
    with Store(url) as store:
        _save_staged(store)
    result = runner.invoke(main, ["events", "--db", url, "--stage", "attempted", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["event_id"] for line in result.output.splitlines()] == ["ev-island"]
    refused = runner.invoke(main, ["events", "--db", url, "--stage", "rumoured"])
    assert refused.exit_code != 0 and "rumoured" in refused.output


def test_a_database_made_before_the_stage_column_gains_it_from_its_records(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with Store(url, migrate=False) as store:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0004")
            for event_id, stage in (("ev-old-threat", "threatened"), ("ev-old-deed", None)):
                record = {"event_id": event_id, "event_type": "Violence against civilians"}
                if stage:
                    record["stage"] = stage
                conn.execute(
                    sa.text(
                        "INSERT INTO events (event_id, record, event_type, status, created_at, updated_at) "
                        "VALUES (:id, :record, 'Violence against civilians', 'auto', :now, :now)"
                    ),
                    {"id": event_id, "record": json.dumps(record), "now": "2024-01-01 00:00:00"},
                )
    with Store(url) as store, store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT event_id, stage FROM event_facets ORDER BY event_id")).all()
    assert [tuple(row) for row in rows] == [("ev-old-deed", "accomplished"), ("ev-old-threat", "threatened")]
