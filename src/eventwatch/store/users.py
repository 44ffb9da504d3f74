"""Accounts of the workbench: users with a role and an argon2id password hash, and the secret
that signs their sessions (kept in the database so sessions survive a restart).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from eventwatch.store.repository import Store
from eventwatch.store.schema import app_settings, users

ROLES = ("reader", "coder", "admin")
REVIEW_ROLES = frozenset({"coder", "admin"})
MIN_PASSWORD_LENGTH = 8
_SECRET_KEY = "session_secret"
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# verified against when the user does not exist, so a wrong name takes as long as a wrong password
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class UserError(ValueError):
    """A user that cannot be added: the message says why."""


@dataclass(frozen=True)
class User:
    name: str
    role: str


def add_user(store: Store, name: str, password: str, role: str) -> User:
    """Create a user; refuses an unknown role, a short password or a name already taken."""
    name = name.strip()
    if not name:
        raise UserError("the user name is empty")
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    with store._write() as conn:
        if conn.execute(sa.select(users.c.id).where(users.c.name == name)).first() is not None:
            raise UserError(f"a user named {name!r} already exists")
        conn.execute(
            users.insert().values(name=name, password_hash=_hasher.hash(password), role=role, created_at=_now())
        )
    return User(name, role)


def set_password(store: Store, name: str, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    with store._write() as conn:
        updated = conn.execute(users.update().where(users.c.name == name).values(password_hash=_hasher.hash(password)))
        if updated.rowcount == 0:
            raise UserError(f"no user named {name!r}")


def authenticate(store: Store, name: str, password: str) -> User | None:
    """The user when ``password`` is theirs, else None (an unknown name costs the same time)."""
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(users.c.password_hash, users.c.role).where(users.c.name == name)).first()
    try:
        _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if row is None:
        return None
    if _hasher.check_needs_rehash(row.password_hash):  # parameters were raised since it was hashed
        with store._write() as conn:
            conn.execute(users.update().where(users.c.name == name).values(password_hash=_hasher.hash(password)))
    return User(name, row.role)


def get_user(store: Store, name: str) -> User | None:
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(users.c.role).where(users.c.name == name)).first()
    return User(name, row.role) if row else None


def list_users(store: Store) -> list[User]:
    with store.engine.connect() as conn:
        return [
            User(r.name, r.role) for r in conn.execute(sa.select(users.c.name, users.c.role).order_by(users.c.name))
        ]


def session_secret(store: Store) -> str:
    """The secret signing session cookies: generated once, then read from the database."""
    with store.engine.connect() as conn:
        value = conn.execute(sa.select(app_settings.c.value).where(app_settings.c.key == _SECRET_KEY)).scalar()
    if value:
        return value
    with store._write() as conn:  # under the write lock: two servers starting together agree
        value = conn.execute(sa.select(app_settings.c.value).where(app_settings.c.key == _SECRET_KEY)).scalar()
        if not value:
            value = secrets.token_urlsafe(48)
            conn.execute(app_settings.insert().values(key=_SECRET_KEY, value=value))
    return value


def _now() -> datetime:
    return datetime.now(UTC)
