"""Storage: SQLAlchemy Core tables, Alembic migrations and the repository (SQLite or PostgreSQL)."""

from eventwatch.store.repository import DEFAULT_URL, PROTECTED_STATUSES, SaveResult, Store, resolve_url

__all__ = ["DEFAULT_URL", "PROTECTED_STATUSES", "SaveResult", "Store", "resolve_url"]
