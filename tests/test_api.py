"""The JSON API through FastAPI's test client, on SQLite and PostgreSQL: every filter, paging and
sorting, aggregates, exports, one event's detail, accounts, CSRF, and the OpenAPI document.

The events are built here (short texts written for these tests) and stored without fusion, so
each is exactly what the test says it is.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from conftest import pg_schema
from eventwatch.model import Actor, Article, Casualties, Event, Evidence, Place
from eventwatch.store import Store
from eventwatch.store.users import add_user
from eventwatch.web.app import create_app
from test_store import db_url  # noqa: F401  (fixtures: SQLite and PostgreSQL)

PASSWORD = "correct horse battery"


@dataclass
class Spec:
    """One test event and the article that reports it."""

    event_id: str
    day: date | None
    event_type: str
    sub_event_type: str
    attack_type: str | None
    place: Place | None
    perpetrators: list[Actor]
    targets: list[Actor]
    killed: int | None
    wounded: int | None
    sentence: str

    def article(self) -> Article:
        return Article(
            doc_id=f"doc-{self.event_id}",
            text=f"Reporters said: {self.sentence} More details were not given.",
            title=f"Report {self.event_id}",
            source="Test Wire",
            published=self.day,
        )

    def event(self) -> Event:
        article = self.article()
        start = article.text.index(self.sentence)
        return Event(
            event_id=self.event_id,
            doc_ids=[article.doc_id],
            event_type=self.event_type,
            sub_event_type=self.sub_event_type,
            attack_type=self.attack_type,
            date_start=self.day,
            date_end=self.day,
            date_precision="day" if self.day else "unknown",
            location=self.place,
            perpetrators=self.perpetrators,
            targets=self.targets,
            fatalities=Casualties(best=self.killed, low=self.killed, high=self.killed),
            injuries=Casualties(best=self.wounded, low=self.wounded, high=self.wounded),
            summary=self.sentence,
            evidence=[Evidence(article.doc_id, start, start + len(self.sentence), self.sentence, ["fatalities"])],
            confidence=0.8,
        )


def _place(name: str, admin1: str, country: str, code: str, lat: float, lon: float) -> Place:
    return Place(name=name, admin1=admin1, country=country, country_code=code, lat=lat, lon=lon)


SPECS = [
    Spec(
        "ev-market",
        date(2023, 2, 10),
        "Explosions/Remote violence",
        "Suicide bomb",
        "Bombing/Explosion",
        _place("Maiduguri", "Borno", "Nigeria", "NG", 11.85, 13.16),
        [Actor("Boko Haram", "militants")],
        [Actor("market traders", "civilians")],
        28,
        40,
        "A suicide bomber killed 28 people at the Monday market in Maiduguri.",
    ),
    Spec(
        "ev-march",
        date(2023, 2, 14),
        "Protests",
        "Peaceful protest",
        None,
        _place("Ikeja", "Lagos", "Nigeria", "NG", 6.60, 3.35),
        [Actor("teachers", "protesters")],
        [],
        0,
        None,
        "Hundreds of teachers marched peacefully in Ikeja to demand unpaid wages.",
    ),
    Spec(
        "ev-clash",
        date(2022, 6, 5),
        "Battles",
        "Armed clash",
        "Armed Assault",
        _place("Mopti", "Mopti Region", "Mali", "ML", 14.49, -4.20),
        [Actor("JNIM: Group for Support of Islam and Muslims", "militants")],
        [Actor("Military Forces of Mali", "military")],
        12,
        3,
        "Fighters clashed with Malian soldiers near Mopti, leaving 12 dead.",
    ),
    Spec(
        "ev-ambush",
        date(2021, 10, 2),
        "Violence against civilians",
        "Attack",
        "Armed Assault",
        _place("Uruapan", "Michoacán", "Mexico", "MX", 19.42, -102.06),
        [Actor("CJNG gunmen", "unidentified armed group")],
        [Actor("Policía Estatal", "police")],
        5,
        2,
        "Gunmen ambushed a patrol on the road to Uruapan and killed five officers.",
    ),
    Spec(
        "ev-shooting",
        date(2021, 4, 20),
        "Violence against civilians",
        "Attack",
        "Assassination",
        _place("Jalalabad", "Nangarhar", "Afghanistan", "AF", 34.43, 70.45),
        [Actor("unidentified gunmen", "unidentified armed group")],
        [Actor("a district councillor", "civilians")],
        1,
        None,
        "Unidentified gunmen shot dead a district councillor in Jalalabad.",
    ),
    Spec(
        "ev-island",
        date(2021, 4, 22),
        "Violence against civilians",
        "Attack",
        "Armed Assault",
        _place("Suva", "Central", "Fiji", "FJ", -18.14, 178.44),
        [],
        [],
        2,
        None,
        "Two villagers were killed near Suva in an attack by armed men.",
    ),
    Spec(
        "ev-kidnap",
        None,
        "Violence against civilians",
        "Abduction/forced disappearance",
        "Hostage Taking (Kidnapping)",
        None,
        [],
        [Actor("aid workers", "civilians")],
        None,
        None,
        "Three aid workers were kidnapped on the road out of Goma, their agency said.",
    ),
]
BY_ID = {spec.event_id: spec for spec in SPECS}


def store_specs(store: Store, specs: list[Spec] = SPECS) -> None:
    for spec in specs:
        store.save(spec.article(), [spec.event()])


def _app(url: str) -> FastAPI:
    app = create_app(url, read_open=True, secret="test-secret")
    store = app.state.store
    store_specs(store)
    add_user(store, "cora", PASSWORD, "coder")
    add_user(store, "rita", PASSWORD, "reader")
    return app


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:  # noqa: F811
    """A client over a database of its own, for tests that change events."""
    with TestClient(_app(db_url)) as test_client:
        yield test_client


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared_app(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    """One database per backend for the tests that only read (each gets its own client and cookies)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'events.db'}"
        yield _app(url)
        return
    with pg_schema() as url:
        app = _app(url)
        yield app
        app.state.store.close()


@pytest.fixture
def api(shared_app: FastAPI) -> TestClient:
    return TestClient(shared_app)


def sign_in(client: TestClient, name: str = "cora") -> dict[str, str]:
    """Sign in like the pages do; returns the CSRF header for later requests."""
    token = client.get("/api/me").json()["csrf_token"]
    response = client.post("/api/login", json={"username": name, "password": PASSWORD}, headers={"X-CSRF-Token": token})
    assert response.status_code == 200, response.text
    return {"X-CSRF-Token": client.cookies["eventwatch_csrf"]}


def ids(response) -> list[str]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    return [e["event_id"] for e in response.json()["events"]]


# -- lists and filters ---------------------------------------------------------------------------


def test_list_returns_records_with_status_and_sources(api: TestClient) -> None:
    body = api.get("/api/events").json()
    assert body["total"] == len(SPECS)
    assert (body["page"], body["per_page"]) == (1, 50)
    record = next(e for e in body["events"] if e["event_id"] == "ev-market")
    expected = SPECS[0].event().to_record()
    for key, value in expected.items():
        assert record[key] == value, key
    assert record["status"] == "auto"
    assert record["sources"] == 0  # stored without fusion: no independent-report count yet


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("since=2022-01-01", {"ev-market", "ev-march", "ev-clash"}),
        ("until=2021-12-31", {"ev-ambush", "ev-shooting", "ev-island"}),
        ("since=2021-04-21&until=2022-06-05", {"ev-island", "ev-ambush", "ev-clash"}),
        ("country=Nigeria", {"ev-market", "ev-march"}),
        ("country=ng", {"ev-market", "ev-march"}),
        ("country=mexico", {"ev-ambush"}),
        ("admin1=Borno", {"ev-market"}),
        ("event_type=Violence against civilians", {"ev-ambush", "ev-shooting", "ev-island", "ev-kidnap"}),
        ("sub_event_type=Armed clash", {"ev-clash"}),
        ("attack_type=Assassination", {"ev-shooting"}),
        ("actor=boko", {"ev-market"}),
        ("actor=POLICÍA", {"ev-ambush"}),  # targets count too, and case folds beyond ASCII
        ("actor=gunmen", {"ev-ambush", "ev-shooting"}),
        ("min_fatalities=5", {"ev-market", "ev-clash", "ev-ambush"}),
        ("min_fatalities=0", {"ev-market", "ev-march", "ev-clash", "ev-ambush", "ev-shooting", "ev-island"}),
        ("bbox=-10,0,20,20", {"ev-market", "ev-march", "ev-clash"}),
        ("bbox=170,-30,-170,0", {"ev-island"}),  # across the antimeridian
        ("q=councillor", {"ev-shooting"}),
        ("q=kill", {"ev-market", "ev-ambush", "ev-island"}),  # a word's beginning finds its forms
        ("q=teachers wages", {"ev-march"}),  # every word must be there
        ("q=teachers Mopti", set()),
        ("country=Nigeria&min_fatalities=1&q=market", {"ev-market"}),
    ],
)
def test_filters(api: TestClient, query: str, expected: set[str]) -> None:
    response = api.get(f"/api/events?{query}")
    assert set(ids(response)) == expected
    assert response.json()["total"] == len(expected)


def test_status_filter_and_rejected_hidden_by_default(client: TestClient) -> None:
    headers = sign_in(client)
    assert client.post("/api/events/ev-island/reject", json={"comment": "duplicate wire"}, headers=headers).is_success
    assert client.post("/api/events/ev-clash/verify", json={"comment": "checked"}, headers=headers).is_success
    assert "ev-island" not in ids(client.get("/api/events"))
    assert ids(client.get("/api/events?status=rejected")) == ["ev-island"]
    assert ids(client.get("/api/events?status=verified")) == ["ev-clash"]
    assert set(ids(client.get("/api/events?status=verified,rejected"))) == {"ev-clash", "ev-island"}
    assert set(ids(client.get("/api/events?status=verified&status=rejected"))) == {"ev-clash", "ev-island"}
    assert client.get("/api/events?status=maybe").status_code == 422


def test_paging_covers_every_event_once(api: TestClient) -> None:
    seen: list[str] = []
    for page in (1, 2, 3, 4):
        body = api.get(f"/api/events?per_page=2&page={page}").json()
        assert body["total"] == len(SPECS)
        seen += [e["event_id"] for e in body["events"]]
    assert sorted(seen) == sorted(BY_ID)
    assert api.get("/api/events?per_page=2&page=9").json()["events"] == []


@pytest.mark.parametrize(
    ("sort", "key"),
    [
        ("date", lambda s: s.day),
        ("fatalities", lambda s: s.killed),
        ("injuries", lambda s: s.wounded),
        ("country", lambda s: s.place.country if s.place else None),
    ],
)
@pytest.mark.parametrize("order", ["asc", "desc"])
def test_sorting_puts_unknown_values_last(api: TestClient, sort: str, key, order: str) -> None:  # type: ignore[no-untyped-def]
    got = ids(api.get(f"/api/events?sort={sort}&order={order}"))
    values = [key(BY_ID[i]) for i in got]
    known = [v for v in values if v is not None]
    assert values == known + [None] * (len(values) - len(known))
    assert known == sorted(known, reverse=order == "desc")


def test_sorting_by_type_and_update_time(client: TestClient) -> None:
    types = [BY_ID[i].event_type for i in ids(client.get("/api/events?sort=event_type&order=asc"))]
    assert types == sorted(types)
    headers = sign_in(client)
    client.post("/api/events/ev-shooting/verify", json={"comment": "seen"}, headers=headers)
    assert ids(client.get("/api/events?sort=updated&order=desc"))[0] == "ev-shooting"


@pytest.mark.parametrize(
    "query",
    [
        "per_page=501",
        "per_page=0",
        "page=0",
        "sort=colour",
        "order=sideways",
        "bbox=1,2,3",
        "bbox=0,50,10,40",
        "since=yesterday",
        "min_fatalities=-1",
    ],
)
def test_bad_parameters_are_422_with_a_reason(api: TestClient, query: str) -> None:
    response = api.get(f"/api/events?{query}")
    assert response.status_code == 422
    assert response.json()["detail"]


# -- aggregates ----------------------------------------------------------------------------------


def test_aggregates_by_time(api: TestClient) -> None:
    days = api.get("/api/aggregates?by=day").json()
    assert days["by"] == "day"
    assert days["buckets"][0] == {"key": "2021-04-20", "events": 1, "fatalities": 1}
    assert sum(b["events"] for b in days["buckets"]) == len(SPECS) - 1  # the undated one is left out
    weeks = api.get("/api/aggregates?by=week").json()["buckets"]
    # 2023-02-10 (Friday) and 2023-02-14 (Tuesday) fall in weeks starting 2023-02-06 and 2023-02-13
    assert {"key": "2023-02-06", "events": 1, "fatalities": 28} in weeks
    assert {"key": "2023-02-13", "events": 1, "fatalities": 0} in weeks
    assert {"key": "2021-04-19", "events": 2, "fatalities": 3} in weeks
    months = api.get("/api/aggregates?by=month").json()["buckets"]
    assert months == sorted(months, key=lambda b: b["key"])
    assert {"key": "2023-02-01", "events": 2, "fatalities": 28} in months
    assert {"key": "2021-04-01", "events": 2, "fatalities": 3} in months


def test_aggregates_by_place_follow_the_filter(api: TestClient) -> None:
    countries = api.get("/api/aggregates?by=country").json()["buckets"]
    assert countries[0] == {"key": "Nigeria", "events": 2, "fatalities": 28}
    assert [b["events"] for b in countries] == sorted((b["events"] for b in countries), reverse=True)
    regions = api.get("/api/aggregates?by=admin1&country=NG").json()["buckets"]
    assert {b["key"] for b in regions} == {"Borno", "Lagos"}
    assert api.get("/api/aggregates?by=year").status_code == 422


# -- exports ---------------------------------------------------------------------------------------


def test_export_jsonl_and_geojson_follow_the_filter(api: TestClient) -> None:
    response = api.get("/api/export?format=jsonl&country=Nigeria")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert "attachment" in response.headers["content-disposition"]
    assert response.headers["content-disposition"].endswith('.jsonl"')
    records = [json.loads(line) for line in response.text.splitlines()]
    assert {r["event_id"] for r in records} == {"ev-market", "ev-march"}
    geo = api.get("/api/export?format=geojson&min_fatalities=1").json()
    assert geo["type"] == "FeatureCollection"
    # ev-kidnap has no fatality figure and no place: neither filter nor map takes it
    assert {f["id"] for f in geo["features"]} == {"ev-market", "ev-clash", "ev-ambush", "ev-shooting", "ev-island"}
    feature = next(f for f in geo["features"] if f["id"] == "ev-clash")
    assert feature["geometry"]["coordinates"] == [-4.20, 14.49]


@pytest.mark.parametrize(("fmt", "first_column"), [("acled-csv", "event_id_cnty"), ("gtd-csv", "eventid")])
def test_export_csv(api: TestClient, fmt: str, first_column: str) -> None:
    response = api.get(f"/api/export?format={fmt}&event_type=Violence against civilians")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].endswith('.csv"')
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert next(iter(rows[0])) == first_column
    assert len(rows) == 4


def test_export_unknown_format_is_422(api: TestClient) -> None:
    assert api.get("/api/export?format=xlsx").status_code == 422


# -- one event -----------------------------------------------------------------------------------------


def test_event_detail_has_evidence_and_articles(api: TestClient) -> None:
    body = api.get("/api/events/ev-clash").json()
    assert body["event"]["event_id"] == "ev-clash"
    (article,) = body["articles"]
    spec = BY_ID["ev-clash"]
    assert article["doc_id"] == "doc-ev-clash"
    assert article["text"] == spec.article().text
    (sentence,) = body["evidence"]
    assert sentence["article_id"] == article["id"]
    assert article["text"][sentence["start"] : sentence["end"]] == spec.sentence
    assert sentence["fields"] == ["fatalities"]
    assert body["merges"] == [] and body["audit"] == []


def test_unknown_event_is_404(api: TestClient) -> None:
    response = api.get("/api/events/ev-nothing")
    assert response.status_code == 404
    assert "ev-nothing" in response.json()["detail"]
    assert api.get("/api/events/ev-nothing/audit").status_code == 404
    headers = sign_in(api)
    assert api.post("/api/events/ev-nothing/verify", json={"comment": "x"}, headers=headers).status_code == 404


# -- accounts, sessions, CSRF ----------------------------------------------------------------------


def test_me_and_login_and_logout(api: TestClient) -> None:
    me = api.get("/api/me").json()
    assert me["user"] is None and me["role"] is None and len(me["csrf_token"]) >= 32
    assert api.cookies["eventwatch_csrf"] == me["csrf_token"]
    token = me["csrf_token"]
    wrong = api.post("/api/login", json={"username": "cora", "password": "nope"}, headers={"X-CSRF-Token": token})
    assert wrong.status_code == 401
    response = api.post("/api/login", json={"username": "cora", "password": PASSWORD}, headers={"X-CSRF-Token": token})
    assert response.json() == {"user": "cora", "role": "coder"}
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith("eventwatch_session="))
    assert "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    assert api.get("/api/me").json()["user"] == "cora"
    new_token = api.cookies["eventwatch_csrf"]
    assert new_token != token  # a fresh token with the session
    assert api.post("/api/logout", headers={"X-CSRF-Token": new_token}).status_code == 200
    assert api.get("/api/me").json()["user"] is None


def test_login_needs_the_csrf_token(api: TestClient) -> None:
    api.get("/api/me")
    response = api.post("/api/login", json={"username": "cora", "password": PASSWORD})
    assert response.status_code == 403
    assert "X-CSRF-Token" in response.json()["detail"]


def test_forged_session_cookie_is_not_a_session(api: TestClient) -> None:
    sign_in(api)
    cookie = api.cookies["eventwatch_session"]
    # change a character well inside the signature: base64 ignores the last character's spare bits,
    # so editing only the tail can leave the signature the same
    i = len(cookie) - 6
    forged = cookie[:i] + ("B" if cookie[i] == "A" else "A") + cookie[i + 1 :]
    api.cookies.set("eventwatch_session", forged)
    assert api.get("/api/me").json()["user"] is None


def test_review_needs_a_session_then_a_role_then_csrf(client: TestClient) -> None:
    body = {"comment": "looks right"}
    assert client.post("/api/events/ev-clash/verify", json=body).status_code == 401
    headers = sign_in(client, "rita")  # a reader
    assert client.post("/api/events/ev-clash/verify", json=body, headers=headers).status_code == 403
    client.post("/api/logout", headers=headers)
    headers = sign_in(client, "cora")
    assert client.post("/api/events/ev-clash/verify", json=body).status_code == 403  # no header
    bad = {"X-CSRF-Token": "x" * 43}
    assert client.post("/api/events/ev-clash/verify", json=body, headers=bad).status_code == 403
    for method, path, payload in (
        ("patch", "/api/events/ev-clash", {"changes": {"summary": "x"}, "comment": "c"}),
        ("post", "/api/events/ev-clash/reject", body),
        ("post", "/api/events/merge", {"event_ids": ["ev-clash", "ev-market"], "comment": "c"}),
        ("post", "/api/events/ev-clash/split", {"article_ids": [1], "comment": "c"}),
    ):
        assert client.request(method, path, json=payload).status_code == 403, path
    assert client.get("/api/events/ev-clash").json()["event"]["status"] == "auto"  # nothing changed
    assert client.post("/api/events/ev-clash/verify", json=body, headers=headers).status_code == 200


@pytest.mark.parametrize("comment", [None, "", "   "])
def test_review_needs_a_comment(api: TestClient, comment: str | None) -> None:
    headers = sign_in(api)
    payload = {} if comment is None else {"comment": comment}
    assert api.post("/api/events/ev-clash/verify", json=payload, headers=headers).status_code == 422
    edit = {"changes": {"summary": "New"}} | payload
    assert api.patch("/api/events/ev-clash", json=edit, headers=headers).status_code == 422
    assert api.get("/api/events/ev-clash/audit").json() == []


def test_closed_reading_needs_a_session(db_url: str) -> None:  # noqa: F811
    app = create_app(db_url, read_open=False, secret="s")
    store_specs(app.state.store, SPECS[:1])
    add_user(app.state.store, "rita", PASSWORD, "reader")
    with TestClient(app) as client:
        for path in ("/api/events", "/api/events/ev-market", "/api/aggregates?by=day", "/api/export?format=jsonl"):
            assert client.get(path).status_code == 401, path
        assert client.get("/api/me").json()["read_open"] is False
        sign_in(client, "rita")
        assert ids(client.get("/api/events")) == ["ev-market"]


def test_sessions_survive_a_restart_with_the_stored_secret(db_url: str, monkeypatch) -> None:  # noqa: F811
    monkeypatch.delenv("EVENTWATCH_SECRET", raising=False)
    first = create_app(db_url)
    add_user(first.state.store, "cora", PASSWORD, "coder")
    with TestClient(first) as client:
        sign_in(client)
        cookie = client.cookies["eventwatch_session"]
    second = create_app(db_url)
    with TestClient(second) as client:
        client.cookies.set("eventwatch_session", cookie)
        assert client.get("/api/me").json()["user"] == "cora"
    third = create_app(db_url, secret="another secret")
    with TestClient(third) as client:
        client.cookies.set("eventwatch_session", cookie)
        assert client.get("/api/me").json()["user"] is None


# -- review through the API, and the audit log ---------------------------------------------------------


def test_edit_and_audit_log(client: TestClient) -> None:
    headers = sign_in(client)
    changes = {
        "fatalities": {"best": 14, "high": 15},
        "location": {"name": "Sévaré", "lat": 14.53, "lon": -4.09},
        "perpetrators": [{"name": "Katiba Macina", "kind": "militants"}, "unknown fighters"],
        "summary": "Fighters clashed with soldiers near Sévaré; 14 died.",
        "notes": "Toll from the regional governor.",
    }
    response = client.patch(
        "/api/events/ev-clash", json={"changes": changes, "comment": "governor's toll"}, headers=headers
    )
    assert response.status_code == 200, response.text
    event = response.json()["event"]
    assert event["status"] == "edited"
    assert event["fatalities"] == {
        "best": 14, "low": 12, "high": 15, "perpetrators": None, "security_forces": None, "civilians": None
    }  # fmt: skip
    assert event["location"]["name"] == "Sévaré" and event["location"]["admin1"] == "Mopti Region"
    assert event["location"]["geonames_id"] is None
    assert event["perpetrators"] == [
        {"name": "Katiba Macina", "kind": "militants"},
        {"name": "unknown fighters", "kind": "other"},
    ]
    assert event["notes"] == "Toll from the regional governor."
    (entry,) = client.get("/api/events/ev-clash/audit").json()
    assert entry == response.json()["audit"]
    assert (entry["action"], entry["user"], entry["comment"]) == ("edit", "cora", "governor's toll")
    assert entry["before"]["fatalities"]["best"] == 12 and entry["before"]["status"] == "auto"
    assert entry["after"] == event
    assert entry["at"].startswith(str(date.today().year))
    # the filters see the edit at once: columns, actor text and the full-text index
    assert ids(client.get("/api/events?actor=macina")) == ["ev-clash"]
    assert ids(client.get("/api/events?q=Sévaré")) == ["ev-clash"]
    assert ids(client.get("/api/events?min_fatalities=13&country=ML")) == ["ev-clash"]
    assert client.get("/api/events/ev-clash").json()["audit"] == [entry]


@pytest.mark.parametrize(
    "changes",
    [
        {"event_type": "Picnic"},
        {"fatalities": {"best": 3, "low": 5}},
        {"fatalities": {"best": -1}},
        {"date_start": "2022-06-09", "date_end": "2022-06-01"},
        {"location": {"lat": 123}},
        {"colour": "red"},
        {"perpetrators": [{"name": "X", "kind": "aliens"}]},
        {},
    ],
)
def test_bad_edits_are_422_and_change_nothing(client: TestClient, changes: dict) -> None:
    headers = sign_in(client)
    response = client.patch("/api/events/ev-clash", json={"changes": changes, "comment": "try"}, headers=headers)
    assert response.status_code == 422, response.text
    assert client.get("/api/events/ev-clash").json()["event"]["status"] == "auto"


def test_merge_and_split_through_the_api(client: TestClient) -> None:
    headers = sign_in(client)
    merged = client.post(
        "/api/events/merge", json={"event_ids": ["ev-shooting", "ev-island"], "comment": "same"}, headers=headers
    )
    assert merged.status_code == 200, merged.text
    body = merged.json()
    assert body["merged_ids"] == ["ev-island"]
    assert body["event"]["doc_ids"] == ["doc-ev-shooting", "doc-ev-island"]
    assert body["audit"]["action"] == "merge"
    assert client.get("/api/events/ev-island").json()["event"]["merged_into"] == "ev-shooting"
    assert "ev-island" not in ids(client.get("/api/events"))
    articles = client.get("/api/events/ev-shooting").json()["articles"]
    island = next(a["id"] for a in articles if a["doc_id"] == "doc-ev-island")
    split = client.post(
        "/api/events/ev-shooting/split", json={"article_ids": [island], "comment": "not the same"}, headers=headers
    )
    assert split.status_code == 200, split.text
    new = split.json()["new_event"]
    assert new["doc_ids"] == ["doc-ev-island"] and new["event_id"] != "ev-island"
    assert split.json()["event"]["doc_ids"] == ["doc-ev-shooting"]
    # 422: one event is not a merge; an article the event does not have cannot be split off
    one = {"event_ids": ["ev-clash"], "comment": "x"}
    assert client.post("/api/events/merge", json=one, headers=headers).status_code == 422
    wrong = {"article_ids": [99999], "comment": "x"}
    assert client.post("/api/events/ev-clash/split", json=wrong, headers=headers).status_code == 422


# -- the OpenAPI document --------------------------------------------------------------------------------


def test_openapi_lists_every_endpoint_with_typed_bodies(api: TestClient) -> None:
    spec = api.get("/openapi.json").json()
    paths = spec["paths"]
    expected = {
        ("/api/events", "get"): "EventList",
        ("/api/events/{event_id}", "get"): "EventDetail",
        ("/api/events/{event_id}", "patch"): "ReviewResponse",
        ("/api/events/{event_id}/audit", "get"): None,
        ("/api/aggregates", "get"): "Aggregates",
        ("/api/export", "get"): None,
        ("/api/me", "get"): "Me",
        ("/api/login", "post"): "LoginResponse",
        ("/api/logout", "post"): "Message",
        ("/api/events/{event_id}/verify", "post"): "ReviewResponse",
        ("/api/events/{event_id}/reject", "post"): "ReviewResponse",
        ("/api/events/merge", "post"): "MergeResponse",
        ("/api/events/{event_id}/split", "post"): "SplitResponse",
    }
    for (path, method), model in expected.items():
        assert method in paths.get(path, {}), (path, method)
        if model:
            schema = paths[path][method]["responses"]["200"]["content"]["application/json"]["schema"]
            assert schema["$ref"].endswith(f"/{model}"), (path, schema)
    audit = paths["/api/events/{event_id}/audit"]["get"]["responses"]["200"]["content"]["application/json"]
    assert audit["schema"]["items"]["$ref"].endswith("/AuditEntry")
    bodies = {
        ("/api/login", "post"): "LoginRequest",
        ("/api/events/{event_id}", "patch"): "EditRequest",
        ("/api/events/merge", "post"): "MergeRequest",
        ("/api/events/{event_id}/split", "post"): "SplitRequest",
        ("/api/events/{event_id}/verify", "post"): "Commented",
    }
    for (path, method), model in bodies.items():
        schema = paths[path][method]["requestBody"]["content"]["application/json"]["schema"]
        assert schema["$ref"].endswith(f"/{model}")
    listed = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert listed >= {
        "since", "until", "country", "admin1", "event_type", "sub_event_type", "attack_type", "actor",
        "min_fatalities", "status", "bbox", "q", "sort", "order", "page", "per_page",
    }  # fmt: skip
    assert {"since", "q", "by"} <= {p["name"] for p in paths["/api/aggregates"]["get"]["parameters"]}
    assert {"since", "q", "format"} <= {p["name"] for p in paths["/api/export"]["get"]["parameters"]}
