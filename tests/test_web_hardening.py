"""Sign-in throttling and compressed API responses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from eventwatch.store.users import add_user
from eventwatch.web.app import create_app
from eventwatch.web.throttle import LoginThrottle

PASSWORD = "a long passphrase"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_five_failures_lock_the_name_for_that_address_only() -> None:
    clock = FakeClock()
    throttle = LoginThrottle(max_failures=5, window=900, clock=clock)
    for _ in range(4):
        throttle.failed("10.0.0.1", "cora")
    assert throttle.retry_after("10.0.0.1", "cora") == 0
    throttle.failed("10.0.0.1", "Cora ")  # the same name however typed
    wait = throttle.retry_after("10.0.0.1", "cora")
    assert 0 < wait <= 901
    assert throttle.retry_after("10.0.0.2", "cora") == 0
    assert throttle.retry_after("10.0.0.1", "rita") == 0


def test_the_lock_ends_when_the_failures_age_out() -> None:
    clock = FakeClock()
    throttle = LoginThrottle(max_failures=3, window=60, clock=clock)
    for _ in range(3):
        throttle.failed("a", "cora")
        clock.now += 10
    assert throttle.retry_after("a", "cora") > 0
    clock.now += 31  # the first failure is now older than the window
    assert throttle.retry_after("a", "cora") == 0


def test_a_success_clears_the_count() -> None:
    throttle = LoginThrottle(max_failures=2, clock=FakeClock())
    throttle.failed("a", "cora")
    throttle.succeeded("a", "cora")
    throttle.failed("a", "cora")
    assert throttle.retry_after("a", "cora") == 0


@pytest.fixture
def client(tmp_path) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    app = create_app(f"sqlite:///{tmp_path / 'events.db'}", read_open=True, secret="test-secret")
    add_user(app.state.store, "cora", PASSWORD, "coder")
    with TestClient(app) as test_client:
        yield test_client


def _login(client: TestClient, password: str):  # type: ignore[no-untyped-def]
    token = client.get("/api/me").json()["csrf_token"]
    return client.post("/api/login", json={"username": "cora", "password": password}, headers={"X-CSRF-Token": token})


def test_the_api_refuses_guessing_with_429_and_retry_after(client: TestClient) -> None:
    for _ in range(5):
        assert _login(client, "wrong guess").status_code == 401
    refused = _login(client, PASSWORD)  # even the right password waits
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    assert "too many failed sign-ins" in refused.json()["detail"]


def test_large_responses_are_gzipped_when_asked(client: TestClient) -> None:
    response = client.get("/openapi.json", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers.get("content-encoding") == "gzip"
    assert response.json()["info"]["title"] == "eventwatch"  # the client decompressed it
    small = client.get("/api/me", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers
