"""The workbench in headless chromium: overview (map, timeline, table), filtering, the event page
with highlighted evidence, signing in, editing with a comment, the audit log, and a reader who
cannot edit. Screenshots of every page go to tests/output/screenshots/."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytest.register_assert_rewrite("browser_support")
from browser_support import CODER, READER, ingest_articles, screenshot, serve, sign_in  # noqa: E402

pytest_plugins = ["browser_support"]  # its fixtures: workbench, browser, page
expect = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").expect


def open_overview(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready=overview]")


def table_rows(page: Any) -> list[str]:
    return page.locator("#events-table tbody tr").all_inner_texts()


def open_event(page: Any, base: str, place: str) -> str:
    """Open the event at `place` from the overview's table, as an analyst would; its id."""
    open_overview(page, base)
    link = page.locator("#events-table tbody tr", has_text=place).get_by_role("link")
    link.click()
    page.wait_for_selector("body[data-ready=event]")
    return page.locator("#event-root").get_attribute("data-event-id")


def test_overview_draws_borders_markers_timeline_and_table(workbench: Any, page: Any) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_overview(page, workbench.url)
    page.wait_for_selector("#map[data-borders]")
    map_box = page.locator("#map")
    assert int(map_box.get_attribute("data-borders")) > 200  # every country of world-atlas
    assert map_box.locator("path.leaflet-interactive, canvas").count() >= 1
    assert int(map_box.get_attribute("data-markers")) == 3  # Kano (two reports, one event), Uruapan, Goma
    assert page.locator("#map .event-marker, #map .marker-cluster").count() >= 1
    assert page.locator(".timeline-chart .bar rect.events").count() >= 3
    rows = table_rows(page)
    assert len(rows) == 3
    assert any("Kano" in row for row in rows)
    # nothing comes from elsewhere: no CDN, no tile server
    assert requested and all(url.startswith(workbench.url) for url in requested), requested
    assert not page.js_errors, page.js_errors
    screenshot(page, "overview")


def test_filter_updates_table_map_and_url(workbench: Any, page: Any) -> None:
    open_overview(page, workbench.url)
    page.get_by_label("Country").fill("Mexico")
    page.get_by_label("Country").press("Enter")  # the filter bar works from the keyboard
    page.wait_for_url(re.compile(r"country=Mexico"))
    page.wait_for_function("document.querySelectorAll('#events-table tbody tr').length === 1")
    assert "Uruapan" in table_rows(page)[0]
    page.wait_for_function("document.querySelector('#map').dataset.markers === '1'")
    assert "country=Mexico" in page.locator("#export-link").get_attribute("href")
    # a map point is reached from the keyboard and opens its popup, which links to the event
    page.locator("#map .event-marker").first.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".leaflet-popup")).to_contain_text("Uruapan")
    expect(page.locator(".leaflet-popup").get_by_role("link", name="Open event")).to_be_visible()
    screenshot(page, "overview_filtered")

    # the URL is the view: opened afresh, it shows the same filter
    page.goto(page.url)
    page.wait_for_selector("body[data-ready=overview]")
    assert page.get_by_label("Country").input_value() == "Mexico"
    assert len(table_rows(page)) == 1

    page.get_by_role("button", name="Reset").click()
    page.wait_for_function("document.querySelectorAll('#events-table tbody tr').length === 3")
    # every event here was carried out: asking for threats only leaves none, and the URL says so
    page.get_by_label("Stage").select_option("threatened")
    page.get_by_label("Country").press("Enter")
    page.wait_for_url(re.compile(r"stage=threatened"))
    expect(page.locator("#events-table tbody")).to_contain_text("No events match the filter.")
    page.get_by_role("button", name="Reset").click()
    page.wait_for_function("document.querySelectorAll('#events-table tbody tr').length === 3")
    # sorting by fatalities, largest first: the Kano bombing (nine killed) leads
    page.locator("th[data-sort=fatalities] button").click()
    page.wait_for_url(re.compile(r"sort=fatalities"))
    expect(page.locator("th[data-sort=fatalities]")).to_have_attribute("aria-sort", "descending")
    assert "Kano" in table_rows(page)[0]

    # a timeline bar chosen from the keyboard filters to its period
    page.locator(".timeline-chart .bar[tabindex='0']").focus()
    page.keyboard.press("Home")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"since=2023-0[23]-"))
    page.wait_for_function("document.querySelectorAll('#events-table tbody tr').length === 1")
    assert "Kano" in table_rows(page)[0]
    assert not page.js_errors, page.js_errors


def test_event_page_highlights_the_evidence(workbench: Any, page: Any) -> None:
    open_event(page, workbench.url, "Kano")
    articles = page.locator("#articles article.source")
    assert articles.count() == 2  # both reports of the bombing
    marks = page.locator("#articles mark")
    assert marks.count() >= 2
    article_text = page.locator("#articles .article-text").first.inner_text()
    assert marks.first.inner_text() in article_text
    assert "Kano" in page.locator("#fields").inner_text()
    # the fatalities field points at the sentence that gives the number
    page.locator("#fields tr[data-field=fatalities] .evidence-button").click()
    active = page.locator("#articles mark.active")
    assert active.count() >= 1
    assert "fatalities" in active.first.get_attribute("data-fields").split()
    assert re.search(r"nine|killing", " ".join(active.all_inner_texts()))
    assert page.locator("#merges table tbody tr").count() >= 1  # the second report was merged in
    assert page.locator("#review-signin").is_visible()  # not signed in: no review controls
    assert not page.locator("#review-controls").is_visible()
    assert not page.js_errors, page.js_errors
    screenshot(page, "event")


def test_coder_edits_a_field_with_a_comment_and_the_audit_log_shows_it(workbench: Any, page: Any) -> None:
    sign_in(page, workbench.url, CODER)
    expect(page.locator("#current-user")).to_have_text(CODER[0])
    open_event(page, workbench.url, "Uruapan")
    assert page.locator("#review-controls").is_visible()
    screenshot(page, "event_review_controls")
    assert "No review yet" in page.locator("#audit").inner_text()

    edit = page.locator("#form-edit")
    killed = edit.get_by_label("Killed (best)")
    assert killed.input_value() == "4"
    killed.fill("5")
    edit.get_by_label("Killed (high)").fill("5")
    edit.get_by_role("button", name="Save changes").click()
    # no comment, no change: the form refuses and nothing reaches the audit log
    assert page.evaluate("document.querySelector('#edit-comment').validationMessage") != ""
    assert "No review yet" in page.locator("#audit").inner_text()

    edit.get_by_label("Comment (required)").fill("The prosecutor's update names five dead officers.")
    edit.get_by_role("button", name="Save changes").click()
    row = page.locator("#audit tbody tr").first
    row.wait_for()
    text = row.inner_text()
    assert CODER[0] in text
    assert "five dead officers" in text
    assert re.search(r"fatalities\.best:\s*4\s*→\s*5", text)
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text)  # when
    assert "5" in page.locator("#fields tr[data-field='fatalities.best'] td").first.inner_text()
    assert "edited" in page.locator("#event-subtitle").inner_text()

    # a second review, verify, is logged above it (newest first)
    verify = page.locator("#form-verify")
    verify.get_by_label("Comment (required)").fill("Checked against both reports.")
    verify.get_by_role("button", name="Verify").click()
    page.wait_for_function("document.querySelectorAll('#audit tbody tr').length === 2")
    assert "verified" in page.locator("#event-subtitle").inner_text()
    assert page.locator("#audit tbody tr").first.get_attribute("data-action") == "verify"
    assert not page.js_errors, page.js_errors
    screenshot(page, "event_audit")


def test_reader_cannot_edit(workbench: Any, page: Any) -> None:
    page.goto(f"{workbench.url}/login")
    page.wait_for_selector("#login-form")
    screenshot(page, "login")
    page.get_by_label("User name").fill(READER[0])
    page.get_by_label("Password").fill("wrong-password")
    page.get_by_role("button", name="Sign in").click()
    page.locator("#login-error").wait_for()
    assert "Wrong user name or password" in page.locator("#login-error").inner_text()

    sign_in(page, workbench.url, READER)
    event_id = open_event(page, workbench.url, "Goma")
    assert page.locator("#review-denied").is_visible()
    assert not page.locator("#review-controls").is_visible()
    # and the API refuses the reader too, even with a valid CSRF token
    status = page.evaluate(
        """async (id) => {
             const me = await (await fetch('/api/me')).json();
             const response = await fetch(`/api/events/${id}`, {method: 'PATCH',
               headers: {'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token},
               body: JSON.stringify({changes: {summary: 'changed by a reader'}, comment: 'should fail'})});
             return response.status;
           }""",
        event_id,
    )
    assert status == 403
    page.reload()
    page.wait_for_selector("body[data-ready=event]")
    assert "changed by a reader" not in page.locator("#fields").inner_text()


def test_coder_splits_an_article_off_and_merges_it_back(workbench: Any, page: Any) -> None:
    sign_in(page, workbench.url, CODER)
    kano = open_event(page, workbench.url, "Kano")
    split = page.locator("#form-split")
    split.get_by_label("Kano station blast toll rises").check()
    split.get_by_label("Comment (required)").fill("Checking whether the second report is another blast.")
    split.get_by_role("button", name="Split off").click()
    new_event = page.locator("#review-result a")
    new_event.wait_for()
    new_id = new_event.inner_text()
    assert new_id and new_id != kano
    expect(page.locator("#articles article.source")).to_have_count(1)
    expect(page.locator("#audit tbody tr").first).to_have_attribute("data-action", "split")

    merge = page.locator("#form-merge")
    merge.get_by_label("Other event ids (comma-separated)").fill(new_id)
    merge.get_by_label("Comment (required)").fill("Same blast after all.")
    merge.get_by_role("button", name="Merge into this event").click()
    expect(page.locator("#articles article.source")).to_have_count(2)
    expect(page.locator("#audit tbody tr").first).to_have_attribute("data-action", "merge")
    assert not page.js_errors, page.js_errors
    screenshot(page, "event_split_and_merged")

    # the absorbed event says where it went
    page.goto(f"{workbench.url}/events/{new_id}")
    page.wait_for_selector("body[data-ready=event]")
    expect(page.locator("#event-subtitle")).to_contain_text(f"merged into {kano}")


def test_closed_reading_sends_visitors_to_sign_in(tmp_path: Any, page: Any) -> None:
    db_url = f"sqlite:///{tmp_path / 'closed.db'}"
    ingest_articles(db_url, tmp_path)
    server = serve(db_url, read_open=False)
    try:
        page.goto(server.url)
        page.wait_for_url(re.compile(r"/login\?next="))
        assert page.get_by_role("heading", name="Sign in").is_visible()
    finally:
        server.stop()


# -- without a browser: the pages' shells and the front-end files they need -----------------------


def test_serve_names_the_missing_front_end_files(runner: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwatch.cli import main
    from eventwatch.web import pages

    monkeypatch.setattr(pages, "VENDOR", tmp_path / "vendor")
    result = runner.invoke(main, ["serve", "--db", f"sqlite:///{tmp_path / 'events.db'}"])
    assert result.exit_code != 0
    assert str(tmp_path / "vendor" / "leaflet" / "leaflet.js") in result.output
    assert "world-atlas/countries-50m.json" in result.output
    assert "pip install -e ." in result.output


def test_pages_serve_labelled_shells_and_warn_without_the_map_files(
    sqlite_url: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient

    from eventwatch.web import pages
    from eventwatch.web.app import create_app

    client = TestClient(create_app(sqlite_url, secret="pages-test"))
    overview = client.get("/")
    assert overview.status_code == 200
    for control in ("f-since", "f-country", "f-event_type", "f-min_fatalities", "f-stage", "f-q"):
        assert f'<label for="{control}">' in overview.text  # every filter has a visible label
    assert "/static/vendor/leaflet/leaflet.js" in overview.text
    assert 'role="alert"' not in overview.text
    event = client.get("/events/ev-0123")
    assert event.status_code == 200 and 'data-event-id="ev-0123"' in event.text
    assert client.get("/login").status_code == 200
    assert client.get("/static/vendor/world-atlas/countries-50m.json").status_code == 200

    monkeypatch.setattr(pages, "VENDOR", tmp_path / "vendor")
    warned = client.get("/")
    assert 'role="alert"' in warned.text and "leaflet/leaflet.js" in warned.text


def test_vendored_files_come_from_the_declared_npm_packages() -> None:
    import json

    from eventwatch.web import pages

    frontend = pages.WEB / "frontend"
    declared = json.loads((frontend / "package.json").read_text(encoding="utf-8"))["dependencies"]
    locked = json.loads((frontend / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    sources = json.loads(pages.VENDOR_MANIFEST.read_text(encoding="utf-8"))
    for destination, source in sources.items():
        if destination.startswith("_"):
            continue
        package = source.split("/")[0]
        assert package in declared, f"{source}: {package} is not in package.json"
        assert locked[f"node_modules/{package}"]["version"] == declared[package]
        assert destination in pages.vendor_files()
