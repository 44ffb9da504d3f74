"""The workbench application: ``create_app`` wires the JSON API, the pages and the static files
over one ``Store``."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles

from eventwatch.store import Store
from eventwatch.store.users import session_secret
from eventwatch.web import api
from eventwatch.web.auth import WebSettings
from eventwatch.web.throttle import LoginThrottle

STATIC_DIR = Path(__file__).resolve().parent / "static"


def _read_open(value: bool | None) -> bool:
    if value is not None:
        return value
    setting = (os.environ.get("EVENTWATCH_READ") or "open").strip().lower()
    if setting not in ("open", "closed"):
        raise ValueError(f"EVENTWATCH_READ must be open or closed, not {setting!r}")
    return setting == "open"


def create_app(db_url: str | None = None, *, read_open: bool | None = None, secret: str | None = None) -> FastAPI:
    """The web app over the database ``db_url`` (else $EVENTWATCH_DB, else ./eventwatch.db).

    ``read_open``: whether reading needs no sign-in (else $EVENTWATCH_READ, default open).
    ``secret``: signs session cookies (else $EVENTWATCH_SECRET, else one generated once and kept
    in the database, so sessions survive restarts).
    """
    from importlib.metadata import PackageNotFoundError, version

    store = Store(db_url)
    settings = WebSettings(
        secret=secret or os.environ.get("EVENTWATCH_SECRET") or session_secret(store),
        read_open=_read_open(read_open),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    try:
        app_version = version("eventwatch")
    except PackageNotFoundError:
        app_version = "0"
    app = FastAPI(
        title="eventwatch",
        version=app_version,
        description="Events of political violence found in news reports: explore, review and export.",
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.settings = settings
    app.state.login_throttle = LoginThrottle()
    # event lists and GeoJSON are repetitive text: gzip shrinks them several times over
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.include_router(api.router, prefix="/api", tags=["api"])

    from eventwatch.web import pages

    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR, check_dir=False), name="static")
    return app
