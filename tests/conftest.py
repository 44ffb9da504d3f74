"""Shared fixtures: the repository's own test articles, ../shared (skipped when absent), a CLI
runner and a throw-away SQLite database."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

REPO = Path(__file__).resolve().parent.parent
ARTICLES = Path(__file__).resolve().parent / "articles"
# EVENTWATCH_SHARED points elsewhere (or at nothing, to check that the suite skips cleanly)
SHARED = Path(os.environ.get("EVENTWATCH_SHARED") or REPO.parent / "shared")


PG_URL = os.environ.get("EVENTWATCH_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
_pg_state: dict[str, object] = {}


def pg_admin() -> sa.Engine:
    """One engine on the local PostgreSQL server for the whole run, or a clean skip when none answers."""
    if "engine" not in _pg_state:
        from eventwatch.store import resolve_url

        engine = sa.create_engine(resolve_url(PG_URL), connect_args={"connect_timeout": 3})
        try:
            with engine.connect():
                pass
        except Exception as exc:  # any failure to connect means "no server here"
            engine.dispose()
            _pg_state["engine"] = None
            _pg_state["reason"] = f"PostgreSQL unreachable at {PG_URL}: {type(exc).__name__}"
        else:
            _pg_state["engine"] = engine
    if _pg_state["engine"] is None:
        pytest.skip(str(_pg_state["reason"]))
    return _pg_state["engine"]  # type: ignore[return-value]


@contextmanager
def pg_schema(prefix: str = "ew_test") -> Iterator[str]:
    """The URL of a PostgreSQL schema of its own, dropped afterwards, so parallel or aborted runs never
    see each other's rows."""
    admin = pg_admin()
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a clean skip when it is not there (CI without the shared data)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture
def shared() -> Callable[..., Path]:
    return shared_path


@pytest.fixture(scope="session")
def articles_dir() -> Path:
    return ARTICLES


def read_article(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'events.db'}"


@pytest.fixture
def runner():  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture(scope="session")
def analyse_text() -> Callable[..., list]:
    """``analyse_text(text, published=None, doc_id="t")`` → the events ``analyse`` finds."""
    from eventwatch.model import Article
    from eventwatch.pipeline import analyse

    def run(text: str, published: date | str | None = None, doc_id: str = "t") -> list:
        if isinstance(published, str):
            published = date.fromisoformat(published)
        return analyse(Article(doc_id=doc_id, text=text, published=published))

    return run


@pytest.fixture(scope="session")
def gaz():  # type: ignore[no-untyped-def]
    from eventwatch.gazetteer import get_gazetteer

    return get_gazetteer()


def located(gaz, text: str, focus: str | None = None) -> dict:  # type: ignore[no-untyped-def]
    """Each place mention of ``text`` (its words joined by single spaces) → the place it resolves to."""
    mentions = gaz.spot(text)
    places = gaz.resolve(mentions, text, focus_country=focus)
    return {" ".join(m.text.split()): p for m, p in zip(mentions, places, strict=True)}


def event_place(text: str, published: date = date(2015, 3, 2)):  # type: ignore[no-untyped-def]
    """The place of the first event ``analyse`` finds in ``text`` (which must hold one)."""
    from eventwatch.model import Article
    from eventwatch.pipeline import analyse

    events = analyse(Article(doc_id="t", text=text, published=published))
    assert events, text
    return events[0].location


def jsonl_records(output: str) -> tuple[list[dict], dict | None]:
    """Event records and the final summary object of ``eventwatch extract`` output."""
    events: list[dict] = []
    summary = None
    for line in output.splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if "summary" in record and "event_id" not in record:
            summary = record["summary"]
        else:
            events.append(record)
    return events, summary


def violent_events(text: str, published: date | None = None) -> list:
    """The violent events ``analyse`` finds in ``text``, background ones included."""
    from eventwatch.model import Article
    from eventwatch.pipeline import analyse

    return [e for e in analyse(Article(doc_id="t", text=text, published=published)) if e.is_violent]


def one_violent_event(text: str, published: date | None = None):  # type: ignore[no-untyped-def]
    """The violent event ``analyse`` finds in ``text``, which must hold exactly one."""
    events = violent_events(text, published)
    assert len(events) == 1, [e.to_record() for e in events]
    return events[0]


def violent(events: list) -> list:
    """The events told as violent news, not as background."""
    return [e for e in events if e.is_violent and not e.background]


def assert_word_lists(*lists: object) -> None:
    """Each word list read from resources is non-empty and holds strings only (an unquoted "on" or "no"
    in YAML loads as a boolean and would never match a word)."""
    for listed in lists:
        assert isinstance(listed, list | tuple | set | frozenset) and listed, listed
        assert all(isinstance(w, str) for w in listed), listed


def totals(sentence: str) -> dict[str, int]:
    """What the casualty figures of one sentence add up to for each effect, leaving out shares of a total."""
    from eventwatch.extract.casualties import find_casualties
    from eventwatch.text import tokenize

    out: dict[str, int] = {}
    for figure in find_casualties(tokenize(sentence)):
        if not figure.is_part:
            out[figure.effect] = out.get(figure.effect, 0) + figure.value
    return out


def found_actors(text: str, *deeds: str) -> list:
    """The actors ``find_actors`` reads in ``text`` around its words ``deeds`` (text in capitals as wire copy)."""
    from eventwatch.extract.actors import find_actors
    from eventwatch.text import tokenize

    tokens = tokenize(text)
    return find_actors(tokens, [i for i, t in enumerate(tokens) if t.lower in deeds], text.isupper())


def deed_actors(text: str, *deeds: str) -> list[tuple[str, str, str | None]]:
    """(name, kind, role) of each actor read around the words ``deeds`` of ``text``."""
    return [(a.name, a.kind, a.role) for a in found_actors(text, *deeds)]
