"""Storage tests, run against SQLite and (when reachable) the local PostgreSQL server."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa

from conftest import pg_schema
from eventwatch.model import Actor, Article, Casualties, Event, Evidence, Place
from eventwatch.store import PROTECTED_STATUSES, Store, resolve_url
from eventwatch.store.schema import events as events_table
from eventwatch.store.schema import evidence as evidence_table


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'events.db'}"
        return
    with pg_schema() as url:
        yield url


@pytest.fixture
def store(db_url: str) -> Store:
    with Store(db_url) as opened:
        yield opened


TEXT_A = (
    "Militants ambushed an army convoy near Tillabéri on Monday, killing seven soldiers. "
    "Three attackers also died in the exchange of fire."
)
TEXT_B = "Hundreds of teachers marched in Quito on Friday to demand unpaid wages; no one was hurt."
TEXT_C = "A follow-up report said the Tillabéri ambush left nine soldiers wounded."


def article(doc_id: str, text: str, published: date | None = date(2023, 5, 2)) -> Article:
    return Article(
        doc_id=doc_id,
        text=text,
        title=f"title {doc_id}",
        url=f"https://x.test/{doc_id}",
        published=published,
        origin=f"{doc_id}.txt",
    )


def ambush(doc_id: str = "a", **changes) -> Event:
    first = TEXT_A.split(". ")[0] + "."
    event = Event(
        event_id="ev-ambush",
        doc_ids=[doc_id],
        event_type="Battles",
        sub_event_type="Armed clash",
        attack_type="Armed Assault",
        target_types=["Military"],
        weapon_types=["Firearms"],
        date_start=date(2023, 5, 1),
        date_end=date(2023, 5, 1),
        date_precision="day",
        location=Place("Tillabéri", "Niger", "NE", admin1="Tillabéri", lat=14.21, lon=1.45),
        perpetrators=[Actor("militants", "militants")],
        targets=[Actor("army convoy", "military")],
        fatalities=Casualties(best=10, low=10, perpetrators=3),
        summary="Militants ambushed an army convoy near Tillabéri, killing ten.",
        evidence=[
            Evidence(doc_id, 0, len(first), first, ["event_type", "location", "date"]),
            Evidence(doc_id, 0, len(first), first, ["fatalities"]),
            Evidence(doc_id, len(first) + 1, len(TEXT_A), TEXT_A[len(first) + 1 :], ["fatalities"]),
        ],
        confidence=0.8,
    )
    return replace(event, **changes)


def march() -> Event:
    return Event(
        event_id="ev-march",
        doc_ids=["b"],
        event_type="Protests",
        sub_event_type="Peaceful protest",
        date_start=date(2023, 4, 28),
        date_end=date(2023, 4, 28),
        date_precision="day",
        location=Place("Quito", "Ecuador", "EC", admin1="Pichincha", lat=-0.22, lon=-78.51),
        perpetrators=[Actor("teachers", "protesters")],
        fatalities=Casualties(best=0),
        summary="Teachers marched in Quito over unpaid wages.",
        evidence=[Evidence("b", 0, len(TEXT_B), TEXT_B, ["event_type", "fatalities"])],
    )


def stamps(store: Store, event_id: str) -> tuple:
    with store.engine.connect() as conn:
        return conn.execute(
            sa.select(events_table.c.created_at, events_table.c.updated_at, events_table.c.record).where(
                events_table.c.event_id == event_id
            )
        ).one()


def evidence_rows(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return conn.execute(
            sa.select(
                evidence_table.c.id, evidence_table.c.start, evidence_table.c.end, evidence_table.c.fields
            ).order_by(evidence_table.c.start)
        ).all()


def test_save_and_read_back(store: Store) -> None:
    art = article("a", TEXT_A)
    result = store.save(art, [ambush()])
    assert (result.article_new, result.events_new, result.events_updated) == (True, 1, 0)
    assert store.has_article(art.content_hash)
    assert not store.has_article(article("z", "other text").content_hash)
    assert store.get_event("ev-ambush") == ambush()
    assert store.get_event("missing") is None
    # two evidence items share a sentence: one row with both fields lists merged
    assert store.counts() == {"articles": 1, "events": 1, "evidence": 2}
    assert evidence_rows(store)[0].fields == '["event_type", "location", "date", "fatalities"]'


def test_saving_again_changes_nothing(store: Store) -> None:
    store.save(article("a", TEXT_A), [ambush()])
    store.save(article("b", TEXT_B), [march()])
    before_stamps = stamps(store, "ev-ambush")
    before_rows = evidence_rows(store)
    again = store.save(article("a", TEXT_A), [ambush()])
    assert (again.article_new, again.events_new, again.events_updated, again.events_unchanged) == (
        False,
        0,
        0,
        1,
    )
    assert store.save(article("b", TEXT_B), [march()]).events_unchanged == 1
    assert stamps(store, "ev-ambush") == before_stamps
    assert evidence_rows(store) == before_rows
    assert store.counts() == {"articles": 2, "events": 2, "evidence": 3}


def test_changed_event_is_updated_and_evidence_replaced(store: Store) -> None:
    store.save(article("a", TEXT_A), [ambush()])
    created, updated, _ = stamps(store, "ev-ambush")
    sentence = TEXT_A.split(". ")[0] + "."
    changed = ambush(
        fatalities=Casualties(best=7, low=7),
        evidence=[Evidence("a", 0, len(sentence), sentence, ["fatalities"])],
    )
    result = store.save(article("a", TEXT_A), [changed])
    assert (result.events_new, result.events_updated) == (0, 1)
    new_created, new_updated, _ = stamps(store, "ev-ambush")
    assert new_created == created and new_updated > updated
    assert store.get_event("ev-ambush").fatalities.best == 7
    assert [(r.start, r.end, r.fields) for r in evidence_rows(store)] == [(0, len(sentence), '["fatalities"]')]


def test_unserialisable_event_rolls_back_the_whole_article(store: Store) -> None:
    store.save(article("b", TEXT_B), [march()])
    bad = ambush(target_types=[object()])  # json cannot encode it
    with pytest.raises(TypeError):
        store.save(article("a", TEXT_A), [replace(march(), summary="edited by a"), bad])
    assert not store.has_article(article("a", TEXT_A).content_hash)
    assert store.counts() == {"articles": 1, "events": 1, "evidence": 1}
    assert store.get_event("ev-march").summary == march().summary
    # and the store is still usable afterwards
    assert store.save(article("a", TEXT_A), [ambush()]).events_new == 1


def test_database_error_rolls_back(store: Store) -> None:
    broken = ambush(evidence=[Evidence("a", None, None, "no span", ["date"])])  # type: ignore[arg-type]
    with pytest.raises(sa.exc.IntegrityError):
        store.save(article("a", TEXT_A), [march(), broken])
    assert store.counts() == {"articles": 0, "events": 0, "evidence": 0}


@pytest.mark.parametrize("status", sorted(PROTECTED_STATUSES))
def test_reviewed_events_are_not_overwritten(store: Store, status: str) -> None:
    store.save(article("a", TEXT_A), [ambush()])
    reviewed = ambush(status=status, summary="Reviewed: ten dead in the Tillabéri ambush.")
    store.update_event(reviewed)
    _, reviewed_at, reviewed_record = stamps(store, "ev-ambush")

    # the same article again, and a new one re-reporting the event with other numbers
    store.save(article("a", TEXT_A), [ambush()])
    sentence = TEXT_C
    follow_up = ambush(
        doc_id="c",
        injuries=Casualties(best=9),
        evidence=[Evidence("c", 0, len(sentence), sentence, ["injuries"])],
    )
    result = store.save(article("c", TEXT_C), [follow_up])
    assert (result.events_unchanged, result.events_protected, result.events_updated) == (1, 1, 0)
    assert stamps(store, "ev-ambush")[1:] == (reviewed_at, reviewed_record)

    kept = store.get_event("ev-ambush")
    assert kept.status == status and kept.summary == reviewed.summary
    assert kept.injuries.best is None
    assert kept.doc_ids == ["a", "c"]  # the new article is linked all the same
    assert kept.evidence[-1] == Evidence("c", 0, len(sentence), sentence, ["injuries"])


def test_second_article_links_to_existing_auto_event(store: Store) -> None:
    store.save(article("a", TEXT_A), [ambush()])
    follow_up = ambush(doc_id="c", evidence=[Evidence("c", 0, 10, TEXT_C[:10], ["date"])])
    result = store.save(article("c", TEXT_C), [follow_up])
    assert result.events_updated == 1
    event = store.get_event("ev-ambush")
    assert event.doc_ids == ["c", "a"]  # record's own doc ids first, then other linked articles
    assert {e.doc_id for e in event.evidence} == {"a", "c"}


def _seed_for_filters(store: Store) -> None:
    store.save(article("a", TEXT_A), [ambush()])
    store.save(article("b", TEXT_B), [march()])
    undated = Event(
        event_id="ev-undated",
        doc_ids=["d"],
        event_type="Violence against civilians",
        sub_event_type="Abduction/forced disappearance",
        attack_type="Hostage Taking (Kidnapping)",
        location=Place("Ürümqi", "China", "CN"),
        summary="Gunmen seized a 50% share of the village's elders, residents said.",
    )
    store.save(article("d", "An unrelated text about a kidnapping."), [undated])


def ids(found: list[Event]) -> list[str]:
    return [e.event_id for e in found]


def test_filters(store: Store) -> None:
    _seed_for_filters(store)
    assert ids(store.events()) == ["ev-march", "ev-ambush", "ev-undated"]  # unknown dates last
    assert ids(store.events(limit=1)) == ["ev-march"]
    assert ids(store.events(country="niger")) == ["ev-ambush"]
    assert ids(store.events(country="ec")) == ["ev-march"]
    assert ids(store.events(country="CHINA")) == ["ev-undated"]
    assert ids(store.events(country="Nigeria")) == []
    assert ids(store.events(since=date(2023, 5, 1))) == ["ev-ambush"]
    assert ids(store.events(until=date(2023, 4, 30))) == ["ev-march"]
    assert ids(store.events(since=date(2023, 4, 1), until=date(2023, 5, 31))) == ["ev-march", "ev-ambush"]
    assert ids(store.events(event_type="battles")) == ["ev-ambush"]
    assert ids(store.events(event_type="Peaceful protest")) == ["ev-march"]
    assert ids(store.events(event_type="hostage taking (kidnapping)")) == ["ev-undated"]
    assert ids(store.events(min_fatalities=0)) == ["ev-march", "ev-ambush"]
    assert ids(store.events(min_fatalities=5)) == ["ev-ambush"]
    assert ids(store.events(text="UNPAID")) == ["ev-march"]
    assert ids(store.events(text="three attackers")) == ["ev-ambush"]  # evidence only
    assert ids(store.events(text="50%")) == ["ev-undated"]  # wildcard characters are literal
    assert ids(store.events(text="5%s")) == []
    assert ids(store.events(country="niger", event_type="Protests")) == []


def test_non_ascii_text_matches_ignoring_case(store: Store) -> None:
    _seed_for_filters(store)
    assert ids(store.events(text="TILLABÉRI AMBUSH")) == []
    assert ids(store.events(text="NEAR TILLABÉRI")) == ["ev-ambush"]


def test_concurrent_writers_do_not_duplicate(db_url: str) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with Store(db_url) as own:
                for _ in range(3):
                    own.save(article("a", TEXT_A), [ambush()])
                    own.save(article("b", TEXT_B), [march()])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store(db_url) as check:
        assert check.counts() == {"articles": 2, "events": 2, "evidence": 3}


def _head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from eventwatch.store.repository import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    heads = ScriptDirectory.from_config(config).get_heads()
    assert len(heads) == 1, f"migrations must form one chain, found heads {heads}"
    return heads[0]


def test_migrations_reach_head_and_are_repeatable(db_url: str) -> None:
    head = _head_revision()
    assert int(head) >= 3
    with Store(db_url) as first:
        first.migrate()
        with first.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all() == [head]
            tables = set(sa.inspect(conn).get_table_names())
    assert {"articles", "events", "evidence", "event_articles"} <= tables


def test_sqlite_uses_wal_and_busy_timeout(tmp_path) -> None:
    with Store(str(tmp_path / "plain.db")) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_in_memory_sqlite_keeps_its_tables() -> None:
    with Store("sqlite://") as store:
        store.save(article("b", TEXT_B), [march()])
        assert store.counts()["events"] == 1


def test_resolve_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTWATCH_DB", raising=False)
    assert resolve_url() == "sqlite:///eventwatch.db"
    monkeypatch.setenv("EVENTWATCH_DB", "postgresql://u@db.example:5432/ev")
    assert resolve_url() == "postgresql+psycopg://u@db.example:5432/ev"
    assert resolve_url("postgres://h/x") == "postgresql+psycopg://h/x"
    assert resolve_url("postgresql+psycopg://h/x") == "postgresql+psycopg://h/x"
    assert resolve_url("runs/one.db") == "sqlite:///runs/one.db"


def test_schema_module_matches_the_migrations(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from eventwatch.store.schema import is_managed, metadata

    with Store(db_url) as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": is_managed}), metadata)
    assert diff == []
