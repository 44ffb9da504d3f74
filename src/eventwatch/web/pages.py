"""Server-rendered pages of the workbench (overview, event page, sign-in).

The pages are shells: their scripts (``static/js``) read everything from the JSON API, same
origin, with the session cookie, so what an analyst sees is exactly what the API serves. The map
and its borders come from npm packages that ``setup.py`` copies to ``static/vendor`` at install
time; :func:`check_assets` names any that are missing instead of serving a broken map.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

WEB = Path(__file__).resolve().parent
STATIC = WEB / "static"
VENDOR = STATIC / "vendor"
VENDOR_MANIFEST = WEB / "frontend" / "vendor.json"

templates = Jinja2Templates(directory=WEB / "templates")
router = APIRouter(include_in_schema=False)


class FrontendAssetsMissing(RuntimeError):
    """The npm packages the pages need were not copied into the installed package."""


def vendor_files() -> list[str]:
    """Paths under ``static/vendor`` that the pages load (``frontend/vendor.json``)."""
    entries = json.loads(VENDOR_MANIFEST.read_text(encoding="utf-8"))
    return [dest for dest in entries if not dest.startswith("_")]


def missing_assets() -> list[Path]:
    return [VENDOR / name for name in vendor_files() if not (VENDOR / name).is_file()]


def check_assets() -> None:
    """Raise :class:`FrontendAssetsMissing` naming every missing front-end file and the fix."""
    missing = missing_assets()
    if missing:
        listed = "\n  ".join(str(path) for path in missing)
        raise FrontendAssetsMissing(
            f"the web workbench's front-end files are missing:\n  {listed}\n"
            "They come from npm when the package is installed: install Node.js with npm, then run "
            "`pip install -e .` again from the repository root."
        )


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """Value sets of EVENT_SCHEMA.md for the filter bar and the edit form (``static/vocabulary.json``)."""
    return json.loads((STATIC / "vocabulary.json").read_text(encoding="utf-8"))


def _render(request: Request, template: str, title: str, **context: Any) -> HTMLResponse:
    context.update(
        title=title,
        static=f"{request.scope.get('root_path', '')}/static",
        missing_assets=[f"vendor/{path.relative_to(VENDOR).as_posix()}" for path in missing_assets()],
        vocabulary=vocabulary(),
    )
    return templates.TemplateResponse(request, template, context)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    return _render(request, "overview.html", "Events")


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    return _render(request, "event.html", f"Event {event_id}", event_id=event_id)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    return _render(request, "login.html", "Sign in")
