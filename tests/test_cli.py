"""The ``eventwatch`` command: extract, ingest, events, export; bad input; stable ids."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARTICLES, REPO, jsonl_records
from eventwatch.cli import main
from eventwatch.model import ACTOR_KINDS, EVENT_TYPES

ATTACK_TYPES = {
    None,
    "Assassination",
    "Armed Assault",
    "Bombing/Explosion",
    "Hijacking",
    "Hostage Taking (Barricade Incident)",
    "Hostage Taking (Kidnapping)",
    "Facility/Infrastructure Attack",
    "Unarmed Assault",
    "Unknown",
}
RECORD_KEYS = {
    "schema_version",
    "event_id",
    "doc_ids",
    "event_type",
    "sub_event_type",
    "attack_type",
    "target_types",
    "weapon_types",
    "date_start",
    "date_end",
    "date_precision",
    "location",
    "perpetrators",
    "targets",
    "fatalities",
    "injuries",
    "kidnapped",
    "summary",
    "evidence",
    "confidence",
    "status",
}
LOCATION_KEYS = {"name", "admin1", "admin2", "country", "country_code", "lat", "lon", "geonames_id", "precision"}
ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
GTD_COLUMNS = [
    "iyear",
    "imonth",
    "iday",
    "country_txt",
    "provstate",
    "city",
    "latitude",
    "longitude",
    "specificity",
    "attacktype1_txt",
    "targtype1_txt",
    "weaptype1_txt",
    "gname",
    "nkill",
    "nkillter",
    "nwound",
    "summary",
]

BOMBING = (
    "A car bomb exploded outside a market in Kandahar on Saturday, killing nine people and wounding 23 "
    "others, the provincial governor said."
)
DOCS = [
    {
        "id": "ke-1",
        "text": "Gunmen shot and killed four villagers in Mandera on Monday, a local chief said.",
        "published": "2024-03-14",
    },
    {"id": "af-1", "text": BOMBING, "published": "2024-02-12"},
    {
        "id": "ph-1",
        "text": "NPA guerrillas ambushed an army convoy near Tacloban on 4 June 2021, killing four soldiers.",
        "published": "2021-06-05",
        "title": "Ambush near Tacloban",
    },
    {"id": "quiet-1", "text": "The city council met on Tuesday to discuss the budget for road repairs."},
]
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Grenade attack on bus station in Gulu | Northern Herald</title>
<meta property="article:published_time" content="2023-10-07T09:30:00+03:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Grenade attack on bus station in Gulu</h1>
<p>GULU &mdash; An unidentified man threw a grenade into a crowded bus station in Gulu on Friday evening,
killing two passengers and wounding 14 others, police said.</p>
<p>Witnesses said the attacker fled on foot towards the market before officers arrived. The regional
commander said roadblocks had been set up around the town and that investigators were examining
fragments found at the scene.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/x">Minister opens new stadium in Lira</a></li></ul></aside>
<footer>&copy; 2023 Northern Herald. Subscribe to our newsletter.</footer>
</body></html>
"""
SHELL = "<html><head><title>Loading</title><script>var app = 1;</script></head><body></body></html>"
NAV_ONLY = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Valley Courier - Page not found</title></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<footer><p>&copy; 2024 Valley Courier. All rights reserved.</p></footer>
</body></html>
"""


def check_record(record: dict) -> None:
    """One event line against EVENT_SCHEMA.md: every key, and values of the right types."""
    assert set(record) >= RECORD_KEYS
    assert record["schema_version"] == 1
    assert isinstance(record["event_id"], str) and record["event_id"]
    assert record["doc_ids"] and all(isinstance(d, str) for d in record["doc_ids"])
    assert record["event_type"] in EVENT_TYPES
    assert isinstance(record["sub_event_type"], str) and record["sub_event_type"]
    assert record["attack_type"] in ATTACK_TYPES
    assert all(isinstance(t, str) for t in record["target_types"] + record["weapon_types"])
    for key in ("date_start", "date_end"):
        value = record[key]
        assert value is None or (isinstance(value, str) and len(value) == 10 and value[4] == "-")
    assert record["date_precision"] in {"day", "week", "month", "year", "unknown"}
    if record["date_start"] is None:
        assert record["date_precision"] == "unknown"
    else:
        assert record["date_end"] >= record["date_start"]
    location = record["location"]
    if location is not None:
        assert set(location) >= LOCATION_KEYS
        assert isinstance(location["lat"], float) and isinstance(location["lon"], float)
        assert len(location["country_code"]) == 2
        assert location["precision"] in (1, 2, 3)
    for actor in record["perpetrators"] + record["targets"]:
        assert set(actor) == {"name", "kind"}
        assert actor["kind"] in ACTOR_KINDS
    assert set(record["fatalities"]) == {"best", "low", "high", "perpetrators", "security_forces", "civilians"}
    assert set(record["injuries"]) == {"best", "low", "high"}
    for value in list(record["fatalities"].values()) + list(record["injuries"].values()) + [record["kidnapped"]]:
        assert value is None or (isinstance(value, int) and value >= 0)
    assert isinstance(record["summary"], str) and record["summary"]
    assert record["evidence"]
    for evidence in record["evidence"]:
        assert set(evidence) >= {"doc_id", "start", "end", "text", "fields"}
        assert evidence["doc_id"] in record["doc_ids"]
        assert 0 <= evidence["start"] < evidence["end"]
    assert isinstance(record["confidence"], float) and 0.0 <= record["confidence"] <= 1.0
    assert record["status"] in {"auto", "verified", "edited", "rejected"}


def extract(runner, *args: str, stdin: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(main, ["extract", "--no-progress", *args], input=stdin)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    (tmp_path / "gulu.html").write_text(PAGE, encoding="utf-8")
    shutil.copy(ARTICLES / "wire_caps_kidnapping.txt", tmp_path / "wire.txt")
    return tmp_path


# --- extract ------------------------------------------------------------------------------------


def test_extract_txt(runner, inputs: Path) -> None:
    result = extract(runner, str(inputs / "wire.txt"))
    assert result.exit_code == 0, result.stderr
    events, summary = jsonl_records(result.stdout)
    assert summary["documents"] == 1 and summary["failed"] == []
    [event] = events
    check_record(event)
    assert event["doc_ids"] == ["wire.txt"]
    assert event["attack_type"] == "Hostage Taking (Kidnapping)"
    assert event["kidnapped"] == 7
    assert event["date_start"] == "1989-12-30"  # year from the dateline "2 JAN 90"
    assert event["location"]["name"] == "Barrancabermeja"
    assert event["location"]["country_code"] == "CO"


def test_extract_html_main_text(runner, inputs: Path) -> None:
    result = extract(runner, str(inputs / "gulu.html"))
    assert result.exit_code == 0, result.stderr
    [event], summary = jsonl_records(result.stdout)
    check_record(event)
    assert event["doc_ids"] == ["gulu.html"]
    assert event["sub_event_type"] == "Grenade"
    assert event["date_start"] == "2023-10-06"  # Friday before the page's date
    assert (event["fatalities"]["best"], event["injuries"]["best"]) == (2, 14)
    assert event["location"]["name"] == "Gulu" and event["location"]["country_code"] == "UG"
    quoted = " ".join(e["text"] for e in event["evidence"])
    assert "Most read" not in quoted and "Subscribe" not in quoted and "Politics" not in quoted


def test_extract_jsonl_and_summary_of_documents_without_event(runner, inputs: Path) -> None:
    result = extract(runner, str(inputs / "docs.jsonl"))
    assert result.exit_code == 0, result.stderr
    events, summary = jsonl_records(result.stdout)
    assert result.stdout.strip().splitlines()[-1].startswith('{"summary"')
    for event in events:
        check_record(event)
    by_doc = {e["doc_ids"][0]: e for e in events}
    assert set(by_doc) == {"ke-1", "af-1", "ph-1"}
    assert summary["documents"] == 4
    assert summary["events"] == len(events)
    assert summary["documents_without_event"] == ["quiet-1"]
    assert by_doc["ke-1"]["date_start"] == "2024-03-11"
    assert by_doc["af-1"]["fatalities"]["best"] == 9
    assert by_doc["ph-1"]["event_type"] == "Battles"


def test_extract_directory(runner, inputs: Path) -> None:
    (inputs / "notes.md").write_text("not an article", encoding="utf-8")
    result = extract(runner, str(inputs))
    assert result.exit_code == 0, result.stderr
    events, summary = jsonl_records(result.stdout)
    assert summary["documents"] == 6  # 4 JSONL lines, the page, the wire story; .md skipped
    docs = {d for e in events for d in e["doc_ids"]}
    assert docs == {"ke-1", "af-1", "ph-1", "gulu.html", "wire.txt"}


def test_extract_stdin_text_and_jsonl(runner) -> None:
    result = extract(runner, "-", stdin=BOMBING + "\n")
    assert result.exit_code == 0, result.stderr
    [event], summary = jsonl_records(result.stdout)
    assert event["doc_ids"] == ["stdin"]
    assert event["attack_type"] == "Bombing/Explosion"
    result = extract(runner, "-", stdin=json.dumps(DOCS[1]) + "\n")
    assert result.exit_code == 0, result.stderr
    [event], _ = jsonl_records(result.stdout)
    assert event["doc_ids"] == ["af-1"]


def test_extract_table(runner, inputs: Path) -> None:
    result = extract(runner, "--format", "table", str(inputs / "docs.jsonl"))
    assert result.exit_code == 0, result.stderr
    assert "date" in result.stdout and "killed" in result.stdout
    assert "Mandera" in result.stdout
    assert "4 documents, 3 events, 0 failed" in result.stdout
    assert not result.stdout.lstrip().startswith("{")


def test_ids_are_stable_across_runs_and_processes(runner, inputs: Path) -> None:
    first, _ = jsonl_records(extract(runner, str(inputs / "docs.jsonl")).stdout)
    second, _ = jsonl_records(extract(runner, str(inputs / "docs.jsonl")).stdout)
    process = subprocess.run(
        [sys.executable, "-m", "eventwatch.cli", "extract", "--no-progress", str(inputs / "docs.jsonl")],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert process.returncode == 0, process.stderr
    third, _ = jsonl_records(process.stdout)
    ids = [e["event_id"] for e in first]
    assert len(set(ids)) == len(ids) == 3
    assert ids == [e["event_id"] for e in second] == [e["event_id"] for e in third]


# --- bad input ----------------------------------------------------------------------------------


def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "image.txt",
        "latin1": tmp_path / "latin1.txt",
        "shell": tmp_path / "shell.html",
        "huge": tmp_path / "huge.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    files["latin1"].write_bytes("Gunmen killed three people in Bogot\u00e1 on Monday.".encode("latin-1"))
    files["shell"].write_text(SHELL, encoding="utf-8")
    with open(files["huge"], "wb") as handle:  # 50 MB, sparse: created instantly
        handle.truncate(50 * 1024 * 1024)
    return files


def test_each_bad_file_is_one_error_line_and_good_inputs_go_on(runner, inputs: Path, tmp_path: Path) -> None:
    bad = bad_inputs(tmp_path)
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(
        json.dumps(DOCS[0]) + "\n" + '{"id": "broken", "text": "no closing\n' + json.dumps(DOCS[1]) + "\n",
        encoding="utf-8",
    )
    paths = [str(inputs / "wire.txt"), *(str(p) for p in bad.values()), str(mixed)]
    result = extract(runner, *paths)
    assert result.exit_code != 0
    events, summary = jsonl_records(result.stdout)
    assert {d for e in events for d in e["doc_ids"]} == {"wire.txt", "ke-1", "af-1"}
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    for name, path in bad.items():
        mentions = [line for line in errors if str(path) in line]
        assert len(mentions) == 1, (name, errors)
    assert len([line for line in errors if f"{mixed}:2" in line]) == 1
    assert len(errors) == len(bad) + 1
    failed = {(f["origin"], f["line"]) for f in summary["failed"]}
    assert (str(mixed), 2) in failed
    assert {str(p) for p in bad.values()} <= {origin for origin, _ in failed}


@pytest.mark.parametrize("name", ["empty", "binary", "latin1", "huge", "shell"])
def test_single_bad_file_fails_with_its_name(runner, tmp_path: Path, name: str) -> None:
    path = bad_inputs(tmp_path)[name]
    result = extract(runner, str(path))
    assert result.exit_code != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(path) in lines[0]
    events, summary = jsonl_records(result.stdout)
    assert events == []
    assert summary["documents"] == 0


def test_html_page_with_only_navigation_has_no_article(runner, tmp_path: Path) -> None:
    # a menu and a footer are not an article: the page is bad input, not a document without event
    path = tmp_path / "notfound.html"
    path.write_text(NAV_ONLY, encoding="utf-8")
    result = extract(runner, str(path))
    assert result.exit_code != 0
    assert str(path) in result.stderr
    _, summary = jsonl_records(result.stdout)
    assert summary["documents_without_event"] == []


def test_invalid_utf8_on_stdin(runner) -> None:
    result = extract(runner, "-", stdin=b"Gunmen killed three people in Bogot\xe1.\n")
    assert result.exit_code != 0
    assert "<stdin>" in result.stderr and "UTF-8" in result.stderr


def test_missing_path(runner, tmp_path: Path) -> None:
    result = extract(runner, str(tmp_path / "nowhere.txt"))
    assert result.exit_code != 0
    assert "nowhere.txt" in result.stderr


# --- ingest, events, export ---------------------------------------------------------------------


def ingest(runner, url: str, *paths: str):  # type: ignore[no-untyped-def]
    return runner.invoke(main, ["ingest", "--no-progress", "--db", url, *paths])


def stored(runner, url: str, *filters: str) -> list[dict]:
    result = runner.invoke(main, ["events", "--db", url, "--format", "jsonl", *filters])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_ingest_is_idempotent(runner, inputs: Path, sqlite_url: str) -> None:
    docs = str(inputs / "docs.jsonl")
    first = ingest(runner, sqlite_url, docs)
    assert first.exit_code == 0, first.stderr
    assert "3 new" in first.stderr
    before = stored(runner, sqlite_url)
    assert len(before) == 3
    extracted, _ = jsonl_records(extract(runner, docs).stdout)
    assert {e["event_id"] for e in before} == {e["event_id"] for e in extracted}
    again = ingest(runner, sqlite_url, docs)
    assert again.exit_code == 0, again.stderr
    assert "0 new, 0 updated" in again.stderr
    assert "4 articles, 3 events" in again.stderr
    after = stored(runner, sqlite_url)
    assert sorted(json.dumps(e, sort_keys=True) for e in after) == sorted(json.dumps(e, sort_keys=True) for e in before)


def test_ingest_batch_with_bad_files_keeps_the_good_ones(runner, inputs: Path, tmp_path: Path, sqlite_url: str) -> None:
    bad = bad_inputs(tmp_path)
    result = ingest(runner, sqlite_url, str(inputs / "wire.txt"), *(str(p) for p in bad.values()))
    assert result.exit_code != 0
    for path in bad.values():
        assert str(path) in result.stderr
    events = stored(runner, sqlite_url)
    assert [e["doc_ids"] for e in events] == [["wire.txt"]]
    assert "1 articles, 1 events" in result.stderr


@pytest.fixture
def filled_db(runner, inputs: Path, sqlite_url: str) -> str:
    result = ingest(runner, sqlite_url, str(inputs / "docs.jsonl"))
    assert result.exit_code == 0, result.stderr
    return sqlite_url


@pytest.mark.parametrize(
    ("filters", "docs"),
    [
        ((), {"ke-1", "af-1", "ph-1"}),
        (("--country", "KE"), {"ke-1"}),
        (("--country", "Afghanistan"), {"af-1"}),
        (("--since", "2024-01-01"), {"ke-1", "af-1"}),
        (("--since", "2024-03-01"), {"ke-1"}),
        (("--until", "2023-12-31"), {"ph-1"}),
        (("--since", "2021-06-04", "--until", "2021-06-04"), {"ph-1"}),
        (("--type", "Battles"), {"ph-1"}),
        (("--type", "Bombing/Explosion"), {"af-1"}),
        (("--min-fatalities", "5"), {"af-1"}),
        (("--text", "Kandahar"), {"af-1"}),
        (("--country", "KE", "--min-fatalities", "5"), set()),
    ],
)
def test_events_filters(runner, filled_db: str, filters: tuple[str, ...], docs: set[str]) -> None:
    found = stored(runner, filled_db, *filters)
    assert {d for e in found for d in e["doc_ids"]} == docs
    for event in found:
        check_record(event)


def test_events_table(runner, filled_db: str) -> None:
    result = runner.invoke(main, ["events", "--db", filled_db])
    assert result.exit_code == 0, result.output
    assert "3 events" in result.stdout
    assert "Mandera" in result.stdout


def test_events_bad_date_is_a_usage_error(runner, filled_db: str) -> None:
    result = runner.invoke(main, ["events", "--db", filled_db, "--since", "last week"])
    assert result.exit_code != 0
    assert "--since" in result.output


def export(runner, url: str, fmt: str, *filters: str) -> str:  # type: ignore[no-untyped-def]
    result = runner.invoke(main, ["export", "--db", url, "--format", fmt, *filters])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_export_acled_csv(runner, filled_db: str) -> None:
    rows = list(csv.reader(io.StringIO(export(runner, filled_db, "acled-csv"))))
    assert rows[0] == ACLED_COLUMNS
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert len(records) == 3
    [bombing] = [r for r in records if r["country"] == "Afghanistan"]
    assert bombing["event_type"] == "Explosions/Remote violence"
    assert bombing["sub_event_type"] == "Remote explosive/landmine/IED"
    assert bombing["event_date"] == "2024-02-10"
    assert bombing["year"] == "2024"
    assert bombing["fatalities"] == "9"
    assert bombing["iso"] == "4"
    assert abs(float(bombing["latitude"]) - 31.61) < 0.1
    [battle] = [r for r in records if r["country"] == "Philippines"]
    assert battle["event_type"] == "Battles"
    assert "New People's Army" in battle["actor1"]


def test_export_gtd_csv(runner, filled_db: str) -> None:
    rows = list(csv.DictReader(io.StringIO(export(runner, filled_db, "gtd-csv"))))
    assert set(GTD_COLUMNS) <= set(rows[0])
    [bombing] = [r for r in rows if r["country_txt"] == "Afghanistan"]
    assert (bombing["iyear"], bombing["imonth"], bombing["iday"]) == ("2024", "2", "10")
    assert bombing["attacktype1_txt"] == "Bombing/Explosion"
    assert bombing["weaptype1_txt"] == "Explosives"
    assert (bombing["nkill"], bombing["nwound"]) == ("9", "23")
    [kenya] = [r for r in rows if r["country_txt"] == "Kenya"]
    assert kenya["city"] == "Mandera"
    assert kenya["nkill"] == "4"


def test_export_geojson(runner, filled_db: str) -> None:
    collection = json.loads(export(runner, filled_db, "geojson"))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 3
    by_doc = {f["properties"]["doc_ids"][0]: f for f in collection["features"]}
    lon, lat = by_doc["af-1"]["geometry"]["coordinates"]
    assert abs(lat - 31.61) < 0.1 and abs(lon - 65.71) < 0.1
    assert by_doc["af-1"]["geometry"]["type"] == "Point"
    check_record(by_doc["ke-1"]["properties"])


def test_export_jsonl_with_filter_and_file_output(runner, filled_db: str, tmp_path: Path) -> None:
    text = export(runner, filled_db, "jsonl", "--country", "PH")
    [record] = [json.loads(line) for line in text.splitlines() if line.strip()]
    check_record(record)
    assert record["doc_ids"] == ["ph-1"]
    out = tmp_path / "all.jsonl"
    result = runner.invoke(main, ["export", "--db", filled_db, "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "3 events exported" in result.stderr
    assert len([line for line in out.read_text(encoding="utf-8").splitlines() if line]) == 3
