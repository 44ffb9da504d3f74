"""Accounts: argon2 password hashes, roles, the session secret, and `eventwatch user add`."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from eventwatch.cli import main
from eventwatch.store import Store
from eventwatch.store.schema import users
from eventwatch.store.users import UserError, add_user, authenticate, get_user, list_users, session_secret

PASSWORD = "a long passphrase"


@pytest.fixture
def store(sqlite_url: str) -> Store:
    with Store(sqlite_url) as opened:
        yield opened


def test_passwords_are_stored_as_argon2id_hashes(store: Store) -> None:
    add_user(store, "cora", PASSWORD, "coder")
    with store.engine.connect() as conn:
        stored = conn.execute(sa.select(users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert authenticate(store, "cora", PASSWORD).role == "coder"
    assert authenticate(store, "cora", PASSWORD + "!") is None
    assert authenticate(store, "nobody", PASSWORD) is None


def test_the_same_password_hashes_differently(store: Store) -> None:
    add_user(store, "a", PASSWORD, "coder")
    add_user(store, "b", PASSWORD, "reader")
    with store.engine.connect() as conn:
        first, second = conn.execute(sa.select(users.c.password_hash).order_by(users.c.name)).scalars()
    assert first != second  # salted


@pytest.mark.parametrize(
    ("name", "password", "role", "message"),
    [
        ("cora", PASSWORD, "boss", "role must be one of"),
        ("cora", "short", "coder", "at least 8"),
        ("  ", PASSWORD, "coder", "empty"),
    ],
)
def test_bad_users_are_refused(store: Store, name: str, password: str, role: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        add_user(store, name, password, role)
    assert list_users(store) == []


def test_names_are_unique(store: Store) -> None:
    add_user(store, "cora", PASSWORD, "coder")
    with pytest.raises(UserError, match="already exists"):
        add_user(store, "cora", "another password", "admin")
    assert get_user(store, "cora").role == "coder"


def test_session_secret_is_made_once_and_kept(sqlite_url: str) -> None:
    with Store(sqlite_url) as store:
        secret = session_secret(store)
        assert len(secret) >= 32
        assert session_secret(store) == secret
    with Store(sqlite_url) as store:
        assert session_secret(store) == secret


def test_cli_user_add_from_stdin(runner, sqlite_url: str) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(
        main, ["user", "add", "ada", "--role", "admin", "--password-stdin", "--db", sqlite_url], input=PASSWORD + "\n"
    )
    assert result.exit_code == 0, result.output
    with Store(sqlite_url) as store:
        assert authenticate(store, "ada", PASSWORD).role == "admin"
    again = runner.invoke(
        main, ["user", "add", "ada", "--role", "coder", "--password-stdin", "--db", sqlite_url], input=PASSWORD + "\n"
    )
    assert again.exit_code != 0 and "already exists" in again.output


def test_cli_user_add_prompts_twice(runner, sqlite_url: str) -> None:  # type: ignore[no-untyped-def]
    mismatch = runner.invoke(
        main, ["user", "add", "bo", "--role", "coder", "--db", sqlite_url], input=f"{PASSWORD}\nother words\n\n\n"
    )
    assert mismatch.exit_code != 0
    result = runner.invoke(
        main, ["user", "add", "bo", "--role", "coder", "--db", sqlite_url], input=f"{PASSWORD}\n" * 2
    )
    assert result.exit_code == 0, result.output
    with Store(sqlite_url) as store:
        assert authenticate(store, "bo", PASSWORD).role == "coder"


def test_cli_serve_is_there(runner) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--closed"):
        assert option in result.output
