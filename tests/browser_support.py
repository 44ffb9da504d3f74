"""A real workbench server for the browser tests: uvicorn in a thread on a free port, over a
throw-away SQLite database holding the made-up articles below, and headless Debian chromium
driven by Playwright. Everything skips cleanly when chromium or Playwright is absent."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

SCREENSHOTS = Path(__file__).resolve().parent / "output" / "screenshots"
VIEWPORT = {"width": 1366, "height": 768}  # the laptop screen the pages are laid out for
CODER = ("casey", "coder-password-1")
READER = ("robin", "reader-password-1")

# Made-up reports (no third-party text): two of one bombing in Kano, so the event has two sources,
# a merge history and something to split; one ambush in Mexico; one kidnapping in Congo.
ARTICLES = [
    {
        "id": "web-test-kano",
        "published": "2023-03-06",
        "title": "Bomb blast kills nine at Kano bus station",
        "source": "Test Wire",
        "url": "https://example.org/kano",
        "text": "KANO, Nigeria (Test Wire) - A bomb exploded at a crowded bus station in Kano on Sunday, killing nine "
        "people and wounding 21 others, police said.\n\nPolice spokesman Musa Ibrahim said the device had been hidden "
        "in a bag near the ticket office. No group has claimed responsibility for the bombing.\n\nWitnesses said the "
        "blast shattered windows across the street.",
    },
    {
        "id": "web-test-kano-2",
        "published": "2023-03-06",
        "title": "Kano station blast toll rises",
        "source": "Other Daily",
        "url": "https://example.org/kano-2",
        "text": "KANO, Nigeria - The number of people killed in Sunday's bombing at a bus station in Kano has risen to "
        "eleven, hospital officials said on Monday. About 20 people were injured in the explosion.\n\nSecurity was "
        "increased at markets and motor parks across the city.",
    },
    {
        "id": "web-test-uruapan",
        "published": "2023-05-14",
        "title": "Gunmen ambush police patrol in Uruapan",
        "source": "Test Wire",
        "text": "URUAPAN, Mexico (Test Wire) - Gunmen ambushed a police patrol in Uruapan, in the western state of "
        "Michoacan, on Saturday, killing four officers, the state prosecutor's office said.\n\nTwo other officers "
        "were wounded in the attack and taken to hospital.",
    },
    {
        "id": "web-test-goma",
        "published": "2023-07-02",
        "title": "Three aid workers kidnapped near Goma",
        "source": "Test Wire",
        "text": "GOMA, Democratic Republic of Congo (Test Wire) - Armed men kidnapped three aid workers on the road "
        "north of Goma on Friday, their organisation said.\n\nThe workers were travelling in a marked vehicle when "
        "they were stopped by the gunmen.",
    },
]


def chromium_path() -> str:
    """Debian's chromium, or a clean skip (CI without it, or a machine without Playwright)."""
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    url: str
    db_url: str
    thread: threading.Thread
    server: Any

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve(db_url: str, **app_options: Any) -> Server:
    """The workbench app (``create_app``) under uvicorn in a daemon thread, once it accepts connections."""
    import uvicorn

    from eventwatch.web.app import create_app

    app = create_app(db_url, secret="browser-test-secret", **app_options)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="workbench-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the workbench server did not start")
        time.sleep(0.05)
    return Server(f"http://127.0.0.1:{port}", db_url, thread, server)


def ingest_articles(db_url: str, directory: Path, articles: list[dict[str, Any]] = ARTICLES) -> None:
    from click.testing import CliRunner

    from eventwatch.cli import main

    source = directory / "web_articles.jsonl"
    source.write_text("".join(json.dumps(article) + "\n" for article in articles), encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(source), "--db", db_url, "--no-progress"])
    assert result.exit_code == 0, result.output


def add_users(db_url: str) -> None:
    from eventwatch.store import Store
    from eventwatch.store.users import add_user

    with Store(db_url) as store:
        add_user(store, *CODER, role="coder")
        add_user(store, *READER, role="reader")


@pytest.fixture(scope="module")
def workbench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    chromium_path()
    directory = tmp_path_factory.mktemp("workbench")
    db_url = f"sqlite:///{directory / 'events.db'}"
    ingest_articles(db_url, directory)
    add_users(db_url)
    server = serve(db_url)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"], headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh browser context (no cookies) at laptop size; browser errors fail the test."""
    context = browser.new_context(viewport=VIEWPORT)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    tab.on("console", lambda message: errors.append(f"console: {message.text}") if message.type == "error" else None)
    tab.js_errors = errors
    yield tab
    context.close()


def screenshot(page: Any, name: str, *, full_page: bool = True) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.evaluate("window.scrollTo(0, 0)")  # sticky parts sit where they do at the top of the page
    page.screenshot(path=str(path), full_page=full_page)
    return path


def sign_in(page: Any, base_url: str, user: tuple[str, str], next_path: str = "/") -> None:
    page.goto(f"{base_url}/login?next={next_path}")
    page.get_by_label("User name").fill(user[0])
    page.get_by_label("Password").fill(user[1])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base_url}{next_path}")
